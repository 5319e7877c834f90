import { selectInPlace } from './select.js';

/** Value buckets of the one-pass order statistics below, and the bin size from which they pay. */
const BUCKETS = 64;
export const MIN_BUCKETED = 256;

/**
 * Scratch of `orderStatistics` (see `bucketScratch`): the bucket of each value, the count of
 * each bucket, the slot of a wanted bucket (-1 for none) and the values gathered from the wanted ones.
 */
export interface BucketScratch {
  readonly bucket: Uint8Array;
  readonly counts: Int32Array;
  readonly slot: Int8Array;
  readonly gathered: Float64Array[];
  readonly size: Int32Array;
}

/**
 * The values at 0-based `ranks` (at most four, ascending) of `a[0, m)`, written to `out`: one
 * pass counts the values into BUCKETS equal-width buckets between `min` and `max`, one gathers
 * the buckets holding a wanted rank, and a selection runs within each gathered one (about 2m
 * cheap steps instead of three in-place selections' partitions). Exact, as the buckets are
 * ordered (a larger value never falls in a lower bucket): the very doubles of any selection, as
 * long as 0 and -0 are not mixed (callers leave ranges with a zero, NaN or infinity to
 * selectInPlace). Returns false, leaving `a` and `out` as they were, when a wanted bucket holds
 * over a quarter of the values (a spike stretches the range) or the range has no finite
 * positive width: the caller then selects. O(m) time.
 */
export function orderStatistics(
  a: Float64Array,
  m: number,
  min: number,
  max: number,
  ranks: readonly number[],
  out: Float64Array,
  s: BucketScratch,
): boolean {
  const scale = BUCKETS / (max - min);
  if (!(scale > 0 && scale < Number.POSITIVE_INFINITY)) return false;
  const { bucket, counts, slot, gathered, size } = s;
  counts.fill(0);
  for (let i = 0; i < m; i++) {
    const f = ((a[i] as number) - min) * scale;
    const j = f >= BUCKETS ? BUCKETS - 1 : f | 0;
    bucket[i] = j;
    counts[j] = (counts[j] as number) + 1;
  }
  // the bucket of each rank, and the rank within it
  slot.fill(-1);
  const within: number[] = [];
  const slotOfRank: number[] = [];
  let slots = 0;
  for (const r of ranks) {
    let j = 0;
    let before = 0;
    while (before + (counts[j] as number) <= r) before += counts[j++] as number;
    if ((counts[j] as number) * 4 > m) return false;
    if (slot[j] === -1) slot[j] = slots++;
    slotOfRank.push(slot[j] as number);
    within.push(r - before);
  }
  size.fill(0);
  for (let i = 0; i < m; i++) {
    const t = slot[bucket[i] as number] as number;
    if (t >= 0) {
      const n = size[t] as number;
      (gathered[t] as Float64Array)[n] = a[i] as number;
      size[t] = n + 1;
    }
  }
  for (let q = 0; q < ranks.length; q++) {
    const t = slotOfRank[q] as number;
    out[q] = selectInPlace(gathered[t] as Float64Array, within[q] as number, 0, (size[t] as number) - 1);
  }
  return true;
}

/** Scratch for orderStatistics on up to `size` values (none below MIN_BUCKETED, which it never takes). */
export function bucketScratch(size: number): BucketScratch {
  return {
    bucket: new Uint8Array(size),
    counts: new Int32Array(BUCKETS),
    slot: new Int8Array(BUCKETS),
    // at most four wanted ranks, each bucket holding at most a quarter of the values
    gathered: Array.from({ length: 4 }, () => new Float64Array(size >= MIN_BUCKETED ? (size >>> 2) + 1 : 0)),
    size: new Int32Array(4),
  };
}
