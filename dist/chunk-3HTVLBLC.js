#!/usr/bin/env node
import { createRequire as __tsCreateRequire } from 'node:module';
const require = __tsCreateRequire(import.meta.url);
import {
  CHECK_NAMES
} from "./chunk-BQVUO3CN.js";
import {
  GAP_NAMES
} from "./chunk-LVBYK5GF.js";
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
} from "./chunk-V5FW74KN.js";
import {
  described
} from "./chunk-6NW4LEBQ.js";
import {
  _enum,
  _nonnegative,
  _null,
  array,
  boolean,
  discriminatedUnion,
  int,
  literal,
  nullable,
  number,
  object,
  optional,
  record,
  strictObject,
  string,
  union
} from "./chunk-ZTXSPX4O.js";

// src/core/report-part-schemas.ts
var nullableNumber = nullable(number());
var gapReport = strictObject({
  confidence: number(),
  irreducible: nullable(strictObject({ error: number(), n: nullableNumber })),
  splits: array(
    strictObject({
      split: _enum(EVAL_SPLITS),
      error: number(),
      n: number(),
      lower: number(),
      upper: number()
    })
  ),
  gaps: array(
    strictObject({
      name: _enum(GAP_NAMES),
      from: _enum([...EVAL_SPLITS, "irreducible"]),
      to: _enum(EVAL_SPLITS),
      value: number(),
      lower: number(),
      upper: number()
    })
  ),
  validationOverfitting: nullable(
    strictObject({
      flagged: boolean(),
      testValError: number(),
      testError: number(),
      difference: number(),
      z: nullableNumber,
      pValue: number(),
      alpha: number(),
      minEffect: number(),
      message: string()
    })
  )
});
var GapReportSchema = gapReport;
var trainValGapShift = strictObject({
  series: string(),
  prRatio: nullableNumber,
  baseRatio: nullableNumber,
  prRatios: array(nullableNumber),
  baseRatios: array(nullableNumber),
  prDifference: nullableNumber,
  baseDifference: nullableNumber,
  growth: nullableNumber,
  pValue: nullableNumber,
  grew: boolean(),
  message: string()
});
var TrainValGapShiftSchema = trainValGapShift;
var gpuAbsent = strictObject({ present: literal(false), reason: string() });
var gpuPresent = strictObject({
  present: literal(true),
  names: array(string()),
  devices: array(
    strictObject({
      index: number(),
      name: string(),
      memoryTotalMiB: number(),
      baselineMemoryMiB: number(),
      peakMemoryMiB: number(),
      peakUtilizationPct: nullableNumber
    })
  ),
  baselineMemoryMiB: number(),
  peakMemoryMiB: number(),
  peakUtilizationPct: nullableNumber,
  used: boolean(),
  usedBy: nullable(_enum(["process", "memory", "utilization"])),
  processMemoryMiB: nullableNumber,
  samples: number()
});
var engineGpu = strictObject({
  present: boolean(),
  used: boolean(),
  backend: string(),
  package: string(),
  steps_per_second: number()
});
var gpu = union([gpuAbsent, gpuPresent, engineGpu]);
var GpuSchema = gpu;
var side = strictObject({
  mean: nullableNumber,
  sd: nullableNumber,
  n: number(),
  sdSource: _enum(["seeds", "given", "borrowed", "none"]),
  nonFinite: number()
});
var seedTest = strictObject({
  test: string(),
  degradation: nullableNumber,
  se: nullableNumber,
  df: nullableNumber,
  pValue: nullableNumber,
  lower: nullableNumber
});
var seedFindings = strictObject({
  scatter: nullable(
    strictObject({
      prSd: number(),
      baseSd: number(),
      sdRatio: nullableNumber,
      pValue: nullableNumber,
      flagged: boolean()
    })
  ),
  collapse: nullable(
    strictObject({
      seed: string(),
      value: number(),
      degradation: number(),
      baseSds: nullableNumber,
      pValue: nullableNumber,
      flagged: boolean()
    })
  ),
  message: nullable(string())
});
var comparisonResult = strictObject({
  metric: string(),
  outcome: _enum(["regressed", "improved", "unchanged", "inconclusive"]),
  method: _enum(["welch", "shared_sd", "zero_variance", "point", "non_finite"]),
  better: _enum(["higher", "lower"]),
  tolerance: number(),
  pr: side,
  reference: side,
  difference: nullableNumber,
  degradation: nullableNumber,
  se: nullableNumber,
  df: nullableNumber,
  confidence: number(),
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
  pRegressionBaseSpread: optional(nullableNumber),
  pRegressionBaseSpreadHolm: optional(nullableNumber),
  tests: optional(nullable(array(seedTest))),
  seeds: optional(nullable(seedFindings)),
  prValues: optional(array(nullableNumber)),
  referenceValues: optional(nullable(array(nullableNumber))),
  message: string()
});
var ComparisonResultSchema = comparisonResult;

