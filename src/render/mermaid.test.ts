import { describe, expect, it } from 'vitest';
import type { Curve } from '../core/report.js';
import { mermaidChart } from './mermaid.js';

const train: Curve = {
  series: 'train_loss',
  split: 'train',
  points: 4,
  steps: [0, 1, 2, 3],
  values: [2, 1.5, 1, 0.8],
};
const val: Curve = { series: 'val_loss', split: 'val', points: 2, steps: [1, 3], values: [1.7, 1.2] };

describe('mermaidChart', () => {
  it('draws train and validation on the train curve steps', () => {
    expect(mermaidChart('smoke: loss', [train, val])).toMatchInlineSnapshot(`
      "\`\`\`mermaid
      xychart-beta
        title "smoke: loss"
        x-axis "step" [0, 1, 2, 3]
        y-axis "train_loss vs val_loss" 0.74 --> 2.06
        line [2, 1.5, 1, 0.8]
        line [1.7, 1.7, 1.7, 1.2]
      \`\`\`"
    `);
  });

  it('leaves NaN out, says where it began, and strips markup from user names', () => {
    const broken: Curve = { ...train, series: 'loss"]<img src=x>', values: [2, 1, null, null] };
    const chart = mermaidChart('overfit', [broken]);
    expect(chart).toContain('title "overfit (non-finite from step 2)"');
    expect(chart).toContain('x-axis "step" [0, 1]');
    expect(chart).not.toMatch(/[<>"]img|\]</);
    expect(chart).toContain('y-axis "loss__');
  });

  it('gives nothing for a curve without finite points', () => {
    expect(mermaidChart('x', [{ ...train, values: [null, null, null, null] }])).toBe('');
  });
});
