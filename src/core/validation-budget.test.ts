import { describe, expect, it } from 'vitest';
import { validationBudget } from './validation-budget.js';

// n = 10000, δ = 0.05, tolerance 0.02: Hoeffding allows k ≤ (δ/2)·e^(2nt²) = 74.52 evaluations
// (ε(74) = 0.019991, ε(75) = 0.020008); the 2^H bound allows H ≤ (2nt² + ln δ)/ln 2 − 1 = 6.22
// bits (ε(6) = 0.019809, ε(7) = 0.020665).
const base = { n: 10_000, tolerance: 0.02 };

describe('validationBudget', () => {
  it('gives both guarantees and what is left', () => {
    const b = validationBudget({ ...base, evaluations: 5 });
    expect(b.epsilonHoeffding).toBeCloseTo(Math.sqrt(Math.log(200) / 20_000), 12);
    expect(b.epsilonAdaptive).toBeCloseTo(Math.sqrt((6 * Math.LN2 - Math.log(0.05)) / 20_000), 12);
    expect(b.remainingHoeffding).toBe(69);
    expect(b.remainingAdaptive).toBe(1);
    expect(b).toMatchObject({ bound: 'hoeffding', refresh: false, remaining: 69 });
    expect(b.message).toMatch(/^validation set within budget: .*69 more within the tolerance 0.02/);
  });

  it('asks for a refresh exactly when ε passes the tolerance', () => {
    const at74 = validationBudget({ ...base, evaluations: 74 });
    expect(at74.epsilon).toBeCloseTo(0.019991178738781396, 12);
    expect(at74.refresh).toBe(false);
    const at75 = validationBudget({ ...base, evaluations: 75 });
    expect(at75.epsilon).toBeCloseTo(0.0200079578763679, 12);
    expect(at75.refresh).toBe(true);
    expect(at75.remaining).toBe(0);
    expect(at75.message).toMatch(/^refresh the validation set/);
  });

  it('the adaptive bound counts revealed bits and is stricter', () => {
    expect(validationBudget({ ...base, evaluations: 6, bound: 'adaptive' }).refresh).toBe(false);
    const b = validationBudget({ ...base, evaluations: 7, bound: 'adaptive' });
    expect(b.epsilon).toBeCloseTo(0.02066507889899474, 12);
    expect(b.refresh).toBe(true);
    // Fewer revealed bits than evaluations (results not shown every time).
    expect(validationBudget({ ...base, evaluations: 20, bits: 3, bound: 'adaptive' }).refresh).toBe(false);
  });

  it('handles no evaluations yet, huge budgets, and bad input', () => {
    const fresh = validationBudget({ ...base, evaluations: 0 });
    expect(fresh).toMatchObject({ epsilon: null, refresh: false, remaining: 74 });
    const huge = validationBudget({ n: 10_000_000, tolerance: 0.1, evaluations: 3 });
    expect(huge.remainingHoeffding).toBeNull();
    expect(huge.message).toMatch(/practically unlimited/);
    expect(JSON.parse(JSON.stringify(huge))).toEqual(huge);
    expect(() => validationBudget({ ...base, evaluations: -1 })).toThrow(/evaluations must be/);
    expect(() => validationBudget({ ...base, tolerance: 2, evaluations: 1 })).toThrow(/tolerance must be/);
  });
});
