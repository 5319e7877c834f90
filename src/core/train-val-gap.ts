import { fmt } from './curve-input.js';
import { finiteOrNull } from './finite-or-null.js';
import type { Report } from './report.js';
import { sampleSummary } from './stats/sample-summary.js';
import { welchSeedTest } from './stats/seed-tests.js';

/** One seed's final train/val gap of one pair (`loss vs val_loss`), from its validation finding. */
export interface FinalGap {
  /** val end / train end; null where the losses are not both positive. */
  readonly ratio: number | null;
  /** val end − train end, in the loss's unit. */
  readonly difference: number | null;
}

/** A seed's final gaps by pair name (`loss vs val_loss`, with the run label when a log has several). */
export type FinalGaps = Readonly<Record<string, FinalGap>>;

/** The final train/val gaps of one report: every validation finding's gap_ratio and gap_difference. */
export function finalTrainValGaps(report: Pick<Report, 'checks'>): FinalGaps {
  const out: Record<string, FinalGap> = {};
  for (const check of report.checks) {
    for (const f of check.findings) {
      if (f.judge !== 'validation' || f.verdict === 'too_short') continue;
      out[f.series] = {
        ratio: finiteOrNull(f.evidence.gap_ratio),
        difference: finiteOrNull(f.evidence.gap_difference),
      };
    }
  }
  return out;
}

/** The PR's final train/val gap of one pair against the base's, across seeds. JSON-safe. */
export interface TrainValGapShift {
  readonly series: string;
  /** Geometric means of each side's per-seed val/train ratios. */
  readonly prRatio: number | null;
  readonly baseRatio: number | null;
  readonly prRatios: readonly (number | null)[];
  readonly baseRatios: readonly (number | null)[];
  /** Means of each side's per-seed val − train differences. */
  readonly prDifference: number | null;
  readonly baseDifference: number | null;
  /** prRatio / baseRatio. */
  readonly growth: number | null;
  /** One-sided Welch p of H1: the PR's log ratio is larger; null with fewer than 2 seeds a side. */
  readonly pValue: number | null;
  /** growth ≥ minGrowth and pValue < alpha. */
  readonly grew: boolean;
  readonly message: string;
}

/** Default effect size: the PR's val/train ratio must be at least this many times the base's. */
export const GAP_MIN_GROWTH = 1.25;

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

/**
 * The PR's final train/val gap against the base's, per pair both sides judged, from logs alone:
 * each side's per-seed val/train loss ratios (geometric mean) and differences, and a one-sided
 * Welch test on the log ratios (the seed tests' interface) of "the PR's gap is larger". `grew`
 * needs both the effect (growth ≥ minGrowth) and p < alpha. Pairs with no ratio on a side are
 * left out. Pure.
 */
export function compareTrainValGaps(
  pr: readonly FinalGaps[],
  base: readonly FinalGaps[],
  options: { readonly alpha: number; readonly minGrowth?: number },
): TrainValGapShift[] {
  const minGrowth = options.minGrowth ?? GAP_MIN_GROWTH;
  const names = [...new Set(pr.flatMap((g) => Object.keys(g)))].filter((n) => base.some((b) => n in b));
  return names.flatMap((series) => {
    const prRatios = pr.map((g) => g[series]?.ratio ?? null);
    const baseRatios = base.map((g) => g[series]?.ratio ?? null);
    const lp = prRatios.filter((r): r is number => r !== null && r > 0).map(Math.log);
    const lb = baseRatios.filter((r): r is number => r !== null && r > 0).map(Math.log);
    if (lp.length === 0 || lb.length === 0) return [];
    const prRatio = Math.exp(mean(lp) as number);
    const baseRatio = Math.exp(mean(lb) as number);
    const growth = prRatio / baseRatio;
    const diffs = (side: readonly FinalGaps[]) =>
      side.map((g) => g[series]?.difference ?? null).filter((d): d is number => d !== null);
    const prDifference = mean(diffs(pr));
    const baseDifference = mean(diffs(base));
    let pValue: number | null = null;
    const spread = (x: number[]) => (x.length >= 2 ? (sampleSummary(x).sd as number) : 0);
    if (lp.length >= 2 && lb.length >= 2 && spread(lp) + spread(lb) > 0) {
      // higher is better for the seed tests: a smaller log ratio
      pValue = welchSeedTest.regression({ pr: lp.map((x) => -x), base: lb.map((x) => -x) }, 0, 0.95).pValue;
    }
    const grew = growth >= minGrowth && pValue !== null && pValue < options.alpha;
    const verb = growth >= 1 ? 'grew' : 'shrank';
    const diffPart =
      prDifference !== null && baseDifference !== null
        ? ` (val − train ${fmt(baseDifference)} to ${fmt(prDifference)})`
        : '';
    const test =
      pValue === null
        ? `; no test with ${lb.length} base and ${lp.length} PR seed${lp.length === 1 ? '' : 's'}`
        : `, one-sided Welch p = ${fmt(pValue)}${grew ? '' : growth >= minGrowth ? ', not significant' : ` (below the ${fmt(minGrowth)}× that counts)`}`;
    return [
      {
        series,
        prRatio,
        baseRatio,
        prRatios,
        baseRatios,
        prDifference,
        baseDifference,
        growth,
        pValue,
        grew,
        message: `${series}: the val/train loss ratio ${verb} from ${fmt(baseRatio)}× to ${fmt(prRatio)}×${diffPart} over ${lb.length} base and ${lp.length} PR seed${lp.length === 1 ? '' : 's'}${test}`,
      },
    ];
  });
}
