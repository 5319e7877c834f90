import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseChunked, seriesNamed } from '../../test/helpers/parse-log.js';
import { InputError } from '../core/errors.js';
import type { ParsedLog } from '../core/series.js';
import { lightningCsv } from './lightning-csv.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../../test/fixtures/logs/lightning-csv/${name}`, import.meta.url));

const parse = (source: string, bytes: Uint8Array | string, chunk = 11): ParsedLog =>
  parseChunked(lightningCsv, source, bytes, chunk);

const series = seriesNamed;

describe('lightning-csv: real files', () => {
  it('reads interleaved train and val rows of a CRLF Lightning 2.x file, empty cells as no point', () => {
    const bytes = fixture('danyash-mlops-v0__metrics.csv');
    expect(bytes.includes('\r\n')).toBe(true);
    const log = parse('metrics.csv', bytes);
    expect(log).toMatchObject({ format: 'lightning-csv', warnings: [] });
    expect(log.series.map((s) => [s.name, s.split, s.metric, s.values.length])).toEqual([
      ['train_loss', 'train', 'loss', 25],
      ['val_loss', 'val', 'loss', 5],
    ]);
    const val = series(log, 'val_loss');
    // Each val row repeats the step of the epoch's last train row.
    expect(Array.from(val.steps)).toEqual([4, 9, 14, 19, 24]);
    expect(Array.from(val.epochs ?? [])).toEqual([0, 1, 2, 3, 4]);
    expect(val.values[4]).toBe(681.0682373046875);
    expect(series(log, 'train_loss').values[0]).toBe(944.161865234375);
    expect(log.series.every((s) => s.values.every((v) => Number.isFinite(v)))).toBe(true);
  });

  it('reads the rl4co file: slash names, negative losses, the spike and one val row per epoch', () => {
    const log = parse('metrics.csv', fixture('arcroute-rl4co-v0__metrics.csv'), 4096);
    expect(log.series.map((s) => s.name)).toEqual([
      'train/entropy',
      'train/loss',
      'train/reward',
      'train/surrogate_loss',
      'train/value_loss',
      'val/reward',
    ]);
    const loss = series(log, 'train/loss');
    expect(loss.values.length).toBe(172);
    expect(loss.values[0]).toBe(-0.02284548431634903);
    expect(loss.steps[171]).toBe(8599);
    expect(loss.values[loss.steps.indexOf(6249)]).toBeCloseTo(3668, 0);
    const reward = series(log, 'val/reward');
    expect(reward).toMatchObject({ split: 'val', metric: 'reward' });
    expect(reward.values.length).toBe(17);
    expect(reward.steps[0]).toBe(488);
    expect(reward.values[16]).toBe(-16.739572525024414);
  });

  it('reads the old test_tube layout with no metric column as no series, saying why', () => {
    const log = parse('metrics.csv', fixture('dsanet-testtube-v2__metrics.csv'));
    expect(log.series).toEqual([]);
    expect(log.warnings).toEqual([
      'metrics.csv has no numeric metric column (columns: epoch, created_at), so nothing to judge',
    ]);
  });

  it('reads the 1-byte file (a single newline) as no series with a warning, not an error', () => {
    const log = parse('version_0/metrics.csv', fixture('dsanet-testtube-v0-empty__metrics.csv'));
    expect(log.series).toEqual([]);
    expect(log.warnings).toEqual([
      'version_0/metrics.csv is empty: no header line, so the run logged no metrics',
    ]);
  });
});

describe('lightning-csv: written files', () => {
  it('reads nan and inf cells as Python writes them, and keeps NA/empty cells out', () => {
    const log = parse(
      'metrics.csv',
      'epoch,step,train_loss\n0,0,1.5\n0,1,nan\n0,2,inf\n0,3,-inf\n0,4,\n0,5,NaN\n',
    );
    expect(Array.from(series(log, 'train_loss').values)).toEqual([
      1.5,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      Number.NaN,
    ]);
    expect(Array.from(series(log, 'train_loss').steps)).toEqual([0, 1, 2, 3, 5]);
  });

  it('reads quoted header cells', () => {
    const log = parse('metrics.csv', '"epoch","step","val/loss, ema"\r\n0,9,0.5\r\n');
    expect(series(log, 'val/loss, ema')).toMatchObject({ split: 'val', metric: 'loss, ema' });
  });

  it('warns about text cells in a numeric column', () => {
    const log = parse('metrics.csv', 'epoch,step,loss\n0,0,1\n0,1,oops\n0,2,0.5\n');
    expect(Array.from(series(log, 'loss').values)).toEqual([1, 0.5]);
    expect(log.warnings).toEqual([
      'metrics.csv column `loss`: 1 cells are not numbers and were skipped (first at line 3: `oops`)',
    ]);
  });
});

describe('lightning-csv: bad input', () => {
  it('refuses a row with the wrong number of cells, naming file, line and expectation', () => {
    const rows = Array.from({ length: 20 }, (_, i) => `0,${i},${1 / (i + 1)},`);
    rows[15] = '0,15,0.1';
    const text = `epoch,step,train_loss,val_loss,lr\n${rows.map((r) => `${r},0.01`).join('\n')}\n`.replace(
      '0,15,0.1,0.01',
      '0,15,0.1',
    );
    expect(() => parse('metrics.csv', text)).toThrow(InputError);
    expect(() => parse('metrics.csv', text)).toThrow(
      'metrics.csv line 17: expected 5 cells like the header, found 3 (`0,15,0.1`)',
    );
  });

  it('refuses a header without step or epoch', () => {
    expect(() => parse('metrics.csv', 'loss,acc\n1,2\n')).toThrow(
      "metrics.csv line 1: expected a header with a `step` or `epoch` column, as PyTorch Lightning's CSVLogger writes, found `loss,acc`",
    );
  });

  it('warns about a cut last row instead of failing', () => {
    const log = parse('metrics.csv', 'epoch,step,loss\n0,0,1\n0,1,0.5\n0,2');
    expect(series(log, 'loss').values.length).toBe(2);
    expect(log.warnings[0]).toMatch(/^metrics\.csv line 4: expected 3 cells like the header, found 2/);
  });
});
