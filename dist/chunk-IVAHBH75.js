#!/usr/bin/env node
import { createRequire as __tsCreateRequire } from 'node:module';
const require = __tsCreateRequire(import.meta.url);
import {
  MAD_TO_SIGMA,
  medianOf,
  robustZ,
  rollingMedian,
  selectInPlace
} from "./chunk-2UQ3NV2F.js";
import {
  fmt,
  orderCurve,
  pct
} from "./chunk-4CRTBN4C.js";
import {
  medianAbsoluteDeviation
} from "./chunk-M6VOV3UD.js";
import {
  inverseNormalUpper,
  tQuantile,
  twoSidedNormalP,
  worstStatus,
  zCdf,
  zQuantile
} from "./chunk-5PJNC2MI.js";
import {
  resolveThresholds
} from "./chunk-JKA35KAE.js";
import {
  InputError,
  InternalError
} from "./chunk-I44QFZY6.js";
import {
  CURVE_JUDGE,
  INIT_LOSS_JUDGE,
  OVERFIT_JUDGE,
  VALIDATION_JUDGE,
  VERDICT_CAUSES,
  finiteOrNull,
  severities
} from "./chunk-QOWQGCTV.js";

// src/core/causes.ts
var LIKELY_CAUSES = VERDICT_CAUSES;
function likelyCauses(pattern) {
  return LIKELY_CAUSES[pattern] ?? [];
}

// src/core/stats/autocorrelation.ts
function autocorrelations(x, maxLag) {
  const n = x.length;
  const lags = Math.max(0, Math.min(maxLag, n - 1));
  const out = new Float64Array(lags);
  let mean = 0;
  for (let i = 0; i < n; i++) mean += x[i];
  mean /= n;
  let denom = 0;
  for (let i = 0; i < n; i++) denom += (x[i] - mean) ** 2;
  if (!(denom > 0)) return out;
  for (let k = 1; k <= lags; k++) {
    let s = 0;
    for (let i = 0; i + k < n; i++) s += (x[i] - mean) * (x[i + k] - mean);
    out[k - 1] = s / denom;
  }
  return out;
}

// src/core/stats/bucket-order-statistics.ts
var BUCKETS = 64;
var MIN_BUCKETED = 128;
var SAMPLES = 32;
function sampledRanges(values, start, low, scale) {
  const b = start.length - 1;
  for (let k = 0; k < b; k++) {
    const lo = start[k];
    const m = start[k + 1] - lo;
    if (m < MIN_BUCKETED) continue;
    let mn = Number.POSITIVE_INFINITY;
    let mx = Number.NEGATIVE_INFINITY;
    for (let t = 0; t < SAMPLES; t++) {
      const v = values[lo + Math.floor(t * m / SAMPLES)];
      if (v < mn) mn = v;
      if (v > mx) mx = v;
    }
    const sc = BUCKETS / (mx - mn);
    if (sc > 0 && sc < Number.POSITIVE_INFINITY && mn - mn === 0) {
      low[k] = mn;
      scale[k] = sc;
    }
  }
}
function countBuckets(values, start, s, bucket, counts, bucketed) {
  const b = start.length - 1;
  const low = new Float64Array(b);
  const scales = new Float64Array(b);
  sampledRanges(values, start, low, scales);
  for (let k = 0; k < b; k++) {
    const lo = start[k];
    const hi = start[k + 1];
    let mx = Number.NEGATIVE_INFINITY;
    let mn = Number.POSITIVE_INFINITY;
    let at = lo;
    let special = false;
    const from = low[k];
    const scale = scales[k];
    const base = k * BUCKETS;
    if (scale > 0) {
      for (let i = lo; i < hi; i++) {
        const v = values[i];
        if (v > mx) {
          mx = v;
          at = i;
        }
        if (v < mn) mn = v;
        if (!(v !== 0 && v - v === 0)) special = true;
        const f = (v - from) * scale;
        const j = f < 0 ? 0 : f >= BUCKETS ? BUCKETS - 1 : f | 0;
        bucket[i] = j;
        counts[base + j] = counts[base + j] + 1;
      }
    } else {
      for (let i = lo; i < hi; i++) {
        const v = values[i];
        if (v > mx) {
          mx = v;
          at = i;
        }
        if (v < mn) mn = v;
      }
    }
    s.min[k] = mn;
    s.max[k] = mx;
    s.maxIndex[k] = at;
    if (scale > 0 && !special) bucketed[k] = 1;
  }
}
function gatherBuckets(values, start, bucketed, bucket, cursor, gathered) {
  const b = start.length - 1;
  for (let k = 0; k < b; k++) {
    if (bucketed[k] === 0) continue;
    const base = k * BUCKETS;
    const hi = start[k + 1];
    for (let i = start[k]; i < hi; i++) {
      const c = base + bucket[i];
      const t = cursor[c];
      if (t >= 0) {
        gathered[t] = values[i];
        cursor[c] = t + 1;
      }
    }
  }
}
function planSegments(start, counts, bucketed, cursor, rankAt, segLo, segHi) {
  const b = start.length - 1;
  const ranks = new Int32Array(4);
  const wanted = new Int32Array(4);
  const below = new Int32Array(4);
  let size = 0;
  for (let k = 0; k < b; k++) {
    if (bucketed[k] === 0) continue;
    const m = start[k + 1] - start[k];
    const mid = m >>> 1;
    ranks[0] = Math.floor(0.1 * (m - 1));
    ranks[1] = mid - 1;
    ranks[2] = mid;
    ranks[3] = Math.min(m - 1, Math.ceil(0.9 * (m - 1)));
    const base = k * BUCKETS;
    let crowded = false;
    let j = 0;
    let before = 0;
    for (let q = 0; q < 4; q++) {
      const r = ranks[q];
      while (before + counts[base + j] <= r) before += counts[base + j++];
      if (counts[base + j] * 4 > m) crowded = true;
      wanted[q] = j;
      below[q] = before;
    }
    if (crowded) {
      bucketed[k] = 0;
      continue;
    }
    for (let q = 0; q < 4; q++) {
      const c = base + wanted[q];
      let lo;
      if (q > 0 && wanted[q - 1] === wanted[q]) lo = segLo[4 * k + q - 1];
      else {
        lo = size;
        cursor[c] = size;
        size += counts[c];
      }
      segLo[4 * k + q] = lo;
      segHi[4 * k + q] = lo + counts[c] - 1;
      rankAt[4 * k + q] = lo + ranks[q] - below[q];
    }
  }
  return size;
}
function selectRanks(start, bucketed, gathered, rankAt, segLo, segHi, s) {
  const b = start.length - 1;
  for (let k = 0; k < b; k++) {
    if (bucketed[k] === 0) continue;
    const x = 4 * k;
    const low = selectInPlace(gathered, rankAt[x], segLo[x], segHi[x]);
    const lowerMid = selectInPlace(
      gathered,
      rankAt[x + 1],
      segLo[x + 1],
      segHi[x + 1]
    );
    const upperMid = selectInPlace(
      gathered,
      rankAt[x + 2],
      segLo[x + 2],
      segHi[x + 2]
    );
    const high = selectInPlace(
      gathered,
      rankAt[x + 3],
      segLo[x + 3],
      segHi[x + 3]
    );
    const m = start[k + 1] - start[k];
    s.medians[k] = m % 2 === 0 ? (upperMid + lowerMid) / 2 : upperMid;
    s.low[k] = low;
    s.high[k] = high;
  }
}
function bucketOrderStatistics(values, start, s, done) {
  const b = start.length - 1;
  const bucket = new Uint8Array(start[b]);
  const counts = new Int32Array(b * BUCKETS);
  countBuckets(values, start, s, bucket, counts, done);
  const cursor = new Int32Array(b * BUCKETS).fill(-1);
  const rankAt = new Int32Array(4 * b);
  const segLo = new Int32Array(4 * b);
  const segHi = new Int32Array(4 * b);
  const gathered = new Float64Array(planSegments(start, counts, done, cursor, rankAt, segLo, segHi));
  gatherBuckets(values, start, done, bucket, cursor, gathered);
  selectRanks(start, done, gathered, rankAt, segLo, segHi, s);
}

