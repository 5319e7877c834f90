import { InputError } from './errors.js';
import { THRESHOLD_SPECS, type ThresholdKey } from './judges/index.js';

/**
 * Every number the curve, overfit, validation and initial-loss judges decide with, by name; each
 * judge declares its own with its doc, default and range (src/core/judges/). Defaults are
 * calibrated on `npm run bench:verdicts` (synthetic labelled curves); sources in METHOD.md are
 * named where one exists. Relative quantities are fractions of a level (0.1 = 10 %), factors are
 * ratios of two loss levels, and "bins" are the ≤ `maxBins` equal-count bins a curve is judged on.
 */
export type CurveThresholds = { readonly [K in ThresholdKey]: number };

export const DEFAULT_THRESHOLDS: CurveThresholds = Object.fromEntries(
  Object.entries(THRESHOLD_SPECS).map(([key, spec]) => [key, spec.default]),
) as CurveThresholds;

type Range = readonly [min: number, max: number, integer?: 'integer'];

/** Allowed range (inclusive) of every threshold. */
export const THRESHOLD_RANGES: Readonly<Record<keyof CurveThresholds, Range>> = Object.fromEntries(
  Object.entries(THRESHOLD_SPECS).map(([key, spec]) => [
    key,
    spec.integer ? [spec.min, spec.max, 'integer'] : [spec.min, spec.max],
  ]),
) as unknown as Record<keyof CurveThresholds, Range>;

/**
 * Defaults with `overrides` applied. Every problem is gathered before throwing.
 * @throws InputError naming each unknown key, or each value that is not a number in its range.
 */
export function resolveThresholds(overrides: Partial<CurveThresholds> = {}): CurveThresholds {
  const problems: string[] = [];
  const out: Record<string, number> = { ...DEFAULT_THRESHOLDS };
  for (const [key, value] of Object.entries(overrides as Record<string, unknown>)) {
    if (value === undefined) continue;
    const range = (THRESHOLD_RANGES as Record<string, Range | undefined>)[key];
    if (!range) {
      problems.push(`unknown threshold '${key}'; known: ${Object.keys(DEFAULT_THRESHOLDS).join(', ')}`);
      continue;
    }
    const [min, max, integer] = range;
    const kind = integer ? 'an integer' : 'a number';
    if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
      problems.push(
        `threshold '${key}' is ${JSON.stringify(value) ?? String(value)}; use ${kind} in [${min}, ${max}]`,
      );
    } else if (integer && !Number.isInteger(value)) {
      problems.push(`threshold '${key}' is ${value}; use ${kind} in [${min}, ${max}]`);
    } else {
      out[key] = value;
    }
  }
  if (problems.length > 0) throw new InputError(`Invalid curve thresholds: ${problems.join('; ')}.`);
  return out as unknown as CurveThresholds;
}
