import { InputError } from './errors.js';
import { adaptiveEpsilon } from './stats/adaptive-epsilon.js';
import { hoeffdingEpsilon } from './stats/hoeffding-epsilon.js';

export type ReuseBound = 'hoeffding' | 'adaptive';

export interface ValidationBudgetInput {
  /** Examples in the validation set. */
  readonly n: number;
  /** Evaluations of this set so far (k ≥ 0), counting the current one. */
  readonly evaluations: number;
  /** The largest error of an estimate the project accepts, as a fraction (e.g. 0.02 accuracy). */
  readonly tolerance: number;
  /** Failure probability of the guarantee; default 0.05. */
  readonly delta?: number;
  /** Pass/fail bits revealed so far (H of ease.ml/ci); default: one per evaluation. */
  readonly bits?: number;
  /** Which guarantee decides `refresh` and `remaining`; default `hoeffding`. */
  readonly bound?: ReuseBound;
}

/** The validation-reuse ledger's verdict on one validation set. JSON-safe. */
export interface ValidationBudget {
  readonly n: number;
  readonly evaluations: number;
  readonly bits: number;
  readonly delta: number;
  readonly tolerance: number;
  readonly bound: ReuseBound;
  /** √(ln(2k/δ)/(2n)); null before the first evaluation. */
  readonly epsilonHoeffding: number | null;
  /** √(ln(2·2^H/δ)/(2n)); null before the first revealed bit. */
  readonly epsilonAdaptive: number | null;
  /** The deciding bound's ε. */
  readonly epsilon: number | null;
  /** True when ε exceeds the tolerance: resample or collect a new validation set. */
  readonly refresh: boolean;
  /** More evaluations (bits, for `adaptive`) within tolerance; null: over 2^53, in effect unlimited. */
  readonly remainingHoeffding: number | null;
  readonly remainingAdaptive: number | null;
  readonly remaining: number | null;
  readonly message: string;
}

/** Largest k with √(ln(2k/δ)/(2n)) ≤ t, i.e. k ≤ (δ/2)·e^(2nt²). */
function maxEvaluations(n: number, t: number, delta: number): number | null {
  const k = Math.floor((delta / 2) * Math.exp(2 * n * t * t));
  return Number.isSafeInteger(k) ? k : null;
}

/** Largest H with √(((H + 1)·ln 2 − ln δ)/(2n)) ≤ t. */
function maxBits(n: number, t: number, delta: number): number | null {
  const h = Math.floor((2 * n * t * t + Math.log(delta)) / Math.LN2 - 1);
  return Number.isSafeInteger(h) ? Math.max(0, h) : null;
}

function fmt(x: number): string {
  return String(Number(x.toPrecision(3)));
}

/**
 * How much a validation set has been used up (METHOD.md, "Validation reuse"): the ε within
 * which every one of k adaptive evaluations of an n-example set is accurate with probability
 * 1 − δ, by Hoeffding with a union bound and by ease.ml/ci's 2^H variant (stricter: each
 * revealed pass/fail is a bit of adaptivity); `refresh` when the deciding ε exceeds the
 * tolerance, and how many more evaluations stay within it.
 * Throws InputError for n < 1, a negative or fractional evaluation count, δ outside (0, 1) or
 * a tolerance outside (0, 1].
 */
export function validationBudget(input: ValidationBudgetInput): ValidationBudget {
  const { n, evaluations, tolerance, delta = 0.05, bits = evaluations, bound = 'hoeffding' } = input;
  if (!Number.isInteger(n) || n < 1)
    throw new InputError(`validation budget: n must be a positive integer, got ${n}.`);
  for (const [name, v] of [
    ['evaluations', evaluations],
    ['bits', bits],
  ] as const) {
    if (!Number.isInteger(v) || v < 0)
      throw new InputError(`validation budget: ${name} must be an integer ≥ 0, got ${v}.`);
  }
  if (!(delta > 0 && delta < 1))
    throw new InputError(`validation budget: delta must be in (0, 1), got ${delta}.`);
  if (!(tolerance > 0 && tolerance <= 1)) {
    throw new InputError(`validation budget: tolerance must be a fraction in (0, 1], got ${tolerance}.`);
  }
  const epsilonHoeffding = evaluations === 0 ? null : hoeffdingEpsilon(n, evaluations, delta);
  const epsilonAdaptive = bits === 0 ? null : adaptiveEpsilon(n, bits, delta);
  const kMax = maxEvaluations(n, tolerance, delta);
  const hMax = maxBits(n, tolerance, delta);
  const remainingHoeffding = kMax === null ? null : Math.max(0, kMax - evaluations);
  const remainingAdaptive = hMax === null ? null : Math.max(0, hMax - bits);
  const epsilon = bound === 'hoeffding' ? epsilonHoeffding : epsilonAdaptive;
  const remaining = bound === 'hoeffding' ? remainingHoeffding : remainingAdaptive;
  const refresh = epsilon !== null && epsilon > tolerance;
  const looks = bound === 'hoeffding' ? `${evaluations} evaluations` : `${bits} revealed pass/fail results`;
  const guarantee =
    epsilon === null
      ? 'not evaluated yet'
      : `after ${looks} of ${n} examples every estimate is within ±${fmt(epsilon)} with probability ${fmt(1 - delta)}`;
  const left = remaining === null ? 'practically unlimited' : `${remaining}`;
  const message = refresh
    ? `refresh the validation set: ${guarantee}, more than the tolerance ${fmt(tolerance)}; resample it or collect a new one`
    : `validation set within budget: ${guarantee}; ${left} more within the tolerance ${fmt(tolerance)}`;
  return {
    n,
    evaluations,
    bits,
    delta,
    tolerance,
    bound,
    epsilonHoeffding,
    epsilonAdaptive,
    epsilon,
    refresh,
    remainingHoeffding,
    remainingAdaptive,
    remaining,
    message,
  };
}
