import { describe, expect, it } from 'vitest';
import { buildReport, compareFinalMetrics } from './build-report.js';
import { evalMetrics, judgeCheck } from './judge-check.js';
import { parseConfig } from './parse-config.js';
import type { Series } from './series.js';

// Metric names come from logs and eval files: names that are JavaScript's own property names
// (`__proto__`, `constructor`, `toString`) are kept as data and never found on a prototype.

const parsed = parseConfig('checks:\n  smoke:\n    run: "true"\n', 'trainspotter.yml');
if (!parsed.ok) throw new Error('config');
const config = parsed.config;

const series = (name: string, values: number[]): Series => ({
  name,
  metric: name,
  split: 'train',
  steps: Float64Array.from(values.map((_, i) => i)),
  values: Float64Array.from(values),
});

describe('final metrics named like Object.prototype properties', () => {
  it('keeps a series named __proto__ or constructor among the final metrics', () => {
    const judged = judgeCheck(
      {
        name: 'smoke',
        command: 'true',
        durationMs: 1,
        exitCode: 0,
        gpu: null,
        logs: [
          {
            path: 'm.jsonl',
            format: 'jsonl',
            series: [series('__proto__', [3, 2, 1]), series('constructor', [5, 4])],
          },
        ],
      },
      config,
    );
    expect(Object.keys(judged.finalMetrics).sort()).toEqual(['__proto__', 'constructor']);
    const report = buildReport([judged], config, {
      seed: 0,
      startedAt: '2026-12-01T00:00:00.000Z',
      durationMs: 1,
      trainspotterVersion: 'test',
      config: null,
    } as never);
    expect(Object.keys(report.finalMetrics).sort()).toEqual(['__proto__', 'constructor']);
    expect(JSON.parse(JSON.stringify(report.finalMetrics))).toEqual(
      JSON.parse('{"__proto__": 1, "constructor": 4}'),
    );
  });

  it('an eval file extra named __proto__ stays an own key', () => {
    const metrics = evalMetrics({
      metric: 'accuracy',
      splits: { test: { value: 0.9 } },
      extra: JSON.parse('{"__proto__": 0.5}'),
    } as never);
    expect(Object.hasOwn(metrics, '__proto__')).toBe(true);
  });

  it('a base-branch comparison does not find toString or constructor on a prototype', () => {
    const base = [JSON.parse('{"val_loss": 0.5}')];
    const seeds = [JSON.parse('{"val_loss": 0.5, "constructor_loss": 0.2}')];
    const cmp = compareFinalMetrics(seeds, config, base);
    expect(cmp?.results.map((r) => r.metric)).toEqual(['val_loss']);
    expect(cmp?.missing).toEqual([]);
  });
});
