import { describe, expect, it } from 'vitest';
import { healthyCurve } from '../../test/helpers/synthetic/curves.js';
import { createRng } from '../../test/helpers/synthetic/prng.js';
import { InputError } from './errors.js';
import { judgeCurve } from './judge-curve.js';
import type { Series } from './series.js';

function curve(f: (i: number, n: number) => number, n: number, seed = 1, noise = 0.03): Series {
  const rng = createRng(seed);
  const values = Float64Array.from({ length: n }, (_, i) => f(i, n) * Math.exp(noise * rng.normal()));
  return {
    name: 'train/loss',
    metric: 'loss',
    split: 'train',
    steps: Float64Array.from(values, (_, i) => i),
    values,
  };
}

const decay = (i: number, n: number) => 0.2 + 2.1 * Math.exp((-5 * i) / n);

describe('judgeCurve', () => {
  it('passes a decaying curve and says whether it flattened', () => {
    const f = judgeCurve(curve((i, n) => 0.2 + 2.1 * Math.exp((-15 * i) / n), 400));
    expect(f.verdict).toBe('healthy');
    expect(f.severity).toBe('pass');
    expect(f.causes).toEqual([]);
    expect(f.evidence.trend_at_end).toBe('flattened');
    expect(f.summary).toMatch(/flattened/);
    const still = judgeCurve(curve((i, n) => 2.3 * Math.exp(-i / n), 400));
    expect(still.evidence.trend_at_end).toBe('still_decreasing');
    expect(still.summary).toMatch(/still decreasing/);
  });

  it('tolerates a warm-up rise, a step decay and a spike that recovers', () => {
    const warm = (i: number, n: number) =>
      i < n * 0.05 ? 2.3 * (1 + (0.2 * i) / (n * 0.05)) : decay(i, n) * 1.2;
    expect(judgeCurve(curve(warm, 500)).verdict).toBe('healthy');
    const step = (i: number, n: number) => decay(i, n) + (i < n / 2 ? 0.3 : i < (3 * n) / 4 ? 0.1 : 0);
    expect(judgeCurve(curve(step, 500)).verdict).toBe('healthy');
    const spiky = curve(decay, 300, 3, 0.1);
    const v = spiky.values as Float64Array;
    for (const at of [220, 221, 222, 280]) v[at] = (v[at] as number) * 4;
    const f = judgeCurve(spiky);
    expect(f.verdict).toBe('healthy');
    expect(f.evidence.spike_count).toBe(2);
    expect(f.evidence.spike_steps).toBe('220, 280');
  });

  it('finds a loss that goes up, with the lecture causes', () => {
    const f = judgeCurve(curve((i, n) => 2.3 * (1 + i / n), 200));
    expect(f.verdict).toBe('goes_up');
    expect(f.severity).toBe('fail');
    expect(f.causes).toContain('flipped sign of the loss or gradient');
    const after = judgeCurve(
      curve((i, n) => (i < n / 3 ? 2.3 - (3 * 1.2 * i) / n : 1.1 + (1.5 * (i - n / 3)) / n), 300),
    );
    expect(after.verdict).toBe('goes_up');
  });

  it('finds an explosion that stays finite', () => {
    const f = judgeCurve(
      curve((i, n) => (i < n / 2 ? decay(i, n) : decay(n / 2, n) * Math.exp((i - n / 2) / 10)), 300),
    );
    expect(f.verdict).toBe('explodes');
    expect(f.causes[0]).toMatch(/numerical/);
  });

  it('finds oscillation', () => {
    const f = judgeCurve(curve((i) => (Math.floor(i / 5) % 2 === 0 ? 2 : 0.5), 200));
    expect(f.verdict).toBe('oscillates');
    expect(f.evidence.swings as number).toBeGreaterThanOrEqual(8);
    // a step-to-step zigzag inside bins of a long run shows as spread within each bin
    const zigzag = judgeCurve(curve((i) => (i % 2 === 0 ? 2 : 0.5), 5000));
    expect(zigzag.verdict).toBe('oscillates');
    expect(zigzag.evidence.within_bin_spread as number).toBeGreaterThan(3);
  });

  it('finds a plateau, and calls a constant series one', () => {
    expect(judgeCurve(curve(() => 2.3, 300)).verdict).toBe('plateaus');
    const c = judgeCurve(curve(() => 1, 50, 1, 0));
    expect(c.verdict).toBe('plateaus');
    expect(c.evidence.relative_change).toBe(0);
  });

  it('reports the first non-finite step', () => {
    const s = curve(decay, 100);
    (s.values as Float64Array)[60] = Number.POSITIVE_INFINITY;
    (s.values as Float64Array)[70] = Number.NaN;
    const f = judgeCurve(s);
    expect(f.verdict).toBe('non_finite');
    expect(f.evidence.first_non_finite_step).toBe(60);
    expect(f.evidence.first_non_finite_value).toBe('Infinity');
    expect(f.evidence.non_finite_count).toBe(2);
    const nan = judgeCurve(curve(() => Number.NaN, 5));
    expect(nan.verdict).toBe('non_finite');
    expect(nan.evidence.last_finite_value).toBeNull();
  });

  it('is too_short below minPoints, down to one point and no points', () => {
    expect(judgeCurve(curve(decay, 1)).verdict).toBe('too_short');
    expect(judgeCurve(curve(decay, 0)).verdict).toBe('too_short');
    expect(judgeCurve(curve(decay, 9)).severity).toBe('warn');
    expect(judgeCurve(curve(decay, 9), { thresholds: { minPoints: 5 } }).verdict).not.toBe('too_short');
  });

  it('judges negative losses in linear space', () => {
    const f = judgeCurve(curve((i, n) => -1 - (3 * i) / n, 200, 1, 0));
    expect(f.evidence.space).toBe('linear');
    expect(f.verdict).toBe('healthy');
    expect(judgeCurve(curve((i, n) => -4 + (3 * i) / n, 200, 1, 0)).verdict).toBe('goes_up');
  });

  it('orders unsorted steps', () => {
    const s = curve(decay, 200);
    const steps = Float64Array.from(s.steps).reverse();
    const values = Float64Array.from(s.values).reverse();
    expect(judgeCurve({ ...s, steps, values }).verdict).toBe('healthy');
  });

  it('keeps a noisy healthy synthetic curve with recovering spikes healthy', () => {
    const rng = createRng(7);
    let healthy = 0;
    for (let i = 0; i < 50; i++)
      if (judgeCurve(healthyCurve(rng, 500).series).verdict === 'healthy') healthy++;
    expect(healthy).toBeGreaterThanOrEqual(49);
  });

  it('rejects a bad threshold, naming key, value and range', () => {
    expect(() => judgeCurve(curve(decay, 50), { thresholds: { alpha: 2 } })).toThrow(InputError);
    expect(() => judgeCurve(curve(decay, 50), { thresholds: { alpha: 2 } })).toThrow(
      /'alpha' is 2; use a number in \[1e-12, 0.5\]/,
    );
  });

  it('runs on a million points (binned; not timed here, see bench)', () => {
    const f = judgeCurve(curve(decay, 1_000_000, 2, 0.1));
    expect(f.verdict).toBe('healthy');
    expect(f.evidence.bins).toBe(512);
    expect(f.evidence.points).toBe(1_000_000);
  });
});
