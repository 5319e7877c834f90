import { describe, expect, it } from 'vitest';
import { buildReport, compareFinalMetrics } from './build-report.js';
import type { Config } from './config.js';
import { judgingDefaults } from './config.js';
import { InternalError } from './errors.js';
import type { JudgedCheck } from './judge-check.js';
import { checkBuiltReport } from './report.js';

const reference: NonNullable<Config['reference']> = {
  source: 'paper',
  metrics: { 'val/accuracy': { value: 0.9, std: 0.01, runs: 5, better: 'higher', tolerance: 0 } },
};

const smoke = (finalMetrics: JudgedCheck['finalMetrics']): JudgedCheck => ({
  report: { name: 'smoke', status: 'pass', summary: 'ok', findings: [], curves: [] },
  finalMetrics,
  gaps: null,
});

const run = {
  seed: 0,
  startedAt: '2024-01-01T00:00:00.000Z',
  durationMs: 1,
  trainspotterVersion: 'test',
  configPath: null,
};

describe('buildReport', () => {
  it('fails a regressed known result by default and only warns under gate.reference: warn', () => {
    const defaults = judgingDefaults();
    const failed = buildReport([smoke({ 'val/accuracy': 0.5 })], { ...defaults, reference }, run);
    expect(failed.comparison?.results[0]?.outcome).toBe('regressed');
    expect(failed.status).toBe('fail');
    const warned = buildReport(
      [smoke({ 'val/accuracy': 0.5 })],
      { ...defaults, reference, gate: { ...defaults.gate, reference: 'warn' } },
      run,
    );
    expect([warned.comparison?.status, warned.status]).toEqual(['warn', 'warn']);
  });

  it('compares a final metric that ended non-finite (null) as such, not as missing', () => {
    const comparison = compareFinalMetrics([{ 'val/accuracy': null }], { ...judgingDefaults(), reference });
    expect(comparison?.missing).toEqual([]);
    expect(comparison?.results.map((r) => [r.outcome, r.method])).toEqual([['regressed', 'non_finite']]);
  });

  it('calls a report it built that breaks the schema a bug (InternalError), not bad input', () => {
    const report = buildReport([smoke({ loss: 0.1 })], judgingDefaults(), run);
    expect(checkBuiltReport(report, 'the report just built')).toEqual(report);
    const broken = { ...report, run: { ...report.run, durationMs: Number.NaN } };
    expect(() => checkBuiltReport(broken, 'the report just built')).toThrow(InternalError);
    expect(() => checkBuiltReport(broken, 'the report just built')).toThrow(
      /a bug in trainspotter.*the report just built is not a valid trainspotter report/s,
    );
  });
});
