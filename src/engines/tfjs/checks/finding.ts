import type { EngineVerdict, EvidenceValue, FindingBy, Severity } from '../../../core/verdict.js';

/** A Finding of one of the engine's in-process checks. */
export function engineFinding(
  series: string,
  verdict: EngineVerdict,
  severity: Severity,
  summary: string,
  evidence: Record<string, EvidenceValue>,
  causes: readonly string[] = [],
): FindingBy<'engine'> {
  return { series, split: 'train', judge: 'engine', verdict, severity, summary, evidence, causes };
}
