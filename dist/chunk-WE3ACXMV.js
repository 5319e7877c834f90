#!/usr/bin/env node
import { createRequire as __tsCreateRequire } from 'node:module';
const require = __tsCreateRequire(import.meta.url);
import {
  GAP_NAMES
} from "./chunk-OIZKN7DR.js";
import {
  CHECK_NAMES
} from "./chunk-HPO2542I.js";
import {
  CHECK_STATUSES
} from "./chunk-5PJNC2MI.js";
import {
  InputError,
  InternalError
} from "./chunk-I44QFZY6.js";
import {
  JUDGES
} from "./chunk-QOWQGCTV.js";
import {
  EVAL_SPLITS
} from "./chunk-RDUR3OBD.js";
import {
  external_exports
} from "./chunk-BPOGB3BL.js";

// src/core/report-part-schemas.ts
var nullableNumber = external_exports.number().nullable();
var gapReport = external_exports.strictObject({
  confidence: external_exports.number(),
  irreducible: external_exports.strictObject({ error: external_exports.number(), n: nullableNumber }).nullable(),
  splits: external_exports.array(
    external_exports.strictObject({
      split: external_exports.enum(EVAL_SPLITS),
      error: external_exports.number(),
      n: external_exports.number(),
      lower: external_exports.number(),
      upper: external_exports.number()
    })
  ),
  gaps: external_exports.array(
    external_exports.strictObject({
      name: external_exports.enum(GAP_NAMES),
      from: external_exports.enum([...EVAL_SPLITS, "irreducible"]),
      to: external_exports.enum(EVAL_SPLITS),
      value: external_exports.number(),
      lower: external_exports.number(),
      upper: external_exports.number()
    })
  ),
  validationOverfitting: external_exports.strictObject({
    flagged: external_exports.boolean(),
    testValError: external_exports.number(),
    testError: external_exports.number(),
    difference: external_exports.number(),
    z: nullableNumber,
    pValue: external_exports.number(),
    alpha: external_exports.number(),
    minEffect: external_exports.number(),
    message: external_exports.string()
  }).nullable()
});
var GapReportSchema = gapReport;
var trainValGapShift = external_exports.strictObject({
  series: external_exports.string(),
  prRatio: nullableNumber,
  baseRatio: nullableNumber,
  prRatios: external_exports.array(nullableNumber),
  baseRatios: external_exports.array(nullableNumber),
  prDifference: nullableNumber,
  baseDifference: nullableNumber,
  growth: nullableNumber,
  pValue: nullableNumber,
  grew: external_exports.boolean(),
  message: external_exports.string()
});
var TrainValGapShiftSchema = trainValGapShift;
var gpuAbsent = external_exports.strictObject({ present: external_exports.literal(false), reason: external_exports.string() });
var gpuPresent = external_exports.strictObject({
  present: external_exports.literal(true),
  names: external_exports.array(external_exports.string()),
  devices: external_exports.array(
    external_exports.strictObject({
      index: external_exports.number(),
      name: external_exports.string(),
      memoryTotalMiB: external_exports.number(),
      baselineMemoryMiB: external_exports.number(),
      peakMemoryMiB: external_exports.number(),
      peakUtilizationPct: nullableNumber
    })
  ),
  baselineMemoryMiB: external_exports.number(),
  peakMemoryMiB: external_exports.number(),
  peakUtilizationPct: nullableNumber,
  used: external_exports.boolean(),
  usedBy: external_exports.enum(["process", "memory", "utilization"]).nullable(),
  processMemoryMiB: nullableNumber,
  samples: external_exports.number()
});
var engineGpu = external_exports.strictObject({
  present: external_exports.boolean(),
  used: external_exports.boolean(),
  backend: external_exports.string(),
  package: external_exports.string(),
  steps_per_second: external_exports.number()
});
var gpu = external_exports.union([gpuAbsent, gpuPresent, engineGpu]);
var GpuSchema = gpu;
var side = external_exports.strictObject({
  mean: nullableNumber,
  sd: nullableNumber,
  n: external_exports.number(),
  sdSource: external_exports.enum(["seeds", "given", "borrowed", "none"]),
  nonFinite: external_exports.number()
});
var seedTest = external_exports.strictObject({
  test: external_exports.string(),
  degradation: nullableNumber,
  se: nullableNumber,
  df: nullableNumber,
  pValue: nullableNumber,
  lower: nullableNumber
});
var seedFindings = external_exports.strictObject({
  scatter: external_exports.strictObject({
    prSd: external_exports.number(),
    baseSd: external_exports.number(),
    sdRatio: nullableNumber,
    pValue: nullableNumber,
    flagged: external_exports.boolean()
  }).nullable(),
  collapse: external_exports.strictObject({
    seed: external_exports.string(),
    value: external_exports.number(),
    degradation: external_exports.number(),
    baseSds: nullableNumber,
    pValue: nullableNumber,
    flagged: external_exports.boolean()
  }).nullable(),
  message: external_exports.string().nullable()
});
var comparisonResult = external_exports.strictObject({
  metric: external_exports.string(),
  outcome: external_exports.enum(["regressed", "improved", "unchanged", "inconclusive"]),
  method: external_exports.enum(["welch", "shared_sd", "zero_variance", "point", "non_finite"]),
  better: external_exports.enum(["higher", "lower"]),
  tolerance: external_exports.number(),
  pr: side,
  reference: side,
  difference: nullableNumber,
  degradation: nullableNumber,
  se: nullableNumber,
  df: nullableNumber,
  confidence: external_exports.number(),
  degradationLower: nullableNumber,
  degradationUpper: nullableNumber,
  pNonInferiority: nullableNumber,
  pRegression: nullableNumber,
  pImprovement: nullableNumber,
  pRegressionHolm: nullableNumber,
  pRegressionBH: nullableNumber,
  pImprovementHolm: nullableNumber,
  seedsNeeded: nullableNumber,
  // written since the seed tests (reports of earlier versions lack them)
  pRegressionBaseSpread: nullableNumber.optional(),
  pRegressionBaseSpreadHolm: nullableNumber.optional(),
  tests: external_exports.array(seedTest).nullable().optional(),
  seeds: seedFindings.nullable().optional(),
  prValues: external_exports.array(nullableNumber).optional(),
  referenceValues: external_exports.array(nullableNumber).nullable().optional(),
  message: external_exports.string()
});
var ComparisonResultSchema = comparisonResult;

