import type { Proportion } from './proportion.js';
import { type Interval, wilsonInterval } from './wilson-interval.js';

export interface DifferenceInterval extends Interval {
  /** a.p − b.p */
  readonly difference: number;
}

/**
 * Newcombe's hybrid score interval (1998, method 10) for the difference a.p − b.p of two
 * independent proportions, built from the two Wilson intervals (two-sided, default 95 %).
 * Throws InputError for a proportion outside [0, 1] or a bad n.
 */
export function newcombeInterval(a: Proportion, b: Proportion, confidence = 0.95): DifferenceInterval {
  const wa = wilsonInterval(a.p, a.n, confidence);
  const wb = wilsonInterval(b.p, b.n, confidence);
  const difference = a.p - b.p;
  return {
    difference,
    lower: difference - Math.sqrt((a.p - wa.lower) ** 2 + (wb.upper - b.p) ** 2),
    upper: difference + Math.sqrt((wa.upper - a.p) ** 2 + (b.p - wb.lower) ** 2),
  };
}
