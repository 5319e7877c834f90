import {
  type EvidenceKey,
  type JudgeName,
  type JudgeOf,
  type VerdictOf,
  verdictsOf,
} from './judges/index.js';
import type { Split } from './series.js';

export { finiteOrNull } from './finite-or-null.js';

/** Verdict of the curve judge on one loss-like series (src/core/judges/curve.ts). */
export type CurveVerdict = VerdictOf<'curve'>;
export const CURVE_VERDICTS: readonly CurveVerdict[] = verdictsOf('curve');

/** Verdict of the single-batch overfit judge (src/core/judges/overfit.ts). `overfits` is the only pass. */
export type OverfitVerdict = VerdictOf<'overfit'>;

/** Verdicts of the validation judge on a train/val pair of the same metric (src/core/judges/validation.ts). */
export const VALIDATION_VERDICTS = verdictsOf('validation');
export type ValidationVerdict = VerdictOf<'validation'>;

/** Verdicts of the reproducibility check, two smoke runs with one seed (src/core/judges/reproducibility.ts). */
export const REPRODUCIBILITY_VERDICTS = verdictsOf('reproducibility');
export type ReproducibilityVerdict = VerdictOf<'reproducibility'>;

/** Verdict on the loss at initialisation against -ln(1/C) (src/core/judges/init-loss.ts). */
export type InitLossVerdict = VerdictOf<'init_loss'>;

/** Verdicts of the in-process checks of the engines and the PyTorch probe (src/core/judges/engine.ts). */
export type EngineVerdict = VerdictOf<'engine'>;

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
 * The evidence of a finding: the numbers, flags and labels that decided it, under the keys the
 * judges declare (src/core/judges/); the engine's checks add keys of their own.
 */
export type FindingEvidence = { readonly [K in EvidenceKey]?: EvidenceValue };

interface FindingOf<J extends JudgeName> {
  /** The series judged; for the validation judge `train_name vs val_name`. */
  readonly series: string;
  readonly split?: Split;
  readonly judge: J;
  readonly verdict: VerdictOf<J>;
  readonly severity: Severity;
  /** One human sentence: what was seen, with the decisive numbers. */
  readonly summary: string;
  readonly evidence: JudgeOf<J>['evidence'] extends 'open'
    ? Readonly<Record<string, EvidenceValue>>
    : Readonly<FindingEvidence>;
  readonly causes: readonly string[];
}

/**
 * One judgement on one series (or pair of series) by one judge of src/core/judges/, with the
 * numbers that decided it and, for a failing verdict, the likely causes in the lecture's terms.
 */
export type Finding = { [J in JudgeName]: FindingOf<J> }[JudgeName];

/** A finding of the judge named `J`. */
export type FindingBy<J extends JudgeName> = Extract<Finding, { readonly judge: J }>;
