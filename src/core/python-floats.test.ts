import { describe, expect, it } from 'vitest';
import { PYTHON_FLOATS, pythonNonFinite } from './python-floats.js';

describe("Python's float spellings", () => {
  it('reads each spelling and writes what str(float) writes', () => {
    expect(PYTHON_FLOATS.nan).toBeNaN();
    expect([PYTHON_FLOATS.inf, PYTHON_FLOATS['-infinity']]).toEqual([
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
    ]);
    expect([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 1].map(pythonNonFinite)).toEqual([
      'nan',
      'inf',
      '-inf',
      undefined,
    ]);
  });
});
