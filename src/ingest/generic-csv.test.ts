import { describe, expect, it } from 'vitest';
import type { ParsedLog } from '../core/series.js';
import { genericCsv } from './generic-csv.js';

function parse(source: string, text: string): ParsedLog {
  const p = genericCsv.create(source);
  p.write(new TextEncoder().encode(text));
  return p.end();
}

describe('generic-csv', () => {
  it('takes the step from a Global_Step column (trimmed, any case) and every other numeric column as a metric', () => {
    const log = parse(
      'loss.csv',
      ' Global_Step , Epoch,loss,val acc,run name\n100,0,2.0,0.5,a\n200,1,1.0,0.6,a\n',
    );
    expect(log.format).toBe('generic-csv');
    expect(log.warnings).toEqual([]);
    expect(log.series.map((s) => [s.name, s.split, Array.from(s.steps), Array.from(s.values)])).toEqual([
      ['loss', 'train', [100, 200], [2, 1]],
      ['val acc', 'val', [100, 200], [0.5, 0.6]],
    ]);
    expect(Array.from(log.series[0]?.epochs ?? [])).toEqual([0, 1]);
  });

  it('prefers step to iteration and leaves the other step columns out of the metrics', () => {
    const log = parse('x.csv', 'iteration,step,val_loss\n5,1,0.9\n10,2,0.8\n');
    expect(log.series.map((s) => [s.name, Array.from(s.steps)])).toEqual([['val_loss', [1, 2]]]);
  });

  it('splits appended runs where the step restarts', () => {
    const log = parse('x.csv', 'step,loss\n1,3\n2,2\n1,3.1\n2,2.2\n');
    expect(log.series.map((s) => [s.run, Array.from(s.values)])).toEqual([
      ['run 1', [3, 2]],
      ['run 2', [3.1, 2.2]],
    ]);
  });

  it('reads quoted cells, a quoted header cell running over two lines included', () => {
    const log = parse('x.csv', 'step,"val\nloss","note"\r\n1,"0.5","a, b"\r\n2,0.25,"say ""hi"""\r\n');
    expect(log.series.map((s) => [s.name, s.split, Array.from(s.values)])).toEqual([
      ['val\nloss', 'val', [0.5, 0.25]],
    ]);
  });

  it('refuses a header without a step column', () => {
    expect(() => parse('x.csv', 'a,b\n1,2\n')).toThrow(
      'x.csv line 1: expected a header with a step, global_step, iteration or epoch column, found `a,b`',
    );
  });
});

describe('generic-csv: CSVs as people save them', () => {
  const rows = (s: ParsedLog) =>
    s.series.map((x) => [x.name, x.split, Array.from(x.steps), Array.from(x.values)]);

  it('reads a Keras history saved by pandas, with its unnamed index column: the row is the epoch', () => {
    const log = parse(
      'history.csv',
      ',loss,accuracy,val_loss,val_accuracy\n0,0.9,0.5,1.0,0.4\n1,0.5,0.7,0.8,0.6\n',
    );
    expect(rows(log)).toEqual([
      ['loss', 'train', [0, 1], [0.9, 0.5]],
      ['accuracy', 'train', [0, 1], [0.5, 0.7]],
      ['val_loss', 'val', [0, 1], [1, 0.8]],
      ['val_accuracy', 'val', [0, 1], [0.4, 0.6]],
    ]);
  });

  it('reads one without the index column, headers in any spelling, spaces after commas', () => {
    const log = parse(
      'h.csv',
      'TrainLoss, Train Loss, training_loss, ValLoss\n3, 2, 1, 4\n2.5, 1.5, 0.5, 3.5\n',
    );
    expect(rows(log).map(([n, split, steps]) => [n, split, steps])).toEqual([
      ['TrainLoss', 'train', [0, 1]],
      ['Train Loss', 'train', [0, 1]],
      ['training_loss', 'train', [0, 1]],
      ['ValLoss', 'val', [0, 1]],
    ]);
  });

  it('reads TSV', () => {
    const log = parse('h.tsv', 'Epoch\tTrainLoss\tValLoss\n1\t0.9\t1.0\n2\t0.5\t0.8\n');
    expect(rows(log)).toEqual([
      ['TrainLoss', 'train', [1, 2], [0.9, 0.5]],
      ['ValLoss', 'val', [1, 2], [1, 0.8]],
    ]);
  });

  it('is detected from a loss column alone, and a table without one is still refused', () => {
    expect(genericCsv.sniff('h.csv', new TextEncoder().encode('loss,val_loss\n1,2\n'))).toBeGreaterThan(0.15);
    expect(genericCsv.sniff('h.csv', new TextEncoder().encode('a,b\n1,2\n'))).toBe(0);
  });
});
