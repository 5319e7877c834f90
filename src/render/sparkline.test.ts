import { describe, expect, it } from 'vitest';
import { downsample, NON_FINITE_MARK, sparkline } from './sparkline.js';

describe('sparkline', () => {
  it('draws a falling curve from the highest bar to the lowest', () => {
    expect(sparkline([8, 7, 6, 5, 4, 3, 2, 1])).toBe('█▇▆▅▄▃▂▁');
  });

  it('marks the bucket where the loss became NaN', () => {
    const values = [3, 2, 1, Number.NaN, Number.NaN];
    expect(sparkline(values)).toBe(`█▅▁${NON_FINITE_MARK}${NON_FINITE_MARK}`);
  });

  it('keeps a one-point spike visible after downsampling 10,000 points to 20', () => {
    const values = Array.from({ length: 10_000 }, (_, i) => 2 - i / 10_000);
    values[5_000] = 50;
    const line = sparkline(values, 20);
    expect(line).toHaveLength(20);
    expect(line[10]).toBe('█');
    expect(line.replace('█', '')).not.toContain('█');
  });

  it('is never wider than asked', () => {
    expect(downsample(new Float64Array(1_000), 7)).toHaveLength(7);
    expect(sparkline([])).toBe('');
    expect(sparkline([1, 1, 1])).toBe('▄▄▄');
  });

  it('uses a log scale for losses spanning orders of magnitude', () => {
    const line = sparkline([1000, 100, 10, 1, 0.1]);
    expect(line).toBe('█▆▅▃▁');
  });
});
