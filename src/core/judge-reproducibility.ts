import { isLossLike } from './analyze.js';
import { likelyCauses } from './causes.js';
import { fmt } from './curve-input.js';
import { finiteOrNull } from './finite-or-null.js';
import { REPRODUCIBILITY_JUDGE } from './judges/reproducibility.js';
import type { Series } from './series.js';
import type { EvidenceValue, Finding, ReproducibilityVerdict } from './verdict.js';

const key = (s: Series) => `${s.run ?? ''}\u0000${s.name}`;

interface Divergence {
  readonly series: string;
  readonly step: number;
  readonly first: number;
  readonly second: number;
  readonly relative: number;
}

/** Relative difference of two values: |a − b| / max(|a|, |b|); 0 when both are equal (NaN = NaN). */
function relativeDifference(a: number, b: number): number {
  if (Object.is(a, b) || a === b) return 0;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return Number.POSITIVE_INFINITY;
  return Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));
}

/**
 * Compares the loss curves of two runs of the same command with the same seed, step by step, on
 * every loss-like series both logged (matched by name and run label; only steps both logged):
 * `identical` when every value is bit-for-bit equal, `within_tolerance` when the largest relative
 * difference is at most `tolerance`, `diverges` when some step differs by more — reporting the
 * first such step (the earliest over all series), the two values there and the largest relative
 * difference; `not_comparable` when no loss was logged at a common step. O(total points).
 * @throws never; a negative or non-finite tolerance is treated as 0.
 */
export function judgeReproducibility(
  first: readonly Series[],
  second: readonly Series[],
  tolerance = 0,
): Finding {
  const tol = Number.isFinite(tolerance) && tolerance > 0 ? tolerance : 0;
  const again = new Map(second.filter(isLossLike).map((s) => [key(s), s]));
  let compared = 0;
  let largest = 0;
  let exact = true;
  let earliest: Divergence | null = null;
  const names: string[] = [];
  for (const a of first.filter(isLossLike)) {
    const b = again.get(key(a));
    if (!b) continue;
    const at = new Map<number, number>();
    for (let i = 0; i < b.steps.length; i++) at.set(b.steps[i] as number, b.values[i] as number);
    let used = false;
    for (let i = 0; i < a.steps.length; i++) {
      const step = a.steps[i] as number;
      const vb = at.get(step);
      if (vb === undefined) continue;
      used = true;
      compared++;
      const va = a.values[i] as number;
      const d = relativeDifference(va, vb);
      if (d > 0) exact = false;
      if (d > largest) largest = d;
      if (d > tol && (earliest === null || step < earliest.step)) {
        earliest = { series: a.name, step, first: va, second: vb, relative: d };
      }
    }
    if (used) names.push(a.name);
  }
  const verdict: ReproducibilityVerdict =
    compared === 0 ? 'not_comparable' : earliest ? 'diverges' : exact ? 'identical' : 'within_tolerance';
  const evidence: Record<string, EvidenceValue> = {
    points_compared: compared,
    series_compared: names.length,
    tolerance: tol,
    largest_relative_difference: finiteOrNull(largest),
  };
  const runs = `two runs with the same seed (${names.join(', ') || 'no common loss'})`;
  let summary: string;
  if (verdict === 'not_comparable') {
    summary = 'The two runs logged no loss at a common step; nothing to compare.';
  } else if (earliest) {
    evidence.first_divergent_step = earliest.step;
    evidence.first_divergent_series = earliest.series;
    evidence.first_value = finiteOrNull(earliest.first);
    evidence.second_value = finiteOrNull(earliest.second);
    evidence.relative_difference_there = finiteOrNull(earliest.relative);
    summary = `Not reproducible: ${runs} diverge from step ${fmt(earliest.step)} (${earliest.series} ${fmt(earliest.first)} vs ${fmt(earliest.second)}, ${fmt(100 * earliest.relative)} % apart; largest difference ${fmt(100 * largest)} %, tolerance ${fmt(100 * tol)} %).`;
  } else if (exact) {
    summary = `Reproducible: ${runs} are identical at all ${compared} common points.`;
  } else {
    summary = `Reproducible within tolerance: ${runs} differ by at most ${fmt(100 * largest)} % (tolerance ${fmt(100 * tol)} %) over ${compared} common points.`;
  }
  return {
    series: names.join(', ') || 'loss',
    judge: 'reproducibility',
    verdict,
    severity: REPRODUCIBILITY_JUDGE.verdicts[verdict].severity,
    summary,
    evidence,
    causes: likelyCauses(verdict),
  };
}
