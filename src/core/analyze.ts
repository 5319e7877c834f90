import { likelyCauses } from './causes.js';
import { CurveMemo } from './curve-memo.js';
import { judgeCurve } from './judge-curve.js';
import { judgeInitLoss } from './judge-init-loss.js';
import { judgeOverfit } from './judge-overfit.js';
import { judgeValidation } from './judge-validation.js';
import type { Series } from './series.js';
import { type CurveThresholds, resolveThresholds } from './thresholds.js';
import { type Finding, type Severity, worstStatus } from './verdict.js';

// Bare 'entropy' is left out: a policy's entropy (RL) is watched, not minimised.
const LOSS_WORDS = new Set([
  'loss',
  'logloss',
  'nll',
  'xent',
  'crossentropy',
  'perplexity',
  'ppl',
  'bpd',
  'mse',
  'rmse',
  'mae',
  'objective',
]);
// names that contain a loss word but measure something else: AMP's loss scale, timings, rates, norms
const NOT_LOSS_WORDS = new Set([
  'acc',
  'accuracy',
  'lr',
  'learning',
  'rate',
  'grad',
  'gradient',
  'norm',
  'scale',
  'runtime',
  'time',
  'seconds',
  'second',
  'samples',
  'steps',
  'throughput',
  'epoch',
  'flos',
  'count',
]);
// the words of the initial-loss check: a softmax cross-entropy, not perplexity or a regression loss
const CROSS_ENTROPY_WORDS = new Set(['loss', 'nll', 'xent', 'crossentropy', 'entropy']);

