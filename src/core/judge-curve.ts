import { likelyCauses } from './causes.js';
import { type CurveFeatures, curveFeatures } from './curve-features.js';
import { fmt, type OrderedCurve, orderCurve } from './curve-input.js';
import type { CurveMemo } from './curve-memo.js';
import { POINT_RULES, SHAPE_RULES, type ShapeInput } from './curve-rules.js';
import { InternalError } from './errors.js';
import { CURVE_JUDGE } from './judges/curve.js';
import type { Series } from './series.js';
import { type CurveThresholds, resolveThresholds } from './thresholds.js';
import { type CurveVerdict, type EvidenceValue, type Finding, finiteOrNull } from './verdict.js';

export interface JudgeCurveOptions {
  readonly thresholds?: Partial<CurveThresholds>;
  /** The loss of a uniform guess, ln C, when the series is a C-class cross-entropy. */
  readonly chanceLevel?: number;
  /** Shares the ordering and binning of the points with the other judges of one analysis. */
  readonly memo?: CurveMemo;
}

/** A curve verdict with its sentence and evidence, before it becomes a Finding. */
export interface CurveClassification {
  readonly verdict: CurveVerdict;
  readonly summary: string;
  readonly evidence: Record<string, EvidenceValue>;
  /** Null for `non_finite` and `too_short`. */
  readonly features: CurveFeatures | null;
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
 * POINT_RULES first (no features: non_finite, too_short), then SHAPE_RULES on the features; the
 * first rule that applies gives the verdict, `healthy` (the last) always applies.
 */
export function classifyCurve(
  c: OrderedCurve,
  th: CurveThresholds,
  chanceLevel?: number,
  memo?: CurveMemo,
): CurveClassification {
  for (const rule of POINT_RULES) {
    const r = rule.decide(c, th);
    if (r) return { verdict: rule.verdict, summary: r.summary, evidence: r.evidence, features: null };
  }
  const f = curveFeatures(c.steps, c.values, th, memo);
  const evidence = featureEvidence(f);
  const input: ShapeInput = {
    c,
    f,
    th,
    chanceLevel,
    evidence,
    levels: `from ${fmt(f.start)} to ${fmt(f.end)} (minimum ${fmt(f.min)} at step ${fmt(f.minStep)})`,
    after: f.mkAfterMin ? `, Mann–Kendall p = ${fmt(f.mkAfterMin.p)} after the minimum` : '',
    initial: c.values[0] as number,
  };
  for (const rule of SHAPE_RULES) {
    const summary = rule.decide(input);
    if (summary !== null) return { verdict: rule.verdict, summary, evidence, features: f };
  }
  throw new InternalError('classifyCurve: the last shape rule (healthy) always applies');
}

/**
 * Judge one loss-like series: healthy, goes_up, explodes, oscillates, plateaus, non_finite or
 * too_short, with the numbers that decided it and, for failures, the lecture's likely causes.
 * O(n) in the points plus O(B² log B) in the ≤ `maxBins` bins (a million points: tens of ms).
 * @throws InputError when a threshold override is out of range.
 */
export function judgeCurve(series: Series, opts: JudgeCurveOptions = {}): Finding {
  const th = resolveThresholds(opts.thresholds);
  const c = opts.memo ? opts.memo.order(series) : orderCurve(series);
  const r = classifyCurve(c, th, opts.chanceLevel, opts.memo);
  return {
    series: series.name,
    split: series.split,
    judge: 'curve',
    verdict: r.verdict,
    severity: CURVE_JUDGE.verdicts[r.verdict].severity,
    summary: r.summary,
    evidence: r.evidence,
    causes: likelyCauses(r.verdict),
  };
}
