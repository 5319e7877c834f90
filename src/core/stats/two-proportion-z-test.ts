import { zCdf } from './distributions.js';
import { checkProportion, type Proportion } from './proportion.js';
import type { Alternative } from './welch-t-test.js';

export interface ZTestResult {
  /** a.p − b.p */
  readonly difference: number;
  /** Null when the pooled variance is 0 (both proportions 0 or both 1): no evidence either way. */
  readonly z: number | null;
  readonly pValue: number;
}

/**
 * Two-proportion z-test with the pooled variance (R's `prop.test(correct = FALSE)`):
 * H1: a.p − b.p ≠ 0 (two-sided), > 0 (greater) or < 0 (less).
 * Throws InputError for a proportion outside [0, 1] or a bad n.
 */
export function twoProportionZTest(
  a: Proportion,
  b: Proportion,
  alternative: Alternative = 'two-sided',
): ZTestResult {
  checkProportion(a.p, a.n, 'twoProportionZTest (first)');
  checkProportion(b.p, b.n, 'twoProportionZTest (second)');
  const difference = a.p - b.p;
  const pooled = (a.p * a.n + b.p * b.n) / (a.n + b.n);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / a.n + 1 / b.n));
  if (!(se > 0)) return { difference, z: null, pValue: 1 };
  const z = difference / se;
  const pValue =
    alternative === 'greater'
      ? zCdf(-z)
      : alternative === 'less'
        ? zCdf(z)
        : Math.min(1, 2 * zCdf(-Math.abs(z)));
  return { difference, z, pValue };
}
