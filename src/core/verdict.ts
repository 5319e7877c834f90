import type { Split } from './series.js';

/** Verdict of the curve judge on one loss-like series. */
export type CurveVerdict =
  | 'healthy'
  | 'goes_up'
  | 'explodes'
  | 'oscillates'
  | 'plateaus'
  | 'non_finite'
  | 'too_short';

export const CURVE_VERDICTS: readonly CurveVerdict[] = [
  'healthy',
  'goes_up',
  'explodes',
  'oscillates',
  'plateaus',
  'non_finite',
  'too_short',
];

/** Verdict of the single-batch overfit judge. `overfits` is the only pass. */
export type OverfitVerdict = 'overfits' | 'not_near_zero' | 'below_zero' | Exclude<CurveVerdict, 'healthy'>;

/**
 * Verdicts of the validation judge on a train/val pair of the same metric: `overfitting` (val
 * rising after its best while train keeps falling), `stalled` (val flat while train keeps
 * falling and the gap widens), `not_generalising` (val never improves while train does),
 * `generalises`, `too_short`.
 */
export const VALIDATION_VERDICTS = [
  'generalises',
  'overfitting',
  'stalled',
  'not_generalising',
  'too_short',
] as const;

/** Verdict of the validation judge on a train/val pair of the same metric. */
export type ValidationVerdict = (typeof VALIDATION_VERDICTS)[number];

/**
 * Verdicts of the reproducibility check (two smoke runs, one seed): `identical`, `within_tolerance`,
 * `diverges` (from a step), `not_comparable` (no loss logged at common steps by both runs).
 */
export const REPRODUCIBILITY_VERDICTS = [
  'identical',
  'within_tolerance',
  'diverges',
  'not_comparable',
] as const;
export type ReproducibilityVerdict = (typeof REPRODUCIBILITY_VERDICTS)[number];

/** Verdict on the loss at initialisation against -ln(1/C). */
export type InitLossVerdict = 'init_loss_ok' | 'init_loss_off';

/**
 * Verdicts of the in-process checks of the TensorFlow.js engine (src/engines/tfjs) and the
 * PyTorch probe (src/engines/pytorch): inputs,
 * gradients, updates, activations, the input to the loss, the input-independent baseline and
 * train/eval modes. Each `*_ok` is the pass of its check.
 */
export type EngineVerdict =
  | 'inputs_ok'
  | 'inputs_unnormalised'
  | 'gradients_ok'
  | 'gradients_vanishing'
  | 'gradients_exploding'
  | 'weights_frozen'
  | 'updates_ok'
  | 'updates_too_small'
  | 'updates_too_large'
  | 'relu_ok'
  | 'relu_dead'
  | 'loss_input_ok'
  | 'loss_input_softmaxed'
  | 'loss_input_relu'
  | 'baseline_ok'
  | 'inputs_ignored'
  | 'modes_ok'
  | 'modes_differ'
  // the PyTorch probe's own (python/trainspotter/probe, src/engines/pytorch)
  | 'loss_input_not_log_probabilities'
  | 'loss_input_not_probabilities'
  | 'gradients_non_finite'
  | 'gradients_accumulate'
  | 'chance_level';

/**
 * The statuses of a check, best first: `skipped` (nothing ran) ranks below `pass`. The one
 * ordering of statuses; a Severity and a report's status are its subsets.
 */
export const CHECK_STATUSES = ['skipped', 'pass', 'warn', 'fail', 'error'] as const;
export type CheckStatus = (typeof CHECK_STATUSES)[number];
export type ComparisonOutcome = 'regressed' | 'improved' | 'unchanged' | 'inconclusive';
export type Severity = 'pass' | 'warn' | 'fail';

/** The worse of two statuses in the order of CHECK_STATUSES (error > fail > warn > pass > skipped). */
export function worseStatus<S extends CheckStatus>(a: S, b: S): S {
  return CHECK_STATUSES.indexOf(a) >= CHECK_STATUSES.indexOf(b) ? a : b;
}

/** The worst of several statuses (or severities); `none` when there are none. O(n). */
export function worstStatus<S extends CheckStatus>(statuses: Iterable<S>, none: S): S {
  let worst = none;
  for (const s of statuses) worst = worseStatus(worst, s);
  return worst;
}

/** A number, flag or label that decided a verdict. Non-finite numbers are stored as null. */
export type EvidenceValue = number | string | boolean | null;

/**
 * One judgement on one series (or pair of series), with the numbers that decided it and,
 * for a failing verdict, the likely causes in the lecture's terms.
 */
export interface Finding {
  /** The series judged; for the validation judge `train_name vs val_name`. */
  readonly series: string;
  readonly split?: Split;
  readonly judge: 'curve' | 'overfit' | 'validation' | 'init_loss' | 'engine' | 'reproducibility';
  readonly verdict:
    | CurveVerdict
    | OverfitVerdict
    | ValidationVerdict
    | InitLossVerdict
    | EngineVerdict
    | ReproducibilityVerdict;
  readonly severity: Severity;
  /** One human sentence: what was seen, with the decisive numbers. */
  readonly summary: string;
  readonly evidence: Readonly<Record<string, EvidenceValue>>;
  readonly causes: readonly string[];
}

/** Turn a possibly non-finite number into JSON-safe evidence. */
export function num(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}
