import type { Series } from '../../../src/core/series.js';
import type { CurveVerdict } from '../../../src/core/verdict.js';
import { addNoise, drawNoise, type NoiseSpec } from './noise.js';
import type { Rng } from './prng.js';
import { addSpikes, drawHealthyShape, type HealthyShape, healthyLevel } from './shapes.js';

/** A synthetic curve with the verdict it was built to deserve and how it was built. */
export interface LabelledCurve<L extends string = CurveVerdict> {
  readonly label: L;
  /** e.g. `oscillates/sine/ratio=4/n=1000`: generator branch and strength. */
  readonly kind: string;
  readonly series: Series;
}

/** Lengths of synthetic runs, in logged points. */
export const CURVE_LENGTHS: readonly number[] = [30, 50, 100, 200, 500, 1000, 2000, 5000];

export function makeSeries(values: Float64Array, stride = 1, name = 'train/loss'): Series {
  return {
    name,
    metric: 'loss',
    split: name.startsWith('val') ? 'val' : 'train',
    steps: Float64Array.from(values, (_, i) => i * stride),
    values,
  };
}

function healthyLevels(shape: HealthyShape, n: number): Float64Array {
  return Float64Array.from({ length: n }, (_, i) => healthyLevel(n > 1 ? i / (n - 1) : 0, shape));
}

function noisy(rng: Rng, levels: Float64Array, noise: NoiseSpec, reference: number): Float64Array {
  const out = addNoise(rng, levels, noise, reference);
  // additive noise can push a near-zero loss below zero; real losses of this kind are ≥ 0
  if (noise.kind === 'additive') for (let i = 0; i < out.length; i++) out[i] = Math.abs(out[i] as number);
  return out;
}

function label(noise: NoiseSpec): string {
  return `${noise.kind === 'multiplicative' ? 'mult' : 'add'}${noise.sigma}${noise.ar > 0 ? '/ar' : ''}${noise.tDf > 0 ? `/t${noise.tDf}` : ''}`;
}

/** A healthy run: decreasing under some schedule, noisy, sometimes with spikes that recover. */
export function healthyCurve(rng: Rng, n: number = rng.pick(CURVE_LENGTHS)): LabelledCurve {
  const shape = drawHealthyShape(rng, n);
  const noise = drawNoise(rng);
  const levels = healthyLevels(shape, n);
  const spikes = rng.next() < 0.3 ? addSpikes(rng, levels, rng.int(1, 3)).length : 0;
  const values = noisy(rng, levels, noise, shape.start * shape.floor);
  return {
    label: 'healthy',
    kind: `healthy/${shape.schedule}/${label(noise)}/spikes=${spikes}/n=${n}`,
    series: makeSeries(values, rng.pick([1, 10, 50])),
  };
}

/**
 * A healthy run logged per step, the way a real PyTorch loop logs its minibatch loss: a fall of
 * 30× to 300× towards a small floor, with heavy multiplicative noise (σ 0.4–0.8 in log space),
 * so the converged loss swings 2× and more from one step to the next. A clean run of
 * examples/pytorch-digits looks like this; an oscillation rule that ignores the fall calls it
 * oscillating.
 */
export function minibatchHealthyCurve(
  rng: Rng,
  n: number = rng.pick([100, 200, 500, 1000, 2000]),
): LabelledCurve {
  const start = rng.uniform(1, 3);
  const floor = start / rng.uniform(30, 300);
  const rate = rng.uniform(4, 10);
  const sigma = rng.pick([0.4, 0.6, 0.8]);
  const levels = Float64Array.from(
    { length: n },
    (_, i) => floor + (start - floor) * Math.exp((-rate * i) / n),
  );
  const values = addNoise(rng, levels, { kind: 'multiplicative', sigma, ar: 0, tDf: 0 }, floor);
  return {
    label: 'healthy',
    kind: `healthy/minibatch/mult${sigma}/fall=${(start / floor).toFixed(0)}/n=${n}`,
    series: makeSeries(values),
  };
}

/** Loss rises: from the start (ratio = end/start) or after a minimum (giving back part of the fall). */
export function goesUpCurve(rng: Rng, strength: number, n: number = rng.pick(CURVE_LENGTHS)): LabelledCurve {
  const noise = drawNoise(rng);
  const start = rng.uniform(0.5, 7);
  const levels = new Float64Array(n);
  let kind: string;
  if (rng.next() < 0.5) {
    const ratio = [1.25, 1.6, 2.5][strength] ?? 1.6;
    const power = rng.uniform(0.3, 1.5);
    for (let i = 0; i < n; i++) levels[i] = start * (1 + (ratio - 1) * (i / (n - 1)) ** power);
    kind = `goes_up/from-start/ratio=${ratio}`;
  } else {
    const giveBack = [0.7, 1, 1.4][strength] ?? 1;
    const tMin = rng.uniform(0.15, 0.5);
    const floor = rng.uniform(0.3, 0.7);
    const low = start * floor;
    // keep end/min under 3.5 so the label is unambiguously "goes up", not "explodes"
    const endLevel = Math.min(low + giveBack * (start - low), low * 3.5);
    for (let i = 0; i < n; i++) {
      const t = i / (n - 1);
      levels[i] =
        t < tMin
          ? low + (start - low) * (1 - Math.sin((Math.PI / 2) * (t / tMin)))
          : low + (endLevel - low) * ((t - tMin) / (1 - tMin)) ** rng.uniform(0.8, 1.2);
    }
    kind = `goes_up/after-min/give-back=${giveBack}`;
  }
  return {
    label: 'goes_up',
    kind: `${kind}/${label(noise)}/n=${n}`,
    series: makeSeries(noisy(rng, levels, noise, start)),
  };
}