// src/core/report.ts
var REPORT_SCHEMA_VERSION = 1;
var evidenceValue = external_exports.union([external_exports.number(), external_exports.string(), external_exports.boolean(), external_exports.null()]);
var split = external_exports.enum(["train", "val", "test", "other"]);
function evidenceSchema(j) {
  if (j.evidence === "open") return external_exports.record(external_exports.string(), evidenceValue);
  const keys = [...j.evidence, ...j.legacyEvidence ?? []];
  return external_exports.strictObject(Object.fromEntries(keys.map((key) => [key, evidenceValue.optional()])));
}
var FindingSchema = external_exports.discriminatedUnion(
  "judge",
  JUDGES.map(
    (j) => external_exports.object({
      series: external_exports.string(),
      split: split.optional(),
      judge: external_exports.literal(j.name),
      verdict: external_exports.enum(Object.keys(j.verdicts)),
      severity: external_exports.enum(["pass", "warn", "fail"]),
      summary: external_exports.string(),
      evidence: evidenceSchema(j),
      causes: external_exports.array(external_exports.string())
    })
  )
);
var CurveSchema = external_exports.object({
  series: external_exports.string(),
  split,
  run: external_exports.string().optional(),
  points: external_exports.number().int().nonnegative().describe("points in the full series"),
  steps: external_exports.array(external_exports.number()),
  values: external_exports.array(external_exports.number().nullable())
});
var FailureSchema = external_exports.object({
  kind: external_exports.string(),
  title: external_exports.string(),
  lines: external_exports.array(external_exports.string()),
  advice: external_exports.array(external_exports.string())
});
var CheckReportSchema = external_exports.object({
  name: external_exports.enum(CHECK_NAMES),
  status: external_exports.enum(CHECK_STATUSES),
  summary: external_exports.string(),
  /** Why the check failed or warned apart from its findings: a crash, a GPU left unused, a missing log. */
  notes: external_exports.array(external_exports.string()).optional(),
  /** The PyTorch probe ended the script's run at its cap (max_steps / max_time): not a failure. */
  capped: external_exports.string().optional(),
  command: external_exports.string().optional(),
  exitCode: external_exports.number().int().nullable().optional(),
  durationMs: external_exports.number().nonnegative().optional(),
  metrics: external_exports.object({ path: external_exports.string(), format: external_exports.string() }).array().optional(),
  findings: external_exports.array(FindingSchema),
  failure: FailureSchema.nullable().optional(),
  gpu: GpuSchema.nullable().optional(),
  curves: external_exports.array(CurveSchema)
});
var ReportSchema = external_exports.object({
  schemaVersion: external_exports.literal(REPORT_SCHEMA_VERSION),
  status: external_exports.enum(["pass", "warn", "fail", "error"]),
  checks: external_exports.array(CheckReportSchema),
  /** Final metrics by name (`test/accuracy`, `val_loss` ...), for the reference comparison. */
  finalMetrics: external_exports.record(external_exports.string(), external_exports.number().nullable()),
  /** The comparison with the known result (`reference` in trainspotter.yml); null without one. */
  comparison: external_exports.object({
    source: external_exports.string().nullable(),
    status: external_exports.enum(["pass", "warn", "fail"]),
    /** One ComparisonResult (src/core/compare.ts) per reference metric the run produced. */
    results: external_exports.array(ComparisonResultSchema),
    /** Reference metrics the run did not produce. */
    missing: external_exports.array(external_exports.string()),
    /** The PR's final train/val gaps against the base's, from logs alone (TrainValGapShift, src/core/train-val-gap.ts). */
    trainValGaps: external_exports.array(TrainValGapShiftSchema).optional()
  }).nullable(),
  /** The evaluation gap decomposition of the eval check (GapReport, src/core/gaps.ts); null without one. */
  gaps: GapReportSchema.nullable(),
  run: external_exports.object({
    seed: external_exports.number().int(),
    startedAt: external_exports.string(),
    durationMs: external_exports.number().nonnegative(),
    trainspotterVersion: external_exports.string(),
    config: external_exports.string().nullable(),
    git: external_exports.object({ sha: external_exports.string().optional(), ref: external_exports.string().optional() }).optional()
  })
});
function validateReport(raw, source) {
  const version = raw?.schemaVersion;
  if (version !== REPORT_SCHEMA_VERSION) {
    throw new InputError(
      `${source}: unsupported report schemaVersion ${JSON.stringify(version)}; this trainspotter reads version ${REPORT_SCHEMA_VERSION}. Regenerate the report with the same trainspotter version.`
    );
  }
  const parsed = ReportSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => `  - ${i.path.join(".") || "(root)"}: ${i.message}`);
  throw new InputError(`${source} is not a valid trainspotter report:
${problems.join("\n")}`);
}
function checkBuiltReport(report, what) {
  try {
    return validateReport(report, what);
  } catch (error) {
    if (error instanceof InputError) throw new InternalError(error.message);
    throw error;
  }
}

export {
  REPORT_SCHEMA_VERSION,
  FindingSchema,
  CurveSchema,
  FailureSchema,
  CheckReportSchema,
  ReportSchema,
  validateReport,
  checkBuiltReport
};
