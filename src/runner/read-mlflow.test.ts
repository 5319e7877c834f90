import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readMlflow } from './read-mlflow.js';

const STORE = fileURLToPath(
  new URL('../../test/fixtures/logs/mlflow/vladimircorteza-pytorch-mnist/mlruns', import.meta.url),
);
const RUNS = [
  '58a829e452164bf99b1d4fd228830189',
  '90f02488153247d0a9ba9de8a2821635',
  '9aadfaba5056441c913466ac693864f3',
];

describe('readMlflow on a real store', () => {
  it('reads every run from the store, the experiment or the run folder', async () => {
    const fromStore = await readMlflow(STORE);
    expect(fromStore.map((r) => r.run)).toEqual(RUNS);
    expect(fromStore.map((r) => r.series.find((s) => s.name === 'train_loss')?.values.length)).toEqual([
      100, 50, 50,
    ]);
    expect((await readMlflow(join(STORE, '0'))).map((r) => r.run)).toEqual(RUNS);
    const [one] = await readMlflow(join(STORE, '0', RUNS[1] as string));
    expect(one?.series.map((s) => [s.name, s.run, s.values.length])).toEqual([
      ['test_accuracy', RUNS[1], 10],
      ['test_loss', RUNS[1], 10],
      ['train_loss', RUNS[1], 50],
    ]);
    expect(one?.params.momentum).toBe('0.5');
  });

  it('refuses a folder that is not an MLflow store', async () => {
    await expect(readMlflow(join(STORE, '0', RUNS[0] as string, 'metrics'))).rejects.toThrow(
      /is not an MLflow file store: expected an mlruns folder/,
    );
  });
});

describe('readMlflow on a written store', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });

  it('reads nested metric names and the runName tag, and tells apart runs that share a name', async () => {
    const root = await mkdtemp(join(tmpdir(), 'trainspotter-mlflow-'));
    dirs.push(root);
    const exp = join(root, 'mlruns', '3');
    await mkdir(join(exp), { recursive: true });
    await writeFile(join(exp, 'meta.yaml'), "experiment_id: '3'\nname: demo\n");
    await mkdir(join(root, 'mlruns', '.trash'));
    for (const id of ['aaaaaaaa1111', 'bbbbbbbb2222']) {
      const run = join(exp, id);
      await mkdir(join(run, 'metrics', 'val'), { recursive: true });
      await mkdir(join(run, 'tags'), { recursive: true });
      await writeFile(join(run, 'meta.yaml'), `run_id: ${id}\nname: ''\n`);
      await writeFile(join(run, 'tags', 'mlflow.runName'), 'baseline');
      await writeFile(join(run, 'metrics', 'val', 'loss'), '1700000000000 0.9 0\n1700000001000 nan 1\n');
    }
    const runs = await readMlflow(join(root, 'mlruns'));
    expect(runs.map((r) => r.run)).toEqual(['baseline (aaaaaaaa)', 'baseline (bbbbbbbb)']);
    const s = runs[0]?.series[0];
    expect(s).toMatchObject({ name: 'val/loss', split: 'val', metric: 'loss', run: 'baseline (aaaaaaaa)' });
    expect(Array.from(s?.values ?? [])).toEqual([0.9, Number.NaN]);
  });
});
