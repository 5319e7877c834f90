/**
 * One-sided sign test: the probability of at least `k` successes in `n` fair coin flips,
 * P(Binomial(n, ½) ≥ k). Exact; O(n). Returns 1 for n = 0 or k ≤ 0.
 * @example signTestUpper(10, 10) // 0.0009765625
 * Kept: simple-statistics' binomialDistribution stops once 1 − 1e-4 of the mass is covered, so its upper tails are short or 0 (P(X ≥ 18 | 20) 1.81e-4 vs 2.01e-4; P(X ≥ 40 | 50) 0 vs 1.19e-5).
 */
export function signTestUpper(k: number, n: number): number {
  if (n <= 0 || k <= 0) return 1;
  if (k > n) return 0;
  // C(n, i) / 2^n summed from i = k, in logs to stay finite for large n
  let logC = 0; // log C(n, 0)
  let p = 0;
  const log2n = n * Math.LN2;
  for (let i = 0; i <= n; i++) {
    if (i > 0) logC += Math.log((n - i + 1) / i);
    if (i >= k) p += Math.exp(logC - log2n);
  }
  return Math.min(1, p);
}
