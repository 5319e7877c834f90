import { bucketOrderStatistics } from './bucket-order-statistics.js';
import { selectInPlace } from './select.js';
/** A curve summarised by consecutive bins holding (almost) equal numbers of points. */
export interface CurveBins {
  /** Number of bins B = min(n, maxBins). */
  readonly count: number;
  /** Centre step of each bin: the mean of its first and last step. */
  readonly steps: Float64Array;
  /** Median value of each bin. */
  readonly medians: Float64Array;
  /** 10th and 90th percentile (nearest rank) of each bin; equal to the median for bins under 5 points. */
  readonly low: Float64Array;
  readonly high: Float64Array;
  /** Smallest value of each bin. */
  readonly min: Float64Array;
  /** Largest value of each bin, and its index into the input. */
  readonly max: Float64Array;
  readonly maxIndex: Int32Array;
  /** First index (into the input) of each bin; bin k covers [start[k], start[k + 1]). */
  readonly start: Int32Array;
}

/**
 * Split a curve (finite values, in step order) into B = min(n, maxBins) consecutive bins of
 * ⌊n/B⌋ or ⌈n/B⌉ points and summarise each by its median, 10th/90th percentiles, minimum and maximum.
 * This is the only pass over the raw points: O(n) expected time, O(n) scratch memory.
 */
export function equalCountBins(
  steps: ArrayLike<number>,
  values: ArrayLike<number>,
  maxBins: number,
): CurveBins {
  const n = values.length;
  const b = Math.max(0, Math.min(n, Math.floor(maxBins)));
  const bounds = new Int32Array(b + 1);
  for (let k = 0; k <= b; k++) bounds[k] = Math.floor((k * n) / b);
  const out = {
    count: b,
    steps: new Float64Array(b),
    medians: new Float64Array(b),
    low: new Float64Array(b),
    high: new Float64Array(b),
    min: new Float64Array(b),
    max: new Float64Array(b),
    maxIndex: new Int32Array(b),
    start: bounds.subarray(0, b),
  };
  if (b === 0) return out;
  for (let k = 0; k < b; k++) {
    out.steps[k] =
      ((steps[bounds[k] as number] as number) + (steps[(bounds[k + 1] as number) - 1] as number)) / 2;
  }
  const v = values instanceof Float64Array ? values : Float64Array.from(values);
  const done = new Uint8Array(b);
  bucketOrderStatistics(v, bounds, out, done);
  // the bins left over (a zero, a crowded bucket, few points): selections in place on a copy
  let scratch: Float64Array | undefined;
  for (let k = 0; k < b; k++) {
    if (done[k] === 1) continue;
    const lo = bounds[k] as number;
    const m = (bounds[k + 1] as number) - lo;
    if (scratch === undefined) scratch = new Float64Array(Math.ceil(n / b) + 1);
    for (let i = 0; i < m; i++) scratch[i] = v[lo + i] as number;
    const mid = m >>> 1;
    let med = selectInPlace(scratch, mid, 0, m - 1);
    if (m % 2 === 0) {
      let lower = Number.NEGATIVE_INFINITY;
      for (let i = 0; i < mid; i++) if ((scratch[i] as number) > lower) lower = scratch[i] as number;
      med = (med + lower) / 2;
    }
    out.medians[k] = med;
    if (m >= 5) {
      // the selection above left [0, mid) ≤ scratch[mid] ≤ (mid, m): search each side only
      out.high[k] = selectInPlace(scratch, Math.min(m - 1, Math.ceil(0.9 * (m - 1))), mid, m - 1);
      out.low[k] = selectInPlace(scratch, Math.floor(0.1 * (m - 1)), 0, mid);
    } else {
      out.high[k] = med;
      out.low[k] = med;
    }
  }
  return out;
}
