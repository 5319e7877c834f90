/** Student-t and normal distribution functions; the t with an infinite df is the normal. */
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import tCdfStdlib from '@stdlib/stats-base-dists-t-cdf';
import tQuantileStdlib from '@stdlib/stats-base-dists-t-quantile';
import { InputError } from '../errors.js';
import { normalCdf } from './normal-cdf.js';

// Beyond this many degrees of freedom the t and the normal distribution agree to ~1e-7, and
// @stdlib's t functions return NaN or 0 for an infinite df (a standard deviation taken as known).
const NORMAL_DF = 1e7;

function checkDf(df: number): void {
  if (!(df > 0)) {
    throw new InputError(`Student's t: degrees of freedom must be > 0, got ${df}. Use at least two values.`);
  }
}

/** P(T ≤ x) for Student's t with `df` degrees of freedom; `df = Infinity` gives the normal. */
export function tCdf(x: number, df: number): number {
  checkDf(df);
  return df >= NORMAL_DF ? normalCdf(x) : tCdfStdlib(x, df);
}

/** The p-quantile of Student's t with `df` degrees of freedom; `df = Infinity` gives the normal. */
export function tQuantile(p: number, df: number): number {
  checkDf(df);
  return df >= NORMAL_DF ? normalQuantile(p, 0, 1) : tQuantileStdlib(p, df);
}

/** The p-quantile of the standard normal distribution (z₁₋α is `zQuantile(1 - alpha)`). */
export function zQuantile(p: number): number {
  return normalQuantile(p, 0, 1);
}

/** P(Z ≤ z) for the standard normal distribution (the project's erfc-based normalCdf, relative error < 1.2e-7). */
export function zCdf(z: number): number {
  return normalCdf(z);
}
