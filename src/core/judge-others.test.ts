import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../test/helpers/synthetic/prng.js';
import { analyzeSeries, isLossLike, worstSeverity } from './analyze.js';
import { InputError } from './errors.js';
import { judgeInitLoss } from './judge-init-loss.js';
import { judgeOverfit } from './judge-overfit.js';
import { judgeValidation } from './judge-validation.js';
import type { Series } from './series.js';
import { DEFAULT_THRESHOLDS, resolveThresholds } from './thresholds.js';

function series(
  name: string,
  f: (i: number, n: number) => number,
  n: number,
  opts: { stride?: number; noise?: number; run?: string } = {},
): Series {
  const rng = createRng(n);
  const stride = opts.stride ?? 1;
  const values = Float64Array.from(
    { length: n },
    (_, i) => f(i, n) * Math.exp((opts.noise ?? 0.02) * rng.normal()),
  );
  const split = name.startsWith('val') ? 'val' : name.startsWith('train') ? 'train' : 'other';
  const metric = name.replace(/^(train|val)[/_]/, '');
  return {
    name,
    metric,
    split,
    steps: Float64Array.from(values, (_, i) => (i + 1) * stride),
    values,
    ...(opts.run ? { run: opts.run } : {}),
  };
}

describe('judgeOverfit', () => {
  it('passes only a loss driven near zero', () => {
    const f = judgeOverfit(series('train/loss', (i, n) => 2.3 * 10 ** ((-4 * i) / n), 200));
    expect(f.verdict).toBe('overfits');
    expect(f.severity).toBe('pass');
  });
  it('calls a loss that runs below zero below_zero, never a pass', () => {
    const f = judgeOverfit(series('train/loss', (i, n) => 2.3 - (6 * i) / n, 200, { noise: 0 }));
    expect(f.verdict).toBe('below_zero');
    expect(f.causes[0]).toMatch(/flipped sign/);
  });
  it('names the failure: plateaus when flattened above zero, not_near_zero when still falling', () => {
    expect(judgeOverfit(series('train/loss', (i, n) => 1 + 1.3 * Math.exp((-20 * i) / n), 200)).verdict).toBe(
      'plateaus',
    );
    expect(judgeOverfit(series('train/loss', (i, n) => 2.3 * Math.exp((-1.5 * i) / n), 200)).verdict).toBe(
      'not_near_zero',
    );
    expect(judgeOverfit(series('train/loss', (i, n) => 2.3 * (1 + i / n), 200)).verdict).toBe('goes_up');
    expect(judgeOverfit(series('train/loss', () => 2.3, 5)).verdict).toBe('too_short');
  });
  it('names softmax fed to the loss first when the loss sits at ln(1 + (C − 1)/e) (a real digits run)', () => {
    const report = JSON.parse(
      readFileSync(
        join(import.meta.dirname, '../../test/fixtures/reports/digits-softmax_into_ce-seed0.json'),
        'utf8',
      ),
    ) as { checks: { name: string; curves: { series: string; steps: number[]; values: number[] }[] }[] };
    const curve = report.checks.find((c) => c.name === 'overfit')?.curves[0];
    if (!curve) throw new Error('the fixture has no overfit curve');
    const loss: Series = {
      name: 'loss',
      metric: 'loss',
      split: 'train',
      steps: Float64Array.from(curve.steps),
      values: Float64Array.from(curve.values),
    };
    const named = judgeOverfit(loss, { classes: 10 });
    expect(named.verdict).toBe('plateaus');
    expect(named.causes[0]).toMatch(/softmax instead of logits/);
    expect(named.summary).toMatch(/ln\(1 \+ \(C − 1\)\/e\) = 1\.46\d* for C = 10/);
    // Without C, or far from the floor, the lecture's order stands.
    expect(judgeOverfit(loss).causes[0]).toMatch(/learning rate too low/);
    const low = series('train/loss', (i, n) => 0.8 + 1.5 * Math.exp((-20 * i) / n), 200);
    expect(judgeOverfit(low, { classes: 10 }).causes[0]).toMatch(/learning rate too low/);
  });
  it('accepts an absolute target', () => {
    const s = series('train/loss', (i, n) => 0.05 + 2.3 * Math.exp((-20 * i) / n), 200);
    expect(judgeOverfit(s).verdict).toBe('plateaus');
    expect(judgeOverfit(s, { target: 0.06 }).verdict).toBe('overfits');
    expect(() => judgeOverfit(s, { target: Number.NaN })).toThrow(InputError);
  });
});

