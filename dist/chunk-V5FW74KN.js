#!/usr/bin/env node
import { createRequire as __tsCreateRequire } from 'node:module';
const require = __tsCreateRequire(import.meta.url);
import {
  described,
  issuesToErrors,
  validationError,
  zodKnownKeys
} from "./chunk-6NW4LEBQ.js";
import {
  _default,
  _enum,
  _gte,
  _lte,
  _minLength,
  custom,
  int,
  number,
  optional,
  record,
  strictObject,
  string
} from "./chunk-ZTXSPX4O.js";
import {
  parseLenientJson
} from "./chunk-EC6D2AOC.js";
import {
  isMapping
} from "./chunk-EJA7YNZZ.js";

// src/core/eval-file.ts
var EVAL_SPLITS = ["train", "train_val", "test_val", "test"];
var VALIDATION_SPLITS = ["train_val", "test_val"];
var splitSchema = described(
  strictObject({
    value: described(
      optional(number().check(_gte(0), _lte(1))),
      "The metric on this split as a fraction in [0, 1]; may be left out when `correct` is given."
    ),
    n: described(int().check(_gte(1)), "How many examples the split has."),
    correct: described(
      optional(int().check(_gte(0))),
      "How many examples were classified correctly; value = correct / n (accuracy) or 1 - correct / n (error)."
    )
  }),
  "One split: its value (or correct) and its size n."
);
var extraValue = custom((v) => v === null || typeof v === "number", {
  error: "is not a number; extra metrics are numbers (NaN, Infinity and null are allowed)."
});
var evalFileSchema = strictObject({
  metric: described(
    _enum(["accuracy", "error"]),
    "Whether `value` is an accuracy (higher is better) or an error rate."
  ),
  splits: described(
    strictObject({
      train: splitSchema,
      train_val: described(optional(splitSchema), "Held out from the training distribution."),
      test_val: described(
        optional(splitSchema),
        "Held out from the test distribution, used for validation."
      ),
      test: splitSchema
    }),
    "The four splits of the decomposition; train and test are required."
  ),
  extra: described(
    _default(record(string().check(_minLength(1)), extraValue), {}),
    'Any other final metrics by name, e.g. "test/loss"; compared with the known result like the rest.'
  )
});
var AGREEMENT = 1e-6;
function splitErrors(raw, source) {
  const errors = [];
  const root = isMapping(raw) ? raw : {};
  const splits = isMapping(root.splits) ? root.splits : {};
  for (const name of EVAL_SPLITS) {
    const s = splits[name];
    if (!isMapping(s)) continue;
    const path = ["splits", name];
    const { value, n, correct } = s;
    if (value === void 0 && correct === void 0) {
      errors.push(
        validationError(
          source,
          [...path, "value"],
          void 0,
          `\`splits.${name}\` has neither \`value\` (a fraction in [0, 1]) nor \`correct\` (a count); give one.`
        )
      );
    }
    if (typeof correct === "number" && typeof n === "number" && correct > n) {
      errors.push(
        validationError(
          source,
          [...path, "correct"],
          correct,
          `\`splits.${name}.correct\` is ${correct}, more than n = ${n}; it counts the correct examples among the n.`
        )
      );
    }
    if (typeof correct === "number" && typeof n === "number" && typeof value === "number" && n > 0) {
      const expected = root.metric === "error" ? (n - correct) / n : correct / n;
      if (Math.abs(expected - value) > AGREEMENT) {
        errors.push(
          validationError(
            source,
            [...path, "value"],
            value,
            `\`splits.${name}.value\` is ${value} but correct / n gives ${expected} for metric ${JSON.stringify(root.metric)}; give one of them, or make them agree.`
          )
        );
      }
    }
  }
  return errors;
}
var knownKeys = zodKnownKeys(evalFileSchema);
var MISSING_WARNINGS = {
  train_val: "no `train_val` split: variance (train_val \u2212 train) and distribution shift (test_val \u2212 train_val) are reported together.",
  test_val: "no `test_val` split: distribution shift (test_val \u2212 train_val) and validation overfitting (test \u2212 test_val) are reported together."
};
function validateEvalFile(raw, source) {
  const parsed = evalFileSchema.safeParse(raw);
  const errors = [
    ...parsed.success ? [] : issuesToErrors(parsed.error.issues, raw, source, knownKeys),
    ...splitErrors(raw, source)
  ];
  if (errors.length > 0 || !parsed.success) return { ok: false, errors };
  const { metric, splits, extra } = parsed.data;
  const filled = {};
  const warnings = [];
  for (const name of EVAL_SPLITS) {
    const s = splits[name];
    if (!s) continue;
    const correct = s.correct ?? 0;
    const value = s.value ?? (metric === "error" ? (s.n - correct) / s.n : correct / s.n);
    filled[name] = s.correct === void 0 ? { value, n: s.n } : { value, n: s.n, correct: s.correct };
  }
  for (const name of VALIDATION_SPLITS) {
    if (!splits[name]) warnings.push(`${source}: ${MISSING_WARNINGS[name]}`);
  }
  const { train, test } = filled;
  if (!train || !test) return { ok: false, errors: [] };
  return {
    ok: true,
    eval: {
      metric,
      splits: { ...filled, train, test },
      extra: Object.fromEntries(Object.entries(extra).map(([k, v]) => [k, v ?? Number.NaN]))
    },
    warnings
  };
}
function parseEvalFile(text, source) {
  const json = parseLenientJson(text);
  if (!json.ok) {
    return {
      ok: false,
      errors: [
        validationError(source, [], void 0, `not valid JSON: ${json.problem}.`, {
          line: json.line,
          column: json.column
        })
      ]
    };
  }
  return validateEvalFile(json.value, source);
}

export {
  EVAL_SPLITS,
  VALIDATION_SPLITS,
  evalFileSchema,
  validateEvalFile,
  parseEvalFile
};
