#!/usr/bin/env node
import { createRequire as __tsCreateRequire } from 'node:module';
const require = __tsCreateRequire(import.meta.url);

// src/core/curve-input.ts
function orderCurve(series) {
  const n = Math.min(series.steps.length, series.values.length);
  let steps = series.steps.subarray(0, n);
  let values = series.values.subarray(0, n);
  let ordered = true;
  let finiteSteps = true;
  let firstNonFinite = -1;
  let nonFiniteCount = 0;
  let previous = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const s = steps[i];
    if (!Number.isFinite(s)) finiteSteps = false;
    else {
      if (s < previous) ordered = false;
      previous = s;
    }
    if (!Number.isFinite(values[i])) {
      if (firstNonFinite < 0) firstNonFinite = i;
      nonFiniteCount++;
    }
  }
  if (!ordered || !finiteSteps) {
    const idx = [];
    for (let i = 0; i < n; i++) if (Number.isFinite(steps[i])) idx.push(i);
    idx.sort((a, b) => steps[a] - steps[b] || a - b);
    steps = Float64Array.from(idx, (i) => steps[i]);
    values = Float64Array.from(idx, (i) => values[i]);
    firstNonFinite = -1;
    nonFiniteCount = 0;
    for (let i = 0; i < values.length; i++) {
      if (!Number.isFinite(values[i])) {
        if (firstNonFinite < 0) firstNonFinite = i;
        nonFiniteCount++;
      }
    }
  }
  return { steps, values, firstNonFinite, nonFiniteCount };
}
function fmt(x) {
  if (!Number.isFinite(x)) return String(x);
  if (x === 0) return "0";
  const a = Math.abs(x);
  if (a >= 1e-3 && a < 1e6) return String(Number(x.toPrecision(3)));
  return x.toExponential(2);
}
function pct(x) {
  return `${x > 0 ? "+" : ""}${fmt(100 * x)}%`;
}

export {
  orderCurve,
  fmt,
  pct
};
