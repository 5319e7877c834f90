import {
  type BucketScratch,
  bucketScratch,
  MIN_BUCKETED,
  orderStatistics,
} from './bucket-order-statistics.js';
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
 * This is the only pass over the raw points: O(n) expected time, O(n/B) scratch memory.
 */
export function equalCountBins(
  steps: ArrayLike<number>,
  values: ArrayLike<number>,
  maxBins: number,
): CurveBins {
  const n = values.length;
  const b = Math.max(0, Math.min(n, Math.floor(maxBins)));
  const out = {
    count: b,
    steps: new Float64Array(b),
    medians: new Float64Array(b),
    low: new Float64Array(b),
    high: new Float64Array(b),
    min: new Float64Array(b),
    max: new Float64Array(b),
    maxIndex: new Int32Array(b),
    start: new Int32Array(b),
  };
  const scratch = new Float64Array(b > 0 ? Math.ceil(n / b) + 1 : 0);
  const binMax = scratch.length;
  const buckets: BucketScratch = bucketScratch(binMax);
  const stats = new Float64Array(4);
  for (let k = 0; k < b; k++) {
    const lo = Math.floor((k * n) / b);
    const hi = Math.floor(((k + 1) * n) / b);
    const m = hi - lo;
    out.start[k] = lo;
    out.steps[k] = ((steps[lo] as number) + (steps[hi - 1] as number)) / 2;
    let mx = Number.NEGATIVE_INFINITY;
    let mn = Number.POSITIVE_INFINITY;
    let at = lo;
    // a zero (0 and -0 are equal to a selection, but not the same double), NaN or ±Infinity
    let special = false;
    for (let i = 0; i < m; i++) {
      const v = values[lo + i] as number;
      scratch[i] = v;
      if (v > mx) {
        mx = v;
        at = lo + i;
      }
      if (v < mn) mn = v;
      if (!(v !== 0 && v - v === 0)) special = true;
    }
    out.min[k] = mn;
    out.max[k] = mx;
    out.maxIndex[k] = at;
    const mid = m >>> 1;
    const lowRank = Math.floor(0.1 * (m - 1));
    const highRank = Math.min(m - 1, Math.ceil(0.9 * (m - 1)));
    if (
      m >= MIN_BUCKETED &&
      !special &&
      orderStatistics(scratch, m, mn, mx, [lowRank, mid - 1, mid, highRank], stats, buckets)
    ) {
      out.medians[k] = m % 2 === 0 ? ((stats[2] as number) + (stats[1] as number)) / 2 : (stats[2] as number);
      out.low[k] = stats[0] as number;
      out.high[k] = stats[3] as number;
      continue;
    }
    let med = selectInPlace(scratch, mid, 0, m - 1);
    if (m % 2 === 0) {
      let lower = Number.NEGATIVE_INFINITY;
      for (let i = 0; i < mid; i++) if ((scratch[i] as number) > lower) lower = scratch[i] as number;
      med = (med + lower) / 2;
    }
    out.medians[k] = med;
    if (m >= 5) {
      // the selection above left [0, mid) ≤ scratch[mid] ≤ (mid, m): search each side only
      out.high[k] = selectInPlace(scratch, highRank, mid, m - 1);
      out.low[k] = selectInPlace(scratch, lowRank, 0, mid);
    } else {
      out.high[k] = med;
      out.low[k] = med;
    }
  }
  return out;
}
