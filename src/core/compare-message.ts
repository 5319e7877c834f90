import type { RawComparison } from './compare.js';
import { zQuantile } from './stats/distributions.js';
import { seedsNeeded as seedsFormula } from './stats/seeds-needed.js';
import type { ComparisonOutcome } from './verdict.js';

/** A number for a sentence: 4 significant digits, no trailing zeros. */
function fmt(x: number | null): string {
  return x === null ? 'n/a' : String(Number(x.toPrecision(4)));
}

function fmtP(p: number | null): string {
  return p === null ? 'n/a' : p < 1e-4 ? '< 0.0001' : String(Number(p.toPrecision(2)));
}

/**
 * About how many seeds would decide an inconclusive comparison: the distance to decide is
 * |Δ − observed degradation| (METHOD.md's formula is the case of an observed degradation of 0).
 * With saved base reports both sides can grow (count per side); with a fixed reference only
 * the PR can, and the reference's own variance is taken off the distance first. Null when no
 * number of seeds decides (the PR sits exactly at the tolerance, or the fixed reference is
 * itself too uncertain). Never fewer than one more seed than there already are.
 */
function estimateSeeds(raw: RawComparison, alpha: number, power: number): number | null {
  const distance = Math.abs(raw.tolerance - (raw.degradation ?? 0));
  if (raw.arms === 2) {
    if (raw.seedSd === null) return null;
    const n = seedsFormula({ sd: raw.seedSd, effect: distance, alpha, power, arms: 2 });
    return n === null ? null : Math.max(n, raw.pr.n + 1, raw.reference.n + 1);
  }
  const sd = raw.pr.sd ?? raw.reference.sd;
  if (sd === null) return null;
  const zz = (zQuantile(1 - alpha) + zQuantile(power)) ** 2;
  const effective2 = distance * distance - zz * raw.fixedVariance;
  if (!(effective2 > 0)) return null;
  const n = seedsFormula({ sd, effect: Math.sqrt(effective2), alpha, power, arms: 1 });
  return n === null ? null : Math.max(n, raw.pr.n + 1);
}

export interface MessageInput {
  readonly raw: RawComparison;
  readonly outcome: ComparisonOutcome;
  readonly alpha: number;
  readonly power: number;
  /** How many metrics have a test (the Holm family). */
  readonly tested: number;
  readonly pRegressionHolm: number | null;
}

/** The message with the seed tests that decided and the seed findings appended. */
export function comparisonMessage(input: MessageInput): { message: string; seedsNeeded: number | null } {
  const core = meanMessage(input);
  const { tests, seeds } = input.raw;
  const testPart =
    tests && tests.length > 1 && input.raw.pRegressionBaseSpread !== null
      ? ` [the PR's seeds scatter, so it is also tested against the base's seed spread: ${tests.map((t) => `${t.test} p = ${fmtP(t.pValue)}`).join(', ')}]`
      : '';
  const seedPart = seeds?.message ? `; ${seeds.message}` : '';
  return { message: `${core.message}${testPart}${seedPart}`, seedsNeeded: core.seedsNeeded };
}

/** The one-sentence message of a comparison of means and, for `inconclusive`, the seeds that would decide. */
function meanMessage(input: MessageInput): { message: string; seedsNeeded: number | null } {
  const { raw, outcome, alpha, power, tested } = input;
  const d = fmt(raw.degradation);
  const tol = fmt(raw.tolerance);
  const level = `${Number(((1 - alpha) * 100).toPrecision(4))} %`;
  if (raw.method === 'non_finite') {
    const message =
      raw.pr.nonFinite > 0
        ? `regressed: ${raw.pr.nonFinite} of ${raw.pr.nonFinite + raw.pr.n} PR seeds ended NaN or Infinity (the run diverged)`
        : 'inconclusive: the reference has no finite value';
    return { message, seedsNeeded: null };
  }
  if (raw.method === 'point') {
    const message = `${outcome}: point comparison, not a test (one value a side and no std): degradation ${d} against tolerance ${tol}; give the reference's std or run more seeds for a test`;
    return { message, seedsNeeded: null };
  }
  const bounds = `degradation ${d}, one-sided ${level} bounds ${fmt(raw.degradationLower)} and ${fmt(raw.degradationUpper)}, tolerance ${tol}`;
  const exact = raw.method === 'zero_variance' ? ' (no seed varies: the difference is exact)' : '';
  if (outcome === 'regressed') {
    return {
      message: `regressed: worse by more than the tolerance (${bounds}; p = ${fmtP(input.pRegressionHolm)}${tested > 1 ? `, Holm-adjusted over ${tested} metrics` : ''})${exact}`,
      seedsNeeded: null,
    };
  }
  if (outcome === 'improved') {
    return { message: `improved: better by more than the tolerance (${bounds})${exact}`, seedsNeeded: null };
  }
  if (outcome === 'unchanged') {
    return { message: `unchanged: within the tolerance (${bounds})${exact}`, seedsNeeded: null };
  }
  const seeds = estimateSeeds(raw, alpha, power);
  const holmOnly =
    raw.pRegression !== null && raw.pRegression < alpha
      ? `; worse by more than the tolerance on its own (p = ${fmtP(raw.pRegression)}) but not after Holm's adjustment over ${tested} metrics`
      : '';
  const perSide = raw.arms === 2 ? ' a side' : '';
  const head =
    seeds !== null
      ? `inconclusive: about ${seeds} seeds${perSide} would decide`
      : raw.arms === 1 && raw.fixedVariance > 0 && raw.degradation !== raw.tolerance
        ? "inconclusive: more PR seeds alone would not decide, the reference's own run-to-run uncertainty is too large (give its std and the number of runs)"
        : 'inconclusive: no practical number of seeds would decide';
  return { message: `${head} (${bounds}${holmOnly})`, seedsNeeded: seeds };
}
