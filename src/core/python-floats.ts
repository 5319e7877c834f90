/**
 * The spellings of non-finite floats that Python code writes (`str(float)`, numpy, pandas), in
 * lower case, besides JavaScript's `NaN` and `Infinity` that `Number()` reads. Match them on the
 * lower-cased, trimmed word. Without a prototype: a cell `__proto__` or `constructor` is no number.
 */
export const PYTHON_FLOATS: Readonly<Record<string, number>> = Object.assign(Object.create(null), {
  nan: Number.NaN,
  '-nan': Number.NaN,
  inf: Number.POSITIVE_INFINITY,
  '+inf': Number.POSITIVE_INFINITY,
  infinity: Number.POSITIVE_INFINITY,
  '+infinity': Number.POSITIVE_INFINITY,
  '-inf': Number.NEGATIVE_INFINITY,
  '-infinity': Number.NEGATIVE_INFINITY,
});

/** A non-finite number as Python's `str(float)` writes it (`nan`, `inf`, `-inf`); undefined for a finite one. */
export function pythonNonFinite(x: number): 'nan' | 'inf' | '-inf' | undefined {
  if (Number.isNaN(x)) return 'nan';
  if (x === Number.POSITIVE_INFINITY) return 'inf';
  if (x === Number.NEGATIVE_INFINITY) return '-inf';
  return undefined;
}
