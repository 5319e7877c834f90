import { type CauseVerdict, VERDICT_CAUSES } from './judges/index.js';

/**
 * Likely causes per failing pattern, in the terms of Full Stack Deep Learning 2021, lecture 7
 * ("overfit a single batch" table), with Karpathy's recipe for the initial loss. Each judge
 * declares its own in src/core/judges/; a pattern is a verdict that has causes.
 */
export type CausePattern = CauseVerdict;

export const LIKELY_CAUSES: Readonly<Record<CausePattern, readonly string[]>> = VERDICT_CAUSES;

/** The likely causes of a failing pattern; empty for a passing one. */
export function likelyCauses(pattern: string): readonly string[] {
  return (LIKELY_CAUSES as Record<string, readonly string[] | undefined>)[pattern] ?? [];
}
