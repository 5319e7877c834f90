import { describe, expect, it } from 'vitest';
import { MAX_MLFLOW_WARNINGS, parseMlflowRun } from './mlflow.js';

// MLflow runs as a broken writer or a fuzzer leaves them: every warning bounded, every read linear.

describe('parseMlflowRun on hostile input', () => {
  it('gives one warning for a metric file of 100,000 malformed lines, with the count and the first', () => {
    const text = Array.from({ length: 100_000 }, (_, i) => `garbage line ${i}`).join('\n');
    const log = parseMlflowRun(
      { runId: 'r', metrics: [{ name: 'loss', text: `1000 0.5 0\n${text}` }] },
      'mlruns/0/r',
    );
    expect(log.warnings).toEqual([
      'mlruns/0/r/metrics/loss line 2: expected "timestamp_ms value step", found `garbage line 0`; skipped, and 99,999 more malformed lines after it',
    ]);
    expect(log.series).toHaveLength(1);
  });

  it(`caps a run's warnings at ${MAX_MLFLOW_WARNINGS}, saying how many more there were`, () => {
    const metrics = Array.from({ length: 5_000 }, (_, i) => ({ name: `m${i}`, text: 'oops\n' }));
    const log = parseMlflowRun({ runId: 'r', metrics }, 'mlruns/0/r');
    expect(log.warnings).toHaveLength(MAX_MLFLOW_WARNINGS + 1);
    expect(log.warnings.at(-1)).toBe(
      `mlruns/0/r: ${(5_000 - MAX_MLFLOW_WARNINGS).toLocaleString('en-US')} more warnings like these were left out`,
    );
  });

  it('reads the run name from a meta.yaml of 40,000 keys in linear time', () => {
    const keys = Array.from({ length: 40_000 }, (_, i) => `key_${i}: value ${i}`);
    const meta = ['artifact_uri: file:///tmp/x', ...keys, "run_name: 'bright-owl-42'", 'status: 3'].join(
      '\n',
    );
    const t0 = performance.now();
    const log = parseMlflowRun({ runId: 'r', meta, metrics: [] }, 'r');
    expect(performance.now() - t0).toBeLessThan(1_000);
    expect(log.run).toBe('bright-owl-42');
    expect(log.warnings).toEqual([]);
  });

  it('keeps params whose names are JavaScript property names as own keys', () => {
    const log = parseMlflowRun(
      {
        runId: 'r',
        metrics: [],
        params: [
          { name: '__proto__', value: 'x' },
          { name: 'constructor', value: 'y' },
        ],
      },
      'r',
    );
    expect(Object.keys(log.params)).toEqual(['__proto__', 'constructor']);
    expect(log.params.constructor).toBe('y');
  });
});