// src/core/stats/equal-count-bins.ts
function equalCountBins(steps, values, maxBins) {
  const n = values.length;
  const b = Math.max(0, Math.min(n, Math.floor(maxBins)));
  const bounds = new Int32Array(b + 1);
  for (let k = 0; k <= b; k++) bounds[k] = Math.floor(k * n / b);
  const out = {
    count: b,
    steps: new Float64Array(b),
    medians: new Float64Array(b),
    low: new Float64Array(b),
    high: new Float64Array(b),
    min: new Float64Array(b),
    max: new Float64Array(b),
    maxIndex: new Int32Array(b),
    start: bounds.subarray(0, b)
  };
  if (b === 0) return out;
  for (let k = 0; k < b; k++) {
    out.steps[k] = (steps[bounds[k]] + steps[bounds[k + 1] - 1]) / 2;
  }
  const v = values instanceof Float64Array ? values : Float64Array.from(values);
  const done = new Uint8Array(b);
  bucketOrderStatistics(v, bounds, out, done);
  let scratch;
  for (let k = 0; k < b; k++) {
    if (done[k] === 1) continue;
    const lo = bounds[k];
    const m = bounds[k + 1] - lo;
    if (scratch === void 0) scratch = new Float64Array(Math.ceil(n / b) + 1);
    for (let i = 0; i < m; i++) scratch[i] = v[lo + i];
    const mid = m >>> 1;
    let med = selectInPlace(scratch, mid, 0, m - 1);
    if (m % 2 === 0) {
      let lower = Number.NEGATIVE_INFINITY;
      for (let i = 0; i < mid; i++) if (scratch[i] > lower) lower = scratch[i];
      med = (med + lower) / 2;
    }
    out.medians[k] = med;
    if (m >= 5) {
      out.high[k] = selectInPlace(scratch, Math.min(m - 1, Math.ceil(0.9 * (m - 1))), mid, m - 1);
      out.low[k] = selectInPlace(scratch, Math.floor(0.1 * (m - 1)), 0, mid);
    } else {
      out.high[k] = med;
      out.low[k] = med;
    }
  }
  return out;
}

// src/core/stats/mann-kendall.ts
function mannKendall(values, varianceInflation = 1) {
  let n = 0;
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) n++;
  const sorted = new Float64Array(n);
  for (let i = 0, k = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isFinite(v)) sorted[k++] = v;
  }
  const discordant = sortCountingInversions(sorted);
  let tieTerm = 0;
  let tiedPairs = 0;
  for (let i = 0; i < n; ) {
    let j = i + 1;
    while (j < n && sorted[j] === sorted[i]) j++;
    const t = j - i;
    if (t > 1) {
      tieTerm += t * (t - 1) * (2 * t + 5);
      tiedPairs += t * (t - 1) / 2;
    }
    i = j;
  }
  const s = n < 2 ? 0 : n * (n - 1) / 2 - tiedPairs - 2 * discordant;
  const varS = (n * (n - 1) * (2 * n + 5) - tieTerm) / 18 * Math.max(1, varianceInflation);
  const pairs = n * (n - 1) / 2;
  if (n < 3 || varS <= 0) return { n, s, varS, z: 0, p: 1, tau: pairs > 0 ? s / pairs : 0 };
  const z = s === 0 ? 0 : (s - Math.sign(s)) / Math.sqrt(varS);
  return { n, s, varS, z, p: twoSidedNormalP(z), tau: s / pairs };
}
function sortCountingInversions(a) {
  const n = a.length;
  let src = a;
  let dst = new Float64Array(n);
  let inversions = 0;
  for (let width = 1; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let p = lo;
      let q = mid;
      let k = lo;
      while (p < mid && q < hi) {
        if (src[q] < src[p]) {
          inversions += mid - p;
          dst[k++] = src[q++];
        } else dst[k++] = src[p++];
      }
      while (p < mid) dst[k++] = src[p++];
      while (q < hi) dst[k++] = src[q++];
    }
    const t = src;
    src = dst;
    dst = t;
  }
  if (src !== a) a.set(src);
  return inversions;
}
function ar1VarianceInflation(rho1) {
  if (!(rho1 > 0)) return 1;
  const r = Math.min(rho1, 0.9);
  return (1 + r) / (1 - r);
}

// src/core/stats/sen-slope.ts
function pairSlopes(x, y, n, out) {
  let m = 0;
  let negativeZero = false;
  for (let i = 0; i < n - 1; i++) {
    const xi = x[i];
    const yi = y[i];
    if (!(xi - xi === 0 && yi - yi === 0)) continue;
    for (let j = i + 1; j < n; j++) {
      const dx = x[j] - xi;
      const dy = y[j] - yi;
      if (dx !== 0 && dx - dx === 0 && dy - dy === 0) {
        const q = dy / dx;
        out[m++] = q;
        if (q === 0 && 1 / q < 0) negativeZero = true;
      }
    }
  }
  return negativeZero ? -m - 1 : m;
}
function senSlope(x, y, alpha = 0.05, varS) {
  const n = Math.min(x.length, y.length);
  const slopes = new Float64Array(n * (n - 1) / 2);
  const fx = x instanceof Float64Array ? x : Float64Array.from(x);
  const fy = y instanceof Float64Array ? y : Float64Array.from(y);
  const counted = pairSlopes(fx, fy, n, slopes);
  const negativeZero = counted < 0;
  const m = negativeZero ? -counted - 1 : counted;
  if (m === 0) return { slope: Number.NaN, lower: Number.NaN, upper: Number.NaN, pairs: 0 };
  const s = slopes.subarray(0, m);
  const found = [];
  const at = (rank) => {
    const k = Math.min(m - 1, Math.max(0, rank));
    if (negativeZero) return selectInPlace(s, k);
    let lo = 0;
    let hi = m - 1;
    for (const f of found) {
      if (f === k) return s[k];
      if (f < k && f + 1 > lo) lo = f + 1;
      if (f > k && f - 1 < hi) hi = f - 1;
    }
    found.push(k);
    return selectInPlace(s, k, lo, hi);
  };
  const slope = m % 2 === 1 ? at((m - 1) / 2) : (at(m / 2 - 1) + at(m / 2)) / 2;
  const v = varS ?? n * (n - 1) * (2 * n + 5) / 18;
  const c = inverseNormalUpper(alpha / 2) * Math.sqrt(v);
  const lowerRank = Math.floor((m - c) / 2);
  const upperRank = Math.ceil((m + c) / 2);
  return { slope, lower: at(lowerRank - 1), upper: at(upperRank), pairs: m };
}

