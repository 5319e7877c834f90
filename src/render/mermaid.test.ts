import { describe, expect, it } from 'vitest';
import { reportFixture } from '../../test/helpers/report-fixture.js';
import type { Curve } from '../core/report.js';
import { chartData } from './chart-data.js';
import { chartNumber, LINE_COLOURS, mermaidChart } from './mermaid.js';

const train: Curve = {
  series: 'train_loss',
  split: 'train',
  points: 4,
  steps: [0, 1, 2, 3],
  values: [2, 1.5, 1, 0.8],
};
const val: Curve = { series: 'val_loss', split: 'val', points: 2, steps: [1, 3], values: [1.7, 1.2] };

const curve = (steps: number[], values: (number | null)[], series = 'loss'): Curve => ({
  series,
  split: 'train',
  points: steps.length,
  steps,
  values,
});

/** The numbers of a chart's `line [...]` rows. */
function lineValues(chart: string): number[][] {
  return [...chart.matchAll(/^ {2}line "[^"]*" \[([^\]]*)\]$/gm)].map((m) =>
    (m[1] ?? '').split(', ').map(Number),
  );
}

describe('mermaidChart', () => {
  it('draws train and validation on one numeric step axis, coloured and named in the title', () => {
    expect(mermaidChart('smoke', [train, val], 'loss')).toMatchInlineSnapshot(`
      "\`\`\`mermaid
      %%{init: {"xyChart":{"height":360},"themeVariables":{"xyChart":{"plotColorPalette":"#0072B2,#E69F00"}}}}%%
      xychart-beta
        title "smoke: train_loss blue, val_loss orange"
        x-axis "step" 0 --> 3
        y-axis "loss" 0.74 --> 2.06
        line "train_loss" [2, 1.5, 1, 0.8]
        line "val_loss" [1.7, 1.7, 1.45, 1.2]
      \`\`\`"
    `);
  });

  it('never writes exponent notation, which xychart-beta rejects (a real PyTorch overfit reaching 6e-7)', () => {
    const report = reportFixture('digits-clean-seed0.json');
    const overfit = report.checks.find((c) => c.name === 'overfit')?.curves[0] as Curve;
    expect(Math.min(...(overfit.values as number[]))).toBeLessThan(1e-6);
    const chart = mermaidChart('overfit', [overfit], 'loss');
    expect(chart).not.toMatch(/\de[-+]?\d/);
    // spans seven decades: a log axis
    expect(chart).toContain('y-axis "log10 loss"');
    for (const v of [1e-7, 9.7602e-7, 123456789.5, 1e25, -3.2e-9])
      expect(chartNumber(v, 12)).toMatch(/^-?\d+(\.\d+)?$/);
  });

  it('resamples unevenly spaced steps onto an even grid, so distances along x are true', () => {
    const uneven = curve([0, 1, 2, 10, 100], [10, 9, 8, 5, 1]);
    const data = chartData([uneven]);
    expect(data?.x0).toBe(0);
    expect(data?.x1).toBe(100);
    const ys = data?.lines[0]?.ys ?? [];
    expect(ys).toHaveLength(80);
    // at step 55 (half way from 10 to 100) the line is half way from 5 to 1
    const at = (step: number) => ys[Math.round((step / 100) * 79)] as number;
    expect(at(55)).toBeCloseTo(3, 0);
    expect(mermaidChart('smoke', [uneven])).toContain('x-axis "step" 0 --> 100');
  });

  it('keeps a spike out of the range, draws it at the top and names it', () => {
    const steps = Array.from({ length: 100 }, (_, i) => i);
    const values = steps.map((i) => 10 - (8 * i) / 99 + 0.05 * Math.sin(i));
    values[50] = 10_000;
    const chart = mermaidChart('smoke', [curve(steps, values)], 'loss');
    const range = /y-axis "loss" ([\d.]+) --> ([\d.]+)/.exec(chart);
    expect(Number(range?.[2])).toBeLessThan(11);
    expect(chart).toContain('spike to 10000 at step 50 cut off');
    expect(Math.max(...(lineValues(chart)[0] ?? []))).toBe(Number(range?.[2]));
  });

  it('does not cut off a jump within a steep fall (the demo with its learning rate too high)', () => {
    const overfit = reportFixture('demo-lr_high.json').checks.find((c) => c.name === 'overfit')
      ?.curves[0] as Curve;
    expect(mermaidChart('overfit', [overfit], 'loss')).not.toContain('cut off');
  });

  it('does not put a loss axis below zero, and a long-step axis in thousands', () => {
    const chart = mermaidChart('smoke', [curve([0, 400_000, 800_000, 1_200_000], [0.5, 0.01, 0.02, 0.01])]);
    expect(chart).toMatch(/y-axis "value" 0 --> /);
    expect(chart).toContain('x-axis "step (thousands)" 0 --> 1200');
  });

  it('leaves NaN out, says where it began, and strips markup from user names', () => {
    const broken: Curve = { ...train, series: 'loss"]<img src=x>', values: [2, 1, null, null] };
    const chart = mermaidChart('overfit', [broken]);
    expect(chart).toContain('(non-finite from step 2)');
    expect(chart).toContain('x-axis "step" 0 --> 1');
    expect(chart).not.toMatch(/[<>"]img|\]</);
    expect(chart).toContain('line "loss___img src_x_"');
    expect(LINE_COLOURS.map((c) => c.hex)).toHaveLength(new Set(LINE_COLOURS.map((c) => c.hex)).size);
  });

  it('gives nothing for a curve without finite points', () => {
    expect(mermaidChart('x', [{ ...train, values: [null, null, null, null] }])).toBe('');
  });
});
