import { describe, expect, it } from 'vitest';
import { compareFinalMetrics } from './build-report.js';
import { type ComparisonResult, compareWithReference } from './compare.js';
import { parseConfig } from './parse-config.js';
import { fCdf, regularizedBeta } from './stats/incomplete-beta.js';
import { baseSpreadSeedTest, SEED_TESTS, welchSeedTest } from './stats/seed-tests.js';

const BASE = [0.973, 0.983, 0.99];
const CUT = [0.743, 0.63, 0.913];

function config(gate = '') {
  const parsed = parseConfig(`checks:\n  smoke:\n    run: "true"\n${gate}`, 'test.yml');
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('\n'));
  return parsed.config;
}

describe('the known result with 3 seeds a side', () => {
  it('fails the capacity cut of the digits example: a drop large against the base seed spread', () => {
    const [r] = compareWithReference([
      {
        metric: 'val_accuracy',
        pr: CUT,
        prLabels: ['0', '1', '2'],
        reference: { values: BASE },
        better: 'higher',
        tolerance: 0.01,
      },
    ]);
    expect(r?.outcome).toBe('regressed');
    // Welch alone cannot decide (≈ 2 degrees of freedom, driven by the PR's own scatter) ...
    expect(r?.pRegression as number).toBeGreaterThan(0.05);
    // ... the scatter is the finding, and against the base's spread the drop is unmistakable.
    expect(r?.seeds?.scatter?.flagged).toBe(true);
    expect(r?.seeds?.scatter?.sdRatio as number).toBeGreaterThan(10);
    expect(r?.pRegressionBaseSpread as number).toBeLessThan(0.001);
    expect(r?.seeds?.collapse).toMatchObject({ seed: '1', value: 0.63, flagged: true });
    expect(r?.message).toMatch(/seed 1 collapsed to 0\.63, 0\.352 worse than the base mean/);
    expect(r?.prValues).toEqual(CUT);
    expect(r?.referenceValues).toEqual(BASE);
    expect(r?.tests?.map((t) => t.test)).toEqual(['welch', 'base_spread']);
  });

  it('does not fail seeds that look like the base', () => {
    const [r] = compareWithReference([
      {
        metric: 'val_accuracy',
        pr: [0.976, 0.986, 0.981],
        reference: { values: BASE },
        better: 'higher',
        tolerance: 0.01,
      },
    ]);
    expect(r?.outcome).not.toBe('regressed');
    expect(r?.seeds?.scatter?.flagged).toBe(false);
    expect(r?.seeds?.collapse?.flagged).toBe(false);
  });

  it('names one collapsed seed among good ones, by its TRAINSPOTTER_SEED', () => {
    const [r] = compareWithReference([
      {
        metric: 'val_accuracy',
        pr: [0.98, 0.55, 0.985],
        prLabels: ['7', '8', '9'],
        reference: { values: BASE },
        better: 'higher',
        tolerance: 0.01,
      },
    ]);
    expect(r?.seeds?.collapse).toMatchObject({ seed: '8', flagged: true });
    expect(r?.seeds?.collapse?.degradation).toBeCloseTo(0.982 - 0.55, 10);
  });

  it('orients a lower-is-better metric: a collapsed seed is the highest loss', () => {
    const [r] = compareWithReference([
      {
        metric: 'val_loss',
        pr: [0.1, 0.11, 0.9],
        reference: { values: [0.1, 0.105, 0.095] },
        better: 'lower',
        tolerance: 0,
      },
    ]);
    expect(r?.seeds?.collapse).toMatchObject({ seed: '#3', value: 0.9, flagged: true });
  });

  it('still says how many seeds would decide where nothing can', () => {
    const [r] = compareWithReference([
      {
        metric: 'val_accuracy',
        pr: [0.97, 0.975, 0.985],
        reference: { values: BASE },
        better: 'higher',
        tolerance: 0.01,
      },
    ]);
    expect(r?.outcome).toBe('inconclusive');
    expect(r?.message).toMatch(/about \d+ seeds a side would decide/);
  });
});

describe('compareFinalMetrics against saved base reports', () => {
  const base = BASE.map((a, i) => ({ val_accuracy: a, loss: 0.01 + i * 0.001, 'test/accuracy': a }));
  const pr = CUT.map((a, i) => ({ val_accuracy: a, loss: 0.5 + i * 0.2, 'test/accuracy': a }));

  it('compares the validation and test metrics, not the last train-batch loss', () => {
    const c = compareFinalMetrics(pr, config(), base, { prLabels: ['0', '1', '2'] });
    expect(c?.results.map((r) => r.metric).sort()).toEqual(['test/accuracy', 'val_accuracy']);
    expect(c?.status).toBe('fail');
  });

  it('lets the seeds gate fail a scattering PR on its own (reference gate off)', () => {
    const scatter = [{ val_accuracy: 0.99 }, { val_accuracy: 0.8 }, { val_accuracy: 0.995 }];
    const b = BASE.map((a) => ({ val_accuracy: a }));
    const warn = compareFinalMetrics(scatter, config(), b);
    const fail = compareFinalMetrics(scatter, config('gate:\n  seeds: fail\n  reference: off\n'), b);
    expect((warn?.results[0] as ComparisonResult | undefined)?.seeds?.scatter?.flagged).toBe(true);
    expect(warn?.status).not.toBe('pass');
    expect(fail?.status).toBe('fail');
  });
});

describe('seed tests', () => {
  it('is a registry whose first test is Welch', () => {
    expect(SEED_TESTS[0]).toBe(welchSeedTest);
    const w = welchSeedTest.regression({ pr: CUT, base: BASE }, 0.01, 0.95);
    expect(w.degradation).toBeCloseTo(0.22, 10);
    expect(w.df).toBeGreaterThan(1.9);
    const s = baseSpreadSeedTest.regression({ pr: CUT, base: BASE }, 0.01, 0.95);
    expect(s.df).toBe(2);
    expect(s.pValue).toBeLessThan(w.pValue);
  });

  it('computes the F and incomplete beta distributions', () => {
    expect(fCdf(19, 2, 2)).toBeCloseTo(0.95, 12); // F(2,2) has cdf f/(1+f)
    expect(fCdf(6.388233, 4, 4)).toBeCloseTo(0.95, 6);
    expect(regularizedBeta(0.5, 2, 2)).toBeCloseTo(0.5, 12);
    expect(() => regularizedBeta(2, 1, 1)).toThrow(/incomplete beta/);
  });
});
