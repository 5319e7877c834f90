import { describe, expect, it } from 'vitest';
import { createRng } from '../../test/helpers/synthetic/prng.js';
import { judgeValidation } from './judge-validation.js';
import type { Series } from './series.js';

function pair(train: readonly number[], val: readonly number[], trainStride = 1, valStride = 1) {
  const make = (name: string, split: 'train' | 'val', values: readonly number[], stride: number): Series => ({
    name,
    metric: 'loss',
    split,
    steps: Float64Array.from(values, (_, i) => (i + 1) * stride),
    values: Float64Array.from(values),
  });
  return [make('loss', 'train', train, trainStride), make('val_loss', 'val', val, valStride)] as const;
}

/** n values falling from `from` towards `to` (exponentially), with multiplicative noise. */
function falling(n: number, from: number, to: number, noise: number, seed: number): number[] {
  const rng = createRng(seed);
  return Array.from(
    { length: n },
    (_, i) => (to + (from - to) * Math.exp((-4 * i) / n)) * (1 + noise * rng.normal()),
  );
}

describe('judgeValidation on the shapes practitioners look for', () => {
  it('calls 3 evaluations whose last is above the best, while train falls, overfitting', () => {
    const [t, v] = pair(falling(30, 2, 0.2, 0.02, 1), [0.5, 0.45, 0.52], 1, 10);
    const f = judgeValidation(t, v);
    expect(f.verdict).toBe('overfitting');
    expect(f.severity).toBe('warn');
    expect(f.evidence.best_step).toBe(20);
    expect(f.evidence.end_above_best).toBeCloseTo(0.52 / 0.45 - 1, 10);
    expect(f.summary).toMatch(/Overfitting from step 20/);
  });

  it('finds an early minimum followed by a noisy 15–30 % rise while train keeps falling', () => {
    const rng = createRng(7);
    const val = Array.from(
      { length: 30 },
      (_, i) => (i < 5 ? 1.2 - 0.1 * i : 0.8 * (1 + (0.25 * (i - 5)) / 25)) * (1 + 0.03 * rng.normal()),
    );
    const [t, v] = pair(falling(300, 2, 0.1, 0.05, 2), val, 1, 10);
    const f = judgeValidation(t, v);
    expect(f.verdict).toBe('overfitting');
    expect(f.evidence.overfitting_from_step as number).toBeLessThanOrEqual(80);
    expect(f.evidence.end_above_best as number).toBeGreaterThan(0.15);
  });

  it('finds a 10-evaluation run whose best is the 4th and whose last six are 5–10 % above it', () => {
    const val = [1.6, 1.2, 1.0, 0.9, 0.95, 0.97, 0.96, 0.99, 0.945, 0.98];
    const [t, v] = pair(falling(100, 2, 0.3, 0.02, 3), val, 1, 10);
    const f = judgeValidation(t, v);
    expect(f.verdict).toBe('overfitting');
    expect(f.evidence.best_step).toBe(40);
  });

  it('calls a val loss flat over the second half, while train falls several-fold and the gap widens, stalled', () => {
    const rng = createRng(11);
    const val = Array.from(
      { length: 40 },
      (_, i) => (i < 20 ? 1.5 - 0.035 * i : 0.8) * (1 + 0.01 * rng.normal()),
    );
    const train = Array.from({ length: 400 }, (_, i) => 1.6 * Math.exp(-i / 150) * (1 + 0.03 * rng.normal()));
    const [t, v] = pair(train, val, 1, 10);
    const f = judgeValidation(t, v);
    expect(f.verdict).toBe('stalled');
    expect(f.evidence.gap_ratio as number).toBeGreaterThan(2);
    expect(f.evidence.gap_difference as number).toBeGreaterThan(0.3);
  });

  it('passes an early spike that recovers', () => {
    const val = falling(40, 1.5, 0.3, 0.01, 5);
    val[3] = 6;
    val[4] = 3;
    const [t, v] = pair(falling(400, 2, 0.2, 0.03, 6), val, 1, 10);
    const f = judgeValidation(t, v);
    expect(f.verdict).toBe('generalises');
    expect(f.summary).toMatch(/best val .* at step \d+ \(the checkpoint to keep\)/);
    expect(f.summary).toMatch(/final val\/train gap/);
  });

  it('does not flag a noisy plateau whose best is a dip', () => {
    const rng = createRng(13);
    const val = Array.from({ length: 25 }, (_, i) => (i < 5 ? 2 - 0.25 * i : 1) * (1 + 0.05 * rng.normal()));
    const [t, v] = pair(falling(250, 2, 0.5, 0.05, 8), val, 1, 10);
    expect(judgeValidation(t, v).verdict).not.toBe('overfitting');
  });

  it('does not call a val rise overfitting when train rises with it', () => {
    const [t, v] = pair([1, 0.8, 0.7, 0.8, 0.9, 1.0], [0.9, 0.7, 0.8, 0.9, 1.0, 1.1]);
    expect(judgeValidation(t, v).verdict).not.toBe('overfitting');
  });

  // Real val losses (OligoGym version_68, lightning_logs/version_68/metrics.csv, Apache-2.0): a
  // smooth fall to its best, then five evaluations 3–9 % above it. The spread of those five
  // (their rise) hid it; the point noise of the band the run ended in is ~1 % of the best.
  const V68 = [
    5.2353, 4.8043, 4.3907, 3.9876, 3.574, 3.1392, 2.6952, 2.2496, 1.8189, 1.4232, 1.0996, 0.8818, 0.7787,
    0.7741, 0.8112, 0.8427, 0.8445, 0.8265, 0.7978,
  ];

  it('finds a mild rise after a smooth fall against the noise of the band the run ended in', () => {
    const [t, v] = pair(falling(190, 6, 0.5, 0.02, 21), V68, 1, 10);
    const f = judgeValidation(t, v);
    expect(f.verdict).toBe('overfitting');
    expect(f.evidence.best_step).toBe(140);
    expect(f.evidence.rise_z as number).toBeGreaterThanOrEqual(f.evidence.rise_z_needed as number);
  });

  it('judges val alone when train was logged only before the best, and says so', () => {
    const [t, v] = pair([1.05], V68, 1, 10);
    const f = judgeValidation(t, v);
    expect(f.verdict).toBe('overfitting');
    expect(f.summary).toMatch(/train was not logged after the best/);
  });

  // Real val losses (OligoGym version_104 and version_106): noisy plateaus whose best is a dip
  // inside the band the run ended in; the evaluations after it cluster tightly 2–11 % above it.
  it('does not call a dip inside the band the run ended in a turn', () => {
    const plateaus = [
      [
        1.2183, 1.5743, 1.0458, 0.8874, 0.8511, 0.9681, 0.9395, 0.7965, 0.711, 0.6848, 0.527, 0.6653, 0.5389,
        0.5207, 0.4397, 0.5094, 0.419, 0.3979, 0.4009, 0.375, 0.3901, 0.3731, 0.3982, 0.4143, 0.4059, 0.3882,
        0.4051,
      ],
      [
        1.4466, 1.5222, 1.1785, 1.6384, 0.9556, 0.9543, 0.8708, 0.991, 0.8596, 0.7978, 0.8009, 0.8248, 0.7746,
        0.7808, 0.7628, 0.7422, 0.7424, 0.7801, 0.7236, 0.7232, 0.7559, 0.7422, 0.721, 0.7729, 0.7386, 0.7606,
        0.7636, 0.7567,
      ],
    ];
    for (const val of plateaus) {
      const [t, v] = pair(falling(val.length * 10, 1.2, 0.3, 0.02, 22), val, 1, 10);
      expect(judgeValidation(t, v).verdict).not.toBe('overfitting');
    }
  });

  // Real val loss (OligoGym version_72, 13 evaluations, stopped by EarlyStopping(patience=5)): a
  // smooth fall into the best, then 5 evaluations 0–9 % above it. The end band (7 points) counts
  // the bend at the best as noise and asks for Student's t with 4 degrees of freedom; the whole
  // run's log point noise (11 second differences) shows the rise is far outside it.
  it('finds a mild rise after a smooth fall against the point noise of the whole run', () => {
    const val = [
      7.1951, 5.2416, 3.6674, 2.467, 1.6083, 1.0588, 0.7734, 0.67, 0.6711, 0.708, 0.7335, 0.7303, 0.7045,
    ];
    const [t, v] = pair([1.3603], val, 49, 4);
    const f = judgeValidation(t, v);
    expect(f.verdict).toBe('overfitting');
    expect(f.evidence.rise_z as number).toBeLessThan(f.evidence.rise_z_needed as number);
    expect(f.evidence.run_rise_z as number).toBeGreaterThanOrEqual(f.evidence.run_rise_z_needed as number);
    expect(f.summary).toMatch(/whole run/);
  });

  // Train logged twice (steps 50 and 100), val every 5 steps with its best at step 55: the last
  // evaluations all carry train's step-50 value, so train at the end ties train at the best.
  // A tie is no rise; train's fall logged at step 100 must not be read as train rising with val.
  it('does not read a train loss logged once an epoch, tied across the last evaluations, as rising', () => {
    const val = Array.from({ length: 20 }, (_, i) =>
      i <= 10 ? 2 - 0.143 * i : 0.57 * (1 + (0.3 * (i - 10)) / 9) * (1 + 0.005 * Math.sin(3 * i)),
    );
    const [t, v] = pair([0.9, 0.5], val, 50, 5);
    const f = judgeValidation(t, v);
    expect(f.evidence.best_step).toBe(55);
    expect(f.evidence.train_end).toBe(f.evidence.train_at_best);
    expect(f.verdict).toBe('overfitting');
    expect(f.summary).toMatch(/train did not rise/);
  });

  // A healthy fall to a plateau at 0.5 with 5 % noise per evaluation, stopped by early stopping
  // (patience 5) after a lucky dip: the five evaluations after the dip happen to be tight (their
  // MAD is 0.021, their SD 0.017 — the noise is 0.025), so against their MAD alone the dip looked
  // like a turn. Their SD is the floor: the dip is within what the lowest of 16 evaluations reaches.
  it('does not call a lucky dip before five tight evaluations a turn', () => {
    const val = [
      1.983, 1.542, 1.208, 0.972, 0.855, 0.768, 0.666, 0.631, 0.579, 0.587, 0.517, 0.549, 0.546, 0.567, 0.542,
      0.521,
    ];
    const [t, v] = pair(falling(160, 1.8, 0.3, 0, 23), val, 1, 10);
    expect(judgeValidation(t, v).verdict).toBe('generalises');
  });

  // A plateau near 0.5 whose best (0.455) is a lucky dip with one higher evaluation before it and
  // a lower one before that: val did not fall through its end level into the best.
  it('does not call a dip with a single higher evaluation before it a turn', () => {
    const val = [
      2.0, 1.4, 1.0, 0.8, 0.65, 0.55, 0.51, 0.49, 0.52, 0.48, 0.53, 0.455, 0.5, 0.505, 0.51, 0.5, 0.495,
    ];
    const [t, v] = pair(falling(170, 1.8, 0.4, 0, 24), val, 1, 10);
    const f = judgeValidation(t, v);
    expect(f.evidence.best_step).toBe(120);
    expect(f.verdict).toBe('generalises');
  });

  it('reports the best step, the end above it and the gap on every verdict', () => {
    const [t, v] = pair(falling(100, 2, 0.2, 0.02, 9), falling(10, 2.1, 0.3, 0.01, 10), 1, 10);
    const f = judgeValidation(t, v);
    for (const key of ['best_step', 'best_value', 'end_above_best', 'gap_ratio', 'gap_difference'] as const) {
      expect(f.evidence[key]).toEqual(expect.any(Number));
    }
  });
});