// src/core/curve-features.ts
function oddWindow(bins, fraction) {
  const w = Math.max(3, Math.round(bins * fraction));
  return w % 2 === 1 ? w : w + 1;
}
function countSwings(y, h) {
  if (y.length === 0) return 0;
  let hi = y[0];
  let lo = hi;
  let dir = 0;
  let legs = 0;
  for (let i = 1; i < y.length; i++) {
    const z = y[i];
    if (dir >= 0 && z > hi) hi = z;
    if (dir <= 0 && z < lo) lo = z;
    if (dir >= 0 && hi - z >= h) {
      dir = -1;
      lo = z;
      legs++;
    } else if (dir <= 0 && z - lo >= h) {
      dir = 1;
      hi = z;
      legs++;
    }
  }
  return legs;
}
function curveFeatures(steps, values, th, memo) {
  const n = values.length;
  const bins = memo ? memo.bins(steps, values, th.maxBins) : equalCountBins(steps, values, th.maxBins);
  const b = bins.count;
  let positive = true;
  for (let i2 = 0; i2 < b; i2++) if (!(bins.min[i2] > 0)) positive = false;
  const absMedians = new Float64Array(b);
  for (let i2 = 0; i2 < b; i2++) absMedians[i2] = Math.abs(bins.medians[i2]);
  const scale = medianOf(absMedians) || 1;
  const toY = positive ? (v) => Math.log(v) : (v) => v / scale;
  const y = bins.medians.map(toY);
  const trend = rollingMedian(y, 7);
  const resid = new Float64Array(b);
  for (let i2 = 0; i2 < b; i2++) resid[i2] = toY(bins.max[i2]) - trend[i2];
  const z = robustZ(resid);
  const centre = medianOf(resid);
  const minJump = positive ? Math.log(th.spikeFactor) : th.spikeFactor - 1;
  const spikeSteps = [];
  const spikeBins = [];
  const isOutlier = (j, zMin) => z[j] > zMin && resid[j] - centre >= minJump;
  let i = 0;
  while (i < b) {
    if (!isOutlier(i, th.spikeZ)) {
      i++;
      continue;
    }
    let j = i;
    while (j < b && isOutlier(j, th.spikeZ / 2)) j++;
    if (j < b && j - i <= 5) {
      spikeSteps.push(steps[bins.maxIndex[i]]);
      for (let k2 = i; k2 < j; k2++) spikeBins.push(k2);
    }
    i = j;
  }
  if (spikeSteps.length > Math.max(3, Math.ceil(0.02 * b))) {
    spikeSteps.length = 0;
    spikeBins.length = 0;
  }
  const m = Float64Array.from(bins.medians);
  for (const i2 of spikeBins) {
    m[i2] = positive ? Math.exp(trend[i2]) : trend[i2] * scale;
    y[i2] = trend[i2];
  }
  const broad = rollingMedian(y, oddWindow(b, 0.125));
  const detrended = y.map((v, i2) => v - broad[i2]);
  const local = rollingMedian(y, 7);
  const rho1 = b >= 10 ? autocorrelations(
    y.map((v, i2) => v - local[i2]),
    1
  )[0] ?? 0 : 0;
  const inflation = ar1VarianceInflation(rho1);
  const k0 = Math.min(b, Math.max(3, Math.ceil(b * th.edgeFraction)));
  const k = Math.min(b, Math.max(5, Math.ceil(b * th.edgeFraction)));
  const start = medianOf(m, 0, k0);
  const end = medianOf(m, b - k, b);
  const smooth = rollingMedian(m, oddWindow(b, th.smoothFraction));
  let minBin = 0;
  for (let i2 = 1; i2 < b; i2++) if (smooth[i2] < smooth[minBin]) minBin = i2;
  const min = smooth[minBin];
  const denom = Math.abs(start) || 1e-300;
  const mk = mannKendall(m, inflation);
  const sen = senSlope(bins.steps, m, th.alpha, mk.varS);
  const span = steps[n - 1] - steps[0];
  const senDrop = -sen.slope * span / denom;
  const senDropUpper = -sen.lower * span / denom;
  const after = m.subarray(minBin);
  const mkAfterMin = after.length >= th.minTrendBins ? mannKendall(after, inflation) : null;
  const riseFromMin = positive ? end / min - 1 : (end - min) / Math.max(Math.abs(min), denom);
  let risesAfterMin = 0;
  for (let i2 = 1; i2 < after.length; i2++) if (after[i2] > after[i2 - 1]) risesAfterMin++;
  const giveBack = start > min ? (end - min) / (start - min) : 0;
  const kt = Math.max(th.minTrendBins, Math.ceil(b * th.tailFraction));
  let mkTail = null;
  let tailDrop = 0;
  if (b >= kt) {
    const tm = m.subarray(b - kt);
    const ts = bins.steps.subarray(b - kt);
    mkTail = mannKendall(tm, inflation);
    const tsen = senSlope(ts, tm, th.alpha, mkTail.varS);
    tailDrop = -tsen.slope * (ts[kt - 1] - ts[0]) / (Math.abs(end) || 1e-300);
  }
  const h = positive ? Math.log(th.swingFactor) : th.swingFactor - 1;
  const swings = countSwings(y, h);
  const smoothSwings = countSwings(rollingMedian(y, 3), h);
  const lags = Math.min(64, Math.floor(b / 4));
  const rho = autocorrelations(detrended, lags);
  let minAutocorrelation = 0;
  for (const r of rho) if (r < minAutocorrelation) minAutocorrelation = r;
  const autocorrelationCritical = lags > 0 ? -inverseNormalUpper(th.alpha / lags) / Math.sqrt(b) : -1;
  const spreads = [];
  for (let i2 = 0; i2 < b; i2++) {
    const count = (i2 + 1 < b ? bins.start[i2 + 1] : n) - bins.start[i2];
    if (count >= 5) spreads.push(toY(bins.high[i2]) - toY(bins.low[i2]));
  }
  const spread2 = spreads.length > 0 ? medianOf(spreads) : Number.NaN;
  const withinBinSpread = positive ? Math.exp(spread2) : spread2;
  return {
    points: n,
    bins: b,
    space: positive ? "log" : "linear",
    firstStep: steps[0],
    lastStep: steps[n - 1],
    start,
    end,
    edgeBins: k,
    endLow: Math.min(...m.subarray(b - k)),
    min,
    minStep: bins.steps[minBin],
    minBin,
    relChange: (end - start) / denom,
    mk,
    sen,
    senDrop,
    senDropUpper,
    mkAfterMin,
    riseFromMin,
    giveBack,
    mkTail,
    tailDrop,
    swings,
    smoothSwings,
    minAutocorrelation,
    autocorrelationCritical,
    withinBinSpread,
    spikeSteps,
    movesAfterMin: Math.max(0, after.length - 1),
    risesAfterMin,
    rho1,
    varianceInflation: inflation
  };
}

// src/core/stats/sign-test.ts
function signTestUpper(k, n) {
  if (n <= 0 || k <= 0) return 1;
  if (k > n) return 0;
  let logC = 0;
  let p = 0;
  const log2n = n * Math.LN2;
  for (let i = 0; i <= n; i++) {
    if (i > 0) logC += Math.log((n - i + 1) / i);
    if (i >= k) p += Math.exp(logC - log2n);
  }
  return Math.min(1, p);
}

