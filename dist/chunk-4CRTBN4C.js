#!/usr/bin/env node
import { createRequire as __tsCreateRequire } from 'node:module';
const require = __tsCreateRequire(import.meta.url);

// src/core/curve-input.ts
function scanCurve(steps, values, out) {
  let sorted = 1;
  let first = -1;
  let count = 0;
  let previous = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < values.length; i++) {
    const s = steps[i];
    if (s >= previous && s - s === 0) previous = s;
    else sorted = 0;
    const v = values[i];
    if (!(v - v === 0)) {
      if (first < 0) first = i;
      count++;
    }
  }
  out[0] = first;
  out[1] = count;
  out[2] = sorted;
}
function orderCurve(series) {
  const n = Math.min(series.steps.length, series.values.length);
  let steps = series.steps.subarray(0, n);
  let values = series.values.subarray(0, n);
  const scan = new Float64Array(3);
  scanCurve(steps, values, scan);
  let firstNonFinite = scan[0];
  let nonFiniteCount = scan[1];
  if (scan[2] === 0) {
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
