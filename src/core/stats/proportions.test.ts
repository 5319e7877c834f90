import { describe, expect, it } from 'vitest';
import { differenceOfGapsTest } from './difference-of-gaps-test.js';
import { newcombeInterval } from './newcombe-interval.js';
import { twoProportionZTest } from './two-proportion-z-test.js';
import { wilsonInterval } from './wilson-interval.js';

// Normal p-values are checked to 6–8 decimals: normalCdf is an erfc fit (relative error < 1.2e-7).

describe('wilsonInterval', () => {
  it('is [0, 0.2775] for 0 of 10 and [0.7225, 1] for 10 of 10', () => {
    const none = wilsonInterval(0, 10);
    expect(none.lower).toBe(0);
    expect(none.upper).toBeCloseTo(0.2775327998628892, 12);
    const all = wilsonInterval(1, 10);
    expect(all.lower).toBeCloseTo(0.7224672001371107, 12);
    expect(all.upper).toBe(1);
  });

  it('matches the score formula for 81 of 263', () => {
    const w = wilsonInterval(81 / 263, 263);
    expect(w.lower).toBeCloseTo(0.2552885198782742, 12);
    expect(w.upper).toBeCloseTo(0.36620957698280004, 12);
  });

  it('rejects percentages and a bad n', () => {
    expect(() => wilsonInterval(25, 100)).toThrow(/fractions, not percentages/);
    expect(() => wilsonInterval(0.2, 0)).toThrow(/positive integer/);
  });
});

describe('newcombeInterval', () => {
  // Newcombe (1998), Table II, method 10: (a) 56/70 − 48/80: 0.0524 to 0.3339;
  // (b) 9/10 − 3/10: 0.1705 to 0.8090; (e) 5/56 − 0/29: −0.0381 to 0.1926.
  it.each([
    [56, 70, 48, 80, 0.0524, 0.3339],
    [9, 10, 3, 10, 0.1705, 0.809],
    [5, 56, 0, 29, -0.0381, 0.1926],
  ])('%i/%i − %i/%i reproduces the published interval', (x1, n1, x2, n2, lo, hi) => {
    const r = newcombeInterval({ p: x1 / n1, n: n1 }, { p: x2 / n2, n: n2 });
    expect(r.difference).toBeCloseTo(x1 / n1 - x2 / n2, 12);
    expect(r.lower).toBeCloseTo(lo, 4);
    expect(r.upper).toBeCloseTo(hi, 4);
  });
});

describe('twoProportionZTest', () => {
  it('matches the pooled z (chi-square without continuity correction) for 56/70 vs 48/80', () => {
    const r = twoProportionZTest({ p: 56 / 70, n: 70 }, { p: 48 / 80, n: 80 });
    expect(r.z).toBeCloseTo(2.6501719512585336, 10);
    expect(r.pValue).toBeCloseTo(0.00804508136819656, 8);
    expect(twoProportionZTest({ p: 56 / 70, n: 70 }, { p: 48 / 80, n: 80 }, 'greater').pValue).toBeCloseTo(
      0.00402254068409828,
      8,
    );
  });

  it('gives p = 1 and z null when both proportions are 0', () => {
    expect(twoProportionZTest({ p: 0, n: 50 }, { p: 0, n: 80 }, 'greater')).toEqual({
      difference: 0,
      z: null,
      pValue: 1,
    });
  });
});

describe('differenceOfGapsTest', () => {
  it('adds the four binomial variances', () => {
    // PR gap 0.29 − 0.27 = 0.02, base gap 0.30 − 0.26 = 0.04, each n = 1000.
    const r = differenceOfGapsTest(
      { from: { p: 0.27, n: 1000 }, to: { p: 0.29, n: 1000 } },
      { from: { p: 0.26, n: 1000 }, to: { p: 0.3, n: 1000 } },
    );
    expect(r.difference).toBeCloseTo(-0.02, 12);
    expect(r.se).toBeCloseTo(0.028379570116546866, 12);
    expect(r.pValue).toBeCloseTo(0.4809768403325285, 6);
    expect(r.lower).toBeCloseTo(-0.07562293532516104, 10);
    expect(r.upper).toBeCloseTo(0.035622935325161045, 10);
  });

  it('treats an end without n as fixed and reports no test when nothing varies', () => {
    const r = differenceOfGapsTest(
      { from: { p: 0.25, n: null }, to: { p: 0, n: 100 } },
      { from: { p: 0.25, n: null }, to: { p: 0, n: 100 } },
    );
    expect(r).toMatchObject({ difference: 0, se: null, pValue: 1, lower: null });
  });
});
