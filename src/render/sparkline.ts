const BARS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'] as const;
/** Drawn where a bucket holds a NaN or an infinity, so the step it broke at stays visible. */
export const NON_FINITE_MARK = '×';

/**
 * Downsamples `values` to at most `width` buckets so that the shape survives: each bucket is
 * drawn at its mean, except that a bucket holding the series' spike (a value far above the
 * bucket's neighbours) is drawn at its maximum, and a bucket holding a non-finite value is
 * drawn as NON_FINITE_MARK. O(n).
 */
export function downsample(values: ArrayLike<number>, width: number): number[] {
  const n = values.length;
  if (n <= width) return Array.from(values as ArrayLike<number>);
  const out: number[] = [];
  const means: number[] = [];
  const maxes: number[] = [];
  for (let b = 0; b < width; b++) {
    const lo = Math.floor((b * n) / width);
    const hi = Math.floor(((b + 1) * n) / width);
    let sum = 0;
    let count = 0;
    let max = Number.NEGATIVE_INFINITY;
    let bad = false;
    for (let i = lo; i < hi; i++) {
      const v = values[i] as number;
      if (!Number.isFinite(v)) {
        bad = true;
        continue;
      }
      sum += v;
      count++;
      if (v > max) max = v;
    }
    means.push(bad || count === 0 ? Number.NaN : sum / count);
    maxes.push(max);
  }
  for (let b = 0; b < width; b++) {
    const mean = means[b] as number;
    const max = maxes[b] as number;
    // A spike: the bucket's maximum stands further above its mean than the mean moves between
    // neighbouring buckets, many times over. Keep it so a recovering spike is still seen.
    const prev = means[b - 1] ?? mean;
    const next = means[b + 1] ?? mean;
    const local = Math.max(Math.abs(mean - prev), Math.abs(next - mean), Math.abs(mean) * 0.05);
    out.push(Number.isFinite(mean) && max - mean > 4 * local ? max : mean);
  }
  return out;
}

/**
 * A Unicode sparkline of a curve, `width` characters at most (▁ lowest to █ highest).
 * Scaled logarithmically when all values are positive and span more than two orders of
 * magnitude, which is how losses are read. Empty input gives an empty string.
 */
export function sparkline(values: ArrayLike<number>, width = 24): string {
  const points = downsample(values, width);
  const finite = points.filter(Number.isFinite);
  if (finite.length === 0) return NON_FINITE_MARK.repeat(points.length);
  let min = Math.min(...finite);
  let max = Math.max(...finite);
  const useLog = min > 0 && max / min > 100;
  const scale = (v: number) => (useLog ? Math.log10(v) : v);
  min = scale(min);
  max = scale(max);
  const span = max - min;
  return points
    .map((v) => {
      if (!Number.isFinite(v)) return NON_FINITE_MARK;
      if (span === 0) return BARS[3];
      const idx = Math.round(((scale(v) - min) / span) * (BARS.length - 1));
      return BARS[Math.max(0, Math.min(BARS.length - 1, idx))];
    })
    .join('');
}

/** The sparkline of a report curve, 20 characters (a null point is non-finite); '' without a curve. */
export function curveSparkline(curve: { readonly values: readonly (number | null)[] } | undefined): string {
  return curve
    ? sparkline(
        curve.values.map((v) => (v === null ? Number.NaN : v)),
        20,
      )
    : '';
}
