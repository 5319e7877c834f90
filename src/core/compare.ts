import { comparisonMessage } from './compare-message.js';
import {
  type ComparisonSide,
  prSide,
  publicSide,
  type ReferenceInput,
  referenceSide,
} from './compare-sides.js';
import { InputError } from './errors.js';
import { SEED_FINDINGS_ALPHA_SHARE, type SeedFindings, seedFindings } from './seed-findings.js';
import { benjaminiHochberg } from './stats/benjamini-hochberg.js';
import { tCdf, tQuantile } from './stats/distributions.js';
import { holm } from './stats/holm.js';
import { runSeedTests, type SeedTestResult } from './stats/seed-tests.js';
import { welchDf } from './stats/welch-t-test.js';
import { type ComparisonOutcome, finiteOrNull } from './verdict.js';

export type { ComparisonSide, ReferenceInput } from './compare-sides.js';

/** One metric of a PR against its known result. */
export interface MetricComparisonInput {
  readonly metric: string;
  /** The PR's final value of the metric, one per seed. */
  readonly pr: readonly number[];
  readonly reference: ReferenceInput;
  readonly better: 'higher' | 'lower';
  /** Δ: the tolerated degradation, ≥ 0, absolute, in the metric's unit. */
  readonly tolerance: number;
  /** Labels of the PR seeds (their TRAINSPOTTER_SEED), parallel to `pr`, for naming a collapsed seed. */
  readonly prLabels?: readonly string[];
}

export interface CompareOptions {
  /** One-sided level of each test and of each confidence bound; default 0.05. */
  readonly alpha?: number;
  /** Power the seeds-needed estimate plans for; default 0.8. */
  readonly power?: number;
}

/**
 * How the comparison was made: `welch` (both sides have a seed sd), `shared_sd` (one side has a
 * single value; the other side's sd stands for both), `zero_variance` (no seed varies: the
 * difference is exact), `point` (one value a side and no sd: a point comparison, not a test),
 * `non_finite` (a PR seed ended NaN/Infinity, or the reference has no finite value).
 */
export type ComparisonMethod = 'welch' | 'shared_sd' | 'zero_variance' | 'point' | 'non_finite';

/**
 * The comparison of one metric, as it goes into report.json (no NaN or Infinity: null).
 * Sign conventions: `difference` is PR − reference in the metric's unit; `degradation` is how
 * much worse the PR is (reference − PR when higher is better, PR − reference when lower is
 * better), so positive is worse and it is what the tolerance Δ applies to.
 */
export interface ComparisonResult {
  readonly metric: string;
  readonly outcome: ComparisonOutcome;
  readonly method: ComparisonMethod;
  readonly better: 'higher' | 'lower';
  readonly tolerance: number;
  readonly pr: ComparisonSide;
  readonly reference: ComparisonSide;
  readonly difference: number | null;
  readonly degradation: number | null;
  /** Standard error of the difference. */
  readonly se: number | null;
  /** Degrees of freedom of the t; null when the sd is taken as known (normal) or no test. */
  readonly df: number | null;
  /** Confidence of each one-sided bound: 1 − alpha. */
  readonly confidence: number;
  /** One-sided lower and upper confidence bounds of the degradation. */
  readonly degradationLower: number | null;
  readonly degradationUpper: number | null;
  /** Non-inferiority test, H0: degradation ≥ Δ. Small: the PR is within tolerance. */
  readonly pNonInferiority: number | null;
  /** H0: degradation ≤ Δ (= 1 − pNonInferiority). Small: regressed by more than Δ. */
  readonly pRegression: number | null;
  /** H0: degradation ≥ −Δ. Small: better by more than Δ. */
  readonly pImprovement: number | null;
  /** pRegression adjusted by Holm across the metrics that have a test; decides `regressed` without seed tests. */
  readonly pRegressionHolm: number | null;
  /**
   * When the PR's seeds scatter far more than the base's (`seeds.scatter.flagged`): the p of the
   * test against the base's seed spread (`base_spread` in `tests`), which the PR's own scatter
   * cannot hide; Holm-adjusted across metrics, it decides `regressed` beside Welch's when below
   * α·SEED_FINDINGS_ALPHA_SHARE. Null otherwise.
   */
  readonly pRegressionBaseSpread: number | null;
  readonly pRegressionBaseSpreadHolm: number | null;
  /** pRegression adjusted by Benjamini–Hochberg, for reporting. */
  readonly pRegressionBH: number | null;
  /** pImprovement adjusted by Holm; decides `improved`. */
  readonly pImprovementHolm: number | null;
  /** For `inconclusive`: about how many seeds (per side when the reference can grow) would decide. */
  readonly seedsNeeded: number | null;
  /**
   * With per-seed base values: every test of SEED_TESTS that applied (Welch, the base's seed
   * spread ...); `pRegression` is their smallest p times their number (Bonferroni). Null otherwise.
   */
  readonly tests: readonly SeedTestResult[] | null;
  /** With per-seed base values: the PR's seed scatter and its worst seed against the base's. */
  readonly seeds: SeedFindings | null;
  /** Per-seed values as compared (PR, then the base's when it has seeds). */
  readonly prValues: readonly (number | null)[];
  readonly referenceValues: readonly (number | null)[] | null;
  readonly message: string;
}

