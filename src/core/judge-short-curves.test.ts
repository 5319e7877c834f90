import { describe, expect, it } from 'vitest';
import { createRng } from '../../test/helpers/synthetic/prng.js';
import { analyzeSeries } from './analyze.js';
import { judgeCurve } from './judge-curve.js';
import type { Series } from './series.js';

// Printed curves are short (10–30 points) window averages; these are the shapes seen on real runs.
function printed(values: readonly number[], name = 'loss'): Series {
  return {
    name,
    metric: 'loss',
    split: 'train',
    steps: Float64Array.from(values, (_, i) => (i + 1) * 100),
    values: Float64Array.from(values),
  };
}

describe('the curve judge on short printed curves', () => {
  it('a loss that falls for one print and then rises at every later print goes up, and says it rose', () => {
    const rise = [2.74, 2.31, 2.38, 2.45, 2.51, 2.58, 2.64, 2.71, 2.78, 2.84, 2.89, 2.94];
    const f = judgeCurve(printed(rise));
    expect(f.verdict).toBe('goes_up');
    expect(f.summary).not.toMatch(/fell \+/);
    expect(f.evidence.rises_after_min).toBe(10);
  });

  it('a jump to 5× at the second print that then sits at the chance level is no warm-up', () => {
    const jump = [0.58, 2.9, 2.6, 2.45, 2.38, 2.33, 2.31, 2.3, 2.3, 2.31, 2.3, 2.3, 2.3, 2.31, 2.3];
    const f = judgeCurve(printed(jump));
    expect(f.verdict).toBe('explodes');
    expect(f.summary).toContain('never came back');
  });

  it('a loss exactly 0 (or −0.00) at every print fails: it measures nothing', () => {
    for (const zero of [0, -0]) {
      const [f] = analyzeSeries([printed(Array(15).fill(zero))]);
      expect(f?.verdict).toBe('plateaus');
      expect(f?.severity).toBe('fail');
      expect(f?.summary).toContain('exactly 0');
    }
    // beside a loss that moves, an all-zero component is not measured (YOLO's cls_loss with one class)
    const moving = printed(
      Array.from({ length: 15 }, (_, i) => 2 * 0.8 ** i),
      'box_loss',
    );
    const zero = printed(Array(15).fill(0), 'cls_loss');
    expect(analyzeSeries([moving, zero]).map((f) => f.series)).toEqual(['box_loss']);
  });

  it('with known classes, a loss that stays far above ln C (a uniform guess) fails', () => {
    const high = Array.from({ length: 20 }, (_, i) => 9 * 0.95 ** i + 3);
    const [curve] = analyzeSeries([printed(high)], { classes: 10 });
    expect(curve?.verdict).toBe('plateaus');
    expect(curve?.summary).toContain('far above chance');
    // the same curve without classes is only judged by its shape
    expect(analyzeSeries([printed(high)])[0]?.verdict).toBe('healthy');
    // a loss that comes down below ln C passes
    const fine = Array.from({ length: 20 }, (_, i) => 2.3 * 0.85 ** i);
    expect(analyzeSeries([printed(fine)], { classes: 10 })[0]?.verdict).toBe('healthy');
  });

  it('keeps healthy short curves healthy: noisy window averages, a warm-up, a fall that flattens', () => {
    const rng = createRng(7);
    let alarms = 0;
    const runs = 300;
    for (let r = 0; r < runs; r++) {
      const n = 10 + Math.floor(rng.next() * 21);
      const floor = 0.05 + rng.next() * 0.5;
      const rate = 2 + rng.next() * 4;
      const warm = rng.next() < 0.3 ? 2 : 0;
      const values = Array.from({ length: n }, (_, i) => {
        const base = floor + (2.3 - floor) * Math.exp((-rate * i) / n);
        const w = i < warm ? 1 + 0.15 * (i + 1) : 1;
        return base * w * (1 + 0.05 * (rng.next() - 0.5));
      });
      if (judgeCurve(printed(values)).severity === 'fail') alarms++;
    }
    expect(alarms / runs).toBeLessThanOrEqual(0.01);
  });
});
