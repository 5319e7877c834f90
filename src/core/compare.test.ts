import { describe, expect, it } from 'vitest';
import { type ComparisonResult, compareWithReference, type MetricComparisonInput } from './compare.js';

// Reference numbers: scipy.stats.ttest_ind(·, ·, equal_var=False, alternative=...) with the
// margin added to one sample (scipy 1.10); the degradation is reference − PR (higher better).
function one(input: Omit<MetricComparisonInput, 'metric'>): ComparisonResult {
  const [r] = compareWithReference([{ metric: 'accuracy', ...input }]);
  if (!r) throw new Error('no result');
  return r;
}

function allFinite(x: unknown): boolean {
  if (typeof x === 'number') return Number.isFinite(x);
  if (x === null || typeof x !== 'object') return true;
  return Object.values(x).every(allFinite);
}

describe('compareWithReference, 3 seeds a side (Welch)', () => {
  it('is inconclusive when the interval straddles the tolerance, and says how many seeds would decide', () => {
    const r = one({
      pr: [0.897, 0.902, 0.892],
      reference: { values: [0.9, 0.905, 0.895] },
      better: 'higher',
      tolerance: 0.005,
    });
    expect(r.outcome).toBe('inconclusive');
    expect(r.method).toBe('welch');
    expect(r.difference).toBeCloseTo(-0.003, 12);
    expect(r.degradation).toBeCloseTo(0.003, 12);
    expect(r.df).toBeCloseTo(4, 9);
    expect(r.se).toBeCloseTo(0.004082482904638634, 12);
    expect(r.degradationLower).toBeCloseTo(-0.005703228040114186, 9);
    expect(r.degradationUpper).toBeCloseTo(0.011703228040114413, 9);
    expect(r.pNonInferiority).toBeCloseTo(0.3249301216433443, 9);
    expect(r.pRegression).toBeCloseTo(0.6750698783566558, 9);
    expect(r.pImprovement).toBeCloseTo(0.9391942250179751, 9);
    // 2(z.95 + z.8)²·0.005²/0.002² + z.95²/4 = 77.96 per side
    expect(r.seedsNeeded).toBe(78);
    expect(r.message).toMatch(/^inconclusive: about 78 seeds a side would decide/);
  });

  it('is unchanged when the upper bound is below the tolerance', () => {
    const r = one({
      pr: [0.901, 0.903, 0.902],
      reference: { values: [0.9, 0.902, 0.901] },
      better: 'higher',
      tolerance: 0.01,
    });
    expect(r.outcome).toBe('unchanged');
    expect(r.degradationUpper).toBeCloseTo(0.0007406456080229699, 9);
    expect(r.pNonInferiority).toBeCloseTo(8.781769130823599e-5, 10);
    expect(r.seedsNeeded).toBeNull();
  });

  it('is regressed when the lower bound exceeds the tolerance', () => {
    const r = one({
      pr: [0.85, 0.86, 0.855],
      reference: { values: [0.9, 0.905, 0.895] },
      better: 'higher',
      tolerance: 0.01,
    });
    expect(r.outcome).toBe('regressed');
    expect(r.degradationLower).toBeCloseTo(0.03629677195988574, 9);
    expect(r.pRegression).toBeCloseTo(0.0005083313086445544, 10);
    expect(r.pRegressionHolm).toBeCloseTo(0.0005083313086445544, 10);
  });

  it('is improved only when better by more than the tolerance (lower is better)', () => {
    const r = one({
      pr: [0.3, 0.31, 0.305],
      reference: { values: [0.4, 0.41, 0.405] },
      better: 'lower',
      tolerance: 0.01,
    });
    expect(r.outcome).toBe('improved');
    expect(r.difference).toBeCloseTo(-0.1, 12);
    expect(r.degradation).toBeCloseTo(-0.1, 12);
    expect(r.degradationUpper).toBeCloseTo(-0.09129677195988575, 9);
    expect(r.pImprovement).toBeCloseTo(1.2528950249505191e-5, 10);
    // Better, but by less than the tolerance: only unchanged.
    const small = one({
      pr: [0.398, 0.399, 0.4],
      reference: { values: [0.4, 0.401, 0.402] },
      better: 'lower',
      tolerance: 0.01,
    });
    expect(small.outcome).toBe('unchanged');
  });
});

