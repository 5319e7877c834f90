import type { Series } from '../../../src/core/series.js';
import type { ValidationVerdict } from '../../../src/core/verdict.js';
import { addNoise } from './noise.js';
import { createRng, type Rng } from './prng.js';
import { drawHealthyShape, healthyLevel } from './shapes.js';

/** A synthetic train/val pair with the validation verdict it was built to deserve. */
export interface LabelledPair {
  readonly label: ValidationVerdict;
  readonly kind: string;
  readonly train: Series;
  readonly val: Series;
}

function series(name: string, steps: Float64Array, values: Float64Array): Series {
  return { name, metric: 'loss', split: name.startsWith('val') ? 'val' : 'train', steps, values };
}

/**
 * One pair: train always learns (healthy shape with mini-batch noise); val is evaluated 8–50
 * times and either follows it with a gap (`generalises`), turns up after a minimum by 8–60 %
 * (`overfitting`), or stays at its start level (`not_generalising`).
 */
export function validationPair(rng: Rng, label: ValidationVerdict): LabelledPair {
  const n = rng.pick([200, 500, 1000, 2000]);
  const drawn = drawHealthyShape(rng);
  // not_generalising needs a train loss still falling while val is evaluated
  const tau = label === 'not_generalising' ? rng.uniform(0.15, 0.4) : drawn.tau;
  const shape = { ...drawn, floor: rng.uniform(0.05, 0.6), tau };
  const trainLevels = Float64Array.from({ length: n }, (_, i) => healthyLevel(i / (n - 1), shape));
  const train = addNoise(
    rng,
    trainLevels,
    { kind: 'multiplicative', sigma: rng.pick([0.02, 0.05, 0.1]), ar: 0.3, tDf: 0 },
    1,
  );
  const m = rng.pick([8, 12, 20, 50]);
  const valSteps = Float64Array.from({ length: m }, (_, i) => Math.round(((i + 1) * n) / m) - 1);
  const gap = rng.uniform(1.02, 1.4);
  const sigma = rng.pick([0.005, 0.01, 0.02]);
  const val = new Float64Array(m);
  let kind: string = label;
  for (let i = 0; i < m; i++) {
    const t = (valSteps[i] as number) / (n - 1);
    val[i] = healthyLevel(t, shape) * gap;
  }
  if (label === 'overfitting') {
    const tMin = rng.uniform(0.2, 0.6);
    const rise = rng.pick([0.08, 0.2, 0.6]);
    const atMin = healthyLevel(tMin, shape) * gap;
    for (let i = 0; i < m; i++) {
      const t = (valSteps[i] as number) / (n - 1);
      if (t > tMin) val[i] = atMin * (1 + rise * ((t - tMin) / (1 - tMin)) ** rng.uniform(0.7, 1.5));
    }
    kind = `overfitting/rise=${rise}/tmin=${tMin.toFixed(2)}`;
  } else if (label === 'not_generalising') {
    const flat = shape.start * rng.uniform(1, 1.1);
    const drift = rng.uniform(-0.01, 0.01);
    for (let i = 0; i < m; i++) val[i] = flat * (1 + (drift * i) / m);
    kind = 'not_generalising';
  }
  addNoise(rng, val, { kind: 'multiplicative', sigma, ar: 0, tDf: 0 }, 1);
  return {
    label,
    kind: `${kind}/val=${m}/n=${n}`,
    train: series(
      'train/loss',
      Float64Array.from({ length: n }, (_, i) => i),
      train,
    ),
    val: series('val/loss', valSteps, val),
  };
}

/** `perLabel` pairs of each validation outcome (too_short excluded). */
export function syntheticValidationSet(seed: number, perLabel = 100): LabelledPair[] {
  const rng = createRng(seed);
  const labels: ValidationVerdict[] = ['generalises', 'overfitting', 'not_generalising'];
  return labels.flatMap((l) => Array.from({ length: perLabel }, () => validationPair(rng, l)));
}