describe('judgeValidation', () => {
  const train = series('train/loss', (i, n) => 0.1 + 2 * Math.exp((-4 * i) / n), 1000);
  it('finds overfitting and the step it began', () => {
    const val = series(
      'val/loss',
      (i) => (i < 8 ? 0.6 + 1.6 * Math.exp(-i / 2) : 0.6 * (1 + 0.05 * (i - 8))),
      20,
      { stride: 50, noise: 0.005 },
    );
    const f = judgeValidation(train, val);
    expect(f.verdict).toBe('overfitting');
    expect(f.evidence.overfitting_from_step).toBeGreaterThanOrEqual(350);
    expect(f.evidence.overfitting_from_step).toBeLessThanOrEqual(500);
  });
  it('finds a val loss that never improves while train does', () => {
    const val = series('val/loss', () => 2.3, 20, { stride: 50, noise: 0.01 });
    const f = judgeValidation(train, val);
    expect(f.verdict).toBe('not_generalising');
    expect(f.severity).toBe('fail');
  });
  it('passes a val loss that follows train, and needs enough points', () => {
    const val = series('val/loss', (i) => 0.15 + 2.1 * Math.exp((-4 * (i + 1)) / 20), 20, {
      stride: 50,
      noise: 0.01,
    });
    expect(judgeValidation(train, val).verdict).toBe('generalises');
    expect(
      judgeValidation(
        train,
        series('val/loss', () => 1, 2, { stride: 50 }),
      ).verdict,
    ).toBe('too_short');
  });
});

describe('judgeInitLoss', () => {
  it('compares the first loss with ln C', () => {
    const ok = judgeInitLoss(
      series('train/loss', () => 2.31, 20, { noise: 0 }),
      10,
    );
    expect(ok.verdict).toBe('init_loss_ok');
    expect(ok.evidence.expected).toBeCloseTo(Math.log(10), 12);
    const off = judgeInitLoss(
      series('train/loss', () => 9, 20, { noise: 0 }),
      10,
    );
    expect(off.verdict).toBe('init_loss_off');
    expect(off.causes.length).toBeGreaterThan(0);
    expect(
      judgeInitLoss(
        series('train/loss', () => Number.NaN, 3),
        10,
      ).verdict,
    ).toBe('init_loss_off');
    expect(() =>
      judgeInitLoss(
        series('train/loss', () => 1, 3),
        1,
      ),
    ).toThrow(/integer ≥ 2, got 1/);
  });
});

describe('analyze', () => {
  it('tells losses from other metrics', () => {
    const s = (name: string, metric = name) => ({ ...series(name, () => 1, 3), metric });
    for (const n of [
      'train/loss',
      'val_loss',
      'eval_loss',
      'nll',
      'cross_entropy',
      'perplexity',
      'val/ppl',
      'mse',
    ])
      expect(isLossLike(s(n)), n).toBe(true);
    for (const n of [
      'accuracy',
      'val/acc',
      'lr',
      'learning_rate',
      'grad_norm',
      'train_runtime',
      'loss_scale',
      'epoch',
    ])
      expect(isLossLike(s(n)), n).toBe(false);
  });
  it('judges every loss-like series and pairs train with val of the same metric and run', () => {
    const all = [
      series('train/loss', (i, n) => 0.1 + 2 * Math.exp((-4 * i) / n), 1000, { run: 'a' }),
      series('val/loss', () => 2.3, 20, { stride: 50, run: 'a', noise: 0.01 }),
      series('train/accuracy', (i, n) => i / n, 1000, { run: 'a' }),
      series('train/loss', (i, n) => 2.3 * (1 + i / n), 300, { run: 'b' }),
    ];
    const f = analyzeSeries(all, { classes: 10 });
    expect(f.map((x) => [x.series, x.judge, x.verdict])).toEqual([
      ['a: train/loss', 'curve', 'healthy'],
      ['a: train/loss', 'init_loss', 'init_loss_ok'],
      ['a: train/loss vs val/loss', 'validation', 'not_generalising'],
      ['b: train/loss', 'curve', 'goes_up'],
      ['b: train/loss', 'init_loss', 'init_loss_ok'],
    ]);
    expect(worstSeverity(f)).toBe('fail');
    expect(worstSeverity([])).toBe('pass');
    expect(analyzeSeries(all.slice(0, 1), { overfit: true })[0]?.judge).toBe('overfit');
  });
});

describe('resolveThresholds', () => {
  it('applies valid overrides and gathers every problem', () => {
    expect(resolveThresholds({ explodeFactor: 5 }).explodeFactor).toBe(5);
    expect(resolveThresholds()).toEqual(DEFAULT_THRESHOLDS);
    const bad = { minPoints: 2.5, nope: 1, alpha: Number.NaN } as unknown as Parameters<
      typeof resolveThresholds
    >[0];
    expect(() => resolveThresholds(bad)).toThrow(
      /'minPoints' is 2.5; use an integer in \[3, 1000000\].*unknown threshold 'nope'.*'alpha' is null/,
    );
  });
});