describe('compareWithReference across metrics', () => {
  it('Holm keeps two borderline regressions from failing the gate; BH is reported', () => {
    const input = {
      pr: [0.8755, 0.8805, 0.8855],
      reference: { values: [0.9, 0.905, 0.895] },
      better: 'higher',
      tolerance: 0.01,
    } as const;
    const [a, b] = compareWithReference([
      { metric: 'a', ...input },
      { metric: 'b', ...input },
    ]);
    expect(a?.pRegression).toBeCloseTo(0.040257488355140786, 9);
    expect(a?.pRegressionHolm).toBeCloseTo(0.08051497671028157, 9);
    expect(a?.pRegressionBH).toBeCloseTo(0.040257488355140786, 9);
    expect(a?.outcome).toBe('inconclusive');
    expect(b?.outcome).toBe('inconclusive');
    expect(a?.message).toMatch(/not after Holm's adjustment over 2 metrics/);
    // Alone, the same metric regresses.
    expect(one(input).outcome).toBe('regressed');
  });

  it('rejects a metric named twice and a bad tolerance', () => {
    const m = { metric: 'x', pr: [1], reference: { value: 1 }, better: 'higher', tolerance: 0 } as const;
    expect(() => compareWithReference([m, m])).toThrow(/given twice/);
    expect(() => compareWithReference([{ ...m, tolerance: -1 }])).toThrow(/metric 'x': tolerance must be/);
  });
});

describe('compareWithReference edge cases', () => {
  it('one value a side and no std: a point comparison, not a test', () => {
    const r = one({ pr: [0.88], reference: { value: 0.9 }, better: 'higher', tolerance: 0.01 });
    expect(r.method).toBe('point');
    expect(r.outcome).toBe('regressed');
    expect(r.pRegression).toBeNull();
    expect(r.pRegressionHolm).toBeNull();
    expect(r.message).toMatch(/point comparison, not a test/);
    expect(one({ pr: [0.895], reference: { value: 0.9 }, better: 'higher', tolerance: 0.01 }).outcome).toBe(
      'unchanged',
    );
  });

  it("one PR seed and the reference's std: the std stands for both sides, taken as known", () => {
    const r = one({ pr: [0.899], reference: { value: 0.9, std: 0.005 }, better: 'higher', tolerance: 0.02 });
    expect(r.method).toBe('shared_sd');
    expect(r.pr.sdSource).toBe('borrowed');
    expect(r.df).toBeNull(); // normal
    expect(r.se).toBeCloseTo(0.007071067811865476, 12);
    expect(r.pNonInferiority).toBeCloseTo(0.0036047853823712654, 8);
    expect(r.degradationUpper).toBeCloseTo(0.012630871536766737, 9);
    expect(r.outcome).toBe('unchanged');
  });

  it("the reference's std with runs is its sample sd and n (Welch)", () => {
    const r = one({
      pr: [0.893, 0.898, 0.903],
      reference: { value: 0.9, std: 0.005, runs: 5 },
      better: 'higher',
      tolerance: 0.01,
    });
    expect(r.method).toBe('welch');
    expect(r.df).toBeCloseTo(4.338983050847457, 9);
    expect(r.pNonInferiority).toBeCloseTo(0.04414341192334938, 9);
    expect(r.outcome).toBe('unchanged');
  });

  it('runs without std borrow the PR sd; a fixed reference counts PR seeds only', () => {
    const r = one({
      pr: [0.893, 0.898, 0.903],
      reference: { value: 0.9, runs: 5 },
      better: 'higher',
      tolerance: 0.01,
    });
    expect(r.method).toBe('shared_sd');
    expect(r.reference.sdSource).toBe('borrowed');
    expect(r.df).toBe(2);
    expect(r.pNonInferiority).toBeCloseTo(0.07991597479159701, 9);
    expect(r.outcome).toBe('inconclusive');
    // distance 0.008, minus the reference's own variance 0.005²/5: about 7 PR seeds
    expect(r.seedsNeeded).toBe(7);
    expect(r.message).toMatch(/^inconclusive: about 7 seeds would decide/);
  });

  it('a bare reference value counts as one run: PR seeds alone may not decide', () => {
    const r = one({
      pr: [0.893, 0.898, 0.903],
      reference: { value: 0.9 },
      better: 'higher',
      tolerance: 0.01,
    });
    expect(r).toMatchObject({ method: 'shared_sd', outcome: 'inconclusive', seedsNeeded: null, df: 2 });
    expect(r.message).toMatch(/more PR seeds alone would not decide/);
  });

  it('zero variance: the difference is exact', () => {
    const same = one({
      pr: [0.9, 0.9, 0.9],
      reference: { values: [0.9, 0.9, 0.9] },
      better: 'higher',
      tolerance: 0,
    });
    expect(same).toMatchObject({ method: 'zero_variance', outcome: 'unchanged', se: 0 });
    const worse = one({
      pr: [0.88, 0.88],
      reference: { values: [0.9, 0.9] },
      better: 'higher',
      tolerance: 0.01,
    });
    expect(worse.outcome).toBe('regressed');
    expect(worse.message).toMatch(/no seed varies/);
  });

  it('a PR seed that ended NaN is a regression; the result stays JSON-safe', () => {
    const r = one({
      pr: [0.9, Number.NaN, 0.91],
      reference: { value: 0.9 },
      better: 'higher',
      tolerance: 0.01,
    });
    expect(r).toMatchObject({ method: 'non_finite', outcome: 'regressed', difference: null });
    expect(r.pr.nonFinite).toBe(1);
    expect(r.message).toMatch(/1 of 3 PR seeds ended NaN or Infinity/);
    for (const x of [
      r,
      one({ pr: [0.899], reference: { value: 0.9, std: 0.005 }, better: 'higher', tolerance: 0.02 }),
    ]) {
      expect(allFinite(x)).toBe(true);
      expect(JSON.parse(JSON.stringify(x))).toEqual(x);
    }
  });
});
