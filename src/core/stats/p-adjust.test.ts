import { describe, expect, it } from 'vitest';
import { benjaminiHochberg } from './benjamini-hochberg.js';
import { holm } from './holm.js';

// Hand example: sorted p = 0.005, 0.01, 0.03, 0.04 (m = 4).
// Holm: 4·0.005 = 0.02, 3·0.01 = 0.03, 2·0.03 = 0.06, 1·0.04 = 0.04 → running max 0.06.
// BH: 0.04·4/4 = 0.04, 0.03·4/3 = 0.04, 0.01·4/2 = 0.02, 0.005·4/1 = 0.02 (running min from the top).
const p = [0.01, 0.04, 0.03, 0.005];

describe('p-value adjustment', () => {
  it('Holm keeps input order and the running maximum', () => {
    const h = holm(p);
    [0.03, 0.06, 0.06, 0.02].forEach((v, i) => {
      expect(h[i]).toBeCloseTo(v, 12);
    });
  });

  it('Benjamini–Hochberg keeps input order and the running minimum', () => {
    const b = benjaminiHochberg(p);
    [0.02, 0.04, 0.04, 0.02].forEach((v, i) => {
      expect(b[i]).toBeCloseTo(v, 12);
    });
  });

  it('caps at 1, leaves a single p alone and handles an empty list', () => {
    expect(holm([0.6, 0.7])).toEqual([1, 1]);
    expect(holm([0.03])).toEqual([0.03]);
    expect(benjaminiHochberg([0.03])).toEqual([0.03]);
    expect(holm([])).toEqual([]);
    expect(benjaminiHochberg([])).toEqual([]);
  });
});
