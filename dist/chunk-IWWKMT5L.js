#!/usr/bin/env node
import { createRequire as __tsCreateRequire } from 'node:module';
const require = __tsCreateRequire(import.meta.url);
import {
  InputError
} from "./chunk-I44QFZY6.js";

// src/core/verdict.ts
var CHECK_STATUSES = ["skipped", "pass", "warn", "fail", "error"];
function worseStatus(a, b) {
  return CHECK_STATUSES.indexOf(a) >= CHECK_STATUSES.indexOf(b) ? a : b;
}
function worstStatus(statuses, none) {
  let worst = none;
  for (const s of statuses) worst = worseStatus(worst, s);
  return worst;
}
function num(x) {
  return Number.isFinite(x) ? x : null;
}

// src/core/thresholds.ts
var DEFAULT_THRESHOLDS = {
  minPoints: 10,
  maxBins: 512,
  alpha: 0.01,
  edgeFraction: 0.02,
  smoothFraction: 0.03,
  minTrendBins: 6,
  explodeFactor: 4,
  goesUpMinRise: 0.1,
  goesUpGiveBack: 0.5,
  swingFactor: 2,
  minSwings: 8,
  minSwingRate: 0.1,
  oscillationMaxFall: 10,
  plateauMaxDrop: 0.05,
  plateauMaxDropUpper: 0.25,
  tailFraction: 0.25,
  stillDecreasingDrop: 0.02,
  spikeZ: 6,
  spikeFactor: 1.5,
  overfitOrders: 2,
  belowZeroFraction: 0.01,
  minValPoints: 3,
  valAlpha: 0.05,
  overfitMinRise: 0.02,
  valTrendMinZ: 1,
  valNoiseFloor: 0.01,
  valEndMaxPoints: 10,
  stallTrainDrop: 0.1,
  stallMinGapRatio: 1.3,
  stallGapGrowth: 0.1,
  valMinDrop: 0.05,
  trainMinDrop: 0.1,
  initLossTolerance: 0.25,
  consistentRiseShare: 0.8,
  jumpFactor: 4,
  jumpKeepFactor: 2,
  chanceFactor: 1.5
};
var THRESHOLD_RANGES = {
  minPoints: [3, 1e6, "integer"],
  maxBins: [16, 4096, "integer"],
  alpha: [1e-12, 0.5],
  edgeFraction: [1e-3, 0.5],
  smoothFraction: [0, 0.5],
  minTrendBins: [3, 4096, "integer"],
  explodeFactor: [1.01, 1e12],
  goesUpMinRise: [0, 1e6],
  goesUpGiveBack: [0, 100],
  swingFactor: [1.01, 1e6],
  minSwings: [2, 1e6, "integer"],
  minSwingRate: [0, 1],
  oscillationMaxFall: [1, 1e12],
  plateauMaxDrop: [0, 1],
  plateauMaxDropUpper: [0, 1],
  tailFraction: [0.05, 1],
  stillDecreasingDrop: [0, 1],
  spikeZ: [1, 1e6],
  spikeFactor: [1, 1e6],
  overfitOrders: [0.1, 300],
  belowZeroFraction: [0, 1e6],
  minValPoints: [3, 1e6, "integer"],
  valAlpha: [1e-12, 0.5],
  overfitMinRise: [0, 1e6],
  valTrendMinZ: [0, 1e6],
  valNoiseFloor: [0, 1],
  valEndMaxPoints: [1, 1e6, "integer"],
  stallTrainDrop: [0, 1],
  stallMinGapRatio: [1, 1e6],
  stallGapGrowth: [0, 1e6],
  valMinDrop: [0, 1],
  trainMinDrop: [0, 1],
  initLossTolerance: [0, 1e6],
  consistentRiseShare: [0.5, 1],
  jumpFactor: [1.01, 1e12],
  jumpKeepFactor: [1, 1e12],
  chanceFactor: [1, 1e6]
};
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

// src/core/is-mapping.ts
function isMapping(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

export {
  DEFAULT_THRESHOLDS,
  THRESHOLD_RANGES,
  resolveThresholds,
  CHECK_STATUSES,
  worseStatus,
  worstStatus,
  num,
  isMapping
};
