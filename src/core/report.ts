import * as z from 'zod/mini';
import { CHECK_NAMES } from './config.js';
import { InputError, InternalError } from './errors.js';
import { JUDGES } from './judges/index.js';
import type { JudgeSpec } from './judges/judge-spec.js';
import {
  ComparisonResultSchema,
  GapReportSchema,
  GpuSchema,
  TrainValGapShiftSchema,
} from './report-part-schemas.js';
import { CHECK_STATUSES, type Finding } from './verdict.js';
import { described } from './zod-english.js';

/**
 * report.json: the one thing the action hands the app, and what `compare` reads back.
 * Bump REPORT_SCHEMA_VERSION on any change a reader of the previous version would misread.
 */
export const REPORT_SCHEMA_VERSION = 1;

const evidenceValue = z.union([z.number(), z.string(), z.boolean(), z.null()]);
const split = z.enum(['train', 'val', 'test', 'other']);

/** The evidence of a judge's findings: its declared keys, each optional (src/core/judges/); the engine's are open. */
function evidenceSchema(j: JudgeSpec) {
  if (j.evidence === 'open') return z.record(z.string(), evidenceValue);
  const keys = [...j.evidence, ...(j.legacyEvidence ?? [])];
  return z.strictObject(Object.fromEntries(keys.map((key) => [key, z.optional(evidenceValue)])));
}

/** One finding: `judge` picks the verdicts and evidence keys its judge declares. */
export const FindingSchema = z.discriminatedUnion(
  'judge',
  JUDGES.map((j: JudgeSpec) =>
    z.object({
      series: z.string(),
      split: z.optional(split),
      judge: z.literal(j.name),
      verdict: z.enum(Object.keys(j.verdicts) as [string, ...string[]]),
      severity: z.enum(['pass', 'warn', 'fail']),
      summary: z.string(),
      evidence: evidenceSchema(j),
      causes: z.array(z.string()),
    }),
  ) as unknown as [z.ZodMiniObject, ...z.ZodMiniObject[]],
) as unknown as z.ZodMiniType<Finding>;

/** A curve downsampled for charts: the shape survives, non-finite points are null. */
export const CurveSchema = z.object({
  series: z.string(),
  split,
  run: z.optional(z.string()),
  points: described(z.number().check(z.int(), z.nonnegative()), 'points in the full series'),
  steps: z.array(z.number()),
  values: z.array(z.nullable(z.number())),
});

export const FailureSchema = z.object({
  kind: z.string(),
  title: z.string(),
  lines: z.array(z.string()),
  advice: z.array(z.string()),
});

export const CheckReportSchema = z.object({
  name: z.enum(CHECK_NAMES),
  status: z.enum(CHECK_STATUSES),
  summary: z.string(),
  /** Why the check failed or warned apart from its findings: a crash, a GPU left unused, a missing log. */
  notes: z.optional(z.array(z.string())),
  /** The PyTorch probe ended the script's run at its cap (max_steps / max_time): not a failure. */
  capped: z.optional(z.string()),
  command: z.optional(z.string()),
  exitCode: z.optional(z.nullable(z.number().check(z.int()))),
  durationMs: z.optional(z.number().check(z.nonnegative())),
  metrics: z.optional(z.array(z.object({ path: z.string(), format: z.string() }))),
  findings: z.array(FindingSchema),
  failure: z.optional(z.nullable(FailureSchema)),
  gpu: z.optional(z.nullable(GpuSchema)),
  curves: z.array(CurveSchema),
});

export const ReportSchema = z.object({
  schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
  status: z.enum(['pass', 'warn', 'fail', 'error']),
  checks: z.array(CheckReportSchema),
  /** Final metrics by name (`test/accuracy`, `val_loss` ...), for the reference comparison. */
  finalMetrics: z.record(z.string(), z.nullable(z.number())),
  /** The comparison with the known result (`reference` in trainspotter.yml); null without one. */
  comparison: z.nullable(
    z.object({
      source: z.nullable(z.string()),
      status: z.enum(['pass', 'warn', 'fail']),
      /** One ComparisonResult (src/core/compare.ts) per reference metric the run produced. */
      results: z.array(ComparisonResultSchema),
      /** Reference metrics the run did not produce. */
      missing: z.array(z.string()),
      /** The PR's final train/val gaps against the base's, from logs alone (TrainValGapShift, src/core/train-val-gap.ts). */
      trainValGaps: z.optional(z.array(TrainValGapShiftSchema)),
    }),
  ),
  /** The evaluation gap decomposition of the eval check (GapReport, src/core/gaps.ts); null without one. */
  gaps: z.nullable(GapReportSchema),
  run: z.object({
    seed: z.number().check(z.int()),
    startedAt: z.string(),
    durationMs: z.number().check(z.nonnegative()),
    trainspotterVersion: z.string(),
    config: z.nullable(z.string()),
    git: z.optional(z.object({ sha: z.optional(z.string()), ref: z.optional(z.string()) })),
  }),
});

export type Report = z.infer<typeof ReportSchema>;
export type CheckReport = z.infer<typeof CheckReportSchema>;
export type Curve = z.infer<typeof CurveSchema>;

/**
 * Validates a parsed report.json. Throws InputError naming the source, each bad field and the
 * fix; an unknown schemaVersion is named as such (written by a newer or older trainspotter).
 */
export function validateReport(raw: unknown, source: string): Report {
  const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (version !== REPORT_SCHEMA_VERSION) {
    throw new InputError(
      `${source}: unsupported report schemaVersion ${JSON.stringify(version)}; this trainspotter reads version ${REPORT_SCHEMA_VERSION}. Regenerate the report with the same trainspotter version.`,
    );
  }
  const parsed = ReportSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => `  - ${i.path.join('.') || '(root)'}: ${i.message}`);
  throw new InputError(`${source} is not a valid trainspotter report:\n${problems.join('\n')}`);
}

/**
 * Checks a report trainspotter itself just built against the schema, as a reader will.
 * @throws InternalError (a bug in trainspotter, never the user's input) naming each bad field.
 */
export function checkBuiltReport(report: unknown, what: string): Report {
  try {
    return validateReport(report, what);
  } catch (error) {
    if (error instanceof InputError) throw new InternalError(error.message);
    throw error;
  }
}
