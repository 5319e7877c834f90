#!/usr/bin/env node
import { createRequire as __tsCreateRequire } from 'node:module';
const require = __tsCreateRequire(import.meta.url);
import {
  InputError
} from "./chunk-I44QFZY6.js";
import {
  THRESHOLD_SPECS
} from "./chunk-QOWQGCTV.js";

// src/core/thresholds.ts
var DEFAULT_THRESHOLDS = Object.fromEntries(
  Object.entries(THRESHOLD_SPECS).map(([key, spec]) => [key, spec.default])
);
var THRESHOLD_RANGES = Object.fromEntries(
  Object.entries(THRESHOLD_SPECS).map(([key, spec]) => [
    key,
    spec.integer ? [spec.min, spec.max, "integer"] : [spec.min, spec.max]
  ])
);
function resolveThresholds(overrides = {}) {
  const problems = [];
  const out = { ...DEFAULT_THRESHOLDS };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === void 0) continue;
    const range = THRESHOLD_RANGES[key];
    if (!range) {
      problems.push(`unknown threshold '${key}'; known: ${Object.keys(DEFAULT_THRESHOLDS).join(", ")}`);
      continue;
    }
    const [min, max, integer] = range;
    const kind = integer ? "an integer" : "a number";
    if (typeof value !== "number" || !Number.isFinite(value) || value < min || value > max) {
      problems.push(
        `threshold '${key}' is ${JSON.stringify(value) ?? String(value)}; use ${kind} in [${min}, ${max}]`
      );
    } else if (integer && !Number.isInteger(value)) {
      problems.push(`threshold '${key}' is ${value}; use ${kind} in [${min}, ${max}]`);
    } else {
      out[key] = value;
    }
  }
  if (problems.length > 0) throw new InputError(`Invalid curve thresholds: ${problems.join("; ")}.`);
  return out;
}

export {
  DEFAULT_THRESHOLDS,
  THRESHOLD_RANGES,
  resolveThresholds
};
