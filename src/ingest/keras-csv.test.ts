import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ParsedLog } from '../core/series.js';
import { kerasCsv } from './keras-csv.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../../test/fixtures/logs/keras-csv/${name}`, import.meta.url));

function parse(source: string, bytes: Uint8Array | string): ParsedLog {
  const p = kerasCsv.create(source);
  p.write(typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes);
  return p.end();
}

const summary = (log: ParsedLog) =>
  log.series.map((s) => [
    s.name,
    s.split,
    s.metric,
    s.values.length,
    s.values[0],
    s.values[s.values.length - 1],
  ]);

describe('keras-csv: real files', () => {
  it('reads a 100-epoch training.log with accuracy and val_ columns', () => {
    const log = parse('training.log', fixture('car-prediction-cnn__training.log'));
    expect(log).toMatchObject({ format: 'keras-csv', warnings: [] });
    expect(summary(log)).toEqual([
      ['accuracy', 'train', 'accuracy', 100, 0.28529292345046997, 0.8892613053321838],
      ['loss', 'train', 'loss', 100, 1.7800995111465454, 0.3073320984840393],
      ['val_accuracy', 'val', 'accuracy', 100, 0.16604077816009521, 0.7564377784729004],
      ['val_loss', 'val', 'loss', 100, 1.8974509239196777, 0.7466485500335693],
    ]);
    const loss = log.series[1];
    expect(loss?.steps[0]).toBe(0);
    expect(loss?.steps[99]).toBe(99);
    expect(loss?.epochs?.[99]).toBe(99);
  });

  it('reads float32 accuracies printed next to float64 losses', () => {
    const log = parse('training.log', fixture('leaf-disease__training.log'));
    expect(summary(log)).toEqual([
      ['loss', 'train', 'loss', 50, 0.9825423861615943, 0.8215294309146222],
      ['sparse_categorical_accuracy', 'train', 'sparse_categorical_accuracy', 50, 0.46087703, 0.5520206],
      ['val_loss', 'val', 'loss', 50, 0.8987124109767495, 0.8175303253619874],
      [
        'val_sparse_categorical_accuracy',
        'val',
        'sparse_categorical_accuracy',
        50,
        0.4415357708930969,
        0.5410122275352478,
      ],
    ]);
  });

  it('reads the 200-epoch training.csv', () => {
    const log = parse('training.csv', fixture('leaf-disease__training.csv'));
    expect(log.series).toHaveLength(4);
    expect(log.series.every((s) => s.values.length === 200 && s.steps[199] === 199)).toBe(true);
    expect(log.series.find((s) => s.name === 'val_loss')?.values[199]).toBe(0.37321823835372925);
  });
});

describe('keras-csv: written and bad files', () => {
  it("reads Keras' NA cells as no point and nan as NaN", () => {
    const log = parse('training.log', 'epoch,loss,val_loss\n0,nan,NA\n1,0.5,0.6\n');
    expect(Array.from(log.series[0]?.values ?? [])).toEqual([Number.NaN, 0.5]);
    expect(Array.from(log.series[1]?.steps ?? [])).toEqual([1]);
  });

  it('refuses a header that does not start with epoch', () => {
    expect(() => parse('training.log', 'loss,epoch\n1,0\n')).toThrow(
      "training.log line 1: expected a header starting with `epoch`, as Keras' CSVLogger writes, found `loss,epoch`",
    );
  });

  it('refuses a row with too many cells', () => {
    expect(() => parse('training.log', 'epoch,loss\n0,1\n1,0.5,7\n2,0.4\n')).toThrow(
      'training.log line 3: expected 2 cells like the header, found 3 (`1,0.5,7`)',
    );
  });
});