describe('the validation gate', () => {
  it('warns on overfitting by default and fails it with gate.validation: fail', async () => {
    const { judgeCheck } = await import('./judge-check.js');
    const { parseConfig } = await import('./parse-config.js');
    const [t, v] = pair(falling(30, 2, 0.2, 0.02, 1), [0.5, 0.45, 0.52], 1, 10);
    const obs = {
      name: 'smoke' as const,
      command: 'train',
      durationMs: 1,
      exitCode: 0,
      gpu: null,
      logs: [{ path: 'metrics.jsonl', format: 'jsonl', series: [t, v] }],
    };
    const config = (gate: string) => {
      const parsed = parseConfig(`checks:\n  smoke:\n    run: "true"\n${gate}`, 'test.yml');
      if (!parsed.ok) throw new Error('bad config');
      return parsed.config;
    };
    expect(judgeCheck(obs, config('')).report.status).toBe('warn');
    expect(judgeCheck(obs, config('gate:\n  validation: fail\n')).report.status).toBe('fail');
    expect(judgeCheck(obs, config('gate:\n  validation: off\n')).report.status).toBe('pass');
  });
});

describe('judgeValidation on a run that began from a trained model', () => {
  // A second model.fit in a notebook (Keras 1 log, KyotoSunshine/CNN-for-handwritten-kanji, MIT,
  // test/fixtures/logs/printed/kanji-cnn-keras__model_for_augmented_dataset_training_log.txt,
  // its third run): val already near its best at 98.5 % accuracy, train falling from 0.029.
  const train = [0.0293, 0.0213, 0.018, 0.0165, 0.0146, 0.0134];
  const val = [0.0705, 0.0713, 0.0715, 0.0731, 0.0737, 0.074];

  it('does not call val that never improves broken labels when val began far above train', () => {
    const [t, v] = pair(train, val);
    const f = judgeValidation(t, v);
    expect(f.verdict).not.toBe('not_generalising');
    expect(f.verdict).toBe('overfitting');
    expect(f.severity).toBe('warn');
  });

  it('still calls val flat at the untrained level while train falls not_generalising', () => {
    const [t, v] = pair([2.3, 1.5, 1.0, 0.6, 0.4, 0.3], [2.3, 2.31, 2.29, 2.3, 2.32, 2.3]);
    expect(judgeValidation(t, v).verdict).toBe('not_generalising');
  });
});
