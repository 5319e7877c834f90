import { describe, expect, it } from 'vitest';
import { equalCountBins } from './equal-count-bins.js';
import { selectInPlace } from './select.js';

/** A deterministic pseudo-random sequence in [0, 1): the cases are the same on every run. */
function noise(n: number, seed: number): Float64Array {
  const out = new Float64Array(n);
  let h = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    h ^= h << 13;
    h ^= h >>> 17;
    h ^= h << 5;
    out[i] = (h >>> 0) / 4294967296;
  }
  return out;
}

const CASES: Record<string, Float64Array> = {
  random: noise(5000, 7),
  sorted: Float64Array.from({ length: 3001 }, (_, i) => i),
  reversed: Float64Array.from({ length: 3001 }, (_, i) => -i),
  // rounded logs: long runs of ties
  ties: Float64Array.from(noise(4000, 3), (x) => Math.round(x * 5) / 5),
  constant: new Float64Array(2000).fill(0.25),
  sawtooth: Float64Array.from({ length: 2500 }, (_, i) => i % 37),
};

describe('selectInPlace (Floyd–Rivest, sampling above 600 values)', () => {
  for (const [name, values] of Object.entries(CASES)) {
    it(`gives the k-th smallest and partitions around it: ${name}`, () => {
      const sorted = Float64Array.from(values).sort();
      const n = values.length;
      for (const k of [0, 1, Math.floor(0.1 * (n - 1)), n >>> 1, Math.ceil(0.9 * (n - 1)), n - 1]) {
        const a = Float64Array.from(values);
        expect(selectInPlace(a, k)).toBe(sorted[k]);
        for (let i = 0; i < k; i++) expect(a[i]).toBeLessThanOrEqual(a[k] as number);
        for (let i = k + 1; i < n; i++) expect(a[i]).toBeGreaterThanOrEqual(a[k] as number);
        // a permutation of the input
        expect(Float64Array.from(a).sort()).toEqual(sorted);
      }
    });
  }

  it('selects within a sub-range only, leaving the rest untouched', () => {
    const values = noise(3000, 11);
    const a = Float64Array.from(values);
    const got = selectInPlace(a, 1500, 700, 2699);
    expect(got).toBe(Float64Array.from(values.subarray(700, 2700)).sort()[800]);
    expect(a.subarray(0, 700)).toEqual(values.subarray(0, 700));
    expect(a.subarray(2700)).toEqual(values.subarray(2700));
  });
});

describe('equalCountBins minimum', () => {
  it('is the smallest value of each bin', () => {
    const values = noise(10_000, 5);
    const steps = Float64Array.from(values, (_, i) => i);
    const b = equalCountBins(steps, values, 7);
    for (let k = 0; k < b.count; k++) {
      const hi = k + 1 < b.count ? (b.start[k + 1] as number) : values.length;
      expect(b.min[k]).toBe(Math.min(...values.subarray(b.start[k] as number, hi)));
    }
  });
});

describe('equalCountBins order statistics', () => {
  // bins of 2000 points take the bucketed path, unless a spike crowds one bucket or a zero is in
  const spiky = Float64Array.from(noise(40_000, 13), (x, i) => (i % 5000 === 7 ? 1e6 : x));
  const falling = Float64Array.from(noise(40_000, 17), (x, i) => Math.exp(-i / 8000) + 0.05 * x);
  const withZeros = Float64Array.from(noise(40_000, 19), (x, i) => (i % 997 === 0 ? 0 : x - 0.5));
  const rounded = Float64Array.from(falling, (x) => Math.round(x * 50) / 50);
  for (const [name, values] of Object.entries({ spiky, falling, withZeros, rounded })) {
    it(`are the nearest-rank percentiles and median of each bin: ${name}`, () => {
      const steps = Float64Array.from(values, (_, i) => i);
      for (const count of [20, 19]) {
        const b = equalCountBins(steps, values, count);
        for (let k = 0; k < b.count; k++) {
          const hi = k + 1 < b.count ? (b.start[k + 1] as number) : values.length;
          const sorted = values.slice(b.start[k] as number, hi).sort();
          const m = sorted.length;
          const mid = m >>> 1;
          const median =
            m % 2 === 1 ? sorted[mid] : ((sorted[mid] as number) + (sorted[mid - 1] as number)) / 2;
          expect(b.medians[k]).toBe(median);
          expect(b.low[k]).toBe(sorted[Math.floor(0.1 * (m - 1))]);
          expect(b.high[k]).toBe(sorted[Math.min(m - 1, Math.ceil(0.9 * (m - 1)))]);
        }
      }
    });
  }
});
