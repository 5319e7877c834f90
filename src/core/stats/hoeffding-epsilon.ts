import { InputError } from '../errors.js';

/** Throw InputError unless n ≥ 1, k ≥ 1 and δ ∈ (0, 1). */
export function checkReuseInput(n: number, k: number, delta: number, what: string): void {
  if (!Number.isInteger(n) || n < 1) throw new InputError(`${what}: n must be a positive integer, got ${n}.`);
  if (!(k >= 1) || !Number.isFinite(k))
    throw new InputError(`${what}: the evaluation count must be ≥ 1, got ${k}.`);
  if (!(delta > 0 && delta < 1)) throw new InputError(`${what}: δ must be in (0, 1), got ${delta}.`);
}

/**
 * Hoeffding with a union bound: after k evaluations of an n-example set, every estimate is
 * within ε = √(ln(2k/δ)/(2n)) of its true value with probability 1 − δ (ε in the metric's
 * [0, 1] unit, e.g. accuracy). Throws InputError for n < 1, k < 1 or δ outside (0, 1).
 */
export function hoeffdingEpsilon(n: number, k: number, delta = 0.05): number {
  checkReuseInput(n, k, delta, 'hoeffdingEpsilon');
  return Math.sqrt(Math.log((2 * k) / delta) / (2 * n));
}
