import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeSeries } from '../core/analyze.js';
import { readLogs } from './read-log.js';

const FIXTURES = join(import.meta.dirname, '../../test/fixtures/logs');
const KERAS = 'tensorboard/keras-callback';

describe('readLogs on the folders loggers write', () => {
  const root = mkdtempSync(join(tmpdir(), 'trainspotter-folders-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('reads Keras logs/<run>/train and /validation as one run on two splits, and pairs them', async () => {
    const logs = join(root, 'keras-logs');
    for (const [split, file] of [
      ['train', 'train__events.out.tfevents.1692391291.ds-xps.19223.0.v2'],
      ['validation', 'validation__events.out.tfevents.1692391307.ds-xps.19223.1.v2'],
    ] as const) {
      mkdirSync(join(logs, 'fit-1', split), { recursive: true });
      cpSync(join(FIXTURES, `${KERAS}-${file}`), join(logs, 'fit-1', split, file.split('__')[1] as string));
    }
    const read = await readLogs(logs);
    const series = read.flatMap((l) => l.series);
    const loss = series.filter((s) => s.metric === 'loss');
    expect(loss.map((s) => [s.name, s.split, s.run])).toEqual([
      ['train/epoch_loss', 'train', 'fit-1'],
      ['validation/evaluation_loss_vs_iterations', 'val', 'fit-1'],
      ['validation/epoch_loss', 'val', 'fit-1'],
    ]);
    const verdicts = analyzeSeries(series).map((f) => `${f.series}: ${f.verdict}`);
    expect(verdicts).toContain('fit-1: train/epoch_loss vs validation/epoch_loss: generalises');
  });

  it('reads an MLflow store found inside a folder, one log per run', async () => {
    const read = await readLogs(join(FIXTURES, 'mlflow'));
    expect(read.map((l) => l.format)).toEqual(['mlflow', 'mlflow', 'mlflow']);
    const train = read[0]?.series.find((s) => s.name === 'train_loss');
    expect(train?.split).toBe('train');
    expect(train?.values.length).toBeGreaterThan(10);
  });
});
