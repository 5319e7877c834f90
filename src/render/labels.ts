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
 * The numbers that decided a finding, in a few words, from the evidence keys the judges write
 * (src/core/judge-*.ts): levels, trend, spikes, the initial loss against −ln(1/C), the step
 * validation overfitting began.
 */
export function decisiveNumbers(evidence: Readonly<Record<string, unknown>>): string {
  const e = evidence as Record<string, number | string | null | undefined>;
  const parts: string[] = [];
  if (typeof e.first_non_finite_step === 'number')
    parts.push(`non-finite from step ${fmtNum(e.first_non_finite_step)}`);
  if (e.start_level !== undefined && e.end_level !== undefined) {
    parts.push(`${fmtNum(e.start_level as number | null)} → ${fmtNum(e.end_level as number | null)}`);
  }
  if (typeof e.min_level === 'number') parts.push(`min ${fmtNum(e.min_level)}`);
  if (typeof e.mk_p === 'number') parts.push(`trend ${fmtP(e.mk_p)}`);
  if (typeof e.spike_count === 'number' && e.spike_count > 0)
    parts.push(`${e.spike_count} spike${e.spike_count === 1 ? '' : 's'}`);
  if (typeof e.expected === 'number' && typeof e.initial_loss === 'number') {
    parts.push(`initial ${fmtNum(e.initial_loss)} vs −ln(1/C) ${fmtNum(e.expected)}`);
  }
  if (typeof e.overfitting_from_step === 'number')
    parts.push(`overfitting from step ${fmtNum(e.overfitting_from_step)}`);
  return parts.join(', ');
}
