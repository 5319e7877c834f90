import type { OverfitVerdict } from '../../../src/core/verdict.js';
import {
  explodesCurve,
  goesUpCurve,
  type LabelledCurve,
  makeSeries,
  nonFiniteCurve,
  oscillatesCurve,
  plateausCurve,
  tooShortCurve,
} from './curves.js';
import { addNoise } from './noise.js';
import { createRng, type Rng } from './prng.js';

function fall(rng: Rng, n: number, start: number, to: number, tau: number): Float64Array {
  const levels = Float64Array.from({ length: n }, (_, i) => {
    const t = i / (n - 1);
    return to + (start - to) * Math.exp(-t / tau);
  });
  return addNoise(
    rng,
    levels,
    { kind: 'multiplicative', sigma: rng.pick([0.01, 0.05, 0.1]), ar: 0.3, tDf: 0 },
    1,
  );
}

/** One single-batch overfit run of the given outcome. */
export function overfitCurve(rng: Rng, label: OverfitVerdict): LabelledCurve<OverfitVerdict> {
  const n = rng.pick([50, 100, 200, 500]);
  const start = rng.uniform(0.5, 7);
  switch (label) {
    case 'overfits': {
      const orders = rng.uniform(2.5, 5);
      const v = fall(rng, n, start, start * 10 ** -orders, rng.uniform(0.02, 0.1));
      // a loss near zero keeps falling exponentially rather than sitting on a floor
      for (let i = 0; i < n; i++) v[i] = Math.max(v[i] as number, start * 10 ** -orders * (1 - i / n));
      return { label, kind: `overfits/orders=${orders.toFixed(1)}/n=${n}`, series: makeSeries(v) };
    }
    case 'not_near_zero': {
      const to = rng.uniform(0, 0.05) * start;
      const v = fall(rng, n, start, to, rng.uniform(0.5, 1.5));
      return { label, kind: `not_near_zero/n=${n}`, series: makeSeries(v) };
    }
    case 'below_zero': {
      const depth = rng.uniform(0.3, 5) * start;
      const levels = Float64Array.from(
        { length: n },
        (_, i) => start - (start + depth) * (i / (n - 1)) ** rng.uniform(0.7, 1.3),
      );
      for (let i = 0; i < n; i++) levels[i] = (levels[i] as number) + 0.03 * start * rng.normal();
      return {
        label,
        kind: `below_zero/depth=${(depth / start).toFixed(1)}/n=${n}`,
        series: makeSeries(levels),
      };
    }
    case 'plateaus': {
      if (rng.next() < 0.5) return { ...plateausCurve(rng, rng.int(0, 2), n), label };
      const v = fall(rng, n, start, start * rng.uniform(0.2, 0.8), rng.uniform(0.03, 0.15));
      return { label, kind: `plateaus/stuck-above-zero/n=${n}`, series: makeSeries(v) };
    }
    case 'goes_up':
      return { ...goesUpCurve(rng, rng.int(0, 2), n), label };
    case 'explodes':
      return { ...explodesCurve(rng, rng.int(0, 2), n), label };
    case 'oscillates':
      return { ...oscillatesCurve(rng, rng.int(0, 2), n), label };
    case 'non_finite':
      return { ...nonFiniteCurve(rng, n), label };
    case 'too_short':
      return { ...tooShortCurve(rng), label };
  }
}

export const OVERFIT_LABELS: readonly OverfitVerdict[] = [
  'overfits',
  'not_near_zero',
  'below_zero',
  'plateaus',
  'goes_up',
  'explodes',
  'oscillates',
  'non_finite',
  'too_short',
];

/** `perLabel` single-batch overfit runs of every outcome. */
export function syntheticOverfitSet(seed: number, perLabel = 60): LabelledCurve<OverfitVerdict>[] {
  const rng = createRng(seed);
  return OVERFIT_LABELS.flatMap((l) => Array.from({ length: perLabel }, () => overfitCurve(rng, l)));
}
