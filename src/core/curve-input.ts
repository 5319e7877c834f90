import type { Series } from './series.js';

/** A curve's points in step order, with where its first non-finite value is. */
export interface OrderedCurve {
  readonly steps: Float64Array;
  readonly values: Float64Array;
  /** Index of the first non-finite value in step order, −1 when all are finite. */
  readonly firstNonFinite: number;
  readonly nonFiniteCount: number;
}

/**
 * One pass over steps and values together (the usual ordered, all-finite curve costs one scan),
 * in a function of its own so that V8 optimises the loop early: writes the index of the first
 * non-finite value (−1 for none), the count of them, and 1 when every step is finite and none
 * is below the one before (else 0).
 */
function scanCurve(steps: Float64Array, values: Float64Array, out: Float64Array): void {
  let sorted = 1;
  let first = -1;
  let count = 0;
  let previous = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < values.length; i++) {
    const s = steps[i] as number;
    if (s >= previous && s - s === 0) previous = s;
    else sorted = 0;
    const v = values[i] as number;
    if (!(v - v === 0)) {
      if (first < 0) first = i;
      count++;
    }
  }
  out[0] = first;
  out[1] = count;
  out[2] = sorted;
}

/**
 * The series' points sorted by step (stable; the arrays are reused when already ordered, the
 * usual case, so a million points cost one O(n) scan). Points with a non-finite step are dropped.
 */
export function orderCurve(series: Pick<Series, 'steps' | 'values'>): OrderedCurve {
  const n = Math.min(series.steps.length, series.values.length);
  let steps = series.steps.subarray(0, n);
  let values = series.values.subarray(0, n);
  const scan = new Float64Array(3);
  scanCurve(steps, values, scan);
  let firstNonFinite = scan[0] as number;
  let nonFiniteCount = scan[1] as number;
  if (scan[2] === 0) {
    const idx: number[] = [];
    for (let i = 0; i < n; i++) if (Number.isFinite(steps[i] as number)) idx.push(i);
    idx.sort((a, b) => (steps[a] as number) - (steps[b] as number) || a - b);
    steps = Float64Array.from(idx, (i) => steps[i] as number);
    values = Float64Array.from(idx, (i) => values[i] as number);
    firstNonFinite = -1;
    nonFiniteCount = 0;
    for (let i = 0; i < values.length; i++) {
      if (!Number.isFinite(values[i] as number)) {
        if (firstNonFinite < 0) firstNonFinite = i;
        nonFiniteCount++;
      }
    }
  }
  return { steps, values, firstNonFinite, nonFiniteCount };
}

/** A number as it reads in a summary: 3 significant digits, no exponent for ordinary sizes. */
export function fmt(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (x === 0) return '0';
  const a = Math.abs(x);
  if (a >= 1e-3 && a < 1e6) return String(Number(x.toPrecision(3)));
  return x.toExponential(2);
}

/** A fraction as a signed percentage, e.g. `-42%`. */
export function pct(x: number): string {
  return `${x > 0 ? '+' : ''}${fmt(100 * x)}%`;
}
