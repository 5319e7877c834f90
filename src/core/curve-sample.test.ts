import { describe, expect, it } from 'vitest';
import { sampleCurve } from './curve-sample.js';
import type { Series } from './series.js';

function series(values: number[]): Series {
  return {
    name: 'train_loss',
    metric: 'loss',
    split: 'train',
    steps: Float64Array.from(values, (_, i) => i),
    values: Float64Array.from(values),
  };
}

describe('sampleCurve', () => {
  it('keeps short curves whole, with non-finite values as null', () => {
    const curve = sampleCurve(series([3, 2, Number.NaN, Number.POSITIVE_INFINITY]));
    expect(curve.values).toEqual([3, 2, null, null]);
    expect(curve.steps).toEqual([0, 1, 2, 3]);
    expect(curve.points).toBe(4);
  });

  it('keeps a spike and the first NaN of a 100,000-point curve in 120 points', () => {
    const values = Array.from({ length: 100_000 }, (_, i) => 2 - i / 100_000);
    values[31_337] = 40;
    for (let i = 90_000; i < 100_000; i++) values[i] = Number.NaN;
    const curve = sampleCurve(series(values), 120);
    expect(curve.values.length).toBeLessThanOrEqual(120);
    expect(curve.values).toContain(40);
    expect(curve.steps[curve.values.indexOf(40)]).toBe(31_337);
    expect(curve.steps[curve.values.indexOf(null)]).toBe(90_000);
    expect(curve.steps).toEqual([...curve.steps].sort((a, b) => a - b));
  });
});
