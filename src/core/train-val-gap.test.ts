import { describe, expect, it } from 'vitest';
import { trainValGapLines } from '../render/train-val-gap-section.js';
import { compareFinalMetrics } from './build-report.js';
import { parseConfig } from './parse-config.js';
import type { Report } from './report.js';
import { compareTrainValGaps, type FinalGaps, finalTrainValGaps } from './train-val-gap.js';

const gaps = (ratios: number[], train = 0.2): FinalGaps[] =>
  ratios.map((r) => ({ 'loss vs val_loss': { ratio: r, difference: train * r - train } }));

function config(gate = '') {
  const parsed = parseConfig(`checks:\n  smoke:\n    run: "true"\n${gate}`, 'test.yml');
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('\n'));
  return parsed.config;
}

describe('the train/val gap, PR against base, from logs alone', () => {
  it('finds a gap that grew from 1.1× to 2.4× with a test', () => {
    const [g] = compareTrainValGaps(gaps([2.3, 2.5, 2.4]), gaps([1.1, 1.12, 1.08]), { alpha: 0.05 });
    expect(g?.grew).toBe(true);
    expect(g?.baseRatio).toBeCloseTo(1.1, 2);
    expect(g?.prRatio).toBeCloseTo(2.4, 1);
    expect(g?.pValue as number).toBeLessThan(0.01);
    expect(g?.message).toMatch(/the val\/train loss ratio grew from 1\.1× to 2\.4× .* one-sided Welch p = /);
  });

  it('needs the effect and the significance both', () => {
    const [small] = compareTrainValGaps(gaps([1.15, 1.16, 1.14]), gaps([1.1, 1.1, 1.11]), { alpha: 0.05 });
    expect(small?.grew).toBe(false);
    const [noisy] = compareTrainValGaps(gaps([1.1, 3.5, 1.2]), gaps([1.1, 1.12, 1.08]), { alpha: 0.05 });
    expect(noisy?.grew).toBe(false);
    const [one] = compareTrainValGaps(gaps([2.4]), gaps([1.1]), { alpha: 0.05 });
    expect(one?.pValue).toBeNull();
    expect(one?.message).toMatch(/no test with 1 base and 1 PR seed/);
  });

  it('reads each seed’s gaps from its validation findings and gates them with gate.gap', () => {
    const report = (ratio: number) =>
      ({
        checks: [
          {
            findings: [
              {
                series: 'loss vs val_loss',
                judge: 'validation',
                verdict: 'generalises',
                evidence: { gap_ratio: ratio, gap_difference: ratio - 1 },
              },
            ],
          },
        ],
      }) as unknown as Report;
    expect(finalTrainValGaps(report(2))).toEqual({ 'loss vs val_loss': { ratio: 2, difference: 1 } });
    const trainValGaps = {
      pr: [2.3, 2.5, 2.4].map((r) => finalTrainValGaps(report(r))),
      base: [1.1, 1.12, 1.08].map((r) => finalTrainValGaps(report(r))),
    };
    const seeds = [{}, {}, {}];
    const warn = compareFinalMetrics(seeds, config(), seeds, { trainValGaps });
    expect(warn?.status).toBe('warn');
    expect(warn?.trainValGaps?.[0]?.grew).toBe(true);
    expect(compareFinalMetrics(seeds, config('gate:\n  gap: fail\n'), seeds, { trainValGaps })?.status).toBe(
      'fail',
    );
    expect(compareFinalMetrics(seeds, config('gate:\n  gap: off\n'), seeds, { trainValGaps })?.status).toBe(
      'pass',
    );
    const section = trainValGapLines(warn).join('\n');
    expect(section).toMatch(/### Train\/val gap grew \(1\)/);
    expect(section).toMatch(/val\/train 1\.1× on the base, 2\.399× on the PR \(×2\.181, \*\*grew\*\*, p /);
  });
});
