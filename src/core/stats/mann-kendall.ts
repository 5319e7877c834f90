import { twoSidedNormalP } from './normal-cdf.js';

/** Result of the Mann–Kendall trend test. */
export interface MannKendallResult {
  /** Number of finite values used. */
  readonly n: number;
  /** S = Σ_{i<j} sign(x_j − x_i): positive for a rising series. */
  readonly s: number;
  /** Var(S) under no trend, corrected for ties and multiplied by `varianceInflation`. */
  readonly varS: number;
  /** Normal score with continuity correction: (S − sign(S))/√Var(S); 0 when S = 0. */
  readonly z: number;
  /** Two-sided p-value of z; 1 when fewer than 3 values or all tied. */
  readonly p: number;
  /** Kendall's tau-a against time: S / (n(n−1)/2), in [−1, 1]. */
  readonly tau: number;
}

/**
 * Mann–Kendall test for a monotone trend in a sequence taken in time order (non-finite values
 * are skipped). Var(S) = [n(n−1)(2n+5) − Σ t(t−1)(2t+5)]/18 over groups of t tied values.
 *
 * `varianceInflation` (≥ 1) widens Var(S) for serially correlated data; see `ar1VarianceInflation`.
 *
 * O(n log n) time (S from a merge sort that counts the discordant pairs, Knight 1966), but call
 * it on bin medians (see `equalCountBins`), never on a raw curve: bin medians also weaken the autocorrelation that makes raw-point p-values far too small.
 * @example mannKendall([1, 2, 3, 4, 5]) // s = 10, varS = 50/3 (≈ 16.67), z ≈ 2.205, p ≈ 0.027
 */
export function mannKendall(values: ArrayLike<number>, varianceInflation = 1): MannKendallResult {
  let n = 0;
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i] as number)) n++;
  const sorted = new Float64Array(n);
  for (let i = 0, k = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (Number.isFinite(v)) sorted[k++] = v;
  }
  const discordant = sortCountingInversions(sorted);
  let tieTerm = 0;
  let tiedPairs = 0;
  for (let i = 0; i < n; ) {
    let j = i + 1;
    while (j < n && sorted[j] === sorted[i]) j++;
    const t = j - i;
    if (t > 1) {
      tieTerm += t * (t - 1) * (2 * t + 5);
      tiedPairs += (t * (t - 1)) / 2;
    }
    i = j;
  }
  // every pair is concordant (+1), discordant (−1) or tied (0)
  const s = n < 2 ? 0 : (n * (n - 1)) / 2 - tiedPairs - 2 * discordant;
  const varS = ((n * (n - 1) * (2 * n + 5) - tieTerm) / 18) * Math.max(1, varianceInflation);
  const pairs = (n * (n - 1)) / 2;
  if (n < 3 || varS <= 0) return { n, s, varS, z: 0, p: 1, tau: pairs > 0 ? s / pairs : 0 };
  const z = s === 0 ? 0 : (s - Math.sign(s)) / Math.sqrt(varS);
  return { n, s, varS, z, p: twoSidedNormalP(z), tau: s / pairs };
}

/**
 * Sorts `a` ascending in place (a merge sort, stable) and returns the number of pairs i < j
 * with a[i] > a[j] in the original order: each time a value of the right run is taken before
 * the rest of the left run, it is below all of them. Equal values are taken from the left, so
 * ties are not counted. O(n log n).
 */
function sortCountingInversions(a: Float64Array): number {
  const n = a.length;
  let src: Float64Array = a;
  let dst: Float64Array = new Float64Array(n);
  let inversions = 0;
  for (let width = 1; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let p = lo;
      let q = mid;
      let k = lo;
      while (p < mid && q < hi) {
        if ((src[q] as number) < (src[p] as number)) {
          inversions += mid - p;
          dst[k++] = src[q++] as number;
        } else dst[k++] = src[p++] as number;
      }
      while (p < mid) dst[k++] = src[p++] as number;
      while (q < hi) dst[k++] = src[q++] as number;
    }
    const t = src;
    src = dst;
    dst = t;
  }
  if (src !== a) a.set(src);
  return inversions;
}

/**
 * Variance inflation of a trend statistic under AR(1) noise with lag-1 autocorrelation ρ₁:
 * (1 + ρ₁)/(1 − ρ₁) for ρ₁ > 0 (the effective-sample-size correction; Bayley & Hammersley
 * 1946, used for Mann–Kendall by Yue & Wang 2004), 1 otherwise; ρ₁ is capped at 0.9.
 * Estimate ρ₁ on detrended residuals, or the trend itself reads as correlation. O(1).
 */
export function ar1VarianceInflation(rho1: number): number {
  if (!(rho1 > 0)) return 1;
  const r = Math.min(rho1, 0.9);
  return (1 + r) / (1 - r);
}
