#!/usr/bin/env node
import { createRequire as __tsCreateRequire } from 'node:module';
const require = __tsCreateRequire(import.meta.url);

// src/core/stats/select.ts
function selectInPlace(a, k, lo = 0, hi = a.length - 1) {
  let l = lo;
  let h = hi;
  while (h > l) {
    const m = l + h >>> 1;
    const x = a[l];
    const y = a[m];
    const z = a[h];
    const pivot = Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
    let i = l;
    let j = h;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) h = j;
    else if (k >= i) l = i;
    else break;
  }
  return a[k];
}
function medianOf(a, lo = 0, hi = a.length, scratch) {
  const n = hi - lo;
  if (n <= 0) return Number.NaN;
  const buf = scratch && scratch.length >= n ? scratch : new Float64Array(n);
  for (let i = 0; i < n; i++) buf[i] = a[lo + i];
  const mid = n >>> 1;
  const upper = selectInPlace(buf, mid, 0, n - 1);
  if (n % 2 === 1) return upper;
  let lower = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < mid; i++) if (buf[i] > lower) lower = buf[i];
  return (lower + upper) / 2;
}

// src/core/stats/robust-z.ts
var MAD_TO_SIGMA = 1.4826;
function robustZ(values) {
  const n = values.length;
  const finite = [];
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (Number.isFinite(v)) finite.push(v);
  }
  const med = medianOf(finite);
  const dev = finite.map((v) => Math.abs(v - med));
  let scale = MAD_TO_SIGMA * medianOf(dev);
  if (!(scale > 0)) {
    const meanDev = dev.reduce((a, b) => a + b, 0) / Math.max(1, dev.length);
    scale = 1.2533 * meanDev;
  }
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) out[i] = Number.NaN;
    else if (scale > 0) out[i] = (v - med) / scale;
    else out[i] = v === med ? 0 : Math.sign(v - med) * Number.POSITIVE_INFINITY;
  }
  return out;
}

// src/core/stats/rolling-median.ts
function rollingMedian(values, window) {
  const n = values.length;
  const half = Math.max(0, Math.floor(Math.max(1, Math.round(window)) / 2));
  const out = new Float64Array(n);
  const buf = new Float64Array(2 * half + 1);
  for (let i = 0; i < n; i++) {
    const h = Math.min(half, i, n - 1 - i);
    let m = 0;
    for (let j = i - h; j <= i + h; j++) {
      const v = values[j];
      if (Number.isFinite(v)) buf[m++] = v;
    }
    out[i] = medianOf(buf, 0, m);
  }
  return out;
}

export {
  selectInPlace,
  medianOf,
  MAD_TO_SIGMA,
  robustZ,
  rollingMedian
};
