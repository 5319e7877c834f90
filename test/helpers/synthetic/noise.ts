import type { Rng } from './prng.js';

/** How a synthetic curve is perturbed; all sizes are dimensionless. */
export interface NoiseSpec {
  /** `multiplicative`: level·exp(σ·e); `additive`: level + σ·reference·e. */
  readonly kind: 'multiplicative' | 'additive';
  /** σ of the log-level (multiplicative) or of the noise as a share of `reference` (additive). */
  readonly sigma: number;
  /** AR(1) coefficient of the noise, 0 for independent steps (real curves are mildly correlated). */
  readonly ar: number;
  /** Degrees of freedom of Student-t innovations; 0 for normal. */
  readonly tDf: number;
}

/** A realistic noise draw: mini-batch losses fluctuate by 0.5 %–15 %, sometimes correlated, sometimes heavy-tailed. */
export function drawNoise(rng: Rng): NoiseSpec {
  return {
    kind: rng.next() < 0.7 ? 'multiplicative' : 'additive',
    sigma: rng.pick([0.005, 0.02, 0.05, 0.08, 0.12, 0.15]),
    ar: rng.next() < 0.5 ? 0 : rng.uniform(0.2, 0.7),
    tDf: rng.next() < 0.25 ? rng.pick([3, 5]) : 0,
  };
}

/**
 * Apply noise to a clean curve in place. For additive noise `reference` sets the scale (the
 * curve's final level, so the noise is σ of the converged loss). O(n).
 */
export function addNoise(rng: Rng, levels: Float64Array, spec: NoiseSpec, reference: number): Float64Array {
  let e = 0;
  // scale so the stationary SD of the AR(1) noise is σ, and t innovations have unit-ish spread
  const innovation =
    Math.sqrt(1 - spec.ar * spec.ar) * (spec.tDf > 0 ? Math.sqrt((spec.tDf - 2) / spec.tDf) : 1);
  for (let i = 0; i < levels.length; i++) {
    const d = spec.tDf > 0 ? rng.studentT(spec.tDf) : rng.normal();
    e = i === 0 ? d : spec.ar * e + innovation * d;
    const x = levels[i] as number;
    levels[i] =
      spec.kind === 'multiplicative' ? x * Math.exp(spec.sigma * e) : x + spec.sigma * reference * e;
  }
  return levels;
}
