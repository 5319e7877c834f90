import { likelyCauses } from './causes.js';
import { type CurveFeatures, curveFeatures } from './curve-features.js';
import { fmt, type OrderedCurve, orderCurve, pct } from './curve-input.js';
import type { Series } from './series.js';
import type { MannKendallResult } from './stats/mann-kendall.js';
import { signTestUpper } from './stats/sign-test.js';
import { type CurveThresholds, resolveThresholds } from './thresholds.js';
import { type CurveVerdict, type EvidenceValue, type Finding, finiteOrNull } from './verdict.js';

export interface JudgeCurveOptions {
  readonly thresholds?: Partial<CurveThresholds>;
  /** The loss of a uniform guess, ln C, when the series is a C-class cross-entropy. */
  readonly chanceLevel?: number;
}

/** A curve verdict with its sentence and evidence, before it becomes a Finding. */
export interface CurveClassification {
  readonly verdict: CurveVerdict;
  readonly summary: string;
  readonly evidence: Record<string, EvidenceValue>;
  /** Null for `non_finite` and `too_short`. */
  readonly features: CurveFeatures | null;
}

function significantRise(mk: MannKendallResult | null, alpha: number): boolean {
  return mk !== null && mk.z > 0 && mk.p < alpha;
}

function featureEvidence(f: CurveFeatures): Record<string, EvidenceValue> {
  return {
    points: f.points,
    bins: f.bins,
    space: f.space,
    start_level: finiteOrNull(f.start),
    end_level: finiteOrNull(f.end),
    min_level: finiteOrNull(f.min),
    min_step: finiteOrNull(f.minStep),
    relative_change: finiteOrNull(f.relChange),
    mk_s: f.mk.s,
    mk_z: finiteOrNull(f.mk.z),
    mk_p: finiteOrNull(f.mk.p),
    mk_tau: finiteOrNull(f.mk.tau),
    sen_slope_per_step: finiteOrNull(f.sen.slope),
    sen_drop: finiteOrNull(f.senDrop),
    sen_drop_upper: finiteOrNull(f.senDropUpper),
    mk_after_min_z: f.mkAfterMin ? finiteOrNull(f.mkAfterMin.z) : null,
    mk_after_min_p: f.mkAfterMin ? finiteOrNull(f.mkAfterMin.p) : null,
    rise_from_min: finiteOrNull(f.riseFromMin),
    give_back: finiteOrNull(f.giveBack),
    tail_drop: finiteOrNull(f.tailDrop),
    mk_tail_p: f.mkTail ? finiteOrNull(f.mkTail.p) : null,
    swings: f.swings,
    smoothed_swings: f.smoothSwings,
    min_autocorrelation: finiteOrNull(f.minAutocorrelation),
    autocorrelation_critical: finiteOrNull(f.autocorrelationCritical),
    within_bin_spread: finiteOrNull(f.withinBinSpread),
    spike_count: f.spikeSteps.length,
    spike_steps: f.spikeSteps.slice(0, 10).join(', '),
  };
}

/**
 * Classify an ordered curve: the decision rules of `judgeCurve`, shared with the overfit judge.
 * Rules in order; each needs a practical effect AND a significant Mann–Kendall test (or, for
 * swings, many large moves): non_finite, too_short, explodes, goes_up, oscillates, plateaus.
 */
