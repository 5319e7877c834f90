import { compareWithReference, type MetricComparisonInput } from './compare.js';
import type { Config } from './config.js';
import { isHeldOutMetric } from './held-out-metric.js';
import type { JudgedCheck } from './judge-check.js';
import { inferBetter } from './metric-direction.js';
import { REPORT_SCHEMA_VERSION, type Report } from './report.js';
import { compareTrainValGaps, type FinalGaps } from './train-val-gap.js';
import { type CheckStatus, worseStatus } from './verdict.js';

/** What the shell knows about the run itself: passed in, never looked up by the core. */
export interface RunInfo {
  readonly seed: number;
  readonly startedAt: string;
  readonly durationMs: number;
  readonly trainspotterVersion: string;
  readonly configPath: string | null;
  readonly git?: { readonly sha?: string; readonly ref?: string };
}

/** The final metrics of several seeds' runs, per metric name, for the comparison. */
export type SeedMetrics = readonly Readonly<Record<string, number | null>>[];

/** What compareFinalMetrics needs beyond the final metrics. */
export interface CompareFinalOptions {
  /** The PR seeds' labels (their TRAINSPOTTER_SEED), parallel to the seeds. */
  readonly prLabels?: readonly string[];
  /** Each side's per-seed final train/val gaps (finalTrainValGaps of each report). */
  readonly trainValGaps?: { readonly pr: readonly FinalGaps[]; readonly base: readonly FinalGaps[] };
}

/** How one metric is compared: which way is better and the tolerated degradation. */
export interface MetricRule {
  readonly better?: 'higher' | 'lower';
  readonly tolerance?: number;
}

/**
 * Compares final metrics (one record per seed) with the configured known result, or, when
 * `baseSeeds` is given (saved base-branch reports), with those seeds' values of the same metrics.
 * Null when there is nothing to compare. A metric a side did not produce is listed as missing
 * (a warning). Without a configured reference, every validation and test metric both sides share
 * (never a training metric such as the last train-batch loss) is compared with its direction
 * told from its name and no tolerance. `prLabels` names the PR seeds (their TRAINSPOTTER_SEED),
 * parallel to `seeds`. A PR whose seeds scatter far more than the base's, or a collapsed seed,
 * is gated by `gate.seeds`; with `trainValGaps`, the PR's final train/val gaps against the
 * base's (logs alone) are compared too and a gap that grew is gated by `gate.gap`.
 */
export function compareFinalMetrics(
  seeds: SeedMetrics,
  config: Pick<Config, 'reference' | 'thresholds' | 'gate'>,
  baseSeeds?: SeedMetrics,
  options: CompareFinalOptions = {},
): Report['comparison'] {
  const { prLabels } = options;
  const reference = config.reference;
  const valuesOf = (side: SeedMetrics, metric: string) =>
    side
      .map((s) => (Object.hasOwn(s, metric) ? s[metric] : undefined))
      .filter((v): v is number => typeof v === 'number');
  // A PR seed's null is a metric that ended NaN or Infinity: compared as such (it regresses), not missing.
  const prValuesOf = (metric: string) =>
    seeds.flatMap((s) => (Object.hasOwn(s, metric) ? [s[metric] ?? Number.NaN] : []));
  let rules: Record<string, MetricRule & { value?: number; std?: number; runs?: number }>;
  if (reference) rules = reference.metrics;
  else if (baseSeeds) {
    const shared = Object.keys(seeds[0] ?? {}).filter((m) => baseSeeds.some((b) => Object.hasOwn(b, m)));
    rules = Object.fromEntries(
      shared.filter((m) => isHeldOutMetric(m) && inferBetter(m) !== undefined).map((m) => [m, {}]),
    );
  } else if (!options.trainValGaps) return null;
  else rules = {};
  const inputs: MetricComparisonInput[] = [];
  const missing: string[] = [];
  for (const [metric, rule] of Object.entries(rules)) {
    const values = prValuesOf(metric);
    const labels = prLabels
      ? seeds.flatMap((s, i) => (Object.hasOwn(s, metric) ? [prLabels[i] ?? `#${i + 1}`] : []))
      : undefined;
    const base = baseSeeds ? valuesOf(baseSeeds, metric) : [];
    if (values.length === 0 || (baseSeeds ? base.length === 0 : rule.value === undefined)) {
      missing.push(metric);
      continue;
    }
    inputs.push({
      metric,
      pr: values,
      reference: baseSeeds
        ? { values: base }
        : {
            value: rule.value as number,
            ...(rule.std === undefined ? {} : { std: rule.std }),
            ...(rule.runs === undefined ? {} : { runs: rule.runs }),
          },
      better: rule.better ?? inferBetter(metric) ?? 'higher',
      tolerance: rule.tolerance ?? 0,
      ...(labels ? { prLabels: labels } : {}),
    });
  }
  const results = inputs.length > 0 ? compareWithReference(inputs, { alpha: config.thresholds.alpha }) : [];
  let status: 'pass' | 'warn' | 'fail' = missing.length > 0 ? 'warn' : 'pass';
  for (const r of results) {
    if (r.outcome === 'regressed' && config.gate.reference !== 'off') {
      status = config.gate.reference === 'fail' ? 'fail' : status === 'fail' ? 'fail' : 'warn';
    } else if (r.outcome === 'inconclusive' && status === 'pass') status = 'warn';
    const seedFinding = r.seeds?.scatter?.flagged || r.seeds?.collapse?.flagged;
    if (seedFinding && config.gate.seeds !== 'off') {
      status = config.gate.seeds === 'fail' ? 'fail' : status === 'fail' ? 'fail' : 'warn';
    }
  }
  const gaps = options.trainValGaps
    ? compareTrainValGaps(options.trainValGaps.pr, options.trainValGaps.base, {
        alpha: config.thresholds.alpha,
      })
    : [];
  if (gaps.some((g) => g.grew) && config.gate.gap !== 'off') {
    status = config.gate.gap === 'fail' ? 'fail' : status === 'fail' ? 'fail' : 'warn';
  }
  return {
    source: reference?.source ?? (baseSeeds ? `${baseSeeds.length} base report(s)` : null),
    status,
    results: results.map((r) => ({ ...r })),
    missing,
    ...(gaps.length > 0 ? { trainValGaps: gaps.map((g) => ({ ...g })) } : {}),
  };
}

/** Assembles report.json from the judged checks; the run's status is the worst of its parts. Pure. */
export function buildReport(
  checks: readonly JudgedCheck[],
  config: Pick<Config, 'reference' | 'thresholds' | 'gate'>,
  run: RunInfo,
): Report {
  // Metric names are the user's: without a prototype, Object.assign sets `__proto__` as data.
  const finalMetrics: Record<string, number | null> = Object.create(null);
  for (const c of checks) Object.assign(finalMetrics, c.finalMetrics);
  const comparison = compareFinalMetrics([finalMetrics], config);
  let status: CheckStatus = 'pass';
  for (const c of checks) status = worseStatus(status, c.report.status);
  if (comparison) status = worseStatus(status, comparison.status);
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    status: status === 'skipped' ? 'pass' : status,
    checks: checks.map((c) => c.report),
    finalMetrics,
    comparison,
    gaps: (checks.find((c) => c.gaps)?.gaps ?? null) as Report['gaps'],
    run: {
      seed: run.seed,
      startedAt: run.startedAt,
      durationMs: run.durationMs,
      trainspotterVersion: run.trainspotterVersion,
      config: run.configPath,
      ...(run.git ? { git: run.git } : {}),
    },
  };
}
