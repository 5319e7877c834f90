import { InputError } from './errors.js';
import { EVAL_SPLITS, type EvalSplit } from './eval-file.js';
import { newcombeInterval } from './stats/newcombe-interval.js';
import { checkProportion, type Proportion } from './stats/proportion.js';
import { wilsonInterval } from './stats/wilson-interval.js';
import { type ValidationOverfitFlag, validationOverfitFlag } from './validation-overfit-flag.js';

export type { EvalSplit } from './eval-file.js';
export type { ValidationOverfitFlag } from './validation-overfit-flag.js';

/** A split's final error rate, or its accuracy (turned into error = 1 − accuracy), as a fraction. */
export type SplitInput =
  | { readonly error: number; readonly n: number }
  | { readonly accuracy: number; readonly n: number };

export interface GapInput {
  /** Any subset of the splits; a gap is reported when both of its splits are given. */
  readonly splits: Partial<Readonly<Record<EvalSplit, SplitInput>>>;
  /**
   * Irreducible error, or a human-level or strong-baseline error standing in for it, as a
   * fraction; with `n` when it was itself measured on n examples. Without it there is no
   * avoidable-bias gap.
   */
  readonly irreducible?: { readonly error: number; readonly n?: number };
}

export interface GapOptions {
  /** Two-sided confidence of every interval; default 0.95. */
  readonly confidence?: number;
  /** Level of the one-sided "validation better than test" test; default 0.05. */
  readonly alpha?: number;
  /** Smallest test − test-val error difference worth flagging, as a fraction; default 0.01. */
  readonly minEffect?: number;
}

/** A split's error with its Wilson interval. */
export interface SplitError {
  readonly split: EvalSplit;
  readonly error: number;
  readonly n: number;
  readonly lower: number;
  readonly upper: number;
}

/** The terms of the decomposition, in the order they add up to the test error. */
export const GAP_NAMES = [
  'avoidable_bias',
  'variance',
  'distribution_shift',
  'validation_overfitting',
] as const;
export type GapName = (typeof GAP_NAMES)[number];

/** One term of the decomposition: `value` = error(to) − error(from), with its interval. */
export interface Gap {
  readonly name: GapName;
  readonly from: EvalSplit | 'irreducible';
  readonly to: EvalSplit;
  readonly value: number;
  /** Newcombe interval (Wilson interval of `to` shifted, when `from` is a fixed irreducible error). */
  readonly lower: number;
  readonly upper: number;
}

/**
 * The evaluation decomposition, as it goes into report.json (JSON-safe):
 * test error = irreducible + avoidable bias + variance + distribution shift + validation overfitting.
 */
export interface GapReport {
  readonly confidence: number;
  readonly irreducible: { readonly error: number; readonly n: number | null } | null;
  readonly splits: readonly SplitError[];
  readonly gaps: readonly Gap[];
  /** Null when test_val or test is missing. */
  readonly validationOverfitting: ValidationOverfitFlag | null;
}

/** The gaps in METHOD.md's order: name, from, to. */
export const GAP_DEFINITIONS: readonly { name: GapName; from: EvalSplit | 'irreducible'; to: EvalSplit }[] = [
  { name: 'avoidable_bias', from: 'irreducible', to: 'train' },
  { name: 'variance', from: 'train', to: 'train_val' },
  { name: 'distribution_shift', from: 'train_val', to: 'test_val' },
  { name: 'validation_overfitting', from: 'test_val', to: 'test' },
];

function splitError(split: EvalSplit, input: SplitInput, confidence: number): SplitError {
  const error = 'error' in input ? input.error : 1 - input.accuracy;
  checkProportion(error, input.n, `eval split '${split}' (${'error' in input ? 'error' : 'accuracy'})`);
  return { split, error, n: input.n, ...wilsonInterval(error, input.n, confidence) };
}

function gapInterval(to: Proportion, from: Proportion | { p: number; n: null }, confidence: number) {
  if (from.n === null) {
    const w = wilsonInterval(to.p, to.n, confidence);
    return { lower: w.lower - from.p, upper: w.upper - from.p };
  }
  return newcombeInterval(to, { p: from.p, n: from.n }, confidence);
}

/**
 * Decompose the errors of train, train-val, test-val and test (METHOD.md, "Evaluation with two
 * validation sets") into avoidable bias (train − irreducible, only with an irreducible error),
 * variance (train-val − train), distribution shift (test-val − train-val) and validation
 * overfitting (test − test-val), each with a 95 % Newcombe interval; and flag "validation looks
 * significantly better than test" only when a one-sided two-proportion z-test at the given n
 * says so and the difference reaches `minEffect`. Errors are fractions in [0, 1].
 * Throws InputError for an error or accuracy outside [0, 1] (e.g. a percentage) or a bad n.
 */
export function decomposeErrors(input: GapInput, options: GapOptions = {}): GapReport {
  const { confidence = 0.95, alpha = 0.05, minEffect = 0.01 } = options;
  if (!(confidence > 0 && confidence < 1))
    throw new InputError(`gaps: confidence must be in (0, 1), got ${confidence}.`);
  const splits = EVAL_SPLITS.flatMap((s) => {
    const given = input.splits[s];
    return given === undefined ? [] : [splitError(s, given, confidence)];
  });
  const bySplit = new Map(splits.map((s) => [s.split, s]));
  let irreducible: GapReport['irreducible'] = null;
  if (input.irreducible !== undefined) {
    const { error, n } = input.irreducible;
    if (n === undefined) {
      if (!(error >= 0 && error <= 1)) {
        throw new InputError(`gaps: irreducible error must be a fraction in [0, 1], got ${error}.`);
      }
    } else {
      checkProportion(error, n, 'gaps: irreducible error');
    }
    irreducible = { error, n: n ?? null };
  }
  const gaps: Gap[] = [];
  for (const def of GAP_DEFINITIONS) {
    const to = bySplit.get(def.to);
    const from = def.from === 'irreducible' ? irreducible : bySplit.get(def.from);
    if (to === undefined || from === null || from === undefined) continue;
    const interval = gapInterval({ p: to.error, n: to.n }, { p: from.error, n: from.n }, confidence);
    gaps.push({ ...def, value: to.error - from.error, lower: interval.lower, upper: interval.upper });
  }
  const testVal = bySplit.get('test_val');
  const test = bySplit.get('test');
  const validationOverfitting =
    testVal && test
      ? validationOverfitFlag(
          { p: testVal.error, n: testVal.n },
          { p: test.error, n: test.n },
          { alpha, minEffect },
        )
      : null;
  return { confidence, irreducible, splits, gaps, validationOverfitting };
}