/** Healthy until some point, then blows up (to 10×, 10³× or 10⁶× its start) and stays there, finite. */
export function explodesCurve(
  rng: Rng,
  strength: number,
  n: number = rng.pick(CURVE_LENGTHS),
): LabelledCurve {
  const shape = drawHealthyShape(rng, n);
  const noise = drawNoise(rng);
  const levels = healthyLevels(shape, n);
  const cap = shape.start * ([10, 1e3, 1e6][strength] ?? 1e3);
  const t0 = rng.uniform(0.3, 0.8);
  const growth = rng.uniform(0.02, 0.15);
  const i0 = Math.floor(t0 * n);
  const base = levels[i0] as number;
  for (let i = i0; i < n; i++) {
    const t = (i - i0) / n;
    levels[i] = Math.min(cap, base * Math.exp((Math.log(cap / base) * t) / growth));
  }
  return {
    label: 'explodes',
    kind: `explodes/x${cap / shape.start}/${label(noise)}/n=${n}`,
    // additive noise on the scale of the converged loss, as in a healthy run, until it blows up
    series: makeSeries(noisy(rng, levels, noise, shape.start * shape.floor)),
  };
}

/** Swings up and down by a peak/trough ratio of 2.5, 4 or 10, around a flat or slowly falling base. */
export function oscillatesCurve(
  rng: Rng,
  strength: number,
  n: number = rng.pick(CURVE_LENGTHS),
): LabelledCurve {
  const noise = drawNoise(rng);
  const ratio = [2.5, 4, 10][strength] ?? 4;
  const amp = Math.log(ratio) / 2;
  const start = rng.uniform(0.5, 7);
  const drift = rng.uniform(0, 0.5);
  const wave = rng.pick(['sine', 'square', 'triangle', 'telegraph'] as const);
  const cycles = Math.min(Math.floor(n / 3), rng.int(5, 40));
  const levels = new Float64Array(n);
  let state = 1;
  for (let i = 0; i < n; i++) {
    const phase = (cycles * i) / n;
    const frac = phase - Math.floor(phase);
    let w: number;
    if (wave === 'sine') w = Math.sin(2 * Math.PI * phase);
    else if (wave === 'square') w = frac < 0.5 ? 1 : -1;
    else if (wave === 'triangle') w = 4 * Math.abs(frac - 0.5) - 1;
    else {
      if (rng.next() < (2 * cycles) / n) state = -state;
      w = state;
    }
    levels[i] = start * (1 - drift * (i / n)) * Math.exp(amp * w);
  }
  return {
    label: 'oscillates',
    kind: `oscillates/${wave}/ratio=${ratio}/cycles=${cycles}/${label(noise)}/n=${n}`,
    series: makeSeries(noisy(rng, levels, noise, start)),
  };
}

/** Stuck near its start: a total drift of 0 %, 1 % or 2 % down over the run. */
export function plateausCurve(
  rng: Rng,
  strength: number,
  n: number = rng.pick(CURVE_LENGTHS),
): LabelledCurve {
  const noise = drawNoise(rng);
  const drop = [0, 0.01, 0.02][strength] ?? 0.01;
  const start = rng.uniform(0.5, 7);
  const levels = Float64Array.from({ length: n }, (_, i) => start * (1 - drop * Math.sqrt(i / (n - 1))));
  return {
    label: 'plateaus',
    kind: `plateaus/drop=${drop}/${label(noise)}/n=${n}`,
    series: makeSeries(noisy(rng, levels, noise, start)),
  };
}

/** A healthy or exploding curve that turns NaN, +Infinity or −Infinity from some step on. */
export function nonFiniteCurve(rng: Rng, n: number = rng.pick(CURVE_LENGTHS)): LabelledCurve {
  const c = rng.next() < 0.5 ? healthyCurve(rng, n) : explodesCurve(rng, rng.int(0, 2), n);
  const values = Float64Array.from(c.series.values);
  const from = rng.int(Math.floor(0.1 * n), n - 1);
  const bad = rng.pick([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]);
  for (let i = from; i < n; i++) values[i] = bad;
  return { label: 'non_finite', kind: `non_finite/${bad}/from=${from}/n=${n}`, series: makeSeries(values) };
}

/** A healthy curve cut to 1–9 points. */
export function tooShortCurve(rng: Rng): LabelledCurve {
  const n = rng.int(1, 9);
  const c = healthyCurve(rng, n);
  return { label: 'too_short', kind: `too_short/n=${n}`, series: c.series };
}
