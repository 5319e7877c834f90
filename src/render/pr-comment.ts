import type { Report } from '../core/report.js';
import { worseStatus, worstStatus as worstOf } from '../core/verdict.js';
import { digest } from './digest.js';
import { fitSections, type Section } from './fit-sections.js';
import { statusLabel } from './labels.js';
import {
  budgetLines,
  chartLines,
  chartsSummary,
  checkLines,
  comparisonLines,
  gapLines,
  headLines,
  overfittingLines,
  runLines,
  whyLines,
} from './result-sections.js';
import type { PrCommentInput } from './summary-input.js';
import { trainValGapLines } from './train-val-gap-section.js';

export type { BudgetEntry, PrCommentInput } from './summary-input.js';

/** The hidden marker that finds the app's sticky comment on a PR. */
export const COMMENT_MARKER = '<!-- trainspotter -->';
/** GitHub rejects an issue comment body longer than this. */
export const GITHUB_COMMENT_LIMIT = 65_536;
export const TRUNCATION_NOTE = "… truncated to fit GitHub's 65,536-character limit";

export interface RenderOptions {
  /** Largest body in characters; default GITHUB_COMMENT_LIMIT. */
  readonly limit?: number;
  /** The hidden markers; default true. */
  readonly markers?: boolean;
  /** The `## trainspotter: …` heading; default true (a check run shows its own title instead). */
  readonly heading?: boolean;
}

/**
 * The worst status over the seeds: error > fail > warn > pass, in the one order of statuses
 * (CHECK_STATUSES). A report's status and a comparison's are never `skipped` (their schemas), so
 * where `skipped` ranks cannot move the headline.
 */
export function worstStatus(reports: readonly Report[]): Report['status'] {
  return worstOf(
    reports.map((r) => r.status),
    'pass',
  );
}

/**
 * The verdict of a PR head: the worst status over its seeds and the seed matrix's comparison
 * with the reference (a regression fails the head even when every seed's own checks pass).
 */
export function overallStatus(input: Pick<PrCommentInput, 'reports' | 'comparison'>): Report['status'] {
  // No report at all is nothing to vouch for: an error, not a pass.
  if (input.reports.length === 0) return 'error';
  const status = worstStatus(input.reports);
  const compared = input.comparison?.status;
  return compared ? worseStatus(status, compared) : status;
}

/** Only hex digits of a SHA reach the hidden marker, so no value can close the HTML comment. */
function cleanSha(sha: string): string {
  return sha.replace(/[^0-9a-fA-F]/g, '').slice(0, 64);
}

/** The head commit a comment body was rendered for, from its hidden marker. */
export function commentHeadSha(body: string): string | undefined {
  return /<!-- trainspotter:sha=([0-9a-fA-F]{1,64}) -->/.exec(body)?.[1];
}

/**
 * A head's summary in Markdown, read at a glance: the heading; what failed or changed, each
 * with its decisive number and likely cause, worst first, grouped over seeds; one line for
 * everything that passed; then closed folds: the full account of each problem, Mermaid charts
 * (PR against base), and every result (checks per seed, the reference comparison, the gaps,
 * overfitting to validation, the validation-reuse budget, how each seed ran). Lists, not
 * tables, so a phone shows it without scrolling sideways. Never longer than `limit`: the least
 * important parts go first (charts, runs, then the rest cut at a line), with a visible note.
 */
export function renderSummary(input: PrCommentInput, options: RenderOptions = {}): string {
  const limit = options.limit ?? GITHUB_COMMENT_LIMIT;
  const sha = cleanSha(input.headSha).slice(0, 12);
  const d = digest(input);
  const overall = overallStatus(input);
  const head = [
    ...(options.markers === false
      ? []
      : [COMMENT_MARKER, `<!-- trainspotter:sha=${cleanSha(input.headSha)} -->`]),
    ...(options.heading === false
      ? []
      : [`## trainspotter: ${statusLabel(overall).replace('\u00a0', ' ')}`, '']),
    ...headLines(input, d, sha, overall),
  ];
  const results = 'All results';
  const sections: Section[] = [
    {
      priority: 1,
      build: (max) => whyLines(d, max, input.reports.length),
      trimmable: true,
      fold: 'What went wrong, and what to try',
    },
    { priority: 7, build: (max) => chartLines(input, d, max), trimmable: false, fold: chartsSummary(input) },
    { priority: 2, build: (max) => checkLines(input, max), trimmable: true, fold: results, minLines: 3 },
    { priority: 3, build: () => comparisonLines(input), trimmable: true, fold: results, minLines: 3 },
    { priority: 4, build: () => gapLines(input), trimmable: true, fold: results, minLines: 3 },
    {
      priority: 4.5,
      build: () => trainValGapLines(input.comparison ?? input.reports[0]?.comparison),
      trimmable: true,
      fold: results,
    },
    { priority: 5, build: () => overfittingLines(input), trimmable: true, fold: results },
    { priority: 5, build: () => budgetLines(input), trimmable: true, fold: results, minLines: 3 },
    { priority: 6, build: (max) => runLines(input, max), trimmable: false, fold: results },
  ];
  const note = ['', `_${TRUNCATION_NOTE}_`, ''];
  const reserve = [...head, ...note].reduce((n, l) => n + l.length + 1, 0) + 16;
  const { lines, cut } = fitSections(sections, limit - reserve);
  const body = [...head, ...lines, ...(cut ? note : [])];
  const text = `${body
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
  return text.length <= limit
    ? text
    : `${text.slice(0, limit - TRUNCATION_NOTE.length - 2)}\n${TRUNCATION_NOTE}`;
}

/**
 * The sticky PR comment: hidden markers (the app's, and the head commit's so results for an
 * older head never overwrite a newer one), then renderSummary's body.
 */
export function renderPrComment(input: PrCommentInput, options: RenderOptions = {}): string {
  return renderSummary(input, options);
}
