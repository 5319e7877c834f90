import { likelyCauses } from './causes.js';
import { fmt, pct } from './curve-input.js';
import type { CurveMemo } from './curve-memo.js';
import { severities } from './judges/judge-spec.js';
import { VALIDATION_JUDGE } from './judges/validation.js';
import type { Series } from './series.js';
import { tQuantile, zCdf, zQuantile } from './stats/distributions.js';
import { equalCountBins } from './stats/equal-count-bins.js';
import { mannKendall } from './stats/mann-kendall.js';
import { pointNoise } from './stats/point-noise.js';
import { MAD_TO_SIGMA } from './stats/robust-z.js';
import { rollingMedian } from './stats/rolling-median.js';
import { medianOf } from './stats/select.js';
import { type CurveThresholds, resolveThresholds } from './thresholds.js';
import { alignTrain, finiteMedian, finitePoints, type Points } from './validation-align.js';
import {
  type EvidenceValue,
  type Finding,
  finiteOrNull,
  type Severity,
  type ValidationVerdict,
} from './verdict.js';

export interface JudgeValidationOptions {
  readonly thresholds?: Partial<CurveThresholds>;
  /** Shares the ordering and binning of the points with the other judges of one analysis. */
  readonly memo?: CurveMemo;
}

/** What each verdict is, before the `validation` gate decides what it does to the check (src/core/judges/validation.ts). */
const SEVERITY: Readonly<Record<ValidationVerdict, Severity>> = severities(VALIDATION_JUDGE.verdicts);

/**
 * Robust SD of values around their own median: 1.4826·MAD, or 1.2533·(mean absolute deviation)
 * when over half the values tie (rounded logs), as robustZ does.
 */
function spread(values: Float64Array): number {
  const centre = medianOf(values);
  const dev = Array.from(values, (x) => Math.abs(x - centre));
  const mad = MAD_TO_SIGMA * medianOf(dev);
  return mad > 0 ? mad : (1.2533 * dev.reduce((a, x) => a + x, 0)) / dev.length;
}

/** The sample standard deviation (n − 1) of at least 2 values. O(n). */
function sdOf(values: Float64Array): number {
  const mean = values.reduce((a, x) => a + x, 0) / values.length;
  return Math.sqrt(values.reduce((a, x) => a + (x - mean) ** 2, 0) / (values.length - 1));
}

const rel = (a: number, b: number) => (a - b) / (Math.abs(b) || 1e-300);

/** A ratio of two positive loss levels; null where it means nothing (a level ≤ 0 or non-finite). */
function ratio(a: number, b: number): number | null {
  return a > 0 && b > 0 && Number.isFinite(a / b) ? a / b : null;
}

function times(r: number | null): string {
  return r === null ? 'n/a' : `${fmt(r)}×`;
}

/** Below this many points the noise of the end band is judged with Student's t. Points. */
const SMALL_BAND = 8;
/** The fewest points the end band's noise is estimated from (5 second differences). Points. */
const MIN_BAND = 7;

/**
 * Where the band the run ended in begins: one point before the first evaluation at or below the
 * highest evaluation after the best, so the fast fall before it (whose bends would count as
 * noise) is left out; at least the last MIN_BAND points. O(m).
 */
function endBand(vv: Float64Array, b: number): number {
  const m = vv.length;
  let top = vv[b] as number;
  for (let i = b + 1; i < m; i++) top = Math.max(top, vv[i] as number);
  let i0 = 0;
  while (i0 < b && (vv[i0] as number) > top) i0++;
  return Math.max(0, Math.min(i0 - 1, m - MIN_BAND));
}

/**
 * The robust point noise of the whole curve on the log scale (a share of the level); null with
 * fewer than MIN_BAND points or a level ≤ 0 (no log). O(m).
 */
function runLogNoise(vv: Float64Array): number | null {
  if (vv.length < MIN_BAND) return null;
  const logs = new Float64Array(vv.length);
  for (let i = 0; i < vv.length; i++) {
    const x = vv[i] as number;
    if (!(x > 0)) return null;
    logs[i] = Math.log(x);
  }
  return pointNoise(logs);
}

/** The train points whose steps lie in [from, ∞), as a plain array, binned when long. */
function trainFrom(t: Points, from: number, maxBins: number): Float64Array {
  let lo = 0;
  while (lo < t.steps.length && (t.steps[lo] as number) < from) lo++;
  const steps = t.steps.subarray(lo);
  const values = t.values.subarray(lo);
  return values.length > maxBins ? equalCountBins(steps, values, maxBins).medians : values;
}

