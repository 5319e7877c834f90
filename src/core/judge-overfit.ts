import { likelyCauses } from './causes.js';
import { fmt, orderCurve, pct } from './curve-input.js';
import { InputError } from './errors.js';
import { classifyCurve } from './judge-curve.js';
import { OVERFIT_JUDGE } from './judges/overfit.js';
import type { Series } from './series.js';
import { type CurveThresholds, resolveThresholds } from './thresholds.js';
import type { Finding, OverfitVerdict } from './verdict.js';

export interface JudgeOverfitOptions {
  readonly thresholds?: Partial<CurveThresholds>;
  /** Pass when the end level is at or below this absolute loss (instead of start/10^overfitOrders). */
  readonly target?: number;
  /** Classes of a cross-entropy loss, when known: a plateau at the softmax floor is named. */
  readonly classes?: number;
}

/** The softmax floor is close when the loss ends within this factor above it. */
const SOFTMAX_FLOOR_BAND = 1.25;
const SOFTMAX_CAUSE = 'incorrect input to the loss (softmax instead of logits, a ReLU on the output)';

/**
 * The lowest loss cross-entropy reaches when it is fed softmax probabilities in place of logits
 * over C classes: the probabilities are at most one-hot, so the best is
 * −1 + ln(e + C − 1) = ln(1 + (C − 1)/e) (1.46 for 10 classes), never 0.
 */
export function softmaxFloor(classes: number): number {
  return Math.log(1 + (classes - 1) / Math.E);
}

/**
 * Single-batch overfit judge (lecture 7): `overfits` only when the loss gets near zero — its end
 * level at least `overfitOrders` decades below its start level, or at or below `target` — with a
 * significant Mann–Kendall fall. A loss ending below −belowZeroFraction·|start| is `below_zero`
 * (flipped sign), never a pass. Otherwise the failure is named: non_finite, too_short, explodes,
 * goes_up, oscillates, plateaus (flattened above zero) or not_near_zero (still falling).
 * @throws InputError for a bad threshold override or a non-finite `target`.
 */
export function judgeOverfit(series: Series, opts: JudgeOverfitOptions = {}): Finding {
  const th = resolveThresholds(opts.thresholds);
  if (opts.target !== undefined && !Number.isFinite(opts.target)) {
    throw new InputError(`Overfit target must be a finite loss value, got ${opts.target}.`);
  }
  const r = classifyCurve(orderCurve(series), th);
  const finding = (verdict: OverfitVerdict, summary: string): Finding => ({
    series: series.name,
    split: series.split,
    judge: 'overfit',
    verdict,
    severity: OVERFIT_JUDGE.verdicts[verdict].severity,
    summary,
    evidence: { ...r.evidence, ...(opts.target !== undefined ? { target: opts.target } : {}) },
    causes: likelyCauses(verdict),
  });
  const f = r.features;
  if (r.verdict === 'non_finite' || r.verdict === 'too_short' || f === null) {
    return finding(
      r.verdict === 'non_finite' ? 'non_finite' : 'too_short',
      `Single-batch overfit: ${r.summary}`,
    );
  }
  const falling = f.mk.z < 0 && f.mk.p < th.alpha;
  const scale = Math.abs(f.start);
  const goal = opts.target ?? scale * 10 ** -th.overfitOrders;
  r.evidence.goal = goal;
  r.evidence.orders_below_start = f.end > 0 ? Math.log10(scale / f.end) : null;
  if (falling && f.end < -th.belowZeroFraction * scale) {
    return finding(
      'below_zero',
      `Single-batch overfit: loss ran below zero, from ${fmt(f.start)} to ${fmt(f.end)}; a cross-entropy-type loss cannot, so the sign is likely flipped.`,
    );
  }
  if (falling && f.end <= goal) {
    return finding(
      'overfits',
      `Single-batch overfit: loss fell from ${fmt(f.start)} to ${fmt(f.end)} (goal ≤ ${fmt(goal)}), Mann–Kendall p = ${fmt(f.mk.p)}.`,
    );
  }
  if (r.verdict !== 'healthy') {
    const failed = finding(r.verdict, `Single-batch overfit failed: ${r.summary}`);
    return r.verdict === 'plateaus' ? atSoftmaxFloor(failed, f.end, opts.classes) : failed;
  }
  const stillFalling = r.evidence.trend_at_end === 'still_decreasing';
  const failed = finding(
    stillFalling ? 'not_near_zero' : 'plateaus',
    `Single-batch overfit failed: loss ${stillFalling ? 'still falling' : 'flattened'} at ${fmt(f.end)} (${pct(f.relChange)} from ${fmt(f.start)}), short of ${fmt(goal)}.`,
  );
  return atSoftmaxFloor(failed, f.end, opts.classes);
}

/** A failed overfit that ends at the softmax floor: that cause first, and the floor in the summary. */
function atSoftmaxFloor(f: Finding, end: number, classes: number | undefined): Finding {
  if (classes === undefined || classes < 2) return f;
  const floor = softmaxFloor(classes);
  if (!(end >= floor * 0.98 && end <= floor * SOFTMAX_FLOOR_BAND)) return f;
  return {
    ...f,
    summary: `${f.summary} It sits at ln(1 + (C − 1)/e) = ${fmt(floor)} for C = ${classes}, the lowest cross-entropy reaches when it is fed softmax probabilities instead of logits.`,
    evidence: { ...f.evidence, softmax_floor: floor },
    causes: [SOFTMAX_CAUSE, ...f.causes.filter((c) => c !== SOFTMAX_CAUSE)],
  };
}
