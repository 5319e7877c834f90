import type { Report } from '../core/report.js';
import { digest } from './digest.js';
import { overallStatus, type PrCommentInput, renderPrComment } from './pr-comment.js';

/** GitHub's limits on a check run (REST API, "Create a check run"). */
export const CHECK_RUN_SUMMARY_LIMIT = 65_535;
export const ANNOTATIONS_PER_REQUEST = 50;
const TITLE_LIMIT = 255;
const MESSAGE_LIMIT = 4_000;

/** One check-run annotation, in the REST API's field names. */
export interface Annotation {
  readonly path: string;
  readonly start_line: number;
  readonly end_line: number;
  readonly annotation_level: 'failure' | 'warning' | 'notice';
  readonly title: string;
  readonly message: string;
}

export interface CheckRunAction {
  readonly label: string;
  readonly description: string;
  readonly identifier: string;
}

/** The buttons on the check run; `identifier` comes back in `check_run.requested_action`. */
export const CHECK_RUN_ACTIONS: readonly CheckRunAction[] = [
  {
    label: 'Accept as reference',
    description: 'Make these results the new reference',
    identifier: 'accept-reference',
  },
];

export interface CheckRunInput extends PrCommentInput {
  /** Where annotations point when a metrics log is not a repository path; default `trainspotter.yml`. */
  readonly configPath?: string;
}

export interface CheckRunOutput {
  readonly conclusion: 'success' | 'failure' | 'neutral';
  readonly title: string;
  readonly summary: string;
  readonly text?: string;
  readonly annotationBatches: Annotation[][];
}

/** fail and error fail the check, warn is neutral, pass succeeds. */
export function conclusionOf(status: Report['status']): CheckRunOutput['conclusion'] {
  if (status === 'fail' || status === 'error') return 'failure';
  return status === 'warn' ? 'neutral' : 'success';
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A repository-relative path GitHub can annotate; absolute paths and `..` fall back. */
function repoPath(path: string | undefined, fallback: string): string {
  if (!path || path.startsWith('/') || /^[A-Za-z]:/.test(path) || path.split(/[\\/]/).includes('..'))
    return fallback;
  return path.replace(/^\.\//, '');
}

/** Splits annotations into requests of at most ANNOTATIONS_PER_REQUEST. */
export function batchAnnotations(
  annotations: readonly Annotation[],
  size = ANNOTATIONS_PER_REQUEST,
): Annotation[][] {
  const batches: Annotation[][] = [];
  for (let i = 0; i < annotations.length; i += size) batches.push(annotations.slice(i, i + size));
  return batches;
}

/** One annotation per failing or warning finding, and per failed check without findings, over all seeds. */
export function annotationsFor(reports: readonly Report[], configPath = 'trainspotter.yml'): Annotation[] {
  const out: Annotation[] = [];
  for (const report of reports) {
    const config = repoPath(report.run.config ?? undefined, configPath);
    for (const check of report.checks) {
      const path = repoPath(check.metrics?.[0]?.path, config);
      const at = { path, start_line: 1, end_line: 1 };
      if (
        check.failure ||
        check.status === 'error' ||
        (check.status === 'fail' && check.findings.every((f) => f.severity === 'pass'))
      ) {
        out.push({
          ...at,
          annotation_level: 'failure',
          title: clip(
            `seed ${report.run.seed}, ${check.name}: ${check.failure?.title ?? check.status}`,
            TITLE_LIMIT,
          ),
          message: clip([check.summary, ...(check.notes ?? [])].join('\n'), MESSAGE_LIMIT),
        });
      }
      for (const f of check.findings) {
        if (f.severity === 'pass') continue;
        out.push({
          ...at,
          annotation_level: f.severity === 'fail' ? 'failure' : 'warning',
          title: clip(`seed ${report.run.seed}, ${check.name}, ${f.series}: ${f.verdict}`, TITLE_LIMIT),
          message: clip(
            [f.summary, ...(f.causes.length ? [`Likely causes: ${f.causes.join('; ')}`] : [])].join('\n'),
            MESSAGE_LIMIT,
          ),
        });
      }
    }
  }
  return out;
}

/**
 * The `trainspotter` check run of a PR head: the conclusion from the worst status over seeds;
 * a one-line title counting each check once however many seeds ran it, then what failed
 * ("overfit failed on seeds 0, 1"); the PR comment's body without its markers or heading (the
 * title stands above it) as the summary, within GitHub's 65,535 characters; the annotations in
 * batches of at most 50 per request.
 */
export function renderCheckRun(input: CheckRunInput): CheckRunOutput {
  const status = overallStatus(input);
  const checks = new Set(input.reports.flatMap((r) => r.checks.map((c) => c.name))).size;
  const seeds = input.reports.length;
  const problems = digest(input).problems.filter((p) => p.level !== 'changed');
  const named = problems.slice(0, 3).map((p) => p.what);
  if (problems.length > named.length) named.push(`${problems.length - named.length} more`);
  const counts = `${checks} check${checks === 1 ? '' : 's'} over ${seeds} seed${seeds === 1 ? '' : 's'}`;
  return {
    conclusion: conclusionOf(status),
    title: clip(
      `trainspotter: ${status} — ${counts}${named.length ? `: ${named.join('; ')}` : ''}`,
      TITLE_LIMIT,
    ),
    summary: renderPrComment(input, { limit: CHECK_RUN_SUMMARY_LIMIT, markers: false, heading: false }),
    annotationBatches: batchAnnotations(annotationsFor(input.reports, input.configPath)),
  };
}
