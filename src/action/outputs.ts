import type { Report } from '../core/report.js';

/**
 * The action's outputs for a finished report: `status`, the report paths, and the decisive
 * numbers — how many checks failed / warned, which, and the failure kinds (`oom`, `shape` ...).
 */
export function reportOutputs(
  report: Report,
  paths: { readonly json: string; readonly markdown: string },
): Record<string, string> {
  const failed = report.checks.filter((c) => c.status === 'fail' || c.status === 'error');
  const warned = report.checks.filter((c) => c.status === 'warn');
  const kinds = report.checks.flatMap((c) => (c.failure ? [c.failure.kind] : []));
  const regressed = report.comparison?.results.filter((r) => r.outcome === 'regressed').map((r) => r.metric);
  return {
    status: report.status,
    'report-json': paths.json,
    'report-md': paths.markdown,
    'failed-checks': String(failed.length),
    'warned-checks': String(warned.length),
    'failed-check-names': failed.map((c) => c.name).join(','),
    'failure-kinds': [...new Set(kinds)].join(','),
    'regressed-metrics': (regressed ?? []).join(','),
  };
}