// src/core/report.ts
var REPORT_SCHEMA_VERSION = 1;
var evidenceValue = union([number(), string(), boolean(), _null()]);
var split = _enum(["train", "val", "test", "other"]);
function evidenceSchema(j) {
  if (j.evidence === "open") return record(string(), evidenceValue);
  const keys = [...j.evidence, ...j.legacyEvidence ?? []];
  return strictObject(Object.fromEntries(keys.map((key) => [key, optional(evidenceValue)])));
}
var FindingSchema = discriminatedUnion(
  "judge",
  JUDGES.map(
    (j) => object({
      series: string(),
      split: optional(split),
      judge: literal(j.name),
      verdict: _enum(Object.keys(j.verdicts)),
      severity: _enum(["pass", "warn", "fail"]),
      summary: string(),
      evidence: evidenceSchema(j),
      causes: array(string())
    })
  )
);
var CurveSchema = object({
  series: string(),
  split,
  run: optional(string()),
  points: described(number().check(int(), _nonnegative()), "points in the full series"),
  steps: array(number()),
  values: array(nullable(number()))
});
var FailureSchema = object({
  kind: string(),
  title: string(),
  lines: array(string()),
  advice: array(string())
});
var CheckReportSchema = object({
  name: _enum(CHECK_NAMES),
  status: _enum(CHECK_STATUSES),
  summary: string(),
  /** Why the check failed or warned apart from its findings: a crash, a GPU left unused, a missing log. */
  notes: optional(array(string())),
  /** The PyTorch probe ended the script's run at its cap (max_steps / max_time): not a failure. */
  capped: optional(string()),
  command: optional(string()),
  exitCode: optional(nullable(number().check(int()))),
  durationMs: optional(number().check(_nonnegative())),
  metrics: optional(array(object({ path: string(), format: string() }))),
  findings: array(FindingSchema),
  failure: optional(nullable(FailureSchema)),
  gpu: optional(nullable(GpuSchema)),
  curves: array(CurveSchema)
});
var ReportSchema = object({
  schemaVersion: literal(REPORT_SCHEMA_VERSION),
  status: _enum(["pass", "warn", "fail", "error"]),
  checks: array(CheckReportSchema),
  /** Final metrics by name (`test/accuracy`, `val_loss` ...), for the reference comparison. */
  finalMetrics: record(string(), nullable(number())),
  /** The comparison with the known result (`reference` in trainspotter.yml); null without one. */
  comparison: nullable(
    object({
      source: nullable(string()),
      status: _enum(["pass", "warn", "fail"]),
      /** One ComparisonResult (src/core/compare.ts) per reference metric the run produced. */
      results: array(ComparisonResultSchema),
      /** Reference metrics the run did not produce. */
      missing: array(string()),
      /** The PR's final train/val gaps against the base's, from logs alone (TrainValGapShift, src/core/train-val-gap.ts). */
      trainValGaps: optional(array(TrainValGapShiftSchema))
    })
  ),
  /** The evaluation gap decomposition of the eval check (GapReport, src/core/gaps.ts); null without one. */
  gaps: nullable(GapReportSchema),
  run: object({
    seed: number().check(int()),
    startedAt: string(),
    durationMs: number().check(_nonnegative()),
    trainspotterVersion: string(),
    config: nullable(string()),
    git: optional(object({ sha: optional(string()), ref: optional(string()) }))
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
