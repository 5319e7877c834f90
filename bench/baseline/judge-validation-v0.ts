// The validation judge as it was before issue 14 (commit 0a12d32), kept only so that
// `npm run bench:verdicts` can print "today's judge" beside the new one. Not used by the product.
import { likelyCauses } from '../../src/core/causes.js';
import { fmt, orderCurve, pct } from '../../src/core/curve-input.js';
import type { Series } from '../../src/core/series.js';
import { equalCountBins } from '../../src/core/stats/equal-count-bins.js';
import { mannKendall } from '../../src/core/stats/mann-kendall.js';
import { rollingMedian } from '../../src/core/stats/rolling-median.js';
import { medianOf } from '../../src/core/stats/select.js';
import { type CurveThresholds, resolveThresholds } from '../../src/core/thresholds.js';
import { type Finding, finiteOrNull as num, type ValidationVerdict } from '../../src/core/verdict.js';

export interface JudgeValidationOptions {
  readonly thresholds?: Partial<CurveThresholds>;
}

function finitePoints(s: Series): { steps: Float64Array; values: Float64Array } {
  const c = orderCurve(s);
  const keep: number[] = [];
  for (let i = 0; i < c.values.length; i++) if (Number.isFinite(c.values[i] as number)) keep.push(i);
  return {
    steps: Float64Array.from(keep, (i) => c.steps[i] as number),
    values: Float64Array.from(keep, (i) => c.values[i] as number),
  };
}

/**
 * The train loss aligned to each validation step: the median of the train points logged since
 * the previous validation step (the nearest earlier train point when there is none). O(n + m).
 */
function alignTrain(
  train: { steps: Float64Array; values: Float64Array },
  valSteps: Float64Array,
): Float64Array {
  const out = new Float64Array(valSteps.length);
  let j = 0;
  for (let i = 0; i < valSteps.length; i++) {
    const s = valSteps[i] as number;
    const from = j;
    while (j < train.steps.length && (train.steps[j] as number) <= s) j++;
    out[i] = j > from ? medianOf(train.values, from, j) : (train.values[Math.max(0, j - 1)] as number);
  }
  return out;
}

/**
 * Judge a train/val pair of one metric: `overfitting` when val rises significantly (≥
 * overfitMinRise above its minimum and a one-sided Mann–Kendall rise after it, p < valAlpha) while train
 * keeps falling, reporting the step it began; `not_generalising` when val does not improve (less
 * than valMinDrop, no significant fall) while train, over the same steps, falls ≥ trainMinDrop
 * significantly; else `generalises`. Only steps both cover are compared. O(n + m²).
 * @throws InputError for a bad threshold override.
 */
