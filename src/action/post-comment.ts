import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { escapeMarkdown } from '../render/escape.js';
import { commentBody } from './comment-body.js';
import type { ActionInputs } from './inputs.js';
import { findStickyComment, writeStickyComment } from './sticky-comment.js';

function prNumber(payload: unknown): number | undefined {
  const n = (payload as { pull_request?: { number?: unknown } } | null | undefined)?.pull_request?.number;
  return typeof n === 'number' ? n : undefined;
}

/**
 * Direct comment mode: writes the report into the pull request's one sticky comment.
 * `auto` comments when something did not pass or a comment already exists (so it turns green);
 * `always` on every run; `never` not at all. Never throws: returns notes for the job summary,
 * e.g. that the token is read-only (a fork's pull request).
 */
export async function postComment(
  inputs: ActionInputs,
  env: Readonly<Record<string, string | undefined>>,
  eventName: string | undefined,
  payload: unknown,
  status: string,
  markdown: string,
): Promise<string[]> {
  if (inputs.comment === 'never') return [];
  const issueNumber = prNumber(payload);
  if (issueNumber === undefined) {
    return inputs.comment === 'always'
      ? [
          `comment: always, but this ${eventName ?? 'run'} event is not for a pull request; no comment was written.`,
        ]
      : [];
  }
  if (!inputs.githubToken) return ['No comment: the `github-token` input is empty.'];
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo) return ['No comment: GITHUB_REPOSITORY is not set to owner/repo.'];
  const octokit = getOctokit(inputs.githubToken, {
    baseUrl: env.GITHUB_API_URL || 'https://api.github.com',
  });
  const target = { owner, repo, issueNumber };
  try {
    const existing = await findStickyComment(octokit, target);
    if (inputs.comment === 'auto' && status === 'pass' && !existing) return [];
    const body = commentBody(markdown, undefined, 'the job summary and the report artifact');
    const done = await writeStickyComment(octokit, target, existing, body);
    core.info(`trainspotter: ${done.action} the pull request comment ${done.url}`);
    return [];
  } catch (error) {
    const statusCode = (error as { status?: unknown }).status;
    if (statusCode === 403 || statusCode === 404) {
      core.info(`trainspotter: no comment, the token may not write to #${issueNumber} (HTTP ${statusCode}).`);
      return [
        `No pull request comment: the token is read-only here (HTTP ${String(statusCode)}; a pull request from a fork gets a read-only \`GITHUB_TOKEN\`, or the workflow lacks \`permissions: pull-requests: write\`). The report is in this summary and the report artifact; the trainspotter app or a \`workflow_run\` workflow can comment instead.`,
      ];
    }
    const message = error instanceof Error ? error.message : String(error);
    core.warning(`trainspotter: could not write the pull request comment: ${message}`);
    return [`No pull request comment: ${escapeMarkdown(message, 300)}`];
  }
}
