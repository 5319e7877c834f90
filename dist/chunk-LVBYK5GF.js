#!/usr/bin/env node
import { createRequire as __tsCreateRequire } from 'node:module';
const require = __tsCreateRequire(import.meta.url);
import {
  checkProportion
} from "./chunk-MCGYQ4LT.js";
import {
  zCdf,
  zQuantile
} from "./chunk-5PJNC2MI.js";
import {
  InputError
} from "./chunk-I44QFZY6.js";
import {
  EVAL_SPLITS
} from "./chunk-V5FW74KN.js";

// src/core/stats/wilson-interval.ts
function wilsonInterval(p, n, confidence = 0.95) {
  checkProportion(p, n, "wilsonInterval");
  const z = zQuantile(1 - (1 - confidence) / 2);
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = z / denom * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
  return {
    lower: p === 0 ? 0 : Math.max(0, centre - half),
    upper: p === 1 ? 1 : Math.min(1, centre + half)
  };
}

// src/core/stats/newcombe-interval.ts
function newcombeInterval(a, b, confidence = 0.95) {
  const wa = wilsonInterval(a.p, a.n, confidence);
  const wb = wilsonInterval(b.p, b.n, confidence);
  const difference = a.p - b.p;
  return {
    difference,
    lower: difference - Math.sqrt((a.p - wa.lower) ** 2 + (wb.upper - b.p) ** 2),
    upper: difference + Math.sqrt((wa.upper - a.p) ** 2 + (b.p - wb.lower) ** 2)
  };
}

// src/core/stats/two-proportion-z-test.ts
function twoProportionZTest(a, b, alternative = "two-sided") {
  checkProportion(a.p, a.n, "twoProportionZTest (first)");
  checkProportion(b.p, b.n, "twoProportionZTest (second)");
  const difference = a.p - b.p;
  const pooled = (a.p * a.n + b.p * b.n) / (a.n + b.n);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / a.n + 1 / b.n));
  if (!(se > 0)) return { difference, z: null, pValue: 1 };
  const z = difference / se;
  const pValue = alternative === "greater" ? zCdf(-z) : alternative === "less" ? zCdf(z) : Math.min(1, 2 * zCdf(-Math.abs(z)));
  return { difference, z, pValue };
}

// src/core/validation-overfit-flag.ts
function pct(x) {
  return `${Number((x * 100).toPrecision(3))} %`;
}
function validationOverfitFlag(testVal, test, options) {
  const { alpha, minEffect } = options;
  if (!(alpha > 0 && alpha < 1)) throw new InputError(`gaps: alpha must be in (0, 1), got ${alpha}.`);
  if (!(minEffect >= 0)) throw new InputError(`gaps: minEffect must be a fraction \u2265 0, got ${minEffect}.`);
  const r = twoProportionZTest(test, testVal, "greater");
  const significant = r.pValue < alpha;
  const large = r.difference >= minEffect;
  const flagged = significant && large;
  const seen = `test-val error ${pct(testVal.p)} (n = ${testVal.n}) vs test error ${pct(test.p)} (n = ${test.n}), one-sided p = ${Number(r.pValue.toPrecision(2))}`;
  const message = flagged ? `validation looks significantly better than test: ${seen}. The model has likely been fit to the validation set (small validation set, lots of tuning): resample the validation set.` : significant ? `validation is better than test by less than ${pct(minEffect)}: ${seen}; not flagged.` : `validation does not look significantly better than test: ${seen}.`;
  return {
    flagged,
    testValError: testVal.p,
    testError: test.p,
    difference: r.difference,
    z: r.z,
    pValue: r.pValue,
    alpha,
    minEffect,
    message
  };
}

// src/core/gaps.ts
var GAP_NAMES = [
  "avoidable_bias",
  "variance",
  "distribution_shift",
  "validation_overfitting"
];
var GAP_DEFINITIONS = [
  { name: "avoidable_bias", from: "irreducible", to: "train" },
  { name: "variance", from: "train", to: "train_val" },
  { name: "distribution_shift", from: "train_val", to: "test_val" },
  { name: "validation_overfitting", from: "test_val", to: "test" }
];
function splitError(split, input, confidence) {
  const error = "error" in input ? input.error : 1 - input.accuracy;
  checkProportion(error, input.n, `eval split '${split}' (${"error" in input ? "error" : "accuracy"})`);
  return { split, error, n: input.n, ...wilsonInterval(error, input.n, confidence) };
}
function gapInterval(to, from, confidence) {
  if (from.n === null) {
    const w = wilsonInterval(to.p, to.n, confidence);
    return { lower: w.lower - from.p, upper: w.upper - from.p };
  }
  return newcombeInterval(to, { p: from.p, n: from.n }, confidence);
}
function decomposeErrors(input, options = {}) {
  const { confidence = 0.95, alpha = 0.05, minEffect = 0.01 } = options;
  if (!(confidence > 0 && confidence < 1))
    throw new InputError(`gaps: confidence must be in (0, 1), got ${confidence}.`);
  const splits = EVAL_SPLITS.flatMap((s) => {
    const given = input.splits[s];
    return given === void 0 ? [] : [splitError(s, given, confidence)];
  });
  const bySplit = new Map(splits.map((s) => [s.split, s]));
  let irreducible = null;
  if (input.irreducible !== void 0) {
    const { error, n } = input.irreducible;
    if (n === void 0) {
      if (!(error >= 0 && error <= 1)) {
        throw new InputError(`gaps: irreducible error must be a fraction in [0, 1], got ${error}.`);
      }
    } else {
      checkProportion(error, n, "gaps: irreducible error");
    }
    irreducible = { error, n: n ?? null };
  }
  const gaps = [];
  for (const def of GAP_DEFINITIONS) {
    const to = bySplit.get(def.to);
    const from = def.from === "irreducible" ? irreducible : bySplit.get(def.from);
    if (to === void 0 || from === null || from === void 0) continue;
    const interval = gapInterval({ p: to.error, n: to.n }, { p: from.error, n: from.n }, confidence);
    gaps.push({ ...def, value: to.error - from.error, lower: interval.lower, upper: interval.upper });
  }
  const testVal = bySplit.get("test_val");
  const test = bySplit.get("test");
  const validationOverfitting = testVal && test ? validationOverfitFlag(
    { p: testVal.error, n: testVal.n },
    { p: test.error, n: test.n },
    { alpha, minEffect }
  ) : null;
  return { confidence, irreducible, splits, gaps, validationOverfitting };
}

export {
  GAP_NAMES,
  decomposeErrors
};
