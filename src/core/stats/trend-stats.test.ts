import { describe, expect, it } from 'vitest';
import { autocorrelations } from './autocorrelation.js';
import { equalCountBins } from './equal-count-bins.js';
import { ar1VarianceInflation, mannKendall } from './mann-kendall.js';
import { inverseNormalUpper, normalCdf, twoSidedNormalP } from './normal-cdf.js';
import { medianAbsoluteDeviation, robustZ } from './robust-z.js';
import { rollingMedian } from './rolling-median.js';
import { medianOf } from './select.js';
import { senSlope } from './sen-slope.js';

describe('normal CDF (erfc-based)', () => {
  it('matches tabulated values, tails included', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.959963985)).toBeCloseTo(0.975, 7);
    expect(normalCdf(-1)).toBeCloseTo(0.158655254, 7);
    // far tail keeps relative precision, where a table returns 0
    expect(normalCdf(-8) / 6.22096057e-16).toBeCloseTo(1, 5);
    expect(twoSidedNormalP(3.29052673)).toBeCloseTo(0.001, 6);
    expect(inverseNormalUpper(0.025)).toBeCloseTo(1.959963985, 6);
  });
});

describe('Mann–Kendall', () => {
  it('computes S, Var(S), z, p and tau for a monotone series by hand', () => {
    // n = 5: S = 10, Var = 5·4·15/18 = 16.667, z = (10 − 1)/√16.667 = 2.2045
    const r = mannKendall([1, 2, 3, 4, 5]);
    expect(r.s).toBe(10);
    expect(r.varS).toBeCloseTo(50 / 3, 10);
    expect(r.z).toBeCloseTo(2.20454, 4);
    expect(r.p).toBeCloseTo(0.027486, 4);
    expect(r.tau).toBe(1);
  });
  it('corrects the variance for ties', () => {
    // pairs of [1, 1, 2, 3]: one tie, five rises → S = 5; Var = (4·3·13 − 2·1·9)/18 = 138/18
    const r = mannKendall([1, 1, 2, 3]);
    expect(r.s).toBe(5);
    expect(r.varS).toBeCloseTo(138 / 18, 10);
    expect(r.tau).toBeCloseTo(5 / 6, 10);
  });
  it('is symmetric for a falling series, skips non-finite values and handles constants', () => {
    const r = mannKendall([5, Number.NaN, 4, 3, 2, 1]);
    expect(r.n).toBe(5);
    expect(r.s).toBe(-10);
    expect(r.z).toBeCloseTo(-2.20454, 4);
    expect(mannKendall([2, 2, 2, 2]).p).toBe(1);
    expect(mannKendall([1]).p).toBe(1);
  });
  it('widens the variance under positive serial correlation only', () => {
    expect(ar1VarianceInflation(0.5)).toBeCloseTo(3, 10);
    expect(ar1VarianceInflation(-0.3)).toBe(1);
    expect(mannKendall([1, 2, 3, 4, 5], 3).varS).toBeCloseTo(50, 10);
  });
});

describe("Sen's slope", () => {
  it('recovers a line and ignores an outlier', () => {
    const x = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
    const y = x.map((v) => 2 * v + 1);
    y[4] = 100;
    const r = senSlope(x, y);
    expect(r.slope).toBe(2);
    expect(r.lower).toBeLessThanOrEqual(2);
    expect(r.upper).toBeGreaterThanOrEqual(2);
    expect(r.pairs).toBe(45);
  });
  it('is NaN without two distinct x', () => {
    expect(Number.isNaN(senSlope([1, 1], [1, 2]).slope)).toBe(true);
  });
});

describe('robust statistics', () => {
  it('medians and rolling medians', () => {
    expect(medianOf([3, 1, 2])).toBe(2);
    expect(medianOf([4, 1, 3, 2])).toBe(2.5);
    expect(Array.from(rollingMedian([1, 9, 1, 1, 1], 3))).toEqual([1, 1, 1, 1, 1]);
  });
  it('scores an outlier by 1.4826·MAD', () => {
    const x = [1, 2, 3, 4, 5, 100];
    expect(medianAbsoluteDeviation(x)).toBe(1.5);
    const z = robustZ(x);
    expect(z[5]).toBeCloseTo((100 - 3.5) / (1.4826 * 1.5), 6);
    expect(Number.isNaN(robustZ([1, Number.NaN])[1] as number)).toBe(true);
  });
  it('autocorrelation of an alternating series is −1 at lag 1', () => {
    const r = autocorrelations([1, -1, 1, -1, 1, -1, 1, -1], 2);
    expect(r[0]).toBeCloseTo(-7 / 8, 10);
    expect(r[1]).toBeCloseTo(6 / 8, 10);
  });
});

describe('equal-count bins', () => {
  it('summarises each bin by median, percentiles and max', () => {
    const steps = Float64Array.from({ length: 100 }, (_, i) => i);
    const values = Float64Array.from({ length: 100 }, (_, i) => i % 10);
    const b = equalCountBins(steps, values, 10);
    expect(b.count).toBe(10);
    expect(b.medians[3]).toBe(4.5);
    expect(b.max[3]).toBe(9);
    expect(b.maxIndex[3]).toBe(39);
    expect(b.low[0]).toBe(0);
    expect(b.high[0]).toBe(9);
    expect(b.steps[0]).toBe(4.5);
  });
});