/** Everything but the multiplicity adjustment, which needs all metrics. */
export type RawComparison = Omit<
  ComparisonResult,
  | 'outcome'
  | 'pRegressionHolm'
  | 'pRegressionBH'
  | 'pImprovementHolm'
  | 'pRegressionBaseSpreadHolm'
  | 'message'
> & {
  readonly arms: 1 | 2;
  readonly seedSd: number | null;
  readonly fixedVariance: number;
};

function checkInput(input: MetricComparisonInput): void {
  const { metric, tolerance, better } = input;
  if (!(tolerance >= 0 && Number.isFinite(tolerance))) {
    throw new InputError(
      `metric '${metric}': tolerance must be a finite number ≥ 0 in the metric's unit, got ${tolerance}.`,
    );
  }
  if (better !== 'higher' && better !== 'lower') {
    throw new InputError(`metric '${metric}': better must be 'higher' or 'lower', got '${String(better)}'.`);
  }
}

/** Per-seed values JSON-safe: non-finite ones (a diverged seed) as null. */
const jsonValues = (values: readonly number[]) => values.map((v) => finiteOrNull(v));

/** The seed tests and findings of a comparison with per-seed base values, on finite values. */
function seedEvidence(input: MetricComparisonInput, alpha: number) {
  if (!('values' in input.reference)) return { tests: null, seeds: null, pRegressionBaseSpread: null };
  const sign = input.better === 'higher' ? 1 : -1;
  const keep = input.pr.flatMap((v, i) => (Number.isFinite(v) ? [i] : []));
  const pr = keep.map((i) => sign * (input.pr[i] as number));
  const labels = input.prLabels
    ? keep.map((i) => input.prLabels?.[i] ?? `#${i + 1}`)
    : keep.map((i) => `#${i + 1}`);
  const base = input.reference.values.filter(Number.isFinite).map((v) => sign * v);
  const tests = runSeedTests({ pr, base }, input.tolerance, 1 - alpha);
  const seeds =
    pr.length > 0 && base.length >= 2
      ? seedFindings({
          pr,
          base,
          prLabels: labels,
          tolerance: input.tolerance,
          alpha: alpha * SEED_FINDINGS_ALPHA_SHARE,
          orientation: sign,
        })
      : null;
  // Welch's test is driven by the PR's own scatter: when that scatter is itself significant,
  // the PR is also tested against the base's seed spread (exact α on identical code).
  const spread = tests.find((t) => t.test === 'base_spread');
  const pRegressionBaseSpread = seeds?.scatter?.flagged && spread ? spread.pValue : null;
  return { tests: tests.length > 0 ? tests : null, seeds, pRegressionBaseSpread };
}

