import { zCdf, zQuantile } from './distributions.js';
import { checkProportion } from './proportion.js';

/** A proportion from n examples, or a fixed value (n null: no sampling variance). */
export interface GapEnd {
  readonly p: number;
  readonly n: number | null;
}

/** A gap between two error rates: `to.p − from.p` (e.g. train-val error − train error). */
export interface GapEnds {
  readonly from: GapEnd;
  readonly to: GapEnd;
}

export interface GapDifference {
  /** (PR gap) − (base gap); positive: the PR's gap is larger. */
  readonly difference: number;
  /** Null when every estimate has zero variance (all 0 or 1, or fixed). */
  readonly se: number | null;
  readonly z: number | null;
  /** Two-sided; 1 when se is null and the difference is 0, null when se is null otherwise. */
  readonly pValue: number | null;
  /** Two-sided Wald bounds; null when se is null. */
  readonly lower: number | null;
  readonly upper: number | null;
}

function variance(end: GapEnd, what: string): number {
  if (end.n === null) return 0;
  checkProportion(end.p, end.n, what);
  return (end.p * (1 - end.p)) / end.n;
}

/**
 * Is the PR's gap different from the base's? The four error estimates are independent, so the
 * variance of (pr.to − pr.from) − (base.to − base.from) is the sum of their four binomial
 * variances p(1 − p)/n; Wald z-test and interval (default 95 %).
 * Throws InputError for a proportion outside [0, 1] or a bad n.
 */
export function differenceOfGapsTest(pr: GapEnds, base: GapEnds, confidence = 0.95): GapDifference {
  const difference = pr.to.p - pr.from.p - (base.to.p - base.from.p);
  const v =
    variance(pr.to, 'PR gap (to)') +
    variance(pr.from, 'PR gap (from)') +
    variance(base.to, 'base gap (to)') +
    variance(base.from, 'base gap (from)');
  if (!(v > 0)) {
    return { difference, se: null, z: null, pValue: difference === 0 ? 1 : null, lower: null, upper: null };
  }
  const se = Math.sqrt(v);
  const z = difference / se;
  const half = zQuantile(1 - (1 - confidence) / 2) * se;
  return {
    difference,
    se,
    z,
    pValue: Math.min(1, 2 * zCdf(-Math.abs(z))),
    lower: difference - half,
    upper: difference + half,
  };
}
