import {
  explodesCurve,
  goesUpCurve,
  healthyCurve,
  type LabelledCurve,
  minibatchHealthyCurve,
  nonFiniteCurve,
  oscillatesCurve,
  plateausCurve,
  tooShortCurve,
} from './curves.js';
import { createRng } from './prng.js';

export interface CurveSetOptions {
  /** Healthy curves (≥ 1,000 for a false-alarm rate to 0.1 %). */
  readonly healthy?: number;
  /** Of which per-step minibatch losses with heavy noise near a small floor; default a tenth. */
  readonly minibatch?: number;
  /** Curves per pathology and strength (three strengths each, weak to strong). */
  readonly perStrength?: number;
}

/**
 * The labelled benchmark set of the curve judge: healthy runs of every schedule, noise and
 * length, and each pathology at three strengths. Same seed, same set. O(total points).
 */
export function syntheticCurveSet(seed: number, opts: CurveSetOptions = {}): LabelledCurve[] {
  const rng = createRng(seed);
  const healthy = opts.healthy ?? 1200;
  const per = opts.perStrength ?? 60;
  const out: LabelledCurve[] = [];
  const minibatch = opts.minibatch ?? Math.round(healthy / 10);
  for (let i = 0; i < healthy - minibatch; i++) out.push(healthyCurve(rng));
  for (let i = 0; i < minibatch; i++) out.push(minibatchHealthyCurve(rng));
  for (let s = 0; s < 3; s++) {
    for (let i = 0; i < per; i++) {
      out.push(goesUpCurve(rng, s), explodesCurve(rng, s), oscillatesCurve(rng, s), plateausCurve(rng, s));
      out.push(nonFiniteCurve(rng), tooShortCurve(rng));
    }
  }
  return out;
}