// src/core/curve-rules.ts
function significantRise(mk, alpha) {
  return mk !== null && mk.z > 0 && mk.p < alpha;
}
var POINT_RULES = [
  {
    name: "non-finite value",
    verdict: "non_finite",
    decide(c) {
      if (c.firstNonFinite < 0) return null;
      const n = c.values.length;
      const v = c.values[c.firstNonFinite];
      const kind = Number.isNaN(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity";
      const step = c.steps[c.firstNonFinite];
      return {
        summary: `Loss became ${kind} at step ${fmt(step)} (${c.nonFiniteCount} of ${n} points non-finite).`,
        evidence: {
          points: n,
          first_non_finite_step: finiteOrNull(step),
          first_non_finite_value: kind,
          non_finite_count: c.nonFiniteCount,
          last_finite_value: c.firstNonFinite > 0 ? finiteOrNull(c.values[c.firstNonFinite - 1]) : null
        }
      };
    }
  },
  {
    name: "too few points",
    verdict: "too_short",
    decide(c, th) {
      const n = c.values.length;
      if (n >= th.minPoints) return null;
      return {
        summary: `Only ${n} point${n === 1 ? "" : "s"}; at least ${th.minPoints} are needed to judge a curve.`,
        evidence: { points: n, min_points: th.minPoints }
      };
    }
  }
];
var SHAPE_RULES = [
  {
    name: "swings",
    verdict: "oscillates",
    decide({ f, th, levels }) {
      const spreadLimit = f.space === "log" ? th.swingFactor : Math.log(th.swingFactor);
      const periodic = f.swings >= th.minSwings && (f.minAutocorrelation < f.autocorrelationCritical || f.swings >= th.minSwingRate * f.bins);
      const convergedNoise = f.space === "log" && f.start / f.end >= th.oscillationMaxFall && f.mk.z < 0 && f.mk.p < th.alpha;
      if (convergedNoise || !(periodic || f.smoothSwings >= th.minSwings || f.withinBinSpread >= spreadLimit))
        return null;
      const what = periodic || f.smoothSwings >= th.minSwings ? `${Math.max(f.swings, f.smoothSwings)} swings of at least ${fmt(th.swingFactor)}\xD7` : `points within each stretch spread ${fmt(f.withinBinSpread)}\xD7 (90th/10th percentile)`;
      return `Loss oscillates: ${what}, ${levels}.`;
    }
  },
  {
    name: "far above its best",
    verdict: "explodes",
    decide({ f, th, levels, after, initial }) {
      const factor = f.space === "log" ? f.end / f.min : 1 + f.riseFromMin;
      const lowFactor = f.space === "log" ? f.endLow / f.min : 1;
      const persistent = significantRise(f.mkAfterMin, th.alpha) || lowFactor >= th.explodeFactor;
      const aboveStart = f.end > f.start || initial > 0 && f.end >= th.explodeFactor * initial;
      if (!(factor >= th.explodeFactor && aboveStart && persistent)) return null;
      return `Loss exploded: ${fmt(factor)}\xD7 its best level, ${levels}${after}.`;
    }
  },
  {
    name: "jump after the first value",
    verdict: "explodes",
    decide({ c, f, th, evidence, levels, initial }) {
      const jump = initial > 0 ? Math.max(...c.values.subarray(1, 4)) / initial : 0;
      if (!(jump >= th.jumpFactor && f.endLow >= th.jumpKeepFactor * initial)) return null;
      evidence.jump_factor = finiteOrNull(jump);
      return `Loss jumped ${fmt(jump)}\xD7 right after its first value ${fmt(initial)} and never came back: it ends at ${fmt(f.end)}, ${fmt(f.end / initial)}\xD7 where it began (${levels}).`;
    }
  },
  {
    name: "below zero",
    verdict: "goes_up",
    decide({ f, th, initial }) {
      const belowZero = initial > 0 ? f.end < -Math.max(initial, f.start) : f.end < th.explodeFactor * Math.min(initial, f.start);
      if (!(f.end < 0 && belowZero && f.mk.z < 0 && f.mk.p < th.alpha)) return null;
      return `Loss ran below zero, from ${fmt(f.start)} to ${fmt(f.end)}: a loss of this kind cannot, so its sign is likely flipped (the loss goes up, seen from below).`;
    }
  },
  {
    name: "rising trend",
    verdict: "goes_up",
    decide({ f, th, levels }) {
      if (!(significantRise(f.mk, th.alpha) && f.relChange >= th.goesUpMinRise)) return null;
      return `Loss went up ${pct(f.relChange)} ${levels}, Mann\u2013Kendall p = ${fmt(f.mk.p)}.`;
    }
  },
  {
    name: "consistent rise after the minimum",
    verdict: "goes_up",
    decide({ f, th, evidence, levels }) {
      const consistentRise = f.movesAfterMin >= th.minTrendBins - 1 && f.risesAfterMin >= th.consistentRiseShare * f.movesAfterMin && signTestUpper(f.risesAfterMin, f.movesAfterMin) < th.alpha;
      if (!(consistentRise && (f.giveBack >= th.goesUpGiveBack || f.end > f.start) && f.riseFromMin >= th.goesUpMinRise))
        return null;
      evidence.rises_after_min = f.risesAfterMin;
      evidence.moves_after_min = f.movesAfterMin;
      return `Loss went back up after its minimum, rising at ${f.risesAfterMin} of ${f.movesAfterMin} prints since (sign test p = ${fmt(signTestUpper(f.risesAfterMin, f.movesAfterMin))}), ${pct(f.riseFromMin)} from the minimum: ${levels}.`;
    }
  },
  {
    name: "rise after the minimum",
    verdict: "goes_up",
    decide({ f, th, levels, after }) {
      if (!(significantRise(f.mkAfterMin, th.alpha) && f.giveBack >= th.goesUpGiveBack && f.riseFromMin >= th.goesUpMinRise))
        return null;
      return `Loss went back up after its minimum, giving back ${pct(f.giveBack)} of its fall: ${levels}${after}.`;
    }
  },
  {
    name: "far above chance",
    verdict: "plateaus",
    decide({ f, th, chanceLevel, evidence, levels }) {
      if (!(chanceLevel !== void 0 && chanceLevel > 0 && f.end >= th.chanceFactor * chanceLevel))
        return null;
      evidence.chance_level = chanceLevel;
      return `Loss stayed far above chance: it ends at ${fmt(f.end)}, ${fmt(f.end / chanceLevel)}\xD7 ln C = ${fmt(chanceLevel)}, the loss of a uniform guess (${levels}).`;
    }
  },
  {
    name: "no improvement",
    verdict: "plateaus",
    decide({ f, th, levels }) {
      if (!(-f.relChange < th.plateauMaxDrop && f.senDrop < th.plateauMaxDrop && f.senDropUpper < th.plateauMaxDropUpper))
        return null;
      return `Loss plateaued: changed ${pct(f.relChange)} ${levels}; at most ${pct(f.senDropUpper)} improvement (Sen's slope, upper bound).`;
    }
  },
  {
    name: "none of the above",
    verdict: "healthy",
    decide({ f, th, evidence, levels }) {
      const stillDecreasing = f.mkTail !== null && f.mkTail.z < 0 && f.mkTail.p < th.alpha && f.tailDrop >= th.stillDecreasingDrop;
      evidence.trend_at_end = stillDecreasing ? "still_decreasing" : "flattened";
      const spikes = f.spikeSteps.length > 0 ? `; ${f.spikeSteps.length} spike(s) recovered` : "";
      return `Loss ${f.relChange < 0 ? "fell" : "changed"} ${pct(f.relChange)} ${levels}, Mann\u2013Kendall p = ${fmt(f.mk.p)}; ${stillDecreasing ? "still decreasing" : "flattened"} at the end${spikes}.`;
    }
  }
];

// src/core/judge-curve.ts
function featureEvidence(f) {
  return {
    points: f.points,
    bins: f.bins,
    space: f.space,
    start_level: finiteOrNull(f.start),
    end_level: finiteOrNull(f.end),
    min_level: finiteOrNull(f.min),
    min_step: finiteOrNull(f.minStep),
    relative_change: finiteOrNull(f.relChange),
    mk_s: f.mk.s,
    mk_z: finiteOrNull(f.mk.z),
    mk_p: finiteOrNull(f.mk.p),
    mk_tau: finiteOrNull(f.mk.tau),
    sen_slope_per_step: finiteOrNull(f.sen.slope),
    sen_drop: finiteOrNull(f.senDrop),
    sen_drop_upper: finiteOrNull(f.senDropUpper),
    mk_after_min_z: f.mkAfterMin ? finiteOrNull(f.mkAfterMin.z) : null,
    mk_after_min_p: f.mkAfterMin ? finiteOrNull(f.mkAfterMin.p) : null,
    rise_from_min: finiteOrNull(f.riseFromMin),
    give_back: finiteOrNull(f.giveBack),
    tail_drop: finiteOrNull(f.tailDrop),
    mk_tail_p: f.mkTail ? finiteOrNull(f.mkTail.p) : null,
    swings: f.swings,
    smoothed_swings: f.smoothSwings,
    min_autocorrelation: finiteOrNull(f.minAutocorrelation),
    autocorrelation_critical: finiteOrNull(f.autocorrelationCritical),
    within_bin_spread: finiteOrNull(f.withinBinSpread),
    spike_count: f.spikeSteps.length,
    spike_steps: f.spikeSteps.slice(0, 10).join(", ")
  };
}
function classifyCurve(c, th, chanceLevel, memo) {
  for (const rule of POINT_RULES) {
    const r = rule.decide(c, th);
    if (r) return { verdict: rule.verdict, summary: r.summary, evidence: r.evidence, features: null };
  }
  const f = curveFeatures(c.steps, c.values, th, memo);
  const evidence = featureEvidence(f);
  const input = {
    c,
    f,
    th,
    chanceLevel,
    evidence,
    levels: `from ${fmt(f.start)} to ${fmt(f.end)} (minimum ${fmt(f.min)} at step ${fmt(f.minStep)})`,
    after: f.mkAfterMin ? `, Mann\u2013Kendall p = ${fmt(f.mkAfterMin.p)} after the minimum` : "",
    initial: c.values[0]
  };
  for (const rule of SHAPE_RULES) {
    const summary = rule.decide(input);
    if (summary !== null) return { verdict: rule.verdict, summary, evidence, features: f };
  }
  throw new InternalError("classifyCurve: the last shape rule (healthy) always applies");
}
function judgeCurve(series, opts = {}) {
  const th = resolveThresholds(opts.thresholds);
  const c = opts.memo ? opts.memo.order(series) : orderCurve(series);
  const r = classifyCurve(c, th, opts.chanceLevel, opts.memo);
  return {
    series: series.name,
    split: series.split,
    judge: "curve",
    verdict: r.verdict,
    severity: CURVE_JUDGE.verdicts[r.verdict].severity,
    summary: r.summary,
    evidence: r.evidence,
    causes: likelyCauses(r.verdict)
  };
}

// src/core/judge-overfit.ts
var SOFTMAX_FLOOR_BAND = 1.25;
var SOFTMAX_CAUSE = "incorrect input to the loss (softmax instead of logits, a ReLU on the output)";
function softmaxFloor(classes) {
  return Math.log(1 + (classes - 1) / Math.E);
}
function judgeOverfit(series, opts = {}) {
  const th = resolveThresholds(opts.thresholds);
  if (opts.target !== void 0 && !Number.isFinite(opts.target)) {
    throw new InputError(`Overfit target must be a finite loss value, got ${opts.target}.`);
  }
  const r = classifyCurve(orderCurve(series), th);
  const finding = (verdict, summary) => ({
    series: series.name,
    split: series.split,
    judge: "overfit",
    verdict,
    severity: OVERFIT_JUDGE.verdicts[verdict].severity,
    summary,
    evidence: { ...r.evidence, ...opts.target !== void 0 ? { target: opts.target } : {} },
    causes: likelyCauses(verdict)
  });
  const f = r.features;
  if (r.verdict === "non_finite" || r.verdict === "too_short" || f === null) {
    return finding(
      r.verdict === "non_finite" ? "non_finite" : "too_short",
      `Single-batch overfit: ${r.summary}`
    );
  }
  const falling = f.mk.z < 0 && f.mk.p < th.alpha;
  const scale = Math.abs(f.start);
  const goal = opts.target ?? scale * 10 ** -th.overfitOrders;
  r.evidence.goal = goal;
  r.evidence.orders_below_start = f.end > 0 ? Math.log10(scale / f.end) : null;
  if (falling && f.end < -th.belowZeroFraction * scale) {
    return finding(
      "below_zero",
      `Single-batch overfit: loss ran below zero, from ${fmt(f.start)} to ${fmt(f.end)}; a cross-entropy-type loss cannot, so the sign is likely flipped.`
    );
  }
  if (falling && f.end <= goal) {
    return finding(
      "overfits",
      `Single-batch overfit: loss fell from ${fmt(f.start)} to ${fmt(f.end)} (goal \u2264 ${fmt(goal)}), Mann\u2013Kendall p = ${fmt(f.mk.p)}.`
    );
  }
  if (r.verdict !== "healthy") {
    const failed2 = finding(r.verdict, `Single-batch overfit failed: ${r.summary}`);
    return r.verdict === "plateaus" ? atSoftmaxFloor(failed2, f.end, opts.classes) : failed2;
  }
  const stillFalling = r.evidence.trend_at_end === "still_decreasing";
  const failed = finding(
    stillFalling ? "not_near_zero" : "plateaus",
    `Single-batch overfit failed: loss ${stillFalling ? "still falling" : "flattened"} at ${fmt(f.end)} (${pct(f.relChange)} from ${fmt(f.start)}), short of ${fmt(goal)}.`
  );
  return atSoftmaxFloor(failed, f.end, opts.classes);
}
function atSoftmaxFloor(f, end, classes) {
  if (classes === void 0 || classes < 2) return f;
  const floor = softmaxFloor(classes);
  if (!(end >= floor * 0.98 && end <= floor * SOFTMAX_FLOOR_BAND)) return f;
  return {
    ...f,
    summary: `${f.summary} It sits at ln(1 + (C \u2212 1)/e) = ${fmt(floor)} for C = ${classes}, the lowest cross-entropy reaches when it is fed softmax probabilities instead of logits.`,
    evidence: { ...f.evidence, softmax_floor: floor },
    causes: [SOFTMAX_CAUSE, ...f.causes.filter((c) => c !== SOFTMAX_CAUSE)]
  };
}

// src/core/curve-memo.ts
var CurveMemo = class {
  curves = /* @__PURE__ */ new Map();
  binned = /* @__PURE__ */ new Map();
  /** `orderCurve(series)`, once per pair of arrays. */
  order(series) {
    const hit = this.curves.get(series.values);
    if (hit && hit.steps === series.steps) return hit.curve;
    const curve = orderCurve(series);
    this.curves.set(series.values, { steps: series.steps, curve });
    return curve;
  }
  /** `equalCountBins(steps, values, maxBins)`, once per pair of arrays and bin count. The result is shared: read it only. */
  bins(steps, values, maxBins) {
    const hit = this.binned.get(values);
    if (hit && hit.steps === steps && hit.maxBins === maxBins) return hit.bins;
    const bins = equalCountBins(steps, values, maxBins);
    this.binned.set(values, { steps, maxBins, bins });
    return bins;
  }
};

// src/core/judge-init-loss.ts
function judgeInitLoss(series, classes, opts = {}) {
  if (!Number.isInteger(classes) || classes < 2) {
    throw new InputError(
      `Number of classes must be an integer \u2265 2, got ${classes}. Pass the softmax's class count.`
    );
  }
  const th = resolveThresholds(opts.thresholds);
  const c = orderCurve(series);
  const expected = Math.log(classes);
  const first = c.values[0] ?? Number.NaN;
  const rel2 = (first - expected) / expected;
  const ok = Number.isFinite(first) && Math.abs(rel2) <= th.initLossTolerance;
  return {
    series: series.name,
    split: series.split,
    judge: "init_loss",
    verdict: ok ? "init_loss_ok" : "init_loss_off",
    severity: INIT_LOSS_JUDGE.verdicts[ok ? "init_loss_ok" : "init_loss_off"].severity,
    summary: `Initial loss ${fmt(first)} at step ${fmt(c.steps[0] ?? Number.NaN)} vs ln(${classes}) = ${fmt(expected)} (${Number.isFinite(rel2) ? pct(rel2) : "not finite"}; tolerance \xB1${fmt(100 * th.initLossTolerance)}%).`,
    evidence: {
      classes,
      expected,
      initial_loss: finiteOrNull(first),
      initial_step: finiteOrNull(c.steps[0] ?? Number.NaN),
      relative_difference: finiteOrNull(rel2),
      tolerance: th.initLossTolerance
    },
    causes: ok ? [] : likelyCauses("init_loss_off")
  };
}

// src/core/stats/point-noise.ts
function pointNoise(values) {
  const n = values.length;
  if (n < 5) return null;
  const d2 = [];
  for (let i = 1; i < n - 1; i++) {
    d2.push(values[i + 1] - 2 * values[i] + values[i - 1]);
  }
  return MAD_TO_SIGMA * medianAbsoluteDeviation(d2) / Math.sqrt(6);
}

// src/core/validation-align.ts
function finitePoints(s, memo) {
  const c = memo ? memo.order(s) : orderCurve(s);
  if (c.nonFiniteCount === 0) return { steps: c.steps, values: c.values };
  let kept = 0;
  for (let i = 0; i < c.values.length; i++) if (Number.isFinite(c.values[i])) kept++;
  const steps = new Float64Array(kept);
  const values = new Float64Array(kept);
  for (let i = 0, k = 0; i < c.values.length; i++) {
    const v = c.values[i];
    if (!Number.isFinite(v)) continue;
    steps[k] = c.steps[i];
    values[k++] = v;
  }
  return { steps, values };
}
function alignTrain(train, valSteps) {
  const m = valSteps.length;
  const out = new Float64Array(m);
  const bounds = new Int32Array(m + 1);
  let j = 0;
  for (let i = 0; i < m; i++) {
    const s = valSteps[i];
    while (j < train.steps.length && train.steps[j] <= s) j++;
    bounds[i + 1] = j;
  }
  const stats = {
    min: new Float64Array(m),
    max: new Float64Array(m),
    maxIndex: new Int32Array(m),
    medians: out,
    low: new Float64Array(m),
    high: new Float64Array(m)
  };
  const done = new Uint8Array(m);
  if (m > 0) bucketOrderStatistics(train.values, bounds, stats, done);
  let scratch = new Float64Array(64);
  for (let i = 0; i < m; i++) {
    if (done[i] === 1) continue;
    const from = bounds[i];
    const to = bounds[i + 1];
    if (to - from > scratch.length) scratch = new Float64Array(Math.max(to - from, 2 * scratch.length));
    out[i] = to > from ? medianOf(train.values, from, to, scratch) : to > 0 ? train.values[to - 1] : Number.NaN;
  }
  return out;
}
function finiteMedian(values, lo, hi) {
  const kept = [];
  for (let i = Math.max(0, lo); i < Math.min(values.length, hi); i++) {
    const v = values[i];
    if (Number.isFinite(v)) kept.push(v);
  }
  return kept.length === 0 ? Number.NaN : medianOf(kept);
}

// src/core/judge-validation.ts
var SEVERITY = severities(VALIDATION_JUDGE.verdicts);
function spread(values) {
  const centre = medianOf(values);
  const dev = Array.from(values, (x) => Math.abs(x - centre));
  const mad = MAD_TO_SIGMA * medianOf(dev);
  return mad > 0 ? mad : 1.2533 * dev.reduce((a, x) => a + x, 0) / dev.length;
}
function sdOf(values) {
  const mean = values.reduce((a, x) => a + x, 0) / values.length;
  return Math.sqrt(values.reduce((a, x) => a + (x - mean) ** 2, 0) / (values.length - 1));
}
var rel = (a, b) => (a - b) / (Math.abs(b) || 1e-300);
function ratio(a, b) {
  return a > 0 && b > 0 && Number.isFinite(a / b) ? a / b : null;
}
function times(r) {
  return r === null ? "n/a" : `${fmt(r)}\xD7`;
}
var SMALL_BAND = 8;
var MIN_BAND = 7;
function endBand(vv, b) {
  const m = vv.length;
  let top = vv[b];
  for (let i = b + 1; i < m; i++) top = Math.max(top, vv[i]);
  let i0 = 0;
  while (i0 < b && vv[i0] > top) i0++;
  return Math.max(0, Math.min(i0 - 1, m - MIN_BAND));
}
function runLogNoise(vv) {
  if (vv.length < MIN_BAND) return null;
  const logs = new Float64Array(vv.length);
  for (let i = 0; i < vv.length; i++) {
    const x = vv[i];
    if (!(x > 0)) return null;
    logs[i] = Math.log(x);
  }
  return pointNoise(logs);
}
function trainFrom(t, from, maxBins) {
  let lo = 0;
  while (lo < t.steps.length && t.steps[lo] < from) lo++;
  const steps = t.steps.subarray(lo);
  const values = t.values.subarray(lo);
  return values.length > maxBins ? equalCountBins(steps, values, maxBins).medians : values;
}
function judgeValidation(train, val, opts = {}) {
  const th = resolveThresholds(opts.thresholds);
  const t = finitePoints(train, opts.memo);
  const v0 = finitePoints(val, opts.memo);
  let vs = v0.steps;
  let vv = v0.values;
  const valPoints = vv.length;
  if (vv.length > th.maxBins) {
    const bins = opts.memo ? opts.memo.bins(vs, vv, th.maxBins) : equalCountBins(vs, vv, th.maxBins);
    vs = bins.steps;
    vv = bins.medians;
  }
  const m = vv.length;
  const finding = (verdict, summary, evidence2) => ({
    series: `${train.name} vs ${val.name}`,
    split: "val",
    judge: "validation",
    verdict,
    severity: SEVERITY[verdict],
    summary,
    evidence: evidence2,
    causes: likelyCauses(verdict)
  });
  if (m < th.minValPoints || t.values.length < 1) {
    return finding(
      "too_short",
      `Only ${valPoints} validation and ${t.values.length} train points; need ${th.minValPoints} and 1.`,
      { val_points: valPoints, train_points: t.values.length }
    );
  }
  const tr = alignTrain(t, vs);
  let b = 0;
  for (let i = 1; i < m; i++) if (vv[i] < vv[b]) b = i;
  const post = m - 1 - b;
  const k = Math.max(1, Math.min(th.valEndMaxPoints, post > 0 ? post : Math.ceil(m / 4)));
  const valBest = vv[b];
  const valEnd = medianOf(vv, m - k, m);
  const endAboveBest = rel(valEnd, valBest);
  const smoothBest = m >= 5 ? Math.min(...rollingMedian(vv, 3)) : valBest;
  const band = endBand(vv, b);
  const noise = pointNoise(vv.subarray(band));
  const sigma = Math.max(noise ?? 0, th.valNoiseFloor * Math.abs(valBest));
  const riseZ = sigma > 0 ? (valEnd - smoothBest) / sigma : 0;
  const riseAboveSmoothed = rel(valEnd, smoothBest);
  const tail = 1 - zCdf(th.valRiseMinZ);
  const runNoise = runLogNoise(vv);
  const runRise = runNoise === null || !(smoothBest > 0) ? null : Math.log(valEnd / smoothBest) / Math.max(runNoise, Math.log1p(th.valNoiseFloor));
  const runZNeeded = runRise === null || m >= SMALL_BAND ? th.valRiseMinZ : tQuantile(1 - tail, Math.max(1, m - 3));
  const bandPoints = m - band;
  const usesFloor = noise === null || sigma > noise;
  const zNeeded = usesFloor || bandPoints >= SMALL_BAND ? th.valRiseMinZ : tQuantile(1 - tail, Math.max(1, bandPoints - 3));
  const postNoise = post >= 4 ? Math.max(spread(vv.subarray(b + 1)), sdOf(vv.subarray(b + 1))) : null;
  const turnSigma = Math.max(postNoise ?? 0, th.valNoiseFloor * Math.abs(valBest));
  const turned = b >= 1 && vv[b - 1] > valEnd && (b < 2 || vv[b - 2] > valEnd);
  const turnZ = turned && postNoise !== null && turnSigma > 0 ? (valEnd - valBest) / turnSigma : 0;
  const turnZNeeded = zQuantile(1 - th.valAlpha / m);
  const mkAfter = post >= 4 ? mannKendall(vv.subarray(b + 1)) : null;
  const pAfter = mkAfter ? mkAfter.z > 0 ? mkAfter.p / 2 : 1 - mkAfter.p / 2 : null;
  const trainEnd = finiteMedian(tr, m - k, m);
  const trainAtBest = tr[b];
  const trainAfterBest = t.steps.length > 0 && t.steps[t.steps.length - 1] > vs[b];
  const trainFell = trainAfterBest && Number.isFinite(trainEnd) && Number.isFinite(trainAtBest) ? trainEnd <= trainAtBest : null;
  const gapRatio = ratio(valEnd, trainEnd);
  const gapDifference = valEnd - trainEnd;
  const kv = Math.max(1, Math.ceil(0.1 * m));
  const valStart = medianOf(vv, 0, kv);
  const mkVal = mannKendall(vv);
  const trainKnown = tr.filter(Number.isFinite);
  const kt = Math.max(1, Math.ceil(0.1 * trainKnown.length));
  const trainStart = medianOf(trainKnown, 0, kt);
  const mkTrain = mannKendall(trainKnown);
  const valDrop = -rel(valEnd, valStart);
  const trainDrop = -rel(trainEnd, trainStart);
  const evidence = {
    val_points: valPoints,
    train_points: t.values.length,
    best_step: finiteOrNull(vs[b]),
    best_value: finiteOrNull(valBest),
    end_value: finiteOrNull(valEnd),
    end_above_best: finiteOrNull(endAboveBest),
    gap_ratio: gapRatio,
    gap_difference: finiteOrNull(gapDifference),
    train_end: finiteOrNull(trainEnd),
    train_at_best: finiteOrNull(trainAtBest),
    noise_sd: noise === null ? null : finiteOrNull(noise),
    rise_z: finiteOrNull(riseZ),
    rise_z_needed: finiteOrNull(zNeeded),
    rise_p: finiteOrNull(1 - zCdf(riseZ)),
    best_z: postNoise === null ? null : finiteOrNull(turnZ),
    best_z_needed: finiteOrNull(turnZNeeded),
    smoothed_best: finiteOrNull(smoothBest),
    rise_above_smoothed_best: finiteOrNull(riseAboveSmoothed),
    run_rise_z: runRise === null ? null : finiteOrNull(runRise),
    run_rise_z_needed: finiteOrNull(runZNeeded),
    after_best_mk_p_one_sided: pAfter === null ? null : finiteOrNull(pAfter),
    val_start: finiteOrNull(valStart),
    val_change: finiteOrNull(-valDrop),
    val_mk_p: finiteOrNull(mkVal.p),
    train_change: finiteOrNull(-trainDrop),
    train_mk_p: finiteOrNull(mkTrain.p)
  };
  const best = `best val ${fmt(valBest)} at step ${fmt(vs[b])} (the checkpoint to keep), end ${pct(endAboveBest)} above it`;
  const gap = `final val/train gap ${times(gapRatio)} (difference ${fmt(gapDifference)})`;
  const valFalls = mkVal.z < 0 && mkVal.p < th.valAlpha && valDrop >= th.valMinDrop;
  const trainFalls = mkTrain.z < 0 && mkTrain.p < th.valAlpha && trainDrop >= th.trainMinDrop;
  const tk = Math.max(1, Math.ceil(0.02 * t.values.length));
  const trainInitial = medianOf(t.values, 0, Math.min(tk, t.values.length));
  const valBelowInitial = -rel(valBest, trainInitial);
  const bestGain = -rel(smoothBest, Math.max(vv[0], valStart));
  evidence.val_best_gain = finiteOrNull(bestGain);
  evidence.train_initial = finiteOrNull(trainInitial);
  evidence.val_drop_from_train_initial = finiteOrNull(valBelowInitial);
  if (!valFalls && valDrop < th.valMinDrop && bestGain < th.valMinDrop && trainFalls && valBelowInitial < th.trainMinDrop && // a run resumed from a trained model starts with train far below val: see resumedValFactor
  valStart < th.resumedValFactor * trainInitial) {
    return finding(
      "not_generalising",
      `Val loss did not improve (${pct(-valDrop)}, ${fmt(valStart)} to ${fmt(valEnd)}) while train fell ${pct(-trainDrop)} over the same steps (Mann\u2013Kendall p = ${fmt(mkTrain.p)}); ${best}; ${gap}.`,
      evidence
    );
  }
  const levelRise = riseAboveSmoothed >= th.overfitMinRise && (riseZ >= zNeeded || runRise !== null && runRise >= runZNeeded);
  const turnRise = turnZ >= turnZNeeded;
  const trendRise = pAfter !== null && pAfter < th.valAlpha && riseZ >= th.valTrendMinZ;
  if (post >= 1 && endAboveBest >= th.overfitMinRise && (levelRise || turnRise || trendRise) && trainFell !== false) {
    const test = levelRise ? riseZ >= zNeeded ? `${fmt(riseZ)} noise SDs above the smoothed best ${fmt(smoothBest)}, at least the ${fmt(zNeeded)} required` : `${fmt(runRise)} noise SDs of the whole run (log scale) above the smoothed best ${fmt(smoothBest)}, at least the ${fmt(runZNeeded)} required` : turnRise ? `${fmt(turnZ)} noise SDs below the end level, more than the ${fmt(turnZNeeded)} the lowest of ${m} noisy evaluations reaches at p = ${fmt(th.valAlpha)}` : `one-sided Mann\u2013Kendall p = ${fmt(pAfter)}`;
    const trainPart = trainFell === null ? "train was not logged after the best" : trainEnd < trainAtBest ? `train fell from ${fmt(trainAtBest)} to ${fmt(trainEnd)}` : `train did not rise (${fmt(trainAtBest)} at the best and at the end)`;
    return finding(
      "overfitting",
      `Overfitting from step ${fmt(vs[b])}: val loss rose ${pct(endAboveBest)} above its best ${fmt(valBest)} to ${fmt(valEnd)} (${test}) while ${trainPart}; ${gap}.`,
      { ...evidence, overfitting_from_step: finiteOrNull(vs[b]) }
    );
  }
  if (m >= 6) {
    const h = Math.floor(m / 2);
    const q = Math.max(1, Math.ceil((m - h) / 3));
    const vMid = medianOf(vv, h, h + q);
    const vEnd = medianOf(vv, m - q, m);
    const tMid = finiteMedian(tr, h, h + q);
    const tEnd = finiteMedian(tr, m - q, m);
    const halfDrop = -rel(vEnd, vMid);
    const mkHalf = mannKendall(vv.subarray(h));
    const valFalls2 = mkHalf.z < 0 && mkHalf.p < th.valAlpha;
    const trainHalfDrop = -rel(tEnd, tMid);
    const mkTrainHalf = mannKendall(trainFrom(t, vs[h], th.maxBins));
    const trainFalls2 = mkTrainHalf.z < 0 && mkTrainHalf.p < th.valAlpha && trainHalfDrop >= th.stallTrainDrop;
    const ratioMid = ratio(vMid, tMid);
    const ratioEnd = ratio(vEnd, tEnd);
    const widened = ratioMid !== null && ratioEnd !== null && ratioEnd >= th.stallMinGapRatio && ratioEnd >= ratioMid * (1 + th.stallGapGrowth);
    if (!valFalls2 && halfDrop < th.valMinDrop && trainFalls2 && widened) {
      return finding(
        "stalled",
        `Val loss stalled from step ${fmt(vs[h])} (${pct(-halfDrop)} over the second half) while train fell ${pct(-trainHalfDrop)} (Mann\u2013Kendall p = ${fmt(mkTrainHalf.p)}) and the val/train gap widened from ${times(ratioMid)} to ${times(ratioEnd)}; ${best}; ${gap}.`,
        {
          ...evidence,
          stalled_from_step: finiteOrNull(vs[h]),
          val_second_half_change: finiteOrNull(-halfDrop),
          train_second_half_change: finiteOrNull(-trainHalfDrop),
          train_second_half_mk_p: finiteOrNull(mkTrainHalf.p),
          gap_ratio_mid: ratioMid
        }
      );
    }
  }
  return finding(
    "generalises",
    `Val loss ${pct(-valDrop)} (${fmt(valStart)} to ${fmt(valEnd)}) alongside train ${pct(-trainDrop)}; ${best}; ${gap}.`,
    evidence
  );
}

// src/core/analyze.ts
var LOSS_WORDS = /* @__PURE__ */ new Set([
  "loss",
  "logloss",
  "nll",
  "xent",
  "crossentropy",
  "perplexity",
  "ppl",
  "bpd",
  "mse",
  "rmse",
  "mae",
  "objective"
]);
var NOT_LOSS_WORDS = /* @__PURE__ */ new Set([
  "acc",
  "accuracy",
  "lr",
  "learning",
  "rate",
  "grad",
  "gradient",
  "norm",
  "scale",
  "runtime",
  "time",
  "seconds",
  "second",
  "samples",
  "steps",
  "throughput",
  "epoch",
  "flos",
  "count"
]);
var CROSS_ENTROPY_WORDS = /* @__PURE__ */ new Set(["loss", "nll", "xent", "crossentropy", "entropy"]);
function words(s) {
  return (s.metric || s.name).toLowerCase().replace(/cross[-_ ]?entropy/g, "crossentropy").split(/[^a-z0-9]+/).filter((w) => w.length > 0);
}
function isLossLike(series) {
  const w = words(series);
  return w.some((x) => LOSS_WORDS.has(x)) && !w.some((x) => NOT_LOSS_WORDS.has(x));
}
function isCrossEntropy(s) {
  return words(s).some((w) => CROSS_ENTROPY_WORDS.has(w));
}
function judgeConstantZero(s, thresholds) {
  const n = s.values.length;
  const th = resolveThresholds(thresholds.thresholds);
  if (n < th.minPoints) return judgeCurve(s, thresholds);
  return {
    series: s.name,
    split: s.split,
    judge: "curve",
    verdict: "plateaus",
    severity: "fail",
    summary: `Loss is exactly 0 at all ${n} points: a loss that never moves from 0 measures nothing (e.g. NLL fed probabilities instead of log-probabilities, or a loss computed on nothing).`,
    evidence: { points: n, constant_value: 0 },
    causes: likelyCauses("plateaus")
  };
}
function isConstantZero(s) {
  if (s.values.length === 0) return false;
  for (let i = 0; i < s.values.length; i++) if (s.values[i] !== 0) return false;
  return true;
}
function trainSeriesFor(val, losses) {
  return losses.find((t) => t.split === "train" && t.metric === val.metric && t.run === val.run) ?? losses.find((t) => t.split === "other" && t.metric === val.metric && t.run === val.run) ?? // No train series of the same metric (e.g. HF `eval_g0_loss` next to `loss`): the run's
  // main training loss stands in, so a rising validation loss reads as overfitting.
  losses.find((t) => t.split === "train" && t.metric === "loss" && t.run === val.run);
}
function labelled(f, run) {
  return run === void 0 ? f : { ...f, series: `${run}: ${f.series}` };
}
function analyzeSeries(series, opts = {}) {
  const thresholds = opts.thresholds ? { thresholds: opts.thresholds } : {};
  const lossLike = series.filter(isLossLike);
  const losses = lossLike.filter((s) => !isConstantZero(s));
  const findings = [];
  if (losses.length === 0) {
    for (const s of lossLike) findings.push(labelled(judgeConstantZero(s, thresholds), s.run));
    return findings;
  }
  const isTrain = (s) => s.split === "train" || s.split === "other";
  const memo = new CurveMemo();
  const shared = { ...thresholds, memo };
  for (const s of losses) {
    if (s.split === "val" || s.split === "test") {
      const train = trainSeriesFor(s, losses);
      if (train) {
        findings.push(labelled(judgeValidation(train, s, shared), s.run));
        const curve = judgeCurve(s, shared);
        if (curve.verdict === "non_finite" || curve.verdict === "explodes")
          findings.push(labelled(curve, s.run));
        continue;
      }
    }
    if (opts.overfit && isTrain(s)) {
      const target = opts.target === void 0 ? {} : { target: opts.target };
      const classes = opts.classes !== void 0 && isCrossEntropy(s) ? { classes: opts.classes } : {};
      findings.push(labelled(judgeOverfit(s, { ...thresholds, ...target, ...classes }), s.run));
    } else {
      const crossEntropy = opts.classes !== void 0 && isTrain(s) && isCrossEntropy(s);
      const chance = crossEntropy ? { chanceLevel: Math.log(opts.classes) } : {};
      findings.push(labelled(judgeCurve(s, { ...shared, ...chance }), s.run));
    }
    if (opts.classes !== void 0 && isTrain(s) && isCrossEntropy(s)) {
      findings.push(labelled(judgeInitLoss(s, opts.classes, thresholds), s.run));
    }
  }
  return findings;
}
function worstSeverity(findings) {
  return worstStatus(
    findings.map((f) => f.severity),
    "pass"
  );
}

export {
  likelyCauses,
  judgeCurve,
  judgeInitLoss,
  judgeOverfit,
  judgeValidation,
  isLossLike,
  analyzeSeries,
  worstSeverity
};
