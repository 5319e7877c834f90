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
 * O(n²) time: call it on at most ~512 bin medians (see `equalCountBins`), never on a raw curve.
 * Bin medians also weaken the autocorrelation that makes raw-point p-values far too small.
 * @example mannKendall([1, 2, 3, 4, 5]) // s = 10, varS = 50/3 (≈ 16.67), z ≈ 2.205, p ≈ 0.027
 */
export function mannKendall(values: ArrayLike<number>, varianceInflation = 1): MannKendallResult {
  const x: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (Number.isFinite(v)) x.push(v);
  }
  const n = x.length;
  let s = 0;
  for (let i = 0; i < n - 1; i++) {
    const xi = x[i] as number;
    for (let j = i + 1; j < n; j++) {
      const d = (x[j] as number) - xi;
      s += d > 0 ? 1 : d < 0 ? -1 : 0;
    }
  }
  const sorted = x.slice().sort((a, b) => a - b);
  let tieTerm = 0;
  for (let i = 0; i < n; ) {
    let j = i + 1;
    while (j < n && sorted[j] === sorted[i]) j++;
    const t = j - i;
    if (t > 1) tieTerm += t * (t - 1) * (2 * t + 5);
    i = j;
  }
  const varS = ((n * (n - 1) * (2 * n + 5) - tieTerm) / 18) * Math.max(1, varianceInflation);
  const pairs = (n * (n - 1)) / 2;
  if (n < 3 || varS <= 0) return { n, s, varS, z: 0, p: 1, tau: pairs > 0 ? s / pairs : 0 };
  const z = s === 0 ? 0 : (s - Math.sign(s)) / Math.sqrt(varS);
  return { n, s, varS, z, p: twoSidedNormalP(z), tau: s / pairs };
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
