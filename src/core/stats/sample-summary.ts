import { mean, sampleStandardDeviation } from 'simple-statistics';
import { InputError } from '../errors.js';

/** Mean, sample standard deviation (n − 1 denominator; null for a single value) and count. */
export interface SampleSummary {
  readonly mean: number;
  readonly sd: number | null;
  readonly n: number;
}

/**
 * Summarise finite values. Throws InputError (naming `what`) for an empty list or a
 * non-finite value. Identical values give exactly sd 0.
 */
export function sampleSummary(values: readonly number[], what = 'values'): SampleSummary {
  if (values.length === 0) throw new InputError(`${what}: expected at least one value, got none.`);
  for (const v of values) {
    if (!Number.isFinite(v)) throw new InputError(`${what}: expected finite numbers, got ${v}.`);
  }
  const n = values.length;
  const first = values[0] as number;
  // Identical values (deterministic training) must give sd exactly 0, which rounding in the
  // mean would spoil (0.1 + 0.1 + 0.1 ≠ 0.3).
  if (values.every((v) => v === first)) return { mean: first, sd: n === 1 ? null : 0, n };
  return { mean: mean(values), sd: sampleStandardDeviation(values), n };
}
