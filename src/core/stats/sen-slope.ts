import { inverseNormalUpper } from './normal-cdf.js';
import { selectInPlace } from './select.js';

/** Sen's slope with its rank-based confidence interval. Units: y-units per x-unit. */
export interface SenSlope {
  /** Median of all pairwise slopes (y_j − y_i)/(x_j − x_i) over pairs with x_j ≠ x_i. */
  readonly slope: number;
  /** Lower and upper bounds of the two-sided (1 − alpha) interval, from Var(S) of Mann–Kendall. */
  readonly lower: number;
  readonly upper: number;
  /** Number of pairwise slopes. */
  readonly pairs: number;
}

/**
 * Writes the slopes (y_j − y_i)/(x_j − x_i) of the pairs i < j of the first n points with
 * finite values and x_j ≠ x_i to `out`, in order, and returns their count m, or −m − 1 when one
 * of them is −0. A function of its own, with arithmetic finiteness tests (x − x is 0 exactly
 * for a finite x): the B² loop runs unoptimised until V8 compiles it, so it is kept short.
 */
function pairSlopes(x: Float64Array, y: Float64Array, n: number, out: Float64Array): number {
  let m = 0;
  let negativeZero = false;
  for (let i = 0; i < n - 1; i++) {
    const xi = x[i] as number;
    const yi = y[i] as number;
    if (!(xi - xi === 0 && yi - yi === 0)) continue;
    for (let j = i + 1; j < n; j++) {
      const dx = (x[j] as number) - xi;
      const dy = (y[j] as number) - yi;
      if (dx !== 0 && dx - dx === 0 && dy - dy === 0) {
        const q = dy / dx;
        out[m++] = q;
        if (q === 0 && 1 / q < 0) negativeZero = true;
      }
    }
  }
  return negativeZero ? -m - 1 : m;
}

/**
 * Sen's (Theil–Sen) slope of y against x, robust to up to ~29 % outliers, and its confidence
 * interval (Gilbert 1987, §16.5): C = z₁₋α/₂·√Var(S); the bounds are the ((N−C)/2)-th and
 * ((N+C)/2 + 1)-th ordered slopes. `varS` is Mann–Kendall's; pass it when already computed.
 * Non-finite pairs are skipped; NaN slope when no pair has distinct x.
 *
 * O(n²) expected time and O(n²) memory: call it on at most ~512 bins.
 */
export function senSlope(x: ArrayLike<number>, y: ArrayLike<number>, alpha = 0.05, varS?: number): SenSlope {
  const n = Math.min(x.length, y.length);
  const slopes = new Float64Array((n * (n - 1)) / 2);
  const fx = x instanceof Float64Array ? x : Float64Array.from(x);
  const fy = y instanceof Float64Array ? y : Float64Array.from(y);
  const counted = pairSlopes(fx, fy, n, slopes);
  // -0 and 0 are equal to a selection but not the same double: with both, select as before
  const negativeZero = counted < 0;
  const m = negativeZero ? -counted - 1 : counted;
  if (m === 0) return { slope: Number.NaN, lower: Number.NaN, upper: Number.NaN, pairs: 0 };
  // three quickselects instead of a sort: O(N) for the N = n(n−1)/2 slopes. Each leaves the
  // slopes partitioned around its rank, so a later one searches only between the ranks found
  // nearest to its own (the same values: an order statistic is one value, bar the sign of 0).
  const s = slopes.subarray(0, m);
  const found: number[] = [];
  const at = (rank: number): number => {
    const k = Math.min(m - 1, Math.max(0, rank));
    if (negativeZero) return selectInPlace(s, k);
    let lo = 0;
    let hi = m - 1;
    for (const f of found) {
      if (f === k) return s[k] as number;
      if (f < k && f + 1 > lo) lo = f + 1;
      if (f > k && f - 1 < hi) hi = f - 1;
    }
    found.push(k);
    return selectInPlace(s, k, lo, hi);
  };
  const slope = m % 2 === 1 ? at((m - 1) / 2) : (at(m / 2 - 1) + at(m / 2)) / 2;
  const v = varS ?? (n * (n - 1) * (2 * n + 5)) / 18;
  const c = inverseNormalUpper(alpha / 2) * Math.sqrt(v);
  const lowerRank = Math.floor((m - c) / 2);
  const upperRank = Math.ceil((m + c) / 2);
  return { slope, lower: at(lowerRank - 1), upper: at(upperRank), pairs: m };
}
