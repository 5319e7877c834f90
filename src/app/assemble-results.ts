import { compareFinalMetrics } from '../core/build-report.js';
import { VALIDATION_SPLITS } from '../core/eval-file.js';
import type { Report } from '../core/report.js';
import { finalTrainValGaps } from '../core/train-val-gap.js';
import type { CheckRunInput } from '../render/check-run.js';
import type { BudgetEntry } from '../render/pr-comment.js';
import type { AppConfig } from './repo-config.js';
import type { LedgerEntry, StoredReport } from './store/index.js';

/** One validation set a report evaluated: its ledger key and size. */
export interface ValidationSet {
  readonly fingerprint: string;
  readonly n: number;
}

/**
 * The validation sets of a run's reports, once each. Reports carry no dataset hash, so a set is
 * known by its split and size (`test_val n=270`): a resampled set of another size starts afresh.
 */
export function validationSets(reports: readonly Report[]): ValidationSet[] {
  const sets = new Map<string, ValidationSet>();
  for (const report of reports) {
    for (const s of report.gaps?.splits ?? []) {
      const split = VALIDATION_SPLITS.find((v) => v === s.split);
      if (!split || typeof s.n !== 'number' || !Number.isInteger(s.n) || s.n < 1) continue;
      const fingerprint = `${split} n=${s.n}`;
      sets.set(fingerprint, { fingerprint, n: s.n });
    }
  }
  return [...sets.values()];
}

/** The newest report of each seed (a rerun replaces its seed's earlier report), by seed. */
export function latestPerSeed(reports: readonly Report[]): Report[] {
  const bySeed = new Map<number, Report>();
  for (const r of reports) bySeed.set(r.run.seed, r);
  return [...bySeed.values()].sort((a, b) => a.run.seed - b.run.seed);
}

/** The ids of the newest stored report of each seed: what a baseline keeps. */
export function latestIds(stored: readonly StoredReport[]): number[] {
  const latest = new Set(latestPerSeed(stored.map((s) => s.report)));
  return stored.filter((s) => latest.has(s.report)).map((s) => s.id);
}

function budgetEntry(entry: LedgerEntry): BudgetEntry {
  const b = entry.budget;
  return {
    fingerprint: entry.fingerprint,
    n: entry.n,
    evaluations: entry.evaluations,
    epsilon: b.epsilon,
    tolerance: b.tolerance,
    refresh: b.refresh,
    message: b.message,
  };
}

export interface ResultsInput {
  /** Every stored report of the head commit, oldest first. */
  readonly reports: readonly Report[];
  /** The base branch's baseline reports (empty without one). */
  readonly base: readonly Report[];
  readonly headSha: string;
  readonly baseRef?: string;
  readonly config: AppConfig;
  readonly ledger: readonly LedgerEntry[];
  readonly notes: readonly string[];
}

/**
 * What the comment and the check run show for a head commit: its seed matrix (newest report per
 * seed), compared as a whole with the known result of trainspotter.yml, or, without one, with
 * the base branch's baseline seeds; the validation-reuse ledger; the notes. Pure.
 */
export function assembleResults(input: ResultsInput): CheckRunInput {
  const reports = latestPerSeed(input.reports);
  const base = latestPerSeed(input.base);
  const seeds = reports.map((r) => r.finalMetrics);
  const comparison =
    reports.length === 0
      ? null
      : input.config.reference
        ? compareFinalMetrics(seeds, input.config)
        : base.length > 0
          ? compareFinalMetrics(
              seeds,
              input.config,
              base.map((r) => r.finalMetrics),
              {
                prLabels: reports.map((r) => String(r.run.seed)),
                trainValGaps: { pr: reports.map(finalTrainValGaps), base: base.map(finalTrainValGaps) },
              },
            )
          : (reports[0]?.comparison ?? null);
  return {
    reports,
    ...(base.length > 0 ? { base } : {}),
    headSha: input.headSha,
    ...(input.baseRef ? { baseRef: input.baseRef } : {}),
    budget: input.ledger.map(budgetEntry),
    comparison,
    notes: input.notes,
    configPath: '.github/trainspotter.yml',
  };
}
