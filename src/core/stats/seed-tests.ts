import { InputError } from '../errors.js';
import { tCdf, tQuantile } from './distributions.js';
import { sampleSummary } from './sample-summary.js';
import { welchTTest } from './welch-t-test.js';

/**
 * The per-seed values of both sides of a comparison, oriented so that higher is better (negate
 * a lower-is-better metric first): the PR's seeds and the base branch's seeds.
 */
export interface SeedSamples {
  readonly pr: readonly number[];
  readonly base: readonly number[];
}

/** One test of "the PR is worse than the base by more than the margin". JSON-safe. */
export interface SeedTestResult {
  /** The test's id in SEED_TESTS. */
  readonly test: string;
  /** mean(base) − mean(pr): positive is worse. */
  readonly degradation: number;
  /** Standard error of the degradation as this test sees it. */
  readonly se: number;
  readonly df: number;
  /** One-sided p of H0: degradation ≤ margin. */
  readonly pValue: number;
  /** One-sided lower confidence bound of the degradation. */
  readonly lower: number;
}

/**
 * A one-sided two-sample test on per-seed values: H0 degradation ≤ margin against H1
 * degradation > margin. Each is one file-free entry in SEED_TESTS.
 */
export interface SeedTest {
  readonly id: string;
  /** One sentence for reports: what the test assumes. */
  readonly description: string;
  /** @throws InputError when a side has fewer values than the test needs, or no spread to test with. */
  regression(samples: SeedSamples, margin: number, confidence: number): SeedTestResult;
}

function summaries(samples: SeedSamples, need: { pr: number; base: number }) {
  if (samples.pr.length < need.pr || samples.base.length < need.base) {
    throw new InputError(
      `seed test: needs at least ${need.pr} PR and ${need.base} base seeds, got ${samples.pr.length} and ${samples.base.length}.`,
    );
  }
  return { pr: sampleSummary(samples.pr, 'PR seeds'), base: sampleSummary(samples.base, 'base seeds') };
}

/** Welch's unequal-variance t (METHOD.md): each side's own seed spread. */
export const welchSeedTest: SeedTest = {
  id: 'welch',
  description: "Welch's t-test: each side's own seed spread, Welch–Satterthwaite degrees of freedom",
  regression(samples, margin, confidence) {
    const { pr, base } = summaries(samples, { pr: 2, base: 2 });
    const r = welchTTest(
      { mean: base.mean, sd: base.sd as number, n: base.n },
      { mean: pr.mean, sd: pr.sd as number, n: pr.n },
      { margin, alternative: 'greater', confidence },
    );
    return { test: 'welch', degradation: r.difference, se: r.se, df: r.df, pValue: r.pValue, lower: r.lower };
  },
};

/**
 * The PR against the base's seed spread: t = (degradation − margin)/(s_base·√(1/n_base + 1/n_pr))
 * with n_base − 1 degrees of freedom. Exactly Student-t when the PR's seeds come from the base's
 * distribution (identical code), so its false-alarm rate is α; a PR whose seeds drop far below
 * the base's, however they scatter among themselves, is not hidden by its own scatter.
 */
export const baseSpreadSeedTest: SeedTest = {
  id: 'base_spread',
  description: "the PR's mean against the base's seed spread (Student t, the base's degrees of freedom)",
  regression(samples, margin, confidence) {
    const { pr, base } = summaries(samples, { pr: 1, base: 2 });
    const sd = base.sd as number;
    const se = sd * Math.sqrt(1 / base.n + 1 / pr.n);
    if (!(se > 0))
      throw new InputError('seed test: the base seeds do not vary; compare the values directly.');
    const df = base.n - 1;
    const degradation = base.mean - pr.mean;
    return {
      test: 'base_spread',
      degradation,
      se,
      df,
      pValue: tCdf(-(degradation - margin) / se, df),
      lower: degradation - tQuantile(confidence, df) * se,
    };
  },
};

/** The registry of seed tests a two-armed comparison combines (Bonferroni over the list). */
export const SEED_TESTS: readonly SeedTest[] = [welchSeedTest, baseSpreadSeedTest];

/** The tests of SEED_TESTS that apply to these samples (enough seeds, some spread), run. */
export function runSeedTests(samples: SeedSamples, margin: number, confidence: number): SeedTestResult[] {
  return SEED_TESTS.flatMap((t) => {
    try {
      return [t.regression(samples, margin, confidence)];
    } catch (error) {
      if (error instanceof InputError) return [];
      throw error;
    }
  });
}