function analyse(input: MetricComparisonInput, alpha: number): RawComparison {
  checkInput(input);
  const pr = prSide(input.pr, input.metric);
  const ref = referenceSide(input.reference, input.metric);
  const arms = 'values' in input.reference ? 2 : 1;
  const evidence = seedEvidence(input, alpha);
  const base = {
    metric: input.metric,
    better: input.better,
    tolerance: input.tolerance,
    confidence: 1 - alpha,
    arms,
    seedsNeeded: null,
    prValues: jsonValues(input.pr),
    referenceValues: 'values' in input.reference ? jsonValues(input.reference.values) : null,
    ...evidence,
  } as const;
  const none = { se: null, df: null, pNonInferiority: null, pRegression: null, pImprovement: null };
  if (pr.mean === null || ref.mean === null || pr.nonFinite > 0) {
    const bounds = { degradationLower: null, degradationUpper: null, difference: null, degradation: null };
    return {
      ...base,
      ...none,
      ...bounds,
      method: 'non_finite',
      pr: publicSide(pr),
      reference: publicSide(ref),
      seedSd: null,
      fixedVariance: 0,
    };
  }
  const difference = pr.mean - ref.mean;
  const degradation = input.better === 'higher' ? -difference : difference;
  const common = { ...base, difference, degradation };

  if (pr.sd === null && ref.sd === null) {
    const bounds = { degradationLower: null, degradationUpper: null };
    return {
      ...common,
      ...none,
      ...bounds,
      method: 'point',
      pr: publicSide(pr),
      reference: publicSide(ref),
      seedSd: null,
      fixedVariance: 0,
    };
  }

  // One side with a single value: the other side's sd stands for both (equal seed noise).
  const sdPr = pr.sd ?? (ref.sd as number);
  const sdRef = ref.sd ?? sdPr;
  const vPr = (sdPr * sdPr) / pr.n;
  const vRef = (sdRef * sdRef) / ref.n;
  const se = Math.sqrt(vPr + vRef);
  const shared = pr.sd === null || ref.sd === null;
  const sides = {
    pr: publicSide(pr, pr.sd === null ? 'borrowed' : pr.sdSource),
    reference: publicSide(ref, ref.sd === null ? 'borrowed' : ref.sdSource),
  };
  const seedSd = Math.sqrt((sdPr * sdPr + sdRef * sdRef) / 2);
  const fixedVariance = arms === 1 ? vRef : 0;
  const delta = input.tolerance;

  if (se === 0) {
    // Exact difference: a degradation equal to the tolerance is tolerated.
    return {
      ...common,
      ...sides,
      method: 'zero_variance',
      se: 0,
      df: null,
      degradationLower: degradation,
      degradationUpper: degradation,
      pNonInferiority: degradation <= delta ? 0 : 1,
      pRegression: degradation > delta ? 0 : 1,
      pImprovement: degradation < -delta ? 0 : 1,
      seedSd: 0,
      fixedVariance: 0,
    };
  }
  const df = shared ? (pr.sd === null ? ref.sdDf : pr.sdDf) : welchDf(vPr, pr.sdDf, vRef, ref.sdDf);
  const q = tQuantile(1 - alpha, df);
  const pNonInferiority = tCdf((degradation - delta) / se, df);
  const pRegression = tCdf((delta - degradation) / se, df);
  return {
    ...common,
    ...sides,
    method: shared ? 'shared_sd' : 'welch',
    se,
    df: finiteOrNull(df),
    degradationLower: degradation - q * se,
    degradationUpper: degradation + q * se,
    pNonInferiority,
    pRegression,
    pImprovement: tCdf((degradation + delta) / se, df),
    seedSd,
    fixedVariance,
  };
}

function indexed(
  values: readonly (number | null)[],
  adjust: (p: readonly number[]) => number[],
): (number | null)[] {
  const present = values.flatMap((p, i) => (p === null ? [] : [{ p, i }]));
  const adjusted = adjust(present.map((x) => x.p));
  const out: (number | null)[] = values.map(() => null);
  present.forEach((x, k) => {
    out[x.i] = adjusted[k] ?? null;
  });
  return out;
}

