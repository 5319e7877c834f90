import { describe, expect, it } from 'vitest';
import { adaptiveEpsilon } from './adaptive-epsilon.js';
import { hoeffdingEpsilon } from './hoeffding-epsilon.js';
import { seedsNeeded } from './seeds-needed.js';

describe('seedsNeeded', () => {
  // z.95 = 1.644854, z.80 = 0.841621: 2·(2.486475)²·σ²/Δ² + 1.644854²/4.
  it('follows n ≈ 2(z₁₋α + z₁₋β)²σ²/Δ² + z²₁₋α/4 per arm, rounded up', () => {
    expect(seedsNeeded({ sd: 1, effect: 1 })).toBe(14); // 13.0415
    expect(seedsNeeded({ sd: 0.5, effect: 0.2 })).toBe(78); // 77.958
    expect(seedsNeeded({ sd: 1, effect: 1, arms: 1 })).toBe(8); // 7.5353
  });

  it('is null for a zero effect and at least 2 when seeds do not vary', () => {
    expect(seedsNeeded({ sd: 1, effect: 0 })).toBeNull();
    expect(seedsNeeded({ sd: 0, effect: 1 })).toBe(2);
    expect(() => seedsNeeded({ sd: -1, effect: 1 })).toThrow(/sd must be/);
  });
});

describe('validation-reuse epsilon', () => {
  it('Hoeffding: √(ln(2k/δ)/(2n))', () => {
    expect(hoeffdingEpsilon(10_000, 1)).toBeCloseTo(0.013581015157406196, 12);
    expect(hoeffdingEpsilon(10_000, 10)).toBeCloseTo(0.017308183826022852, 12);
  });

  it('ease.ml/ci: 2^H in place of k, without overflow', () => {
    expect(adaptiveEpsilon(10_000, 10)).toBeCloseTo(0.023043818324784405, 12);
    expect(adaptiveEpsilon(10_000, 1)).toBeCloseTo(hoeffdingEpsilon(10_000, 2), 12);
    expect(Number.isFinite(adaptiveEpsilon(10_000, 5000))).toBe(true);
  });

  it('rejects bad input', () => {
    expect(() => hoeffdingEpsilon(0, 1)).toThrow(/n must be/);
    expect(() => hoeffdingEpsilon(10, 0)).toThrow(/evaluation count/);
    expect(() => adaptiveEpsilon(10, 1, 1)).toThrow(/δ must be/);
  });
});
