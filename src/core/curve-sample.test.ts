import { describe, expect, it } from 'vitest';
import { boundReportCurves, sampleCurve } from './curve-sample.js';
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

describe('boundReportCurves', () => {
  const curve = (n: number) => ({
    series: 'loss',
    split: 'train' as const,
    points: n,
    steps: Array.from({ length: n }, (_, i) => i),
    values: Array.from({ length: n }, (_, i) => (i === n / 2 ? null : 1 / (i + 1))),
  });

  it('samples a curve that carries every point of a 100,000-step run, keeping its shape and count', () => {
    const report = { checks: [{ name: 'smoke', curves: [curve(100_000), curve(50)] }] };
    const bound = boundReportCurves(report);
    const [big, small] = bound.checks[0]?.curves ?? [];
    expect(big?.steps.length).toBeLessThanOrEqual(120);
    expect(big?.points).toBe(100_000);
    expect(big?.values[0]).toBe(1);
    expect(big?.values).toContain(null);
    expect(big?.steps.at(-1)).toBeGreaterThan(99_000);
    expect(small).toBe(report.checks[0]?.curves[1]);
  });

  it('returns the very report when no curve is too long', () => {
    const report = { checks: [{ curves: [curve(240)] }] };
    expect(boundReportCurves(report)).toBe(report);
  });
});
