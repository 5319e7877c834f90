import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignTrain } from '../validation-align.js';
import { equalCountBins } from './equal-count-bins.js';
import { mannKendall } from './mann-kendall.js';
import { rollingMedian } from './rolling-median.js';
import { medianOf, selectInPlace } from './select.js';
import { senSlope } from './sen-slope.js';

// The fast paths of the bins, the train alignment and Mann–Kendall against the plain
// definitions they replace: the same doubles, ties, zeros and spikes included.

/** Values of a bin: noisy levels, rounded ones (ties), a zero now and then, a spike now and then. */
const curveValues = (maxLength: number) =>
  fc
    .record({
      raw: fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { maxLength }),
      round: fc.constantFrom(0, 10, 1000),
      zeroEvery: fc.constantFrom(0, 97, 1001),
      spikeEvery: fc.constantFrom(0, 53, 2000),
      offset: fc.constantFrom(0, 1, 5),
    })
    .map(({ raw, round, zeroEvery, spikeEvery, offset }) =>
      Float64Array.from(raw, (x, i) => {
        if (zeroEvery > 0 && i % zeroEvery === 3) return 0;
        if (spikeEvery > 0 && i % spikeEvery === 7) return 1e6;
        const v = offset + x;
        return round > 0 ? Math.round(v * round) / round : v;
      }),
    );

/** A bin's median and nearest-rank percentiles by selections on a copy: the path every bin once took. */
function bySelection(values: Float64Array, lo: number, hi: number): [number, number, number] {
  const a = values.slice(lo, hi);
  const m = a.length;
  const mid = m >>> 1;
  let med = selectInPlace(a, mid, 0, m - 1);
  if (m % 2 === 0) {
    let lower = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < mid; i++) if ((a[i] as number) > lower) lower = a[i] as number;
    med = (med + lower) / 2;
  }
  if (m < 5) return [med, med, med];
  const high = selectInPlace(a, Math.min(m - 1, Math.ceil(0.9 * (m - 1))), mid, m - 1);
  return [med, selectInPlace(a, Math.floor(0.1 * (m - 1)), 0, mid), high];
}

describe('equalCountBins', () => {
  it('gives each bin the extremes, median and nearest-rank percentiles of its sorted values', () => {
    fc.assert(
      fc.property(curveValues(3000), fc.integer({ min: 1, max: 9 }), (values, maxBins) => {
        const steps = Float64Array.from(values, (_, i) => 10 * i);
        const b = equalCountBins(steps, values, maxBins);
        expect(b.count).toBe(Math.min(values.length, maxBins));
        for (let k = 0; k < b.count; k++) {
          const lo = b.start[k] as number;
          const hi = k + 1 < b.count ? (b.start[k + 1] as number) : values.length;
          const sorted = values.slice(lo, hi).sort();
          const m = sorted.length;
          const mid = m >>> 1;
          const median =
            m % 2 === 1 ? sorted[mid] : ((sorted[mid] as number) + (sorted[mid - 1] as number)) / 2;
          const [med, low, high] = bySelection(values, lo, hi);
          // the very doubles of the selections (0 and -0 included), equal to the sorted order's
          expect([b.medians[k], b.low[k], b.high[k]]).toEqual([med, low, high]);
          expect(b.medians[k] === median).toBe(true);
          expect(b.low[k] === (m >= 5 ? sorted[Math.floor(0.1 * (m - 1))] : median)).toBe(true);
          expect(b.high[k] === (m >= 5 ? sorted[Math.min(m - 1, Math.ceil(0.9 * (m - 1)))] : median)).toBe(
            true,
          );
          expect(b.min[k] === sorted[0]).toBe(true);
          expect(b.max[k] === sorted[m - 1]).toBe(true);
          const at = b.maxIndex[k] as number;
          expect(
            values[at] === sorted[m - 1] &&
              values.subarray(lo, at).every((v) => v < (sorted[m - 1] as number)),
          ).toBe(true);
          expect(b.steps[k]).toBe(((steps[lo] as number) + (steps[hi - 1] as number)) / 2);
        }
      }),
      { numRuns: 300 },
    );
  });
});

/** The train loss at each validation step by the definition: a median per stretch, one at a time. */
function alignTrainByDefinition(
  train: { steps: Float64Array; values: Float64Array },
  valSteps: Float64Array,
) {
  const out = new Float64Array(valSteps.length);
  let j = 0;
  for (let i = 0; i < valSteps.length; i++) {
    const from = j;
    while (j < train.steps.length && (train.steps[j] as number) <= (valSteps[i] as number)) j++;
    out[i] =
      j > from ? medianOf(train.values, from, j) : j > 0 ? (train.values[j - 1] as number) : Number.NaN;
  }
  return out;
}

