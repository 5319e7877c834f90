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

  it('knows no word from Object.prototype: a CSV cell `__proto__` or `constructor` is text', () => {
    expect(['__proto__', 'constructor', 'toString'].map((w) => PYTHON_FLOATS[w])).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });
});
