import { InputError } from '../errors.js';
import { zQuantile } from './distributions.js';

export interface SeedsNeededInput {
  /** Standard deviation of one seed's result, in the metric's unit. */
  readonly sd: number;
  /** The distance to detect, in the metric's unit (for non-inferiority: margin − true difference). */
  readonly effect: number;
  /** One-sided significance level; default 0.05. */
  readonly alpha?: number;
  /** Probability of deciding when the effect is real; default 0.8. */
  readonly power?: number;
  /** 2: both sides are samples (the count is per side); 1: against a fixed value. Default 2. */
  readonly arms?: 1 | 2;
}

/**
 * Seeds needed per side for a one-sided test at level α to decide with the given power,
 * rounded up: n ≈ 2(z₁₋α + z₁₋β)²σ²/Δ² + z²₁₋α/4 per arm, or (z₁₋α + z₁₋β)²σ²/Δ² + z²₁₋α/2
 * against a fixed value (Guenther's correction for using t instead of z).
 * Returns null when no number of seeds decides (effect 0) and 2 when σ is 0.
 * Throws InputError for a negative or non-finite sd or effect.
 */
export function seedsNeeded(input: SeedsNeededInput): number | null {
  const { sd, effect, alpha = 0.05, power = 0.8, arms = 2 } = input;
  if (!(sd >= 0) || !Number.isFinite(sd))
    throw new InputError(`seedsNeeded: sd must be finite and ≥ 0, got ${sd}.`);
  if (!(effect >= 0) || !Number.isFinite(effect)) {
    throw new InputError(`seedsNeeded: effect must be finite and ≥ 0, got ${effect}.`);
  }
  if (effect === 0) return null;
  const za = zQuantile(1 - alpha);
  const zb = zQuantile(power);
  const n = (arms * (za + zb) ** 2 * sd * sd) / (effect * effect) + (za * za) / (2 * arms);
  // A standard deviation needs two values, whatever the formula says.
  return Math.max(2, Math.ceil(n));
}
