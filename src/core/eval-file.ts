import * as z from 'zod/mini';
import { isMapping } from './is-mapping.js';
import { parseLenientJson } from './lenient-json.js';
import {
  issuesToErrors,
  type KeyPath,
  type ValidationError,
  validationError,
  zodKnownKeys,
} from './validation-error.js';
import { described } from './zod-english.js';

/**
 * The four splits of the evaluation-gap decomposition, in METHOD.md's order (train-val: held out
 * from the training distribution; test-val: from the test's).
 */
export const EVAL_SPLITS = ['train', 'train_val', 'test_val', 'test'] as const;
export type EvalSplit = (typeof EVAL_SPLITS)[number];
/** The evaluation splits used to choose models, whose reuse the validation ledger counts (METHOD.md). */
export const VALIDATION_SPLITS = ['train_val', 'test_val'] as const satisfies readonly EvalSplit[];

const splitSchema = described(
  z.strictObject({
    value: described(
      z.optional(z.number().check(z.gte(0), z.lte(1))),
      'The metric on this split as a fraction in [0, 1]; may be left out when `correct` is given.',
    ),
    n: described(z.int().check(z.gte(1)), 'How many examples the split has.'),
    correct: described(
      z.optional(z.int().check(z.gte(0))),
      'How many examples were classified correctly; value = correct / n (accuracy) or 1 - correct / n (error).',
    ),
  }),
  'One split: its value (or correct) and its size n.',
);

const extraValue = z.custom<number | null>((v) => v === null || typeof v === 'number', {
  error: 'is not a number; extra metrics are numbers (NaN, Infinity and null are allowed).',
});

/** The schema of `eval.json`, the final metrics an eval command writes; see docs/eval-file.md. */
export const evalFileSchema = z.strictObject({
  metric: described(
    z.enum(['accuracy', 'error']),
    'Whether `value` is an accuracy (higher is better) or an error rate.',
  ),
  splits: described(
    z.strictObject({
      train: splitSchema,
      train_val: described(z.optional(splitSchema), 'Held out from the training distribution.'),
      test_val: described(
        z.optional(splitSchema),
        'Held out from the test distribution, used for validation.',
      ),
      test: splitSchema,
    }),
    'The four splits of the decomposition; train and test are required.',
  ),
  extra: described(
    z._default(z.record(z.string().check(z.minLength(1)), extraValue), {}),
    'Any other final metrics by name, e.g. "test/loss"; compared with the known result like the rest.',
  ),
});

export interface EvalSplitResult {
  /** The metric as a fraction in [0, 1]. */
  readonly value: number;
  readonly n: number;
  readonly correct?: number;
}

/** A valid eval file with every split's value filled in; null extras become NaN. */
export interface EvalFile {
  readonly metric: 'accuracy' | 'error';
  readonly splits: { readonly train: EvalSplitResult; readonly test: EvalSplitResult } & Partial<
    Record<'train_val' | 'test_val', EvalSplitResult>
  >;
  readonly extra: Readonly<Record<string, number>>;
}

export type EvalFileResult =
  | { ok: true; eval: EvalFile; warnings: string[] }
  | { ok: false; errors: ValidationError[] };

// `correct / n` and a written `value` may differ by the rounding of the writer.
const AGREEMENT = 1e-6;

function splitErrors(raw: unknown, source: string): ValidationError[] {
  const errors: ValidationError[] = [];
  const root = isMapping(raw) ? raw : {};
  const splits = isMapping(root.splits) ? root.splits : {};
  for (const name of EVAL_SPLITS) {
    const s = splits[name];
    if (!isMapping(s)) continue;
    const path: KeyPath = ['splits', name];
    const { value, n, correct } = s;
    if (value === undefined && correct === undefined) {
      errors.push(
        validationError(
          source,
          [...path, 'value'],
          undefined,
          `\`splits.${name}\` has neither \`value\` (a fraction in [0, 1]) nor \`correct\` (a count); give one.`,
        ),
      );
    }
    if (typeof correct === 'number' && typeof n === 'number' && correct > n) {
      errors.push(
        validationError(
          source,
          [...path, 'correct'],
          correct,
          `\`splits.${name}.correct\` is ${correct}, more than n = ${n}; it counts the correct examples among the n.`,
        ),
      );
    }
    if (typeof correct === 'number' && typeof n === 'number' && typeof value === 'number' && n > 0) {
      const expected = root.metric === 'error' ? (n - correct) / n : correct / n;
      if (Math.abs(expected - value) > AGREEMENT) {
        errors.push(
          validationError(
            source,
            [...path, 'value'],
            value,
            `\`splits.${name}.value\` is ${value} but correct / n gives ${expected} for metric ${JSON.stringify(root.metric)}; give one of them, or make them agree.`,
          ),
        );
      }
    }
  }
  return errors;
}

const knownKeys = zodKnownKeys(evalFileSchema);

const MISSING_WARNINGS: Record<'train_val' | 'test_val', string> = {
  train_val:
    'no `train_val` split: variance (train_val − train) and distribution shift (test_val − train_val) are reported together.',
  test_val:
    'no `test_val` split: distribution shift (test_val − train_val) and validation overfitting (test − test_val) are reported together.',
};

/**
 * Validate a parsed eval file. Pure; never throws on bad input. Gathers every problem at once,
 * each naming `source`, the key, the bad value and what is allowed. A missing `train_val` or
 * `test_val` split is allowed and comes back as a warning.
 */
export function validateEvalFile(raw: unknown, source: string): EvalFileResult {
  const parsed = evalFileSchema.safeParse(raw);
  const errors = [
    ...(parsed.success ? [] : issuesToErrors(parsed.error.issues, raw, source, knownKeys)),
    ...splitErrors(raw, source),
  ];
  if (errors.length > 0 || !parsed.success) return { ok: false, errors };
  const { metric, splits, extra } = parsed.data;
  const filled: Partial<Record<EvalSplit, EvalSplitResult>> = {};
  const warnings: string[] = [];
  for (const name of EVAL_SPLITS) {
    const s = splits[name];
    if (!s) continue;
    const correct = s.correct ?? 0;
    const value = s.value ?? (metric === 'error' ? (s.n - correct) / s.n : correct / s.n);
    filled[name] = s.correct === undefined ? { value, n: s.n } : { value, n: s.n, correct: s.correct };
  }
  for (const name of VALIDATION_SPLITS) {
    if (!splits[name]) warnings.push(`${source}: ${MISSING_WARNINGS[name]}`);
  }
  const { train, test } = filled;
  if (!train || !test) return { ok: false, errors: [] }; // unreachable: the schema requires both
  return {
    ok: true,
    eval: {
      metric,
      splits: { ...filled, train, test },
      extra: Object.fromEntries(Object.entries(extra).map(([k, v]) => [k, v ?? Number.NaN])),
    },
    warnings,
  };
}

/**
 * Parse and validate the text of an eval file. Accepts the bare NaN / Infinity Python's `json`
 * writes; a JSON syntax error is reported with its line and column.
 */
export function parseEvalFile(text: string, source: string): EvalFileResult {
  const json = parseLenientJson(text);
  if (!json.ok) {
    return {
      ok: false,
      errors: [
        validationError(source, [], undefined, `not valid JSON: ${json.problem}.`, {
          line: json.line,
          column: json.column,
        }),
      ],
    };
  }
  return validateEvalFile(json.value, source);
}
