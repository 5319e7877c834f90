import { selectInPlace } from './select.js';

/** Value buckets of each bin's order statistics below, and the bin size from which they pay. */
const BUCKETS = 64;
export const MIN_BUCKETED = 128;

/** What `bucketOrderStatistics` fills per bin. */
export interface BinStatistics {
  readonly min: Float64Array;
  readonly max: Float64Array;
  readonly maxIndex: Int32Array;
  readonly medians: Float64Array;
  readonly low: Float64Array;
  readonly high: Float64Array;
}

/** Values sampled per bin for the range its buckets span. */
const SAMPLES = 32;

/**
 * The range each bin's buckets span: that of SAMPLES of its values, evenly spaced, as `low` and
 * BUCKETS / width in `scale` (0 for a bin under MIN_BUCKETED values, or whose samples are all
 * one value or not finite). Values outside it fall in the first or last bucket, so the buckets
 * stay ordered; a spike the samples miss no longer stretches them. O(B · SAMPLES).
 */
function sampledRanges(
  values: Float64Array,
  start: Int32Array,
  low: Float64Array,
  scale: Float64Array,
): void {
  const b = start.length - 1;
  for (let k = 0; k < b; k++) {
    const lo = start[k] as number;
    const m = (start[k + 1] as number) - lo;
    if (m < MIN_BUCKETED) continue;
    let mn = Number.POSITIVE_INFINITY;
    let mx = Number.NEGATIVE_INFINITY;
    for (let t = 0; t < SAMPLES; t++) {
      const v = values[lo + Math.floor((t * m) / SAMPLES)] as number;
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

/**
 * Each bin's extremes (the first index of its maximum) and, in the same pass, the bucket of each
 * of its values among BUCKETS equal-width buckets over its sampled range, with the count of each
 * (bin, bucket). Bins with a zero (0 and -0 are equal to a selection, but not the same double),
 * NaN or ±Infinity, or no sampled range are not bucketed (`bucketed[k]` stays 0). One pass over
 * the values, in one call so that V8 optimises it early.
 */
function countBuckets(
  values: Float64Array,
  start: Int32Array,
  s: BinStatistics,
  bucket: Uint8Array,
  counts: Int32Array,
  bucketed: Uint8Array,
): void {
  const b = start.length - 1;
  const low = new Float64Array(b);
  const scales = new Float64Array(b);
  sampledRanges(values, start, low, scales);
  for (let k = 0; k < b; k++) {
    const lo = start[k] as number;
    const hi = start[k + 1] as number;
    let mx = Number.NEGATIVE_INFINITY;
    let mn = Number.POSITIVE_INFINITY;
    let at = lo;
    let special = false;
    const from = low[k] as number;
    const scale = scales[k] as number;
    const base = k * BUCKETS;
    if (scale > 0) {
      for (let i = lo; i < hi; i++) {
        const v = values[i] as number;
        if (v > mx) {
          mx = v;
          at = i;
        }
        if (v < mn) mn = v;
        if (!(v !== 0 && v - v === 0)) special = true;
        const f = (v - from) * scale;
        const j = f < 0 ? 0 : f >= BUCKETS ? BUCKETS - 1 : f | 0;
        bucket[i] = j;
        counts[base + j] = (counts[base + j] as number) + 1;
      }
    } else {
      for (let i = lo; i < hi; i++) {
        const v = values[i] as number;
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

/** Copies the values of each wanted (bin, bucket) to its segment of `gathered`, at `cursor` (advanced). */
function gatherBuckets(
  values: Float64Array,
  start: Int32Array,
  bucketed: Uint8Array,
  bucket: Uint8Array,
  cursor: Int32Array,
  gathered: Float64Array,
): void {
  const b = start.length - 1;
  for (let k = 0; k < b; k++) {
    if (bucketed[k] === 0) continue;
    const base = k * BUCKETS;
    const hi = start[k + 1] as number;
    for (let i = start[k] as number; i < hi; i++) {
      const c = base + (bucket[i] as number);
      const t = cursor[c] as number;
      if (t >= 0) {
        gathered[t] = values[i] as number;
        cursor[c] = t + 1;
      }
    }
  }
}

/**
 * Plans the gather: for each bucketed bin, the buckets holding its four wanted ranks (10th
 * percentile, the two middle ones, 90th percentile: ascending, so one walk over the counts finds
 * all), a segment of `gathered` for each (`cursor` of the bucket its start, else -1), and each
 * rank's position and segment. A bin whose wanted bucket holds over a quarter of its values is
 * unmarked in `bucketed`. Returns the size of `gathered`. O(B · BUCKETS).
 */
function planSegments(
  start: Int32Array,
  counts: Int32Array,
  bucketed: Uint8Array,
  cursor: Int32Array,
  rankAt: Int32Array,
  segLo: Int32Array,
  segHi: Int32Array,
): number {
  const b = start.length - 1;
  const ranks = new Int32Array(4);
  const wanted = new Int32Array(4);
  const below = new Int32Array(4);
  let size = 0;
  for (let k = 0; k < b; k++) {
    if (bucketed[k] === 0) continue;
    const m = (start[k + 1] as number) - (start[k] as number);
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
      const r = ranks[q] as number;
      while (before + (counts[base + j] as number) <= r) before += counts[base + j++] as number;
      if ((counts[base + j] as number) * 4 > m) crowded = true;
      wanted[q] = j;
      below[q] = before;
    }
    if (crowded) {
      bucketed[k] = 0;
      continue;
    }
    for (let q = 0; q < 4; q++) {
      const c = base + (wanted[q] as number);
      // ranks in one bucket share its segment: the previous rank's, as they ascend
      let lo: number;
      if (q > 0 && wanted[q - 1] === wanted[q]) lo = segLo[4 * k + q - 1] as number;
      else {
        lo = size;
        cursor[c] = size;
        size += counts[c] as number;
      }
      segLo[4 * k + q] = lo;
      segHi[4 * k + q] = lo + (counts[c] as number) - 1;
      rankAt[4 * k + q] = lo + (ranks[q] as number) - (below[q] as number);
    }
  }
  return size;
}

/** Each bucketed bin's order statistics, by selections within the gathered segments. */
function selectRanks(
  start: Int32Array,
  bucketed: Uint8Array,
  gathered: Float64Array,
  rankAt: Int32Array,
  segLo: Int32Array,
  segHi: Int32Array,
  s: BinStatistics,
): void {
  const b = start.length - 1;
  for (let k = 0; k < b; k++) {
    if (bucketed[k] === 0) continue;
    const x = 4 * k;
    const low = selectInPlace(gathered, rankAt[x] as number, segLo[x] as number, segHi[x] as number);
    const lowerMid = selectInPlace(
      gathered,
      rankAt[x + 1] as number,
      segLo[x + 1] as number,
      segHi[x + 1] as number,
    );
    const upperMid = selectInPlace(
      gathered,
      rankAt[x + 2] as number,
      segLo[x + 2] as number,
      segHi[x + 2] as number,
    );
    const high = selectInPlace(
      gathered,
      rankAt[x + 3] as number,
      segLo[x + 3] as number,
      segHi[x + 3] as number,
    );
    const m = (start[k + 1] as number) - (start[k] as number);
    s.medians[k] = m % 2 === 0 ? (upperMid + lowerMid) / 2 : upperMid;
    s.low[k] = low;
    s.high[k] = high;
  }
}

/**
 * Every bin's minimum, maximum (and its first index), median and nearest-rank 10th/90th
 * percentiles, for the bins `start` delimits (bin k is [start[k], start[k + 1]), `start` ends
 * with n). The extremes are set for every bin; the order statistics for bins
 * of ≥ MIN_BUCKETED finite non-zero values, marked 1 in `done` (the rest are left to the
 * caller): one pass finds each bin's extremes and counts its values into BUCKETS equal-width
 * buckets over the range of a sample of them, one gathers the buckets holding a wanted rank, and a
 * selection runs within each gathered bucket (about 2n cheap steps for all bins instead of three
 * in-place selections' partitions per bin). Exact, as the buckets are ordered (a larger value
 * never falls in a lower bucket): the very doubles of any selection. A bin whose wanted bucket
 * holds over a quarter of its values (many ties, or a sample far from the bin) is left to the
 * caller too.
 * O(n) time, O(n) scratch.
 */
export function bucketOrderStatistics(
  values: Float64Array,
  start: Int32Array,
  s: BinStatistics,
  done: Uint8Array,
): void {
  const b = start.length - 1;
  const bucket = new Uint8Array(start[b] as number);
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
