import { medianAbsoluteDeviation } from 'simple-statistics';
import { MAD_TO_SIGMA } from './robust-z.js';

/**
 * Robust noise of one point of a short curve (validation evaluations): 1.4826·MAD of the second
 * differences x[i+1] − 2x[i] + x[i−1], divided by √6 (their standard deviation for independent
 * points of noise σ). Second differences cancel any locally straight trend, so a steady fall or
 * rise is not mistaken for noise, and the MAD ignores the few bends of a curve (the end of a
 * fast initial drop, a spike). Null for fewer than 5 values. O(n).
 */
export function pointNoise(values: ArrayLike<number>): number | null {
  const n = values.length;
  if (n < 5) return null;
  const d2: number[] = [];
  for (let i = 1; i < n - 1; i++) {
    d2.push((values[i + 1] as number) - 2 * (values[i] as number) + (values[i - 1] as number));
  }
  return (MAD_TO_SIGMA * medianAbsoluteDeviation(d2)) / Math.sqrt(6);
}
