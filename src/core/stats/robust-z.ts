import { medianAbsoluteDeviation as mad, mean, median } from 'simple-statistics';

/** Scale factor that makes the MAD a consistent estimator of σ for normal data: 1/Φ⁻¹(3/4). */
export const MAD_TO_SIGMA = 1.4826;

function finiteValues(values: ArrayLike<number>): number[] {
  const finite: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (Number.isFinite(v)) finite.push(v);
  }
  return finite;
}

/** Median absolute deviation from the median (unscaled), skipping non-finite values; NaN when none is finite. O(n). */
export function medianAbsoluteDeviation(values: ArrayLike<number>): number {
  const finite = finiteValues(values);
  return finite.length === 0 ? Number.NaN : mad(finite);
}

/**
 * Robust z-scores (x − median)/(1.4826·MAD): how many robust standard deviations each value lies
 * from the centre, unmoved by the outliers it is meant to find. When the MAD is 0 (over half the
 * values equal) the mean absolute deviation·1.2533 stands in; when that is 0 too, equal values
 * score 0 and others ±Infinity. Non-finite inputs score NaN. O(n).
 */
export function robustZ(values: ArrayLike<number>): Float64Array {
  const n = values.length;
  const finite = finiteValues(values);
  const out = new Float64Array(n);
  if (finite.length === 0) return out.fill(Number.NaN);
  const med = median(finite);
  const dev = finite.map((v) => Math.abs(v - med));
  let scale = MAD_TO_SIGMA * median(dev);
  // √(π/2)·mean|x − m| estimates σ for normal data
  if (!(scale > 0)) scale = 1.2533 * mean(dev);
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    if (!Number.isFinite(v)) out[i] = Number.NaN;
    else if (scale > 0) out[i] = (v - med) / scale;
    else out[i] = v === med ? 0 : Math.sign(v - med) * Number.POSITIVE_INFINITY;
  }
  return out;
}
