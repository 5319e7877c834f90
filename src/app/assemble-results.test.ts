import { describe, expect, it } from 'vitest';
import { reportFixture } from '../../test/helpers/report-fixture.js';
import type { Report } from '../core/report.js';
import { validationBudget } from '../core/validation-budget.js';
import { assembleResults, latestIds, latestPerSeed, validationSets } from './assemble-results.js';
import { DEFAULT_APP_CONFIG, validateRepoConfig } from './repo-config.js';

const pass = reportFixture('h100-digits-pass.json');

/** The fixture as seed `seed`, with test/accuracy moved to `accuracy`. */
function seed(seedNo: number, accuracy: number, startedAt = '2026-11-27T00:00:00Z'): Report {
  return {
    ...pass,
    finalMetrics: { ...pass.finalMetrics, 'test/accuracy': accuracy },
    run: { ...pass.run, seed: seedNo, startedAt },
  };
}

describe('validationSets', () => {
  it("finds the report's validation splits by split and size, once over seeds", () => {
    expect(validationSets([pass, seed(1, 0.97)])).toEqual([
      { fingerprint: 'train_val n=180', n: 180 },
      { fingerprint: 'test_val n=270', n: 270 },
    ]);
  });

  it('finds none in a report without the evaluation gaps', () => {
    expect(validationSets([{ ...pass, gaps: null }])).toEqual([]);
  });
});

describe('latestPerSeed and latestIds', () => {
  it('keeps the newest report of each seed, ordered by seed', () => {
    const old = seed(1, 0.5);
    const rerun = seed(1, 0.97, '2026-11-28T00:00:00Z');
    expect(latestPerSeed([old, seed(0, 0.97), rerun])).toEqual([seed(0, 0.97), rerun]);
    const stored = [old, seed(0, 0.97), rerun].map((report, i) => ({
      id: i + 10,
      repo: 'o/r',
      sha: 'abc',
      seed: report.run.seed,
      report,
      createdAt: '',
    }));
    expect(latestIds(stored)).toEqual([11, 12]);
  });
});

describe('assembleResults', () => {
  const base = [0, 1, 2, 3, 4].map((s) => seed(s, 0.97 + s * 0.001));

  it("compares the seed matrix with the base branch's seeds when no known result is configured", () => {
    const head = [0, 1, 2, 3, 4].map((s) => seed(s, 0.9 + s * 0.001));
    const input = assembleResults({
      reports: head,
      base,
      headSha: 'abc',
      config: DEFAULT_APP_CONFIG,
      ledger: [],
      notes: [],
    });
    expect(input.comparison?.source).toBe('5 base report(s)');
    const accuracy = input.comparison?.results.find((r) => r.metric === 'test/accuracy');
    expect(accuracy?.outcome).toBe('regressed');
    expect(input.comparison?.status).toBe('fail');
  });

  it('compares with the configured known result when there is one, over all seeds', () => {
    const { config } = validateRepoConfig({
      checks: { smoke: { run: 'python train.py' } },
      reference: {
        source: 'paper',
        metrics: { 'test/accuracy': { value: 0.97, std: 0.003, runs: 5, tolerance: 0.01 } },
      },
    });
    const head = [0, 1, 2].map((s) => seed(s, 0.971));
    const input = assembleResults({ reports: head, base, headSha: 'abc', config, ledger: [], notes: [] });
    expect(input.comparison?.source).toBe('paper');
    expect(input.comparison?.results.map((r) => [r.metric, r.outcome])).toEqual([
      ['test/accuracy', 'unchanged'],
    ]);
  });

  it('carries the ledger as budget rows and the notes', () => {
    const budget = validationBudget({ n: 270, evaluations: 40, tolerance: 0.05 });
    const input = assembleResults({
      reports: [pass],
      base: [],
      headSha: 'abc',
      config: DEFAULT_APP_CONFIG,
      ledger: [{ repo: 'o/r', fingerprint: 'test_val n=270', n: 270, evaluations: 40, budget }],
      notes: ['an artifact expired'],
    });
    expect(input.budget).toEqual([
      {
        fingerprint: 'test_val n=270',
        n: 270,
        evaluations: 40,
        epsilon: budget.epsilon,
        tolerance: 0.05,
        refresh: budget.refresh,
        message: budget.message,
      },
    ]);
    expect(input.notes).toEqual(['an artifact expired']);
    expect(input.comparison).toEqual(pass.comparison);
  });
});
