import type { Report } from '../core/report.js';
import { renderSummary } from './pr-comment.js';

export { decisiveNumbers, STATUS_LABEL } from './labels.js';

/**
 * report.md, the job summary of one run: the same layout as the PR comment (what failed and
 * why first, one line for what passed, then folds with the full account, the charts and every
 * result), for one report against its own comparison with the known result.
 */
export function renderReportMarkdown(report: Report): string {
  return renderSummary(
    { reports: [report], headSha: report.run.git?.sha ?? '', comparison: report.comparison },
    { markers: false, limit: Number.MAX_SAFE_INTEGER },
  );
}
