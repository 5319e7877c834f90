import { finiteOrNull } from './finite-or-null.js';
import type { Curve } from './report.js';
import type { Series } from './series.js';

/**
 * Downsamples a series to at most `maxPoints` points for a chart, keeping its shape: each
 * bucket keeps its lowest and highest point in step order (so spikes survive), and a bucket
 * holding a non-finite value keeps that point as null (so the step a NaN appeared at survives).
 * O(n). `maxPoints` must be at least 2.
 */
export function sampleCurve(series: Series, maxPoints = 120): Curve {
  const n = series.values.length;
  const steps: number[] = [];
  const values: (number | null)[] = [];
  const push = (i: number) => {
    const v = series.values[i] as number;
    steps.push(series.steps[i] as number);
    values.push(finiteOrNull(v));
  };
  if (n <= maxPoints) {
    for (let i = 0; i < n; i++) push(i);
  } else {
    const buckets = Math.max(1, Math.floor(maxPoints / 2));
    for (let b = 0; b < buckets; b++) {
      const lo = Math.floor((b * n) / buckets);
      const hi = Math.floor(((b + 1) * n) / buckets);
      let minI = -1;
      let maxI = -1;
      let badI = -1;
      for (let i = lo; i < hi; i++) {
        const v = series.values[i] as number;
        if (!Number.isFinite(v)) {
          if (badI < 0) badI = i;
          continue;
        }
        if (minI < 0 || v < (series.values[minI] as number)) minI = i;
        if (maxI < 0 || v > (series.values[maxI] as number)) maxI = i;
      }
      const keep = [...new Set([minI, maxI, badI].filter((i) => i >= 0))].sort((a, c) => a - c);
      // Two slots per bucket: when a NaN competes with min and max, the NaN and the extreme
      // farther from the bucket's first point win.
      const chosen =
        keep.length <= 2 ? keep : [badI, Math.abs(maxI - lo) > Math.abs(minI - lo) ? maxI : minI];
      for (const i of chosen.sort((a, c) => a - c)) push(i);
    }
  }
  return {
    series: series.name,
    split: series.split,
    ...(series.run === undefined ? {} : { run: series.run }),
    points: n,
    steps,
    values,
  };
}

/**
 * A report's curves at most `maxPoints` long: a curve written by another tool, or by hand, may
 * carry every point of its run (megabytes that every later read and render would pay for); such a
 * curve is sampled as sampleCurve does, keeping its `points` count. Shorter curves pass unchanged.
 */
export function boundReportCurves<
  R extends { readonly checks: readonly { readonly curves: readonly Curve[] }[] },
>(report: R, maxPoints = 240): R {
  const long = (c: Curve) => c.steps.length > maxPoints || c.values.length > maxPoints;
  if (!report.checks.some((check) => check.curves.some(long))) return report;
  const bound = (c: Curve): Curve => {
    if (!long(c)) return c;
    const n = Math.min(c.steps.length, c.values.length);
    const sampled = sampleCurve(
      {
        name: c.series,
        metric: c.series,
        split: c.split,
        ...(c.run === undefined ? {} : { run: c.run }),
        steps: Float64Array.from(c.steps.slice(0, n)),
        values: Float64Array.from(c.values.slice(0, n), (v) => v ?? Number.NaN),
      },
      120,
    );
    return { ...sampled, points: c.points };
  };
  return { ...report, checks: report.checks.map((check) => ({ ...check, curves: check.curves.map(bound) })) };
}
