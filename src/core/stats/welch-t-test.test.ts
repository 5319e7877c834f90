import { describe, expect, it } from 'vitest';
import { sampleSummary } from './sample-summary.js';
import { welchTTest } from './welch-t-test.js';

// Wikipedia's "Welch's t-test" example A1/A2; reference numbers from
// scipy.stats.ttest_ind(x, y, equal_var=False) (scipy 1.10).
const x = [27.5, 21.0, 19.0, 23.6, 17.0, 17.9, 16.9, 20.1, 21.9, 22.6, 23.1, 19.6, 19.0, 21.7, 21.4];
const y = [27.1, 22.0, 20.8, 23.4, 23.4, 23.5, 25.8, 22.0, 24.8, 20.2, 21.9, 22.1, 22.9, 20.5, 24.4];
const sx = sampleSummary(x);
const sy = sampleSummary(y);
const X = { mean: sx.mean, sd: sx.sd ?? 0, n: sx.n };
const Y = { mean: sy.mean, sd: sy.sd ?? 0, n: sy.n };

describe('welchTTest', () => {
  it('matches scipy: t, Welch–Satterthwaite df, two-sided p and 95 % interval', () => {
    const r = welchTTest(X, Y);
    expect(r.t).toBeCloseTo(-2.455356398286006, 10);
    expect(r.df).toBeCloseTo(24.988529290231416, 8);
    expect(r.pValue).toBeCloseTo(0.021378001462866985, 8);
    expect(r.lower).toBeCloseTo(-3.9840962671409264, 8);
    expect(r.upper).toBeCloseTo(-0.34923706619240935, 8);
  });

  it('matches scipy one-sided, with a margin and a one-sided bound', () => {
    expect(welchTTest(X, Y, { alternative: 'greater' }).pValue).toBeCloseTo(0.9893109992685665, 8);
    const r = welchTTest(X, Y, { margin: -1, alternative: 'greater' });
    expect(r.pValue).toBeCloseTo(0.9009474098385444, 8);
    expect(r.lower).toBeCloseTo(-3.6739985497502996, 8);
    expect(r.upper).toBe(Number.POSITIVE_INFINITY);
  });

  it('treats an sd with infinite df as known (normal limit)', () => {
    const r = welchTTest(
      { mean: 1, sd: 1, n: 4, sdDf: Number.POSITIVE_INFINITY },
      { mean: 0, sd: 1, n: 4, sdDf: Number.POSITIVE_INFINITY },
    );
    expect(r.df).toBe(Number.POSITIVE_INFINITY);
    // z = 1/√0.5 = 1.41421; two-sided normal p = 0.157299
    expect(r.pValue).toBeCloseTo(0.1572992070502851, 6); // erfc fit, relative error < 1.2e-7
  });

  it('rejects a single value or zero variance', () => {
    expect(() => welchTTest({ mean: 1, sd: 1, n: 1 }, Y)).toThrow(/at least two/);
    expect(() => welchTTest({ mean: 1, sd: 0, n: 3 }, { mean: 1, sd: 0, n: 3 })).toThrow(
      /both standard deviations are 0/,
    );
  });
});

describe('sampleSummary', () => {
  it('gives the sample sd (n − 1) and exactly 0 for identical values', () => {
    expect(sx.sd).toBeCloseTo(2.8048936827317665, 12);
    expect(sampleSummary([0.1, 0.1, 0.1]).sd).toBe(0);
    expect(sampleSummary([3]).sd).toBeNull();
    expect(() => sampleSummary([1, Number.NaN], 'acc')).toThrow(/acc: expected finite/);
  });
});
