import { medianOf } from './select.js';

/** Scale factor that makes the MAD a consistent estimator of σ for normal data: 1/Φ⁻¹(3/4). */
export const MAD_TO_SIGMA = 1.4826;

/** Median absolute deviation from the median (unscaled), skipping non-finite values. O(n). */
export function medianAbsoluteDeviation(values: ArrayLike<number>): number {
  const finite: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (Number.isFinite(v)) finite.push(v);
  }
  const med = medianOf(finite);
  return medianOf(finite.map((v) => Math.abs(v - med)));
}

/**
 * Robust z-scores (x − median)/(1.4826·MAD): how many robust standard deviations each value lies
 * from the centre, unmoved by the outliers it is meant to find. When the MAD is 0 (over half the
 * values equal) the mean absolute deviation·1.2533 stands in; when that is 0 too, equal values
 * score 0 and others ±Infinity. Non-finite inputs score NaN. O(n).
 */
export function robustZ(values: ArrayLike<number>): Float64Array {
  const n = values.length;
  const finite: number[] = [];
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    if (Number.isFinite(v)) finite.push(v);
  }
  const med = medianOf(finite);
  const dev = finite.map((v) => Math.abs(v - med));
  let scale = MAD_TO_SIGMA * medianOf(dev);
  if (!(scale > 0)) {
    // √(π/2)·mean|x − m| estimates σ for normal data
    const meanDev = dev.reduce((a, b) => a + b, 0) / Math.max(1, dev.length);
    scale = 1.2533 * meanDev;
  }
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    if (!Number.isFinite(v)) out[i] = Number.NaN;
    else if (scale > 0) out[i] = (v - med) / scale;
    else out[i] = v === med ? 0 : Math.sign(v - med) * Number.POSITIVE_INFINITY;
  }
  return out;
}
