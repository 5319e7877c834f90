import { describe, expect, it } from 'vitest';
import { CURVE_VERDICTS } from '../../../src/core/verdict.js';
import { syntheticCurveSet } from './curve-set.js';
import { OVERFIT_LABELS, syntheticOverfitSet } from './overfit-set.js';
import { createRng } from './prng.js';
import { syntheticValidationSet } from './validation-set.js';

describe('seeded PRNG', () => {
  it('repeats its sequence for a seed and differs across seeds', () => {
    const a = createRng(42);
    const b = createRng(42);
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    expect(createRng(43).next()).not.toBe(xs[0]);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
  });
  it('draws normals with mean 0 and variance 1', () => {
    const rng = createRng(1);
    const z = Array.from({ length: 20000 }, () => rng.normal());
    const mean = z.reduce((s, x) => s + x, 0) / z.length;
    const variance = z.reduce((s, x) => s + (x - mean) ** 2, 0) / z.length;
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(variance - 1)).toBeLessThan(0.05);
  });
});

describe('synthetic labelled curves', () => {
  it('covers every curve verdict, deterministically', () => {
    const set = syntheticCurveSet(5, { healthy: 20, perStrength: 2 });
    expect(new Set(set.map((c) => c.label))).toEqual(new Set(CURVE_VERDICTS));
    const again = syntheticCurveSet(5, { healthy: 20, perStrength: 2 });
    expect(again.map((c) => c.kind)).toEqual(set.map((c) => c.kind));
    expect(Array.from(again[3]?.series.values ?? [])).toEqual(Array.from(set[3]?.series.values ?? []));
  });
  it('builds healthy runs of 30 to 5000 points and pathologies that are what they say', () => {
    const set = syntheticCurveSet(9, { healthy: 60, perStrength: 3 });
    for (const c of set) {
      const v = c.series.values;
      expect(c.series.steps.length).toBe(v.length);
      if (c.label === 'healthy') {
        expect(v.length).toBeGreaterThanOrEqual(30);
        expect(v.length).toBeLessThanOrEqual(5000);
      }
      if (c.label === 'too_short') expect(v.length).toBeLessThan(10);
      if (c.label === 'non_finite') expect(Array.from(v).some((x) => !Number.isFinite(x))).toBe(true);
      else expect(Array.from(v).every(Number.isFinite)).toBe(true);
    }
  });
  it('makes overfit runs of every outcome and train/val pairs of every validation verdict', () => {
    const overfit = syntheticOverfitSet(3, 2);
    expect(new Set(overfit.map((c) => c.label))).toEqual(new Set(OVERFIT_LABELS));
    const pairs = syntheticValidationSet(3, 2);
    expect(pairs.map((p) => p.label)).toEqual([
      'generalises',
      'generalises',
      'overfitting',
      'overfitting',
      'not_generalising',
      'not_generalising',
    ]);
    for (const p of pairs) expect(p.val.split).toBe('val');
  });
});