// The metric, not the full name: `epoch_loss` (Keras) and `train/loss_epoch` (Lightning) are
// losses whose split or aggregation word would otherwise read as "not a loss".
function words(s: Series): string[] {
  return (s.metric || s.name)
    .toLowerCase()
    .replace(/cross[-_ ]?entropy/g, 'crossentropy')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

/**
 * Whether a series is a loss (lower is better, judged as a curve): loss, NLL, cross-entropy,
 * perplexity, bits per dim, MSE/MAE; not accuracy, learning rate, gradient norm, AMP loss scale,
 * runtime or throughput. Decided from `metric` and `name`, case-insensitively. O(name length).
 */
export function isLossLike(series: Series): boolean {
  const w = words(series);
  return w.some((x) => LOSS_WORDS.has(x)) && !w.some((x) => NOT_LOSS_WORDS.has(x));
}

function isCrossEntropy(s: Series): boolean {
  return words(s).some((w) => CROSS_ENTROPY_WORDS.has(w));
}

/** A loss exactly 0 (or −0) at every point, judged: it never moved, so it measured nothing. */
function judgeConstantZero(s: Series, thresholds: { thresholds?: Partial<CurveThresholds> }): Finding {
  const n = s.values.length;
  const th = resolveThresholds(thresholds.thresholds);
  if (n < th.minPoints) return judgeCurve(s, thresholds);
  return {
    series: s.name,
    split: s.split,
    judge: 'curve',
    verdict: 'plateaus',
    severity: 'fail',
    summary: `Loss is exactly 0 at all ${n} points: a loss that never moves from 0 measures nothing (e.g. NLL fed probabilities instead of log-probabilities, or a loss computed on nothing).`,
    evidence: { points: n, constant_value: 0 },
    causes: likelyCauses('plateaus'),
  };
}

/**
 * A series that is exactly 0 everywhere was not measured (YOLO's cls_loss with one class,
 * validation losses a trainer does not compute): there is no curve to judge.
 */
function isConstantZero(s: Series): boolean {
  if (s.values.length === 0) return false;
  for (let i = 0; i < s.values.length; i++) if (s.values[i] !== 0) return false;
  return true;
}

/**
 * The train series the validation judge pairs with a val (or test) series, among `losses`, in
 * the same run: the train split of the same metric, else the unsplit series of that metric,
 * else the run's main training `loss`; undefined when there is none. O(losses).
 */
export function trainSeriesFor(val: Series, losses: readonly Series[]): Series | undefined {
  return (
    losses.find((t) => t.split === 'train' && t.metric === val.metric && t.run === val.run) ??
    losses.find((t) => t.split === 'other' && t.metric === val.metric && t.run === val.run) ??
    // No train series of the same metric (e.g. HF `eval_g0_loss` next to `loss`): the run's
    // main training loss stands in, so a rising validation loss reads as overfitting.
    losses.find((t) => t.split === 'train' && t.metric === 'loss' && t.run === val.run)
  );
}

export interface AnalyzeOptions {
  /** Judge training losses as single-batch overfit runs instead of as ordinary curves. */
  readonly overfit?: boolean;
  /** Softmax classes: adds the initial-loss check (−ln(1/C)) on each training cross-entropy. */
  readonly classes?: number;
  readonly thresholds?: Partial<CurveThresholds>;
  /** Overfit judge's absolute target (see `judgeOverfit`). */
  readonly target?: number;
}

function labelled(f: Finding, run: string | undefined): Finding {
  return run === undefined ? f : { ...f, series: `${run}: ${f.series}` };
}

/**
 * Judge every loss-like series, run by run: the curve judge (or the overfit judge with
 * `overfit`), the validation judge on each val series paired with the train series of the same
 * metric and run (the curve judge then reports the val series only when it is non-finite or
 * explodes), and the initial-loss judge when `classes` is given. Returns findings in input order.
 * @throws InputError for bad thresholds or classes.
 */
export function analyzeSeries(series: readonly Series[], opts: AnalyzeOptions = {}): Finding[] {
  const thresholds = opts.thresholds ? { thresholds: opts.thresholds } : {};
  const lossLike = series.filter(isLossLike);
  const losses = lossLike.filter((s) => !isConstantZero(s));
  const findings: Finding[] = [];
  // Zero components next to moving losses are not measured (YOLO's cls_loss with one class); a run
  // whose every loss is exactly 0 measured nothing at all (NLL fed probabilities ...): that fails.
  if (losses.length === 0) {
    for (const s of lossLike) findings.push(labelled(judgeConstantZero(s, thresholds), s.run));
    return findings;
  }
  const isTrain = (s: Series) => s.split === 'train' || s.split === 'other';
  // a train series is ordered by its curve judge and again by each validation judge it pairs with
  const memo = new CurveMemo();
  const shared = { ...thresholds, memo };
  for (const s of losses) {
    if (s.split === 'val' || s.split === 'test') {
      const train = trainSeriesFor(s, losses);
      if (train) {
        findings.push(labelled(judgeValidation(train, s, shared), s.run));
        const curve = judgeCurve(s, shared);
        if (curve.verdict === 'non_finite' || curve.verdict === 'explodes')
          findings.push(labelled(curve, s.run));
        continue;
      }
    }
    if (opts.overfit && isTrain(s)) {
      const target = opts.target === undefined ? {} : { target: opts.target };
      const classes = opts.classes !== undefined && isCrossEntropy(s) ? { classes: opts.classes } : {};
      findings.push(labelled(judgeOverfit(s, { ...thresholds, ...target, ...classes }), s.run));
    } else {
      const crossEntropy = opts.classes !== undefined && isTrain(s) && isCrossEntropy(s);
      const chance = crossEntropy ? { chanceLevel: Math.log(opts.classes as number) } : {};
      findings.push(labelled(judgeCurve(s, { ...shared, ...chance }), s.run));
    }
    if (opts.classes !== undefined && isTrain(s) && isCrossEntropy(s)) {
      findings.push(labelled(judgeInitLoss(s, opts.classes, thresholds), s.run));
    }
  }
  return findings;
}

/** The worst severity among findings (fail > warn > pass); `pass` for none. O(n). */
export function worstSeverity(findings: readonly Finding[]): Severity {
  return worstStatus<Severity>(
    findings.map((f) => f.severity),
    'pass',
  );
}
