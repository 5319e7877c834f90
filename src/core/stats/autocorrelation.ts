/**
 * Sample autocorrelations ρ₁…ρ_maxLag of a series (biased estimator: Σ(x_t − x̄)(x_{t+k} − x̄) /
 * Σ(x_t − x̄)², as in Box–Jenkins). Under independent noise each ρ_k ≈ N(−1/n, 1/n); a periodic
 * swing of period P gives a strongly negative ρ near lag P/2. Returns zeros for a constant series.
 * O(n·maxLag).
 */
export function autocorrelations(x: ArrayLike<number>, maxLag: number): Float64Array {
  const n = x.length;
  const lags = Math.max(0, Math.min(maxLag, n - 1));
  const out = new Float64Array(lags);
  let mean = 0;
  for (let i = 0; i < n; i++) mean += x[i] as number;
  mean /= n;
  let denom = 0;
  for (let i = 0; i < n; i++) denom += ((x[i] as number) - mean) ** 2;
  if (!(denom > 0)) return out;
  for (let k = 1; k <= lags; k++) {
    let s = 0;
    for (let i = 0; i + k < n; i++) s += ((x[i] as number) - mean) * ((x[i + k] as number) - mean);
    out[k - 1] = s / denom;
  }
  return out;
}
