import { describe, expect, it } from 'vitest';
import { compareGaps } from './compare-gaps.js';
import { decomposeErrors, type GapReport } from './gaps.js';

// The lecture's worked example (FSDL 2021, lecture 7), as fractions, n = 1000 per split.
// Interval reference numbers: Wilson / Newcombe (method 10) computed with scipy's normal quantile.
// p-values to 6 decimals: the project's normalCdf is an erfc fit with relative error < 1.2e-7.
const n = 1000;
const lecture = {
  irreducible: { error: 0.25 },
  splits: {
    train: { error: 0.27, n },
    train_val: { error: 0.29, n },
    test_val: { error: 0.32, n },
    test: { error: 0.34, n },
  },
};

function gap(report: GapReport, name: string) {
  const g = report.gaps.find((x) => x.name === name);
  if (!g) throw new Error(`no gap ${name}`);
  return g;
}

describe('decomposeErrors', () => {
  const report = decomposeErrors(lecture);

  it('reproduces the lecture: bias 2, variance 2, shift 3, validation overfitting 2 (points)', () => {
    expect(report.gaps.map((g) => g.name)).toEqual([
      'avoidable_bias',
      'variance',
      'distribution_shift',
      'validation_overfitting',
    ]);
    expect(gap(report, 'avoidable_bias').value).toBeCloseTo(0.02, 12);
    expect(gap(report, 'variance').value).toBeCloseTo(0.02, 12);
    expect(gap(report, 'distribution_shift').value).toBeCloseTo(0.03, 12);
    expect(gap(report, 'validation_overfitting').value).toBeCloseTo(0.02, 12);
    // test error = irreducible + the four gaps
    const sum = 0.25 + report.gaps.reduce((s, g) => s + g.value, 0);
    expect(sum).toBeCloseTo(0.34, 12);
  });

  it('gives each gap its 95 % interval', () => {
    // bias: Wilson(0.27, 1000) − 0.25 (a fixed irreducible error)
    expect(gap(report, 'avoidable_bias').lower).toBeCloseTo(-0.006597632383541108, 10);
    expect(gap(report, 'avoidable_bias').upper).toBeCloseTo(0.048357941286896466, 10);
    expect(gap(report, 'variance').lower).toBeCloseTo(-0.019347937797341945, 10);
    expect(gap(report, 'variance').upper).toBeCloseTo(0.05926562152431261, 10);
    expect(gap(report, 'distribution_shift').lower).toBeCloseTo(-0.010351474014693114, 10);
    expect(gap(report, 'distribution_shift').upper).toBeCloseTo(0.07021820571260991, 10);
    expect(gap(report, 'validation_overfitting').lower).toBeCloseTo(-0.021194643524338322, 10);
    expect(gap(report, 'validation_overfitting').upper).toBeCloseTo(0.06110052642985235, 10);
  });

  it('does not flag validation overfitting at n = 1000 (z = 0.951, p = 0.171)', () => {
    const f = report.validationOverfitting;
    expect(f?.flagged).toBe(false);
    expect(f?.z).toBeCloseTo(0.9510878344018363, 10);
    expect(f?.pValue).toBeCloseTo(0.1707798949404794, 6);
    expect(f?.message).toMatch(/does not look significantly better/);
  });

  it('flags it at n = 10000 (z = 3.008, p = 0.0013)', () => {
    const big = decomposeErrors({
      splits: { test_val: { error: 0.32, n: 10_000 }, test: { error: 0.34, n: 10_000 } },
    });
    expect(big.gaps.map((g) => g.name)).toEqual(['validation_overfitting']);
    expect(big.validationOverfitting?.flagged).toBe(true);
    expect(big.validationOverfitting?.pValue).toBeCloseTo(0.00131658086512515, 8);
    expect(big.validationOverfitting?.message).toMatch(
      /^validation looks significantly better than test.*resample/,
    );
  });

  it('needs the effect-size floor as well as significance', () => {
    const huge = decomposeErrors({
      splits: { test_val: { error: 0.3, n: 1e6 }, test: { error: 0.302, n: 1e6 } },
    });
    expect(huge.validationOverfitting?.pValue).toBeLessThan(0.01);
    expect(huge.validationOverfitting?.flagged).toBe(false);
    expect(huge.validationOverfitting?.message).toMatch(/by less than 1 %/);
    const lowFloor = decomposeErrors(
      { splits: { test_val: { error: 0.3, n: 1e6 }, test: { error: 0.302, n: 1e6 } } },
      { minEffect: 0.001 },
    );
    expect(lowFloor.validationOverfitting?.flagged).toBe(true);
  });

  it('takes accuracies, leaves out avoidable bias without an irreducible error, and is JSON-safe', () => {
    const r = decomposeErrors({
      splits: { train: { accuracy: 1, n: 50 }, train_val: { accuracy: 0.9, n: 50 } },
    });
    expect(r.irreducible).toBeNull();
    expect(r.gaps.map((g) => g.name)).toEqual(['variance']);
    expect(r.splits[0]).toMatchObject({ split: 'train', error: 0, lower: 0 });
    expect(gap(r, 'variance').value).toBeCloseTo(0.1, 12);
    expect(r.validationOverfitting).toBeNull();
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it('rejects percentages and a missing n, naming the split', () => {
    expect(() => decomposeErrors({ splits: { train: { error: 27, n } } })).toThrow(
      /eval split 'train' \(error\).*fractions/,
    );
    expect(() => decomposeErrors({ splits: { test: { accuracy: 0.9, n: 0 } } })).toThrow(
      /eval split 'test'.*positive integer/,
    );
    expect(() => decomposeErrors({ splits: {}, irreducible: { error: 25 } })).toThrow(/irreducible/);
  });
});

describe('compareGaps', () => {
  it('tests each PR gap against the base gap with the four variances added', () => {
    const base = decomposeErrors({
      irreducible: { error: 0.25 },
      splits: {
        train: { error: 0.26, n },
        train_val: { error: 0.28, n },
        test_val: { error: 0.3, n },
        test: { error: 0.32, n },
      },
    });
    const rows = compareGaps(decomposeErrors(lecture), base);
    expect(rows.map((r) => r.name)).toEqual([
      'avoidable_bias',
      'variance',
      'distribution_shift',
      'validation_overfitting',
    ]);
    const [bias, variance, shift] = rows;
    // bias: (0.27 − 0.25) − (0.26 − 0.25); the fixed irreducible error adds no variance
    expect(bias?.difference).toBeCloseTo(0.01, 12);
    expect(bias?.pValue).toBeCloseTo(0.6123691257369848, 6);
    expect(bias?.lower).toBeCloseTo(-0.02868136774547097, 9);
    expect(variance?.difference).toBeCloseTo(0, 12);
    expect(variance?.upper).toBeCloseTo(0.055332112557656896, 9);
    expect(shift?.difference).toBeCloseTo(0.01, 12);
    expect(shift?.pValue).toBeCloseTo(0.7293099863589894, 6);
    expect(shift?.lower).toBeCloseTo(-0.04663922899512013, 9);
    expect(shift?.upper).toBeCloseTo(0.06663922899512026, 9);
  });
});
