import { likelyCauses } from './causes.js';
import { fmt, orderCurve, pct } from './curve-input.js';
import { InputError } from './errors.js';
import { INIT_LOSS_JUDGE } from './judges/init-loss.js';
import type { Series } from './series.js';
import { type CurveThresholds, resolveThresholds } from './thresholds.js';
import { type Finding, finiteOrNull } from './verdict.js';

/**
 * Compare the loss at initialisation (the first logged value) with −ln(1/C) = ln C, what a
 * C-class softmax cross-entropy gives for uniform predictions (Karpathy 2019). Off when
 * |first − ln C| > initLossTolerance·ln C or the first value is not finite. O(n) to order steps.
 * @throws InputError when `classes` is not an integer ≥ 2, or for a bad threshold override.
 */
export function judgeInitLoss(
  series: Series,
  classes: number,
  opts: { thresholds?: Partial<CurveThresholds> } = {},
): Finding {
  if (!Number.isInteger(classes) || classes < 2) {
    throw new InputError(
      `Number of classes must be an integer ≥ 2, got ${classes}. Pass the softmax's class count.`,
    );
  }
  const th = resolveThresholds(opts.thresholds);
  const c = orderCurve(series);
  const expected = Math.log(classes);
  const first = c.values[0] ?? Number.NaN;
  const rel = (first - expected) / expected;
  const ok = Number.isFinite(first) && Math.abs(rel) <= th.initLossTolerance;
  return {
    series: series.name,
    split: series.split,
    judge: 'init_loss',
    verdict: ok ? 'init_loss_ok' : 'init_loss_off',
    severity: INIT_LOSS_JUDGE.verdicts[ok ? 'init_loss_ok' : 'init_loss_off'].severity,
    summary: `Initial loss ${fmt(first)} at step ${fmt(c.steps[0] ?? Number.NaN)} vs ln(${classes}) = ${fmt(expected)} (${Number.isFinite(rel) ? pct(rel) : 'not finite'}; tolerance ±${fmt(100 * th.initLossTolerance)}%).`,
    evidence: {
      classes,
      expected: expected,
      initial_loss: finiteOrNull(first),
      initial_step: finiteOrNull(c.steps[0] ?? Number.NaN),
      relative_difference: finiteOrNull(rel),
      tolerance: th.initLossTolerance,
    },
    causes: ok ? [] : likelyCauses('init_loss_off'),
  };
}
