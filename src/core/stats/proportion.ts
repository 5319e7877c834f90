import { InputError } from '../errors.js';

/** A proportion (e.g. an error rate in [0, 1]) estimated from n examples. */
export interface Proportion {
  readonly p: number;
  readonly n: number;
}

/** Throw InputError unless p ∈ [0, 1] and n is a positive integer; `what` names the input. */
export function checkProportion(p: number, n: number, what: string): void {
  if (!(p >= 0 && p <= 1)) {
    throw new InputError(
      `${what}: expected a proportion in [0, 1], got ${p}. Give errors and accuracies as fractions, not percentages.`,
    );
  }
  if (!Number.isInteger(n) || n < 1) {
    throw new InputError(`${what}: expected the number of examples n as a positive integer, got ${n}.`);
  }
}