export function judgeValidationV0(
  train: Series,
  val: Series,
  opts: { thresholds?: Partial<CurveThresholds> } = {},
): Finding {
  const th = resolveThresholds(opts.thresholds);
  const t = finitePoints(train);
  const v0 = finitePoints(val);
  const firstTrain = t.steps[0] ?? Number.POSITIVE_INFINITY;
  const keep: number[] = [];
  for (let i = 0; i < v0.steps.length; i++) if ((v0.steps[i] as number) >= firstTrain) keep.push(i);
  let vs: Float64Array = Float64Array.from(keep, (i) => v0.steps[i] as number);
  let vv: Float64Array = Float64Array.from(keep, (i) => v0.values[i] as number);
  const valPoints = vv.length;
  if (vv.length > th.maxBins) {
    // Mann–Kendall is O(n²): judge a long validation curve on its bin medians, as judgeCurve does.
    const bins = equalCountBins(vs, vv, th.maxBins);
    vs = bins.steps;
    vv = bins.medians;
  }
  const m = vv.length;
  const finding = (verdict: ValidationVerdict, summary: string, evidence: Finding['evidence']): Finding => ({
    series: `${train.name} vs ${val.name}`,
    split: 'val',
    judge: 'validation',
    verdict,
    severity: verdict === 'generalises' ? 'pass' : verdict === 'not_generalising' ? 'fail' : 'warn',
    summary,
    evidence,
    causes: likelyCauses(verdict),
  });
  if (m < th.minValPoints || t.values.length < th.minPoints) {
    return finding(
      'too_short',
      `Only ${valPoints} validation and ${t.values.length} train points over common steps; need ${th.minValPoints} and ${th.minPoints}.`,
      { val_points: valPoints, train_points: t.values.length },
    );
  }
  const tr = alignTrain(t, vs);
  const k = Math.max(1, Math.ceil(0.1 * m));
  const valStart = medianOf(vv, 0, k);
  const valEnd = medianOf(vv, m - k, m);
  const smooth = m >= 7 ? rollingMedian(vv, 3) : vv;
  let j = 0;
  for (let i = 1; i < m; i++) if ((smooth[i] as number) < (smooth[j] as number)) j = i;
  const valMin = smooth[j] as number;
  const trainAtMin = tr[j] as number;
  const trainEnd = medianOf(tr, m - k, m);
  const trainStart = medianOf(tr, 0, k);
  const mkVal = mannKendall(vv);
  const mkTrain = mannKendall(tr);
  // the minimum itself is left out: every later point is above it by selection, which would bias S
  const mkAfter = m - j - 1 >= 4 ? mannKendall(vv.subarray(j + 1)) : null;
  const rise = (valEnd - valMin) / (Math.abs(valMin) || 1e-300);
  const valDrop = (valStart - valEnd) / (Math.abs(valStart) || 1e-300);
  const trainDrop = (trainStart - trainEnd) / (Math.abs(trainStart) || 1e-300);
  const evidence: Record<string, number | null> = {
    val_points: valPoints,
    train_points: t.values.length,
    val_start: num(valStart),
    val_end: num(valEnd),
    val_min: num(valMin),
    val_min_step: num(vs[j] as number),
    val_rise_from_min: num(rise),
    val_change: num(-valDrop),
    val_mk_p: num(mkVal.p),
    val_after_min_mk_p_one_sided: mkAfter ? num(mkAfter.p / 2) : null,
    train_change: num(-trainDrop),
    train_mk_p: num(mkTrain.p),
    train_at_val_min: num(trainAtMin),
    train_end: num(trainEnd),
  };
  if (
    mkAfter !== null &&
    mkAfter.z > 0 &&
    mkAfter.p / 2 < th.valAlpha &&
    rise >= th.overfitMinRise &&
    trainEnd < trainAtMin
  ) {
    return finding(
      'overfitting',
      `Overfitting from step ${fmt(vs[j] as number)}: val loss rose ${pct(rise)} from its minimum ${fmt(valMin)} to ${fmt(valEnd)} (one-sided Mann–Kendall p = ${fmt(mkAfter.p / 2)}) while train fell from ${fmt(trainAtMin)} to ${fmt(trainEnd)}.`,
      { ...evidence, overfitting_from_step: num(vs[j] as number) },
    );
  }
  const valFalls = mkVal.z < 0 && mkVal.p < th.valAlpha && valDrop >= th.valMinDrop;
  const trainFalls = mkTrain.z < 0 && mkTrain.p < th.valAlpha && trainDrop >= th.trainMinDrop;
  // Before training the model is as bad on validation as on train, so the train loss at the
  // very start is where validation began too, even when its first point came after an epoch.
  // Validation far below that has improved: it generalises, however flat its own points are.
  const tk = Math.max(1, Math.ceil(0.02 * t.values.length));
  const trainInitial = medianOf(t.values, 0, Math.min(tk, t.values.length));
  const valBelowInitial = (trainInitial - valEnd) / (Math.abs(trainInitial) || 1e-300);
  evidence.train_initial = num(trainInitial);
  evidence.val_drop_from_train_initial = num(valBelowInitial);
  if (!valFalls && valDrop < th.valMinDrop && trainFalls && valBelowInitial < th.trainMinDrop) {
    return finding(
      'not_generalising',
      `Val loss did not improve (${pct(-valDrop)}, ${fmt(valStart)} to ${fmt(valEnd)}) while train fell ${pct(-trainDrop)} over the same steps (Mann–Kendall p = ${fmt(mkTrain.p)}).`,
      evidence,
    );
  }
  return finding(
    'generalises',
    `Val loss ${pct(-valDrop)} (${fmt(valStart)} to ${fmt(valEnd)}) alongside train ${pct(-trainDrop)}; no significant rise after its minimum.`,
    evidence,
  );
}
