import { describe, expect, it } from 'vitest';
import { judgeReproducibility } from './judge-reproducibility.js';
import type { Series } from './series.js';

const loss = (values: number[], name = 'loss'): Series => ({
  name,
  metric: 'loss',
  split: 'train',
  steps: Float64Array.from(values, (_, i) => i),
  values: Float64Array.from(values),
});

describe('judgeReproducibility', () => {
  it('tells identical, within tolerance and diverging from a step apart', () => {
    const a = [2.3, 1.9, 1.5, 1.2, 1.0];
    expect(judgeReproducibility([loss(a)], [loss(a)]).verdict).toBe('identical');
    const gpu = a.map((x) => x * (1 + 1e-7));
    expect(judgeReproducibility([loss(a)], [loss(gpu)], 1e-6).verdict).toBe('within_tolerance');
    const f = judgeReproducibility([loss(a)], [loss([2.3, 1.9, 1.6, 1.3, 1.1])], 1e-6);
    expect(f.verdict).toBe('diverges');
    expect(f.severity).toBe('fail');
    expect(f.evidence.first_divergent_step).toBe(2);
    expect(f.evidence.relative_difference_there).toBeCloseTo(0.1 / 1.6, 12);
    expect(f.causes[0]).toMatch(/unseeded/);
  });

  it('compares only steps and series both runs logged, and says when there are none', () => {
    const f = judgeReproducibility([loss([1, 2]), loss([5], 'accuracy')], [loss([1])]);
    expect(f.verdict).toBe('identical');
    expect(f.evidence.points_compared).toBe(1);
    expect(judgeReproducibility([loss([1])], [loss([1], 'val_loss')]).verdict).toBe('not_comparable');
  });
});
