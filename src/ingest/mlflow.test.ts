import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mlflowFolderKind, parseMlflowRun } from './mlflow.js';

const RUN = '58a829e452164bf99b1d4fd228830189';
const RUN_DIR = new URL(
  `../../test/fixtures/logs/mlflow/vladimircorteza-pytorch-mnist/mlruns/0/${RUN}/`,
  import.meta.url,
);
const read = (path: string) => readFileSync(new URL(path, RUN_DIR), 'utf8');

describe('parseMlflowRun', () => {
  it('reads a real MLflow 1.x run: global-step metrics, wall times, params, the id as label', () => {
    const log = parseMlflowRun(
      {
        runId: RUN,
        meta: read('meta.yaml'),
        metrics: readdirSync(new URL('metrics/', RUN_DIR)).map((name) => ({
          name,
          text: read(`metrics/${name}`),
        })),
        params: readdirSync(new URL('params/', RUN_DIR)).map((name) => ({
          name,
          value: read(`params/${name}`),
        })),
      },
      `mlruns/0/${RUN}`,
    );
    expect(log.warnings).toEqual([]);
    expect(log.run).toBe(RUN); // meta.yaml's name is ''
    expect(log.params).toMatchObject({ lr: '0.001', epochs: '20', cuda: 'True', batch_size: '64' });
    expect(log.series.map((s) => [s.name, s.split, s.metric, s.values.length])).toEqual([
      ['test_accuracy', 'test', 'accuracy', 20],
      ['test_loss', 'test', 'loss', 20],
      ['train_loss', 'train', 'loss', 100],
    ]);
    const train = log.series[2];
    expect(train?.run).toBe(RUN);
    expect([train?.steps[0], train?.steps[99]]).toEqual([938, 19560]);
    expect([train?.values[0], train?.values[99]]).toEqual([4.152586936950684, 2.3014397621154785]);
    expect(train?.wallTimes?.[0]).toBe(1642780912.552);
    expect(Array.from(log.series[0]?.values ?? []).slice(-1)).toEqual([96.13]);
  });

  it('reads Python non-finite spellings, nested names, step-less lines; skips bad lines with a warning', () => {
    const log = parseMlflowRun(
      {
        runId: 'abc',
        meta: 'run_id: abc\nrun_name: bright-owl-42\nstatus: 3\n',
        metrics: [
          {
            name: 'val/loss',
            text: '1000 1.5 0\n1001 nan 1\n1002 inf 2\n1003 -inf 3\n1004 NaN 4\n1005 Infinity 5\n',
          },
          { name: 'old', text: '1000 0.5\n1001 0.25\n' },
          { name: 'broken', text: '1000 0.5 0\n1001 oops 1\n\n1002 0.4 2' },
          { name: 'empty', text: '' },
        ],
      },
      'mlruns/1/abc',
    );
    expect(log.run).toBe('bright-owl-42');
    const val = log.series[0];
    expect(val).toMatchObject({ name: 'val/loss', split: 'val', metric: 'loss', run: 'bright-owl-42' });
    expect(Array.from(val?.values ?? [])).toEqual([
      1.5,
      Number.NaN,
      Infinity,
      -Infinity,
      Number.NaN,
      Infinity,
    ]);
    expect(Array.from(log.series[1]?.steps ?? [])).toEqual([0, 1]);
    expect(Array.from(log.series[2]?.values ?? [])).toEqual([0.5, 0.4]);
    expect(log.series.map((s) => s.name)).toEqual(['val/loss', 'old', 'broken']);
    expect(log.warnings).toEqual([
      'mlruns/1/abc/metrics/broken line 2: expected "timestamp_ms value step", found `1001 oops 1`; skipped',
    ]);
  });

  it('reads no number from a word that names an object property (constructor, __proto__)', () => {
    const log = parseMlflowRun(
      {
        runId: 'r',
        metrics: [
          { name: 'loss', text: '1000 0.5 0\n1001 constructor 1\n1002 __proto__ 2\n1003 toString 3\n' },
        ],
      },
      'mlruns/0/r',
    );
    expect(Array.from(log.series[0]?.values ?? [])).toEqual([0.5]);
    expect(log.warnings).toEqual([
      'mlruns/0/r/metrics/loss line 2: expected "timestamp_ms value step", found `1001 constructor 1`; skipped, and 2 more malformed lines after it',
    ]);
  });

  it('prefers the runName tag given by the shell, and survives a meta.yaml that is not YAML', () => {
    expect(
      parseMlflowRun({ runId: 'x', runName: 'baseline', meta: 'run_name: other\n', metrics: [] }, 'r').run,
    ).toBe('baseline');
    const bad = parseMlflowRun({ runId: 'x', meta: 'a: [unclosed', metrics: [] }, 'r');
    expect(bad.run).toBe('x');
    expect(bad.warnings[0]).toMatch(/^r\/meta\.yaml is not valid YAML/);
  });
});

describe('mlflowFolderKind', () => {
  it('tells a run, an experiment and a store apart by their entries', () => {
    expect(mlflowFolderKind(['meta.yaml', 'metrics', 'params', 'tags', 'artifacts'])).toBe('run');
    expect(mlflowFolderKind(['meta.yaml', RUN])).toBe('experiment');
    expect(mlflowFolderKind(['0', '.trash', 'models'])).toBe('store');
    expect(mlflowFolderKind(['metrics.csv', 'hparams.yaml'])).toBeUndefined();
  });
});