/**
 * Judge a train/val pair of one metric, from 3 validation points on (METHOD.md: an effect size
 * and a significance test for every verdict; names in src/core/thresholds.ts):
 * - `overfitting` (warn): the val end level (median of the points after its best, the last
 *   valEndMaxPoints at most) is at least overfitMinRise above the best (the effect size), and the
 *   rise is significant by one of three tests:
 *   (a) level — the end is at least overfitMinRise and valRiseMinZ noise SDs above the smoothed
 *   best (the lowest 3-point rolling median, not the single luckiest evaluation); the noise is the
 *   robust point noise (second differences) of the band the run ended in, from one evaluation
 *   before the first one at or below the highest evaluation after the best (at least the last 7),
 *   so the bends of the fall before it do not count as noise; never below valNoiseFloor of the
 *   best; with fewer than 8 points in the band, Student's t with n − 3 degrees of freedom at the
 *   same tail probability. A flat noisy plateau passes it in about 5 % of runs (simulated). Or the
 *   same bound on the log scale against the robust point noise of the whole log curve (m − 2
 *   second differences, whose MAD ignores the few bends; with 5 evaluations after the best the
 *   band has 7 points, counts the bend at the best as noise and needs t with 4 degrees of freedom);
 *   (b) turn — val fell through its end level into the best (the two evaluations before the best
 *   lie above the end level: a V, which the rolling median would smooth away, not a dip inside the
 *   band) and the single best lies further below the end than the lowest of m noisy evaluations
 *   would by chance (z ≥ the 1 − valAlpha/m normal quantile, noise the robust spread of ≥ 4
 *   evaluations after the best, at least their SD: the MAD of 5 points can be near 0);
 *   (c) trend — a one-sided Mann–Kendall rise of ≥ 4 evaluations after the best (p < valAlpha)
 *   with the end ≥ valTrendMinZ noise SDs above the smoothed best —
 *   while train did not rise after the best (train not logged after it is no evidence either way;
 *   a tie, a train loss logged once an epoch carried into the last evaluations, is no rise);
 * - `stalled` (warn): over the second half of the validation steps val improved less than
 *   valMinDrop with no significant fall, while train fell at least stallTrainDrop significantly,
 *   and the val/train ratio ends ≥ stallMinGapRatio having grown ≥ stallGapGrowth;
 * - `not_generalising` (fail, judged first): val never improved (neither its end nor its best
 *   valMinDrop below where it began, nor trainMinDrop below the train loss at the start) while
 *   train fell ≥ trainMinDrop significantly, in a run that began untrained (val began below
 *   resumedValFactor × the train loss at the start);
 * - else `generalises`. An early spike that recovers ends near the best and is not overfitting.
 * Every verdict reports the best step (the checkpoint to keep), how far the end is above it,
 * and the final val/train gap as a ratio and a difference. O(n + m²) on ≤ maxBins points.
 * @throws InputError for a bad threshold override.
 */
