import type { Report } from '../core/report.js';
import { worstStatus } from '../core/verdict.js';
import { renderReportMarkdown, STATUS_LABEL } from '../render/report-md.js';

/** The worst status of several reports (error > fail > warn > pass); `pass` for none. */
export function worstReportStatus(reports: readonly Report[]): Report['status'] {
  return worstStatus<Report['status']>(
    reports.map((r) => r.status),
    'pass',
  );
}

/**
 * One markdown for the reports of several jobs (a seed matrix): the worst status as the heading,
 * then each report by seed under its own heading. A single report is rendered as it is.
 */
export function renderReportsMarkdown(reports: readonly Report[]): string {
  if (reports.length === 1 && reports[0]) return renderReportMarkdown(reports[0]);
  const worst = worstReportStatus(reports);
  const sorted = [...reports].sort((a, b) => a.run.seed - b.run.seed);
  const seeds = sorted.map((r) => `${r.run.seed}: ${STATUS_LABEL[r.status] ?? r.status}`).join(', ');
  const parts = sorted.map((r) =>
    renderReportMarkdown(r).replace(/^## trainspotter: (.*)$/m, `### Seed ${r.run.seed}: $1`),
  );
  return `## trainspotter: ${STATUS_LABEL[worst] ?? worst} (${reports.length} seeds)\n\nSeeds ${seeds}.\n\n${parts.join('\n')}`;
}
