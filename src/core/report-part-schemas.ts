import * as z from 'zod/mini';
import type { ComparisonResult } from './compare.js';
import { EVAL_SPLITS } from './eval-file.js';
import { GAP_NAMES, type GapReport } from './gaps.js';
import type { GpuSummary } from './gpu-summary.js';
import type { TrainValGapShift } from './train-val-gap.js';

/**
 * The schemas of the parts of report.json that other modules write (the gap decomposition, the
 * train/val gap shifts, the GPU telemetry), each tied to the type of its writer both ways: the
 * schema's output is that type (what a reader gets), and a value of that type passes it
 * (checked at compile time by `Writes`).
 */

type DeepMutable<T> = T extends readonly (infer U)[]
  ? DeepMutable<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: DeepMutable<T[K]> }
    : T;
type DeepReadonly<T> = T extends readonly (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;
/** `true` when every value of the writer's type `W` is a valid input of the schema `S`; else a compile error where used. */
export type Writes<W, S extends z.ZodMiniType> = [DeepMutable<W>] extends [z.input<S>] ? true : never;

const nullableNumber = z.nullable(z.number());

const gapReport = z.strictObject({
  confidence: z.number(),
  irreducible: z.nullable(z.strictObject({ error: z.number(), n: nullableNumber })),
  splits: z.array(
    z.strictObject({
      split: z.enum(EVAL_SPLITS),
      error: z.number(),
      n: z.number(),
      lower: z.number(),
      upper: z.number(),
    }),
  ),
  gaps: z.array(
    z.strictObject({
      name: z.enum(GAP_NAMES),
      from: z.enum([...EVAL_SPLITS, 'irreducible']),
      to: z.enum(EVAL_SPLITS),
      value: z.number(),
      lower: z.number(),
      upper: z.number(),
    }),
  ),
  validationOverfitting: z.nullable(
    z.strictObject({
      flagged: z.boolean(),
      testValError: z.number(),
      testError: z.number(),
      difference: z.number(),
      z: nullableNumber,
      pValue: z.number(),
      alpha: z.number(),
      minEffect: z.number(),
      message: z.string(),
    }),
  ),
});
const gapReportWrites: Writes<GapReport, typeof gapReport> = true;
/** `gaps` of report.json: the evaluation decomposition (GapReport, src/core/gaps.ts). */
export const GapReportSchema: z.ZodMiniType<GapReport> = gapReport;

const trainValGapShift = z.strictObject({
  series: z.string(),
  prRatio: nullableNumber,
  baseRatio: nullableNumber,
  prRatios: z.array(nullableNumber),
  baseRatios: z.array(nullableNumber),
  prDifference: nullableNumber,
  baseDifference: nullableNumber,
  growth: nullableNumber,
  pValue: nullableNumber,
  grew: z.boolean(),
  message: z.string(),
});
const trainValGapShiftWrites: Writes<TrainValGapShift, typeof trainValGapShift> = true;
/** One entry of `comparison.trainValGaps` (TrainValGapShift, src/core/train-val-gap.ts). */
export const TrainValGapShiftSchema: z.ZodMiniType<TrainValGapShift> = trainValGapShift;

/**
 * The GPU of an in-process engine (src/engines/tfjs): its TensorFlow.js backend, whether that
 * backend runs on a GPU, and the training speed.
 */
export interface EngineGpu {
  readonly present: boolean;
  readonly used: boolean;
  readonly backend: string;
  readonly package: string;
  readonly steps_per_second: number;
}

const gpuAbsent = z.strictObject({ present: z.literal(false), reason: z.string() });
const gpuPresent = z.strictObject({
  present: z.literal(true),
  names: z.array(z.string()),
  devices: z.array(
    z.strictObject({
      index: z.number(),
      name: z.string(),
      memoryTotalMiB: z.number(),
      baselineMemoryMiB: z.number(),
      peakMemoryMiB: z.number(),
      peakUtilizationPct: nullableNumber,
    }),
  ),
  baselineMemoryMiB: z.number(),
  peakMemoryMiB: z.number(),
  peakUtilizationPct: nullableNumber,
  used: z.boolean(),
  usedBy: z.nullable(z.enum(['process', 'memory', 'utilization'])),
  processMemoryMiB: nullableNumber,
  samples: z.number(),
});
const engineGpu = z.strictObject({
  present: z.boolean(),
  used: z.boolean(),
  backend: z.string(),
  package: z.string(),
  steps_per_second: z.number(),
});
const gpu = z.union([gpuAbsent, gpuPresent, engineGpu]);
const gpuWrites: Writes<GpuSummary | EngineGpu, typeof gpu> = true;
/** `gpu` of a check: nvidia-smi's telemetry (GpuSummary, src/core/gpu-summary.ts) or an engine's backend. */
export const GpuSchema: z.ZodMiniType<GpuSummary | EngineGpu> = gpu;

const side = z.strictObject({
  mean: nullableNumber,
  sd: nullableNumber,
  n: z.number(),
  sdSource: z.enum(['seeds', 'given', 'borrowed', 'none']),
  nonFinite: z.number(),
});
// JSON turns a NaN or infinite statistic (an infinite df) into null: every number may come back null
const seedTest = z.strictObject({
  test: z.string(),
  degradation: nullableNumber,
  se: nullableNumber,
  df: nullableNumber,
  pValue: nullableNumber,
  lower: nullableNumber,
});
const seedFindings = z.strictObject({
  scatter: z.nullable(
    z.strictObject({
      prSd: z.number(),
      baseSd: z.number(),
      sdRatio: nullableNumber,
      pValue: nullableNumber,
      flagged: z.boolean(),
    }),
  ),
  collapse: z.nullable(
    z.strictObject({
      seed: z.string(),
      value: z.number(),
      degradation: z.number(),
      baseSds: nullableNumber,
      pValue: nullableNumber,
      flagged: z.boolean(),
    }),
  ),
  message: z.nullable(z.string()),
});
const comparisonResult = z.strictObject({
  metric: z.string(),
  outcome: z.enum(['regressed', 'improved', 'unchanged', 'inconclusive']),
  method: z.enum(['welch', 'shared_sd', 'zero_variance', 'point', 'non_finite']),
  better: z.enum(['higher', 'lower']),
  tolerance: z.number(),
  pr: side,
  reference: side,
  difference: nullableNumber,
  degradation: nullableNumber,
  se: nullableNumber,
  df: nullableNumber,
  confidence: z.number(),
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
  pRegressionBaseSpread: z.optional(nullableNumber),
  pRegressionBaseSpreadHolm: z.optional(nullableNumber),
  tests: z.optional(z.nullable(z.array(seedTest))),
  seeds: z.optional(z.nullable(seedFindings)),
  prValues: z.optional(z.array(nullableNumber)),
  referenceValues: z.optional(z.nullable(z.array(nullableNumber))),
  message: z.string(),
});
const comparisonResultWrites: Writes<ComparisonResult, typeof comparisonResult> = true;
/**
 * One entry of `comparison.results` (ComparisonResult, src/core/compare.ts). Its statistics may
 * read back null where the writer held NaN or Infinity, and a report of an earlier version lacks
 * the seed tests' fields, so the reader's type is this schema's own.
 */
export const ComparisonResultSchema: z.ZodMiniType<ComparisonResultEntry> = comparisonResult;
export type ComparisonResultEntry = DeepReadonly<z.output<typeof comparisonResult>>;

/** The compile-time checks above, kept as values so no linter calls them unused. */
export const WRITERS_MATCH_SCHEMAS = [
  gapReportWrites,
  trainValGapShiftWrites,
  gpuWrites,
  comparisonResultWrites,
] as const;