describe('alignTrain', () => {
  it('gives the median of the train points since the previous validation step', () => {
    fc.assert(
      fc.property(
        curveValues(4000),
        fc.array(fc.integer({ min: -10, max: 45_000 }), { maxLength: 40 }),
        (values, val) => {
          const train = { steps: Float64Array.from(values, (_, i) => 10 * i), values };
          const valSteps = Float64Array.from(val.sort((a, b) => a - b));
          const got = alignTrain(train, valSteps);
          const want = alignTrainByDefinition(train, valSteps);
          // numerically: a stretch with both 0 and -0 may give either
          for (let i = 0; i < valSteps.length; i++) {
            if (Number.isNaN(want[i] as number)) expect(got[i]).toBeNaN();
            else expect(got[i] === want[i]).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

/** Mann–Kendall's S and tie term by the definition: every pair, one at a time. */
function pairwiseS(values: readonly number[]): number {
  const x = values.filter(Number.isFinite);
  let s = 0;
  for (let i = 0; i < x.length; i++) {
    for (let j = i + 1; j < x.length; j++) {
      const d = (x[j] as number) - (x[i] as number);
      s += d > 0 ? 1 : d < 0 ? -1 : 0;
    }
  }
  return s;
}

describe('mannKendall', () => {
  it('counts S over every pair, ties, zeros of both signs and non-finite values included', () => {
    const value = fc.oneof(
      fc.double(),
      fc.constantFrom(0, -0, 1, 2, 3, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
    );
    fc.assert(
      fc.property(fc.array(value, { maxLength: 80 }), (values) => {
        const r = mannKendall(values);
        expect(r.s).toBe(pairwiseS(values));
        expect(r.n).toBe(values.filter(Number.isFinite).length);
      }),
      { numRuns: 1000 },
    );
  });
});

/** rollingMedian by the definition: the median of each (shrunk at the ends) window's finite values. */
function rollingByDefinition(values: Float64Array, window: number): Float64Array {
  const n = values.length;
  const half = Math.max(0, Math.floor(Math.max(1, Math.round(window)) / 2));
  return Float64Array.from(values, (_, i) => {
    const h = Math.min(half, i, n - 1 - i);
    return medianOf(values.slice(i - h, i + h + 1).filter(Number.isFinite));
  });
}

describe('rollingMedian', () => {
  it('gives the median of each window, as a selection on a copy does', () => {
    const value = fc.oneof(
      { weight: 8, arbitrary: fc.double({ min: -3, max: 3, noNaN: true }) },
      fc.constantFrom(1, 2, 0.5, 0, -0, Number.NaN, Number.POSITIVE_INFINITY),
    );
    fc.assert(
      fc.property(fc.array(value, { maxLength: 120 }), fc.integer({ min: 0, max: 40 }), (raw, window) => {
        const values = Float64Array.from(raw);
        expect(rollingMedian(values, window)).toEqual(rollingByDefinition(values, window));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('senSlope', () => {
  it('gives the median pairwise slope and its bounds, non-finite and tied steps skipped', () => {
    const value = fc.oneof(
      { weight: 8, arbitrary: fc.double({ min: -5, max: 5, noNaN: true }) },
      fc.constantFrom(0, -0, 1, Number.NaN, Number.POSITIVE_INFINITY),
    );
    const point = fc.tuple(fc.oneof(fc.integer({ min: 0, max: 30 }), fc.constant(Number.NaN)), value);
    fc.assert(
      fc.property(fc.array(point, { maxLength: 40 }), (points) => {
        const x = points.map((p) => p[0]);
        const y = points.map((p) => p[1]);
        const slopes: number[] = [];
        for (let i = 0; i < points.length; i++) {
          for (let j = i + 1; j < points.length; j++) {
            const dx = (x[j] as number) - (x[i] as number);
            const dy = (y[j] as number) - (y[i] as number);
            if (
              Number.isFinite(x[i] as number) &&
              Number.isFinite(y[i] as number) &&
              dx !== 0 &&
              Number.isFinite(dx) &&
              Number.isFinite(dy)
            )
              slopes.push(dy / dx);
          }
        }
        const r = senSlope(Float64Array.from(x), Float64Array.from(y));
        expect(r.pairs).toBe(slopes.length);
        if (slopes.length === 0) return;
        slopes.sort((a, b) => a - b);
        const m = slopes.length;
        const median =
          m % 2 === 1 ? slopes[(m - 1) / 2] : ((slopes[m / 2 - 1] as number) + (slopes[m / 2] as number)) / 2;
        expect(r.slope === median).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
