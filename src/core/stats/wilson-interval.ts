import { zQuantile } from './distributions.js';
import { checkProportion } from './proportion.js';

export interface Interval {
  readonly lower: number;
  readonly upper: number;
}

/**
 * Wilson score interval (two-sided, default 95 %) for a proportion p observed on n examples.
 * Unlike the Wald interval it stays inside [0, 1] and is not empty at p = 0 or 1
 * (0 of 10: [0, 0.2775]). Throws InputError for p outside [0, 1] or a bad n.
 */
export function wilsonInterval(p: number, n: number, confidence = 0.95): Interval {
  checkProportion(p, n, 'wilsonInterval');
  const z = zQuantile(1 - (1 - confidence) / 2);
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z / denom) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // At p = 0 or 1 the bound is exactly 0 or 1; rounding would otherwise leave ±1e-17.
  return {
    lower: p === 0 ? 0 : Math.max(0, centre - half),
    upper: p === 1 ? 1 : Math.min(1, centre + half),
  };
}
