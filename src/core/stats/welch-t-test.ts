import { InputError } from '../errors.js';
import { tCdf, tQuantile } from './distributions.js';

/**
 * One sample as the test sees it: mean, standard deviation of one observation, number of
 * observations, and the degrees of freedom the sd was estimated with (default n − 1;
 * `Infinity` for an sd taken as known).
 */
export interface WelchSample {
  readonly mean: number;
  readonly sd: number;
  readonly n: number;
  readonly sdDf?: number;
}

export type Alternative = 'two-sided' | 'greater' | 'less';

export interface WelchOptions {
  /** The hypothesised difference x − y under H0 (a non-inferiority margin); default 0. */
  readonly margin?: number;
  /** H1: x − y ≠, > or < margin; default two-sided. */
  readonly alternative?: Alternative;
  /** Confidence of the interval; one-sided for a one-sided alternative. Default 0.95. */
  readonly confidence?: number;
}

export interface WelchResult {
  /** x.mean − y.mean. */
  readonly difference: number;
  /** Standard error of the difference. */
  readonly se: number;
  /** Welch–Satterthwaite degrees of freedom. */
  readonly df: number;
  /** (difference − margin) / se. */
  readonly t: number;
  readonly pValue: number;
  /** Confidence bounds of x − y; −Infinity / Infinity on the open side of a one-sided test. */
  readonly lower: number;
  readonly upper: number;
}

/**
 * Welch–Satterthwaite degrees of freedom for two variances of means `v1`, `v2` whose sds were
 * estimated with `df1`, `df2` degrees of freedom (Infinity: known).
 */
export function welchDf(v1: number, df1: number, v2: number, df2: number): number {
  const den =
    (df1 === Number.POSITIVE_INFINITY ? 0 : (v1 * v1) / df1) +
    (df2 === Number.POSITIVE_INFINITY ? 0 : (v2 * v2) / df2);
  return den === 0 ? Number.POSITIVE_INFINITY : ((v1 + v2) * (v1 + v2)) / den;
}

/**
 * Welch's unequal-variance t-test of H0: x − y = margin (R's `t.test(x, y, mu = margin)`).
 * Throws InputError when a sample has an sd estimated from fewer than two values or when both
 * sds are 0 (the test is undefined; compare the values directly).
 */
export function welchTTest(x: WelchSample, y: WelchSample, options: WelchOptions = {}): WelchResult {
  const { margin = 0, alternative = 'two-sided', confidence = 0.95 } = options;
  const dfx = x.sdDf ?? x.n - 1;
  const dfy = y.sdDf ?? y.n - 1;
  if (!(dfx > 0) || !(dfy > 0)) {
    throw new InputError(`Welch's t-test: each sd needs at least two values (n = ${x.n} and ${y.n}).`);
  }
  const vx = (x.sd * x.sd) / x.n;
  const vy = (y.sd * y.sd) / y.n;
  const se = Math.sqrt(vx + vy);
  if (!(se > 0)) throw new InputError("Welch's t-test: both standard deviations are 0; compare the means.");
  const df = welchDf(vx, dfx, vy, dfy);
  const difference = x.mean - y.mean;
  const t = (difference - margin) / se;
  if (alternative === 'greater') {
    return {
      difference,
      se,
      df,
      t,
      pValue: tCdf(-t, df),
      lower: difference - tQuantile(confidence, df) * se,
      upper: Number.POSITIVE_INFINITY,
    };
  }
  if (alternative === 'less') {
    return {
      difference,
      se,
      df,
      t,
      pValue: tCdf(t, df),
      lower: Number.NEGATIVE_INFINITY,
      upper: difference + tQuantile(confidence, df) * se,
    };
  }
  const half = tQuantile(1 - (1 - confidence) / 2, df) * se;
  const pValue = Math.min(1, 2 * tCdf(-Math.abs(t), df));
  return { difference, se, df, t, pValue, lower: difference - half, upper: difference + half };
}
