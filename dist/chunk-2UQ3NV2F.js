#!/usr/bin/env node
import { createRequire as __tsCreateRequire } from 'node:module';
const require = __tsCreateRequire(import.meta.url);
import {
  mean,
  median
} from "./chunk-M6VOV3UD.js";

// src/core/stats/select.ts
function selectInPlace(a, k, lo = 0, hi = a.length - 1) {
  let l = lo;
  let h = hi;
  while (h > l) {
    if (h - l > 600) {
      const n = h - l + 1;
      const i2 = k - l + 1;
      const z = Math.log(n);
      const s = 0.5 * Math.exp(2 * z / 3);
      const sd = 0.5 * Math.sqrt(z * s * (n - s) / n) * (i2 - n / 2 < 0 ? -1 : 1);
      const l2 = Math.max(l, Math.floor(k - i2 * s / n + sd));
      const h2 = Math.min(h, Math.floor(k + (n - i2) * s / n + sd));
      selectInPlace(a, k, l2, h2);
    }
    const t = a[k];
    let i = l;
    let j = h;
    swap(a, l, k);
    if (a[h] > t) swap(a, l, h);
    while (i < j) {
      swap(a, i, j);
      i++;
      j--;
      while (a[i] < t) i++;
      while (a[j] > t) j--;
    }
    if (a[l] === t) swap(a, l, j);
    else {
      j++;
      swap(a, j, h);
    }
    if (j <= k) l = j + 1;
    if (k <= j) h = j - 1;
  }
  return a[k];
}
function swap(a, i, j) {
  const t = a[i];
  a[i] = a[j];
  a[j] = t;
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
function finiteValues(values) {
  const finite = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isFinite(v)) finite.push(v);
  }
  return finite;
}
function robustZ(values) {
  const n = values.length;
  const finite = finiteValues(values);
  const out = new Float64Array(n);
  if (finite.length === 0) return out.fill(Number.NaN);
  const med = median(finite);
  const dev = finite.map((v) => Math.abs(v - med));
  let scale = MAD_TO_SIGMA * median(dev);
  if (!(scale > 0)) scale = 1.2533 * mean(dev);
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
  if (finiteNonZero(values)) return slidingMedian(values, half);
  const out = new Float64Array(n);
  const buf = new Float64Array(2 * half + 1);
  const work = new Float64Array(2 * half + 1);
  for (let i = 0; i < n; i++) {
    const h = Math.min(half, i, n - 1 - i);
    let m = 0;
    for (let j = i - h; j <= i + h; j++) {
      const v = values[j];
      if (Number.isFinite(v)) buf[m++] = v;
    }
    out[i] = medianOf(buf, 0, m, work);
  }
  return out;
}
function finiteNonZero(values) {
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!(v !== 0 && v - v === 0)) return false;
  }
  return true;
}
function search(sorted, size, v, above) {
  let lo = 0;
  let hi = size;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    const x = sorted[mid];
    if (x < v || above && x === v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function slidingMedian(values, half) {
  const n = values.length;
  const out = new Float64Array(n);
  const sorted = new Float64Array(2 * half + 3);
  let size = 0;
  let lo = 0;
  let hi = -1;
  for (let i = 0; i < n; i++) {
    const h = Math.min(half, i, n - 1 - i);
    while (hi < i + h) {
      const v = values[++hi];
      const p = search(sorted, size, v, true);
      sorted.copyWithin(p + 1, p, size++);
      sorted[p] = v;
    }
    while (lo < i - h) {
      const p = search(sorted, size, values[lo++], false);
      sorted.copyWithin(p, p + 1, size--);
    }
    out[i] = sorted[h];
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
