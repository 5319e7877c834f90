import { JUDGES } from '../core/judges/index.js';
import type { DecisiveFormat, JudgeSpec } from '../core/judges/judge-spec.js';
import type { FindingEvidence } from '../core/verdict.js';
import { fmtNum, fmtP } from './format-number.js';

/** Status words with a symbol that reads in plain text, e-mail and on GitHub. */
export const STATUS_LABEL: Record<string, string> = {
  pass: '✅ pass',
  warn: '⚠️ warn',
  fail: '❌ fail',
  error: '💥 error',
  skipped: '⏭️ skipped',
  regressed: '❌ regressed',
  improved: '🚀 improved',
  unchanged: '✅ unchanged',
  inconclusive: '❔ inconclusive',
};

/** A status label whose symbol never wraps away from its word (a no-break space between them). */
export function statusLabel(status: string): string {
  return (STATUS_LABEL[status] ?? status).replace(' ', '\u00a0');
}

/** Only the symbol of a status. */
export function statusIcon(status: string): string {
  return (STATUS_LABEL[status] ?? '').split(' ')[0] ?? '';
}

/**
 * The numbers that decided a finding, in a few words, from the evidence keys the judges write:
 * each judge's `decisive` (src/core/judges/) in list order — levels, trend, spikes, the initial
 * loss against −ln(1/C), the step validation overfitting began.
 */
export function decisiveNumbers(evidence: Readonly<FindingEvidence>): string {
  return JUDGES.flatMap((j: JudgeSpec) => j.decisive?.(evidence, FORMAT) ?? []).join(', ');
}

const FORMAT: DecisiveFormat = { num: fmtNum, p: fmtP };
