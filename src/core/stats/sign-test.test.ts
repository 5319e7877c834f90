import { describe, expect, it } from 'vitest';
import { signTestUpper } from './sign-test.js';

describe('signTestUpper', () => {
  it('is the binomial upper tail at ½', () => {
    expect(signTestUpper(10, 10)).toBeCloseTo(1 / 1024, 12);
    expect(signTestUpper(9, 10)).toBeCloseTo(11 / 1024, 12);
    expect(signTestUpper(0, 10)).toBe(1);
    expect(signTestUpper(5, 0)).toBe(1);
    expect(signTestUpper(600, 1000)).toBeLessThan(1e-9);
  });
});
