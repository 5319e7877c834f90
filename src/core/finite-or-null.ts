/**
 * A number as JSON can hold it: a finite number itself; null for NaN, ±Infinity and anything
 * that is not a number (evidence read back from a report).
 */
export function finiteOrNull(x: unknown): number | null {
  return typeof x === 'number' && Number.isFinite(x) ? x : null;
}
