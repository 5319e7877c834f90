import { InputError } from './errors.js';
import type { Proportion } from './stats/proportion.js';
import { twoProportionZTest } from './stats/two-proportion-z-test.js';

/** The test behind "validation looks significantly better than test". JSON-safe. */
export interface ValidationOverfitFlag {
  readonly flagged: boolean;
  readonly testValError: number;
  readonly testError: number;
  /** test − test-val error: how much better validation looks. */
  readonly difference: number;
  /** Pooled two-proportion z; null when both errors are 0 or both 1. */
  readonly z: number | null;
  /** One-sided p of H1: test error > test-val error. */
  readonly pValue: number;
  readonly alpha: number;
  readonly minEffect: number;
  readonly message: string;
}

function pct(x: number): string {
  return `${Number((x * 100).toPrecision(3))} %`;
}

/**
 * Does the test-val error look significantly better than the test error (the model was fit to
 * the validation set: small validation set, lots of tuning)? Flags only when a one-sided
 * two-proportion z-test at the given n has p < alpha and the difference is at least
 * `minEffect` (a fraction), so a huge test set does not flag a 0.1-point difference.
 * Throws InputError for alpha outside (0, 1) or a negative minEffect.
 */
export function validationOverfitFlag(
  testVal: Proportion,
  test: Proportion,
  options: { readonly alpha: number; readonly minEffect: number },
): ValidationOverfitFlag {
  const { alpha, minEffect } = options;
  if (!(alpha > 0 && alpha < 1)) throw new InputError(`gaps: alpha must be in (0, 1), got ${alpha}.`);
  if (!(minEffect >= 0)) throw new InputError(`gaps: minEffect must be a fraction ≥ 0, got ${minEffect}.`);
  const r = twoProportionZTest(test, testVal, 'greater');
  const significant = r.pValue < alpha;
  const large = r.difference >= minEffect;
  const flagged = significant && large;
  const seen = `test-val error ${pct(testVal.p)} (n = ${testVal.n}) vs test error ${pct(test.p)} (n = ${test.n}), one-sided p = ${Number(r.pValue.toPrecision(2))}`;
  const message = flagged
    ? `validation looks significantly better than test: ${seen}. The model has likely been fit to the validation set (small validation set, lots of tuning): resample the validation set.`
    : significant
      ? `validation is better than test by less than ${pct(minEffect)}: ${seen}; not flagged.`
      : `validation does not look significantly better than test: ${seen}.`;
  return {
    flagged,
    testValError: testVal.p,
    testError: test.p,
    difference: r.difference,
    z: r.z,
    pValue: r.pValue,
    alpha,
    minEffect,
    message,
  };
}
