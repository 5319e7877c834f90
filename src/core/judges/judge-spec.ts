import type { GateAction } from '../config.js';
import type { EvidenceValue, Severity } from '../verdict.js';

/** One named threshold a judge decides with: its default, its allowed range (inclusive) and what it means. */
export interface ThresholdSpec {
  readonly default: number;
  readonly min: number;
  readonly max: number;
  /** Only integers are allowed. */
  readonly integer?: true;
  /** What the number is, its unit, and where its default comes from (METHOD.md sources). */
  readonly doc: string;
}

/** One verdict a judge gives. */
export interface VerdictSpec {
  /**
   * What the verdict is before the gate decides what it does to the check. The engine's checks
   * may soften a `fail` to `warn` by the size of what they measured; this is the verdict's worst.
   */
  readonly severity: Severity;
  /** Likely causes of a failing verdict, in the lecture's terms (src/core/causes.ts); none for a pass. */
  readonly causes?: readonly string[];
  /** The judge's own gate fails the check on this verdict whatever its severity (gate: fail). */
  readonly gatable?: true;
}

/**
 * Which gate of trainspotter.yml decides what a judge's findings do to their check: `check`
 * (the gate named after the check: smoke, overfit ...), or a key of its own with its default.
 */
export type GateSpec = 'check' | { readonly key: string; readonly default: GateAction; readonly doc: string };

/** The evidence keys a judge writes (each a number, string, flag or null); `open` when they are the check's own (the engine's). */
export type EvidenceSpec = readonly string[] | 'open';

/**
 * A judge described as data: every list that names judges, verdicts, causes, thresholds, gates
 * or evidence keys (verdict.ts, report.ts, causes.ts, thresholds.ts, config.ts, judge-check.ts,
 * render/labels.ts) derives from the entries of src/core/judges/index.ts.
 */
export interface JudgeSpec {
  /** `judge` of its findings in report.json. */
  readonly name: string;
  readonly doc: string;
  readonly verdicts: Readonly<Record<string, VerdictSpec>>;
  readonly thresholds: Readonly<Record<string, ThresholdSpec>>;
  readonly gate: GateSpec;
  readonly evidence: EvidenceSpec;
  /**
   * Evidence keys an earlier trainspotter wrote under the same REPORT_SCHEMA_VERSION (committed
   * reports and base-branch artifacts hold them): accepted and readable, never written.
   */
  readonly legacyEvidence?: readonly string[];
  /**
   * The few numbers that decided a finding, for the one-line renderers (render/labels.ts
   * decisiveNumbers), read from the evidence keys this judge writes and written with the
   * renderer's number formats.
   */
  decisive?(
    evidence: Readonly<Record<string, EvidenceValue | undefined>>,
    format: DecisiveFormat,
  ): readonly string[];
}

/** The renderer's number formats, handed to a judge's `decisive` (the core formats no numbers for display). */
export interface DecisiveFormat {
  num(value: number | null | undefined): string;
  p(value: number | null | undefined): string;
}

/** The evidence of a judge that writes the keys `K`: each optional, a number, string, flag or null. */
export type EvidenceOf<K extends readonly string[]> = { readonly [P in K[number]]?: EvidenceValue };

/**
 * Declares a judge, keeping its literal names (verdicts, threshold and evidence keys) for the
 * types derived from it. Identity at run time.
 */
export function defineJudge<const J extends JudgeSpec>(spec: J): J {
  return spec;
}

/** The severity of each verdict of a judge's `verdicts`. */
export function severities<V extends string>(
  verdicts: Readonly<Record<V, VerdictSpec>>,
): Record<V, Severity> {
  const out = {} as Record<V, Severity>;
  for (const v of Object.keys(verdicts) as V[]) out[v] = verdicts[v].severity;
  return out;
}
