import { fmt } from './curve-input.js';
import { tCdf } from './stats/distributions.js';
import { fCdf } from './stats/incomplete-beta.js';
import { sampleSummary } from './stats/sample-summary.js';

/** A PR's seeds scattering far more than the base's seeds. JSON-safe. */
export interface SeedScatter {
  readonly prSd: number;
  readonly baseSd: number;
  /** prSd / baseSd. */
  readonly sdRatio: number | null;
  /** One-sided F-test of H1: the PR's seed variance is larger; null when the base does not vary. */
  readonly pValue: number | null;
  readonly flagged: boolean;
}

/** The PR's worst seed against the base's seed distribution. JSON-safe. */
export interface SeedCollapse {
  /** The seed's label (its TRAINSPOTTER_SEED when known, else its position). */
  readonly seed: string;
  readonly value: number;
  /** How much worse than the base mean, in the metric's unit (positive: worse). */
  readonly degradation: number;
  /** degradation / the base's seed sd. */
  readonly baseSds: number | null;
  /** One-sided prediction-interval p of the seed against the base (Student t, n_base − 1 df), Bonferroni over the PR seeds. */
  readonly pValue: number | null;
  readonly flagged: boolean;
}

export interface SeedFindings {
  readonly scatter: SeedScatter | null;
  readonly collapse: SeedCollapse | null;
  /** A sentence for the flagged findings; null when none is flagged. */
  readonly message: string | null;
}

/** Defaults: the PR's seed sd must be at least this many times the base's to be called scatter. */
export const SCATTER_MIN_SD_RATIO = 3;

/**
 * The seed findings, and the test against the base's seed spread they open, run at this share
 * of α: with 3 seeds a side a sample sd is often far off (P(s < σ/3) ≈ 10 % with 2 degrees of
 * freedom), and the stricter level keeps what they add to Welch's false alarms small (measured
 * by `npm run bench:seeds` on real seeds).
 */
export const SEED_FINDINGS_ALPHA_SHARE = 0.2;

export interface SeedFindingsInput {
  /** Per-seed values, oriented so that higher is better. */
  readonly pr: readonly number[];
  readonly base: readonly number[];
  /** Labels of the PR seeds, parallel to `pr`. */
  readonly prLabels?: readonly string[];
  /** Δ, in the metric's unit: a collapse must be worse than the base mean by more than this. */
  readonly tolerance: number;
  readonly alpha: number;
  readonly scatterMinSdRatio?: number;
  /** −1 when the values were negated to make higher better (a loss): reported values are turned back. */
  readonly orientation?: 1 | -1;
}

/**
 * The findings about seeds that a comparison of means does not show: the PR's seeds scattering
 * far more than the base's (sd ratio ≥ scatterMinSdRatio and a one-sided F-test p < alpha),
 * and the PR's worst seed collapsing below the base's seed distribution (worse than the base
 * mean by more than the tolerance, and outside the base's one-sided prediction interval at
 * alpha after Bonferroni over the PR seeds). Nothing is flagged when the base's seeds tie (no
 * spread to measure against). Callers pass α·SEED_FINDINGS_ALPHA_SHARE. Pure.
 */
export function seedFindings(input: SeedFindingsInput): SeedFindings {
  const { pr, base, tolerance, alpha } = input;
  const minRatio = input.scatterMinSdRatio ?? SCATTER_MIN_SD_RATIO;
  if (pr.length < 1 || base.length < 2) return { scatter: null, collapse: null, message: null };
  const b = sampleSummary(base, 'base seeds');
  const bSd = b.sd as number;
  let scatter: SeedScatter | null = null;
  if (pr.length >= 2) {
    const p = sampleSummary(pr, 'PR seeds');
    const pSd = p.sd as number;
    const ratio = bSd > 0 ? pSd / bSd : null;
    const pValue = bSd > 0 ? 1 - fCdf((pSd * pSd) / (bSd * bSd), p.n - 1, b.n - 1) : null;
    // A base whose seeds tie (sd 0) gives no scale to call the PR's spread large against.
    const flagged = ratio !== null && ratio >= minRatio && pValue !== null && pValue < alpha;
    scatter = { prSd: pSd, baseSd: bSd, sdRatio: ratio, pValue, flagged };
  }
  let worst = 0;
  for (let i = 1; i < pr.length; i++) if ((pr[i] as number) < (pr[worst] as number)) worst = i;
  const value = (pr[worst] as number) * (input.orientation ?? 1);
  const degradation = b.mean - (pr[worst] as number);
  const scale = bSd * Math.sqrt(1 + 1 / b.n);
  const pOne = scale > 0 ? tCdf(-(degradation - tolerance) / scale, b.n - 1) : null;
  const pValue = pOne === null ? null : Math.min(1, pr.length * pOne);
  const collapse: SeedCollapse = {
    seed: input.prLabels?.[worst] ?? `#${worst + 1}`,
    value,
    degradation,
    baseSds: bSd > 0 ? degradation / bSd : null,
    pValue,
    flagged: degradation > tolerance && pValue !== null && pValue < alpha,
  };
  const parts: string[] = [];
  if (scatter?.flagged) {
    parts.push(
      `the PR's seeds scatter ${scatter.sdRatio === null ? 'where the base does not vary' : `${fmt(scatter.sdRatio)}× the base's seed sd`} (sd ${fmt(scatter.prSd)} vs ${fmt(scatter.baseSd)}${scatter.pValue === null ? '' : `, F-test p = ${fmt(scatter.pValue)}`})`,
    );
  }
  if (collapse.flagged) {
    const details = [
      ...(collapse.baseSds === null ? [] : [`${fmt(collapse.baseSds)} base seed SDs`]),
      ...(collapse.pValue === null ? [] : [`p = ${fmt(collapse.pValue)}`]),
    ];
    parts.push(
      `seed ${collapse.seed} collapsed to ${fmt(collapse.value)}, ${fmt(collapse.degradation)} worse than the base mean${details.length > 0 ? ` (${details.join(', ')})` : ''}`,
    );
  }
  return { scatter, collapse, message: parts.length > 0 ? parts.join('; ') : null };
}
