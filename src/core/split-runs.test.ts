import { describe, expect, it } from 'vitest';
import type { Series } from './series.js';
import { splitRuns } from './split-runs.js';

function series(steps: number[], extra: Partial<Series> = {}): Series {
  return {
    name: 'loss',
    metric: 'loss',
    split: 'train',
    steps: Float64Array.from(steps),
    values: Float64Array.from(steps, (s) => 1 / (s + 1)),
    ...extra,
  };
}

describe('splitRuns', () => {
  it('returns a monotonic series unchanged and unlabelled', () => {
    const s = series([0, 1, 1, 2]);
    expect(splitRuns(s)).toEqual([s]);
  });

  it('starts a new run wherever the step goes backwards', () => {
    const runs = splitRuns(
      series([19, 39, 59, 19, 39, 19], { epochs: Float64Array.from([0, 0, 1, 0, 0, 0]) }),
    );
    expect(runs.map((r) => r.run)).toEqual(['run 1', 'run 2', 'run 3']);
    expect(runs.map((r) => Array.from(r.steps))).toEqual([[19, 39, 59], [19, 39], [19]]);
    expect(Array.from(runs[0]?.epochs ?? [])).toEqual([0, 0, 1]);
    expect(runs[1]?.values[0]).toBe(1 / 20);
  });

  it('keeps an existing run label', () => {
    expect(splitRuns(series([2, 1], { run: 'validation' })).map((r) => r.run)).toEqual([
      'validation, run 1',
      'validation, run 2',
    ]);
  });
});
