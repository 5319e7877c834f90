// How far any simple validation statistic could go on the labelled runs an early-stopping callback
// ended: the ceiling against which the judge's misses there are read (issue 14). Each statistic is
// given its best threshold chosen WITH the labels (so the ceiling flatters it), alone and in every
// pair (both above their thresholds), under the goal's false-flag budget of 1 in 20 healthy runs.
// Printed by bench/real-validation.ts.

import { pointNoise } from '../src/core/stats/point-noise.js';
import { rollingMedian } from '../src/core/stats/rolling-median.js';
import { medianOf } from '../src/core/stats/select.js';

/** The statistics a rule could flag on, on the log scale, from the evaluations after the best. */
export const STATISTICS = [
  'rise of the end (median after the best) above the smoothed best',
  'the same rise in noise SDs of the whole run',
  'lowest evaluation after the best above the best',
  'end level minus the level of as many evaluations before the best',
  'share of (after, before) pairs in which the evaluation after the best is higher',
] as const;

/** STATISTICS of one validation curve, in that order; null with under 3 evaluations on either side of the best. */
export function curveStatistics(values: ArrayLike<number>): number[] | null {
  const v = Float64Array.from(Array.prototype.filter.call(values, Number.isFinite) as number[], Math.log);
  let b = 0;
  for (let i = 1; i < v.length; i++) if ((v[i] as number) < (v[b] as number)) b = i;
  const after = v.slice(b + 1, b + 11);
  const before = v.slice(Math.max(0, b - after.length), b);
  if (after.length < 3 || before.length < 3) return null;
  const end = medianOf(after.slice(), 0, after.length);
  const smoothBest = v.length >= 5 ? Math.min(...rollingMedian(v, 3)) : (v[b] as number);
  const noise = Math.max(pointNoise(v) ?? 0, 1e-12);
  let higher = 0;
  for (const a of after) for (const c of before) higher += a > c ? 1 : a === c ? 0.5 : 0;
  return [
    end - smoothBest,
    (end - smoothBest) / noise,
    Math.min(...after) - (v[b] as number),
    end - medianOf(before.slice(), 0, before.length),
    higher / (after.length * before.length),
  ];
}

export interface Ceiling {
  /** The statistic (or pair) that catches most within the budget, and what it catches. */
  readonly rule: string;
  readonly caught: number;
  readonly falseFlags: number;
}

/** The thresholds worth trying for one statistic: each value it takes, ascending. */
function sweeps(values: readonly number[]): number[] {
  return [...new Set(values)].sort((a, b) => a - b);
}

/**
 * The most positives any one statistic, or any pair of them, catches with at most `budget` healthy
 * runs flagged, thresholds chosen knowing the labels. `stats[i]` is null where a run has none
 * (counted as not flagged).
 */
export function bestRule(
  stats: readonly (number[] | null)[],
  positive: readonly boolean[],
  budget: number,
): { single: Ceiling; pair: Ceiling } {
  const k = STATISTICS.length;
  const col = (j: number) => stats.map((s) => (s === null ? Number.NEGATIVE_INFINITY : (s[j] as number)));
  const score = (flag: (i: number) => boolean) => {
    let caught = 0;
    let falseFlags = 0;
    for (let i = 0; i < stats.length; i++) {
      if (stats[i] === null || !flag(i)) continue;
      if (positive[i]) caught++;
      else falseFlags++;
    }
    return { caught, falseFlags };
  };
  let single: Ceiling = { rule: 'none', caught: 0, falseFlags: 0 };
  let pair: Ceiling = single;
  const cols = Array.from({ length: k }, (_, j) => col(j));
  for (let a = 0; a < k; a++) {
    const ca = cols[a] as number[];
    for (const ta of sweeps(ca)) {
      const s = score((i) => (ca[i] as number) >= ta);
      if (s.falseFlags <= budget && s.caught > single.caught)
        single = { rule: `${STATISTICS[a]} ≥ ${ta.toFixed(3)}`, ...s };
      for (let b = a + 1; b < k; b++) {
        const cb = cols[b] as number[];
        for (const tb of sweeps(cb)) {
          const p = score((i) => (ca[i] as number) >= ta && (cb[i] as number) >= tb);
          if (p.falseFlags <= budget && p.caught > pair.caught)
            pair = {
              rule: `${STATISTICS[a]} ≥ ${ta.toFixed(3)} and ${STATISTICS[b]} ≥ ${tb.toFixed(3)}`,
              ...p,
            };
        }
      }
    }
  }
  return { single, pair: pair.caught >= single.caught ? pair : single };
}