function decide(
  raw: RawComparison,
  pRegHolm: number | null,
  pImpHolm: number | null,
  alpha: number,
  pSpreadHolm: number | null = null,
): ComparisonOutcome {
  const { method, degradation, tolerance } = raw;
  if (method === 'non_finite') return raw.pr.nonFinite > 0 ? 'regressed' : 'inconclusive';
  if (method === 'point' && degradation !== null) {
    return degradation > tolerance ? 'regressed' : degradation < -tolerance ? 'improved' : 'unchanged';
  }
  if (pRegHolm !== null && pRegHolm < alpha) return 'regressed';
  if (raw.method === 'welch' && pSpreadHolm !== null && pSpreadHolm < alpha * SEED_FINDINGS_ALPHA_SHARE)
    return 'regressed';
  if (pImpHolm !== null && pImpHolm < alpha) return 'improved';
  if (raw.pNonInferiority !== null && raw.pNonInferiority < alpha) return 'unchanged';
  return 'inconclusive';
}

/**
 * Compare a PR's final metrics with their known results (METHOD.md, "Seeds"): per metric a
 * one-sided non-inferiority test with the tolerated degradation Δ as margin (Welch's t when
 * both sides have a seed sd). `regressed` when the one-sided (1 − α) lower bound of the
 * degradation exceeds Δ — after Holm's adjustment across the metrics, since any one of them
 * fails the gate; `unchanged` when the upper bound is below Δ (non-inferiority, which needs no
 * adjustment: every metric must pass on its own); `improved` when the upper bound is below −Δ
 * (better by more than the tolerance, Holm-adjusted), so noise-sized gains are not claimed;
 * otherwise `inconclusive`, with about how many seeds would decide.
 * A PR seed that ended NaN/Infinity makes the metric `regressed`.
 * Throws InputError for a bad tolerance, direction, reference, an empty PR list or a metric
 * named twice.
 */
export function compareWithReference(
  inputs: readonly MetricComparisonInput[],
  options: CompareOptions = {},
): ComparisonResult[] {
  const { alpha = 0.05, power = 0.8 } = options;
  if (!(alpha > 0 && alpha < 0.5)) throw new InputError(`compare: alpha must be in (0, 0.5), got ${alpha}.`);
  if (!(power > 0 && power < 1)) throw new InputError(`compare: power must be in (0, 1), got ${power}.`);
  const seen = new Set<string>();
  for (const { metric } of inputs) {
    if (seen.has(metric))
      throw new InputError(`compare: metric '${metric}' is given twice; name each metric once.`);
    seen.add(metric);
  }
  const raws = inputs.map((input) => analyse(input, alpha));
  const pReg = raws.map((r) => r.pRegression);
  const pRegHolm = indexed(pReg, holm);
  const pRegBH = indexed(pReg, benjaminiHochberg);
  const pImpHolm = indexed(
    raws.map((r) => r.pImprovement),
    holm,
  );
  const pSpreadHolm = indexed(
    raws.map((r) => (r.method === 'welch' ? r.pRegressionBaseSpread : null)),
    holm,
  );
  const tested = pReg.filter((p) => p !== null).length;
  return raws.map((raw, i) => {
    const holmReg = pRegHolm[i] ?? null;
    const holmImp = pImpHolm[i] ?? null;
    const spreadHolm = pSpreadHolm[i] ?? null;
    const outcome = decide(raw, holmReg, holmImp, alpha, spreadHolm);
    const { arms, seedSd, fixedVariance, ...rest } = raw;
    const { message, seedsNeeded } = comparisonMessage({
      raw,
      outcome,
      alpha,
      power,
      tested,
      pRegressionHolm:
        holmReg !== null && holmReg < alpha
          ? holmReg
          : spreadHolm !== null && spreadHolm < alpha
            ? spreadHolm
            : holmReg,
    });
    return {
      ...rest,
      outcome,
      pRegressionHolm: holmReg,
      pRegressionBH: pRegBH[i] ?? null,
      pImprovementHolm: holmImp,
      pRegressionBaseSpreadHolm: spreadHolm,
      seedsNeeded,
      message,
    };
  });
}