export function classifyCurve(
  c: OrderedCurve,
  th: CurveThresholds,
  chanceLevel?: number,
): CurveClassification {
  const n = c.values.length;
  if (c.firstNonFinite >= 0) {
    const v = c.values[c.firstNonFinite] as number;
    const kind = Number.isNaN(v) ? 'NaN' : v > 0 ? 'Infinity' : '-Infinity';
    const step = c.steps[c.firstNonFinite] as number;
    return {
      verdict: 'non_finite',
      summary: `Loss became ${kind} at step ${fmt(step)} (${c.nonFiniteCount} of ${n} points non-finite).`,
      evidence: {
        points: n,
        first_non_finite_step: finiteOrNull(step),
        first_non_finite_value: kind,
        non_finite_count: c.nonFiniteCount,
        last_finite_value:
          c.firstNonFinite > 0 ? finiteOrNull(c.values[c.firstNonFinite - 1] as number) : null,
      },
      features: null,
    };
  }
  if (n < th.minPoints) {
    return {
      verdict: 'too_short',
      summary: `Only ${n} point${n === 1 ? '' : 's'}; at least ${th.minPoints} are needed to judge a curve.`,
      evidence: { points: n, min_points: th.minPoints },
      features: null,
    };
  }
  const f = curveFeatures(c.steps, c.values, th);
  const evidence = featureEvidence(f);
  const levels = `from ${fmt(f.start)} to ${fmt(f.end)} (minimum ${fmt(f.min)} at step ${fmt(f.minStep)})`;
  const after = f.mkAfterMin ? `, Mann–Kendall p = ${fmt(f.mkAfterMin.p)} after the minimum` : '';
  const at = (verdict: CurveVerdict, summary: string): CurveClassification => ({
    verdict,
    summary,
    evidence,
    features: f,
  });

  const spreadLimit = f.space === 'log' ? th.swingFactor : Math.log(th.swingFactor);
  // many 2× swings are only oscillation when they are regular (a negative autocorrelation lobe)
  // or dense: independent noise rarely swings 2× between neighbouring bins
  const periodic =
    f.swings >= th.minSwings &&
    (f.minAutocorrelation < f.autocorrelationCritical || f.swings >= th.minSwingRate * f.bins);
  const convergedNoise =
    f.space === 'log' && f.start / f.end >= th.oscillationMaxFall && f.mk.z < 0 && f.mk.p < th.alpha;
  if (!convergedNoise && (periodic || f.smoothSwings >= th.minSwings || f.withinBinSpread >= spreadLimit)) {
    const what =
      periodic || f.smoothSwings >= th.minSwings
        ? `${Math.max(f.swings, f.smoothSwings)} swings of at least ${fmt(th.swingFactor)}×`
        : `points within each stretch spread ${fmt(f.withinBinSpread)}× (90th/10th percentile)`;
    return at('oscillates', `Loss oscillates: ${what}, ${levels}.`);
  }
  const factor = f.space === 'log' ? f.end / f.min : 1 + f.riseFromMin;
  // an explosion is significant by its size: a rise after the minimum, or every end bin above the line
  const lowFactor = f.space === 'log' ? f.endLow / f.min : 1;
  const persistent = significantRise(f.mkAfterMin, th.alpha) || lowFactor >= th.explodeFactor;
  // The initial loss counts too: a loss that blew up within the first steps and settled far
  // above where it began (learning rate far too high) has its start level already exploded.
  const initial = c.values[0] as number;
  const aboveStart = f.end > f.start || (initial > 0 && f.end >= th.explodeFactor * initial);
  if (factor >= th.explodeFactor && aboveStart && persistent) {
    return at('explodes', `Loss exploded: ${fmt(factor)}× its best level, ${levels}${after}.`);
  }
  // A jump right after the first print that is never given back is no warm-up: the rolling
  // median smooths the one low point away, so it is measured against the first value itself.
  const jump = initial > 0 ? Math.max(...c.values.subarray(1, 4)) / initial : 0;
  if (jump >= th.jumpFactor && f.endLow >= th.jumpKeepFactor * initial) {
    evidence.jump_factor = finiteOrNull(jump);
    return at(
      'explodes',
      `Loss jumped ${fmt(jump)}× right after its first value ${fmt(initial)} and never came back: it ends at ${fmt(f.end)}, ${fmt(f.end / initial)}× where it began (${levels}).`,
    );
  }
  // A loss that starts positive and falls further below zero than it ever was above cannot be a
  // cross-entropy-type loss: its sign is flipped (METHOD.md, the "goes up" row seen from below).
  // Starting below zero (the logged loss is already negated), it runs away: 4× further down.
  const belowZero =
    initial > 0 ? f.end < -Math.max(initial, f.start) : f.end < th.explodeFactor * Math.min(initial, f.start);
  if (f.end < 0 && belowZero && f.mk.z < 0 && f.mk.p < th.alpha) {
    return at(
      'goes_up',
      `Loss ran below zero, from ${fmt(f.start)} to ${fmt(f.end)}: a loss of this kind cannot, so its sign is likely flipped (the loss goes up, seen from below).`,
    );
  }
  if (significantRise(f.mk, th.alpha) && f.relChange >= th.goesUpMinRise) {
    return at('goes_up', `Loss went up ${pct(f.relChange)} ${levels}, Mann–Kendall p = ${fmt(f.mk.p)}.`);
  }
  // few smooth points rising at almost every print: the sign of each move says more than an
  // autocorrelation-corrected trend test can on ten points
  const consistentRise =
    f.movesAfterMin >= th.minTrendBins - 1 &&
    f.risesAfterMin >= th.consistentRiseShare * f.movesAfterMin &&
    signTestUpper(f.risesAfterMin, f.movesAfterMin) < th.alpha;
  if (
    consistentRise &&
    (f.giveBack >= th.goesUpGiveBack || f.end > f.start) &&
    f.riseFromMin >= th.goesUpMinRise
  ) {
    evidence.rises_after_min = f.risesAfterMin;
    evidence.moves_after_min = f.movesAfterMin;
    return at(
      'goes_up',
      `Loss went back up after its minimum, rising at ${f.risesAfterMin} of ${f.movesAfterMin} prints since (sign test p = ${fmt(signTestUpper(f.risesAfterMin, f.movesAfterMin))}), ${pct(f.riseFromMin)} from the minimum: ${levels}.`,
    );
  }
  if (
    significantRise(f.mkAfterMin, th.alpha) &&
    f.giveBack >= th.goesUpGiveBack &&
    f.riseFromMin >= th.goesUpMinRise
  ) {
    return at(
      'goes_up',
      `Loss went back up after its minimum, giving back ${pct(f.giveBack)} of its fall: ${levels}${after}.`,
    );
  }
  // a C-class cross-entropy ending far above ln C predicts worse than a uniform guess
  if (chanceLevel !== undefined && chanceLevel > 0 && f.end >= th.chanceFactor * chanceLevel) {
    evidence.chance_level = chanceLevel;
    return at(
      'plateaus',
      `Loss stayed far above chance: it ends at ${fmt(f.end)}, ${fmt(f.end / chanceLevel)}× ln C = ${fmt(chanceLevel)}, the loss of a uniform guess (${levels}).`,
    );
  }
  // both estimates of the improvement (edge levels, Sen's slope) small, and its upper bound too
  if (
    -f.relChange < th.plateauMaxDrop &&
    f.senDrop < th.plateauMaxDrop &&
    f.senDropUpper < th.plateauMaxDropUpper
  ) {
    return at(
      'plateaus',
      `Loss plateaued: changed ${pct(f.relChange)} ${levels}; at most ${pct(f.senDropUpper)} improvement (Sen's slope, upper bound).`,
    );
  }
  const stillDecreasing =
    f.mkTail !== null && f.mkTail.z < 0 && f.mkTail.p < th.alpha && f.tailDrop >= th.stillDecreasingDrop;
  evidence.trend_at_end = stillDecreasing ? 'still_decreasing' : 'flattened';
  const spikes = f.spikeSteps.length > 0 ? `; ${f.spikeSteps.length} spike(s) recovered` : '';
  return at(
    'healthy',
    `Loss ${f.relChange < 0 ? 'fell' : 'changed'} ${pct(f.relChange)} ${levels}, Mann–Kendall p = ${fmt(f.mk.p)}; ${stillDecreasing ? 'still decreasing' : 'flattened'} at the end${spikes}.`,
  );
}

/**
 * Judge one loss-like series: healthy, goes_up, explodes, oscillates, plateaus, non_finite or
 * too_short, with the numbers that decided it and, for failures, the lecture's likely causes.
 * O(n) in the points plus O(B² log B) in the ≤ `maxBins` bins (a million points: tens of ms).
 * @throws InputError when a threshold override is out of range.
 */
export function judgeCurve(series: Series, opts: JudgeCurveOptions = {}): Finding {
  const th = resolveThresholds(opts.thresholds);
  const r = classifyCurve(orderCurve(series), th, opts.chanceLevel);
  return {
    series: series.name,
    split: series.split,
    judge: 'curve',
    verdict: r.verdict,
    severity: r.verdict === 'healthy' ? 'pass' : r.verdict === 'too_short' ? 'warn' : 'fail',
    summary: r.summary,
    evidence: r.evidence,
    causes: likelyCauses(r.verdict),
  };
}
