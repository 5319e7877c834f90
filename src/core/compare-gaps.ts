import type { EvalSplit, GapName, GapReport } from './gaps.js';
import { differenceOfGapsTest, type GapEnd } from './stats/difference-of-gaps-test.js';

/** One gap of the PR against the same gap of the base branch. JSON-safe. */
export interface GapComparison {
  readonly name: GapName;
  readonly pr: number;
  readonly base: number;
  /** PR gap − base gap; positive: the PR's gap is larger (worse). */
  readonly difference: number;
  /** Two-sided Wald interval; null when no estimate varies. */
  readonly lower: number | null;
  readonly upper: number | null;
  /** Two-sided p of "the gaps are equal"; null when no estimate varies and they differ. */
  readonly pValue: number | null;
}

function end(report: GapReport, at: EvalSplit | 'irreducible'): GapEnd | null {
  if (at === 'irreducible')
    return report.irreducible && { p: report.irreducible.error, n: report.irreducible.n };
  const s = report.splits.find((x) => x.split === at);
  return s ? { p: s.error, n: s.n } : null;
}

/**
 * Compare each gap of a PR's decomposition with the base branch's: the difference of the two
 * gaps, its interval and p-value, with the variances of the four independent error estimates
 * added (a fixed irreducible error adds none). Gaps missing on either side are left out.
 * Confidence defaults to the PR report's.
 */
export function compareGaps(pr: GapReport, base: GapReport, confidence = pr.confidence): GapComparison[] {
  return pr.gaps.flatMap((gap) => {
    const baseGap = base.gaps.find((g) => g.name === gap.name);
    const prFrom = end(pr, gap.from);
    const prTo = end(pr, gap.to);
    const baseFrom = end(base, gap.from);
    const baseTo = end(base, gap.to);
    if (!baseGap || !prFrom || !prTo || !baseFrom || !baseTo) return [];
    const r = differenceOfGapsTest({ from: prFrom, to: prTo }, { from: baseFrom, to: baseTo }, confidence);
    return [
      {
        name: gap.name,
        pr: gap.value,
        base: baseGap.value,
        difference: r.difference,
        lower: r.lower,
        upper: r.upper,
        pValue: r.pValue,
      },
    ];
  });
}
