import type { Rng } from './prng.js';

/** The learning-rate schedule a synthetic healthy curve was trained under. */
export type Schedule = 'constant' | 'warmup' | 'cosine' | 'step' | 'warmup-cosine';

/** Parameters of a clean, decreasing loss curve level(t), t ∈ [0, 1]. */
export interface HealthyShape {
  /** Loss at t = 0 (ln C for C classes: 0.69 … 6.9). */
  readonly start: number;
  /** Converged level as a share of `start`. */
  readonly floor: number;
  readonly decay: 'exponential' | 'power';
  /** Time constant as a share of the run. */
  readonly tau: number;
  readonly schedule: Schedule;
  /** Warm-up length (share of the run) and the relative rise of the loss during it. */
  readonly warmup: number;
  readonly warmupRise: number;
}

/**
 * A healthy shape that clearly learns: its clean level falls at least 10 % from start to end
 * (a plateau is built with at most 2 %; the judge's line sits between). `points`: the run's length.
 */
export function drawHealthyShape(rng: Rng, points = 1000): HealthyShape {
  for (;;) {
    // the fall spans at least 10 logged points: a run that learns everything in its first step
    // and then stays flat is, as far as its log shows, a plateau
    const drawn = drawShape(rng);
    const shape = { ...drawn, tau: Math.max(drawn.tau, 10 / points) };
    if (healthyLevel(1, shape) <= 0.9 * healthyLevel(0, shape)) return shape;
  }
}

function drawShape(rng: Rng): HealthyShape {
  const r = rng.next();
  return {
    start: rng.uniform(0.5, 7),
    // most runs learn a lot; fine-tuning runs improve only 10–30 %
    floor: r < 0.6 ? rng.uniform(0.02, 0.3) : r < 0.85 ? rng.uniform(0.3, 0.7) : rng.uniform(0.7, 0.9),
    decay: rng.next() < 0.5 ? 'exponential' : 'power',
    tau: rng.uniform(0.03, 0.4),
    schedule: rng.pick<Schedule>(['constant', 'warmup', 'cosine', 'step', 'warmup-cosine']),
    warmup: rng.uniform(0.02, 0.1),
    warmupRise: rng.next() < 0.5 ? 0 : rng.uniform(0, 0.2),
  };
}

/** Training progress by time t under a schedule: cumulative learning rate, normalised to 1 at t = 1. */
function progress(t: number, s: HealthyShape): number {
  const warm = s.schedule === 'warmup' || s.schedule === 'warmup-cosine';
  const w = warm ? s.warmup : 0;
  if (t < w) return (0.5 * t * t) / w / (1 - w / 2);
  const u = (t - w) / (1 - w);
  const cum =
    s.schedule === 'cosine' || s.schedule === 'warmup-cosine'
      ? 2 * (0.5 * (u + Math.sin(Math.PI * u) / Math.PI))
      : u;
  return (0.5 * w + (1 - w) * cum) / (1 - w / 2);
}

/** Clean level of a healthy curve at t ∈ [0, 1]: decreasing apart from an optional warm-up bump. */
export function healthyLevel(t: number, s: HealthyShape): number {
  const p = progress(t, s);
  const g = s.decay === 'exponential' ? Math.exp(-p / s.tau) : 1 / (1 + p / s.tau);
  let level = s.start * (s.floor + (1 - s.floor) * g);
  if (s.schedule === 'step') {
    // SGD noise keeps the loss above its floor until each learning-rate drop (×0.1 at 50 % and 75 %)
    const excess = 0.25 * s.floor * s.start;
    level += t < 0.5 ? excess : t < 0.75 ? excess / 3 : excess / 10;
  }
  const warm = s.schedule === 'warmup' || s.schedule === 'warmup-cosine';
  if (warm && t < 2 * s.warmup) level *= 1 + s.warmupRise * Math.sin((Math.PI * t) / (2 * s.warmup));
  return level;
}

/** Add `count` loss spikes that recover: a jump of 1.5–4× decaying back over a few steps. */
export function addSpikes(rng: Rng, levels: Float64Array, count: number): number[] {
  const n = levels.length;
  const at: number[] = [];
  for (let k = 0; k < count; k++) {
    // inside the first 90 % of the run, so that the spike has room to recover
    const i0 = rng.int(Math.floor(n * 0.1), Math.floor(n * 0.9));
    const factor = rng.uniform(1.5, 4);
    const width = rng.int(1, Math.max(1, Math.round(n / 200)));
    for (let i = i0; i < n && i < i0 + 5 * width; i++) {
      levels[i] = (levels[i] as number) * (1 + (factor - 1) * Math.exp(-(i - i0) / width));
    }
    at.push(i0);
  }
  return at;
}