export function judgeValidation(train: Series, val: Series, opts: JudgeValidationOptions = {}): Finding {
  const th = resolveThresholds(opts.thresholds);
  const t = finitePoints(train, opts.memo);
  const v0 = finitePoints(val, opts.memo);
  let vs = v0.steps;
  let vv = v0.values;
  const valPoints = vv.length;
  if (vv.length > th.maxBins) {
    // Mann–Kendall is O(n²): judge a long validation curve on its bin medians, as judgeCurve does.
    const bins = opts.memo ? opts.memo.bins(vs, vv, th.maxBins) : equalCountBins(vs, vv, th.maxBins);
    vs = bins.steps;
    vv = bins.medians;
  }
  const m = vv.length;
  const finding = (verdict: ValidationVerdict, summary: string, evidence: Finding['evidence']): Finding => ({
    series: `${train.name} vs ${val.name}`,
    split: 'val',
    judge: 'validation',
    verdict,
    severity: SEVERITY[verdict],
    summary,
    evidence,
    causes: likelyCauses(verdict),
  });
  if (m < th.minValPoints || t.values.length < 1) {
    return finding(
      'too_short',
      `Only ${valPoints} validation and ${t.values.length} train points; need ${th.minValPoints} and 1.`,
      { val_points: valPoints, train_points: t.values.length },
    );
  }
  const tr = alignTrain(t, vs);

  // The best evaluation (the checkpoint to keep) and the end level.
  let b = 0;
  for (let i = 1; i < m; i++) if ((vv[i] as number) < (vv[b] as number)) b = i;
  const post = m - 1 - b;
  const k = Math.max(1, Math.min(th.valEndMaxPoints, post > 0 ? post : Math.ceil(m / 4)));
  const valBest = vv[b] as number;
  const valEnd = medianOf(vv, m - k, m);
  const endAboveBest = rel(valEnd, valBest);
  // The rise is measured from a smoothed best (the lowest 3-point rolling median), not from the
  // single luckiest evaluation, and against the point noise of the band the run ended in.
  const smoothBest = m >= 5 ? Math.min(...rollingMedian(vv, 3)) : valBest;
  const band = endBand(vv, b);
  const noise = pointNoise(vv.subarray(band));
  const sigma = Math.max(noise ?? 0, th.valNoiseFloor * Math.abs(valBest));
  const riseZ = sigma > 0 ? (valEnd - smoothBest) / sigma : 0;
  const riseAboveSmoothed = rel(valEnd, smoothBest);
  const tail = 1 - zCdf(th.valRiseMinZ);
  // The same rise on the log scale against the point noise of the whole run: with 5 evaluations
  // after the best the end band gives a crude noise (a t bound with 4 degrees of freedom) that
  // counts the bend at the best as noise; the whole run gives m − 2 second differences, whose
  // MAD ignores the few bends (the end of the fall, the turn). Log, because a loss falls about
  // geometrically (its log is nearly straight) and its noise is about proportional to its level.
  const runNoise = runLogNoise(vv);
  const runRise =
    runNoise === null || !(smoothBest > 0)
      ? null
      : Math.log(valEnd / smoothBest) / Math.max(runNoise, Math.log1p(th.valNoiseFloor));
  const runZNeeded =
    runRise === null || m >= SMALL_BAND ? th.valRiseMinZ : tQuantile(1 - tail, Math.max(1, m - 3));
  // Few evaluations give a crude noise estimate (n − 2 second differences): the bound is then
  // Student's t with n − 3 degrees of freedom at the same tail probability, not the normal.
  const bandPoints = m - band;
  const usesFloor = noise === null || sigma > noise;
  const zNeeded =
    usesFloor || bandPoints >= SMALL_BAND ? th.valRiseMinZ : tQuantile(1 - tail, Math.max(1, bandPoints - 3));
  // A sharp minimum (a V: the fall, the best, the rise) is smoothed away by the rolling median; it
  // counts when the single best lies further below the end level than the lowest of m noisy
  // evaluations would by chance (Bonferroni over the m points, at valAlpha), the noise then the
  // spread of the evaluations after the best (their level, not their trend).
  const postNoise = post >= 4 ? Math.max(spread(vv.subarray(b + 1)), sdOf(vv.subarray(b + 1))) : null;
  const turnSigma = Math.max(postNoise ?? 0, th.valNoiseFloor * Math.abs(valBest));
  // Only a turn: val fell through the level it ended at into its best (the two evaluations before
  // the best lie above the end level), not a dip inside the band it ended in: a lucky dip of a
  // noisy plateau has one higher neighbour before it half the time, two a quarter of the time.
  const turned = b >= 1 && (vv[b - 1] as number) > valEnd && (b < 2 || (vv[b - 2] as number) > valEnd);
  const turnZ = turned && postNoise !== null && turnSigma > 0 ? (valEnd - valBest) / turnSigma : 0;
  const turnZNeeded = zQuantile(1 - th.valAlpha / m);
  const mkAfter = post >= 4 ? mannKendall(vv.subarray(b + 1)) : null;
  const pAfter = mkAfter ? (mkAfter.z > 0 ? mkAfter.p / 2 : 1 - mkAfter.p / 2) : null;
  const trainEnd = finiteMedian(tr, m - k, m);
  const trainAtBest = tr[b] as number;
  const trainAfterBest = t.steps.length > 0 && (t.steps[t.steps.length - 1] as number) > (vs[b] as number);
  // Not rising: a train loss logged once an epoch carries its value from before the best into the
  // last evaluations, so a tie is no rise (the fall logged at the very end is not seen).
  const trainFell =
    trainAfterBest && Number.isFinite(trainEnd) && Number.isFinite(trainAtBest)
      ? trainEnd <= trainAtBest
      : null;
  const gapRatio = ratio(valEnd, trainEnd);
  const gapDifference = valEnd - trainEnd;

  const kv = Math.max(1, Math.ceil(0.1 * m));
  const valStart = medianOf(vv, 0, kv);
  const mkVal = mannKendall(vv);
  const trainKnown = tr.filter(Number.isFinite);
  const kt = Math.max(1, Math.ceil(0.1 * trainKnown.length));
  const trainStart = medianOf(trainKnown, 0, kt);
  const mkTrain = mannKendall(trainKnown);
  const valDrop = -rel(valEnd, valStart);
  const trainDrop = -rel(trainEnd, trainStart);

  const evidence: Record<string, EvidenceValue> = {
    val_points: valPoints,
    train_points: t.values.length,
    best_step: finiteOrNull(vs[b] as number),
    best_value: finiteOrNull(valBest),
    end_value: finiteOrNull(valEnd),
    end_above_best: finiteOrNull(endAboveBest),
    gap_ratio: gapRatio,
    gap_difference: finiteOrNull(gapDifference),
    train_end: finiteOrNull(trainEnd),
    train_at_best: finiteOrNull(trainAtBest),
    noise_sd: noise === null ? null : finiteOrNull(noise),
    rise_z: finiteOrNull(riseZ),
    rise_z_needed: finiteOrNull(zNeeded),
    rise_p: finiteOrNull(1 - zCdf(riseZ)),
    best_z: postNoise === null ? null : finiteOrNull(turnZ),
    best_z_needed: finiteOrNull(turnZNeeded),
    smoothed_best: finiteOrNull(smoothBest),
    rise_above_smoothed_best: finiteOrNull(riseAboveSmoothed),
    run_rise_z: runRise === null ? null : finiteOrNull(runRise),
    run_rise_z_needed: finiteOrNull(runZNeeded),
    after_best_mk_p_one_sided: pAfter === null ? null : finiteOrNull(pAfter),
    val_start: finiteOrNull(valStart),
    val_change: finiteOrNull(-valDrop),
    val_mk_p: finiteOrNull(mkVal.p),
    train_change: finiteOrNull(-trainDrop),
    train_mk_p: finiteOrNull(mkTrain.p),
  };
  const best = `best val ${fmt(valBest)} at step ${fmt(vs[b] as number)} (the checkpoint to keep), end ${pct(endAboveBest)} above it`;
  const gap = `final val/train gap ${times(gapRatio)} (difference ${fmt(gapDifference)})`;

  const valFalls = mkVal.z < 0 && mkVal.p < th.valAlpha && valDrop >= th.valMinDrop;
  const trainFalls = mkTrain.z < 0 && mkTrain.p < th.valAlpha && trainDrop >= th.trainMinDrop;
  // Before training the model is as bad on validation as on train, so the train loss at the
  // very start is where validation began too, even when its first point came after an epoch.
  // Validation far below that has improved: it generalises, however flat its own points are.
  const tk = Math.max(1, Math.ceil(0.02 * t.values.length));
  const trainInitial = medianOf(t.values, 0, Math.min(tk, t.values.length));
  const valBelowInitial = -rel(valBest, trainInitial);
  // Never improved: neither the end nor the best is valMinDrop below where val began.
  // (a 3-point rolling median, so a single noise dip is not an improvement)
  const bestGain = -rel(smoothBest, Math.max(vv[0] as number, valStart));
  evidence.val_best_gain = finiteOrNull(bestGain);
  evidence.train_initial = finiteOrNull(trainInitial);
  evidence.val_drop_from_train_initial = finiteOrNull(valBelowInitial);
  if (
    !valFalls &&
    valDrop < th.valMinDrop &&
    bestGain < th.valMinDrop &&
    trainFalls &&
    valBelowInitial < th.trainMinDrop &&
    // a run resumed from a trained model starts with train far below val: see resumedValFactor
    valStart < th.resumedValFactor * trainInitial
  ) {
    return finding(
      'not_generalising',
      `Val loss did not improve (${pct(-valDrop)}, ${fmt(valStart)} to ${fmt(valEnd)}) while train fell ${pct(-trainDrop)} over the same steps (Mann–Kendall p = ${fmt(mkTrain.p)}); ${best}; ${gap}.`,
      evidence,
    );
  }
  // A trend after the best counts when the end is also clear of the noise by valTrendMinZ.
  const levelRise =
    riseAboveSmoothed >= th.overfitMinRise &&
    (riseZ >= zNeeded || (runRise !== null && runRise >= runZNeeded));
  const turnRise = turnZ >= turnZNeeded;
  const trendRise = pAfter !== null && pAfter < th.valAlpha && riseZ >= th.valTrendMinZ;
  if (
    post >= 1 &&
    endAboveBest >= th.overfitMinRise &&
    (levelRise || turnRise || trendRise) &&
    trainFell !== false
  ) {
    const test = levelRise
      ? riseZ >= zNeeded
        ? `${fmt(riseZ)} noise SDs above the smoothed best ${fmt(smoothBest)}, at least the ${fmt(zNeeded)} required`
        : `${fmt(runRise as number)} noise SDs of the whole run (log scale) above the smoothed best ${fmt(smoothBest)}, at least the ${fmt(runZNeeded)} required`
      : turnRise
        ? `${fmt(turnZ)} noise SDs below the end level, more than the ${fmt(turnZNeeded)} the lowest of ${m} noisy evaluations reaches at p = ${fmt(th.valAlpha)}`
        : `one-sided Mann–Kendall p = ${fmt(pAfter as number)}`;
    const trainPart =
      trainFell === null
        ? 'train was not logged after the best'
        : trainEnd < trainAtBest
          ? `train fell from ${fmt(trainAtBest)} to ${fmt(trainEnd)}`
          : `train did not rise (${fmt(trainAtBest)} at the best and at the end)`;
    return finding(
      'overfitting',
      `Overfitting from step ${fmt(vs[b] as number)}: val loss rose ${pct(endAboveBest)} above its best ${fmt(valBest)} to ${fmt(valEnd)} (${test}) while ${trainPart}; ${gap}.`,
      { ...evidence, overfitting_from_step: finiteOrNull(vs[b] as number) },
    );
  }

  if (m >= 6) {
    const h = Math.floor(m / 2);
    const q = Math.max(1, Math.ceil((m - h) / 3));
    const vMid = medianOf(vv, h, h + q);
    const vEnd = medianOf(vv, m - q, m);
    const tMid = finiteMedian(tr, h, h + q);
    const tEnd = finiteMedian(tr, m - q, m);
    const halfDrop = -rel(vEnd, vMid);
    const mkHalf = mannKendall(vv.subarray(h));
    const valFalls = mkHalf.z < 0 && mkHalf.p < th.valAlpha;
    const trainHalfDrop = -rel(tEnd, tMid);
    const mkTrainHalf = mannKendall(trainFrom(t, vs[h] as number, th.maxBins));
    const trainFalls = mkTrainHalf.z < 0 && mkTrainHalf.p < th.valAlpha && trainHalfDrop >= th.stallTrainDrop;
    const ratioMid = ratio(vMid, tMid);
    const ratioEnd = ratio(vEnd, tEnd);
    const widened =
      ratioMid !== null &&
      ratioEnd !== null &&
      ratioEnd >= th.stallMinGapRatio &&
      ratioEnd >= ratioMid * (1 + th.stallGapGrowth);
    if (!valFalls && halfDrop < th.valMinDrop && trainFalls && widened) {
      return finding(
        'stalled',
        `Val loss stalled from step ${fmt(vs[h] as number)} (${pct(-halfDrop)} over the second half) while train fell ${pct(-trainHalfDrop)} (Mann–Kendall p = ${fmt(mkTrainHalf.p)}) and the val/train gap widened from ${times(ratioMid)} to ${times(ratioEnd)}; ${best}; ${gap}.`,
        {
          ...evidence,
          stalled_from_step: finiteOrNull(vs[h] as number),
          val_second_half_change: finiteOrNull(-halfDrop),
          train_second_half_change: finiteOrNull(-trainHalfDrop),
          train_second_half_mk_p: finiteOrNull(mkTrainHalf.p),
          gap_ratio_mid: ratioMid,
        },
      );
    }
  }

  return finding(
    'generalises',
    `Val loss ${pct(-valDrop)} (${fmt(valStart)} to ${fmt(valEnd)}) alongside train ${pct(-trainDrop)}; ${best}; ${gap}.`,
    evidence,
  );
}
