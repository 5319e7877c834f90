import type { getOctokit } from '@actions/github';
import { COMMENT_MARKER } from './comment-body.js';

type Octokit = ReturnType<typeof getOctokit>;

export interface StickyTarget {
  readonly owner: string;
  readonly repo: string;
  readonly issueNumber: number;
}

/**
 * trainspotter's sticky comment on the pull request: the first comment by a bot account whose
 * body starts with the marker (a person's comment quoting the marker is never taken over).
 */
export async function findStickyComment(
  octokit: Octokit,
  target: StickyTarget,
): Promise<{ id: number; url: string } | undefined> {
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100,
  });
  const found = comments.find((c) => c.user?.type === 'Bot' && (c.body ?? '').startsWith(COMMENT_MARKER));
  return found ? { id: found.id, url: found.html_url } : undefined;
}

/** Updates the sticky comment in place (`existing`), or creates it. Returns what it did and the URL. */
export async function writeStickyComment(
  octokit: Octokit,
  target: StickyTarget,
  existing: { id: number } | undefined,
  body: string,
): Promise<{ action: 'created' | 'updated'; url: string }> {
  if (existing) {
    const { data } = await octokit.rest.issues.updateComment({
      owner: target.owner,
      repo: target.repo,
      comment_id: existing.id,
      body,
    });
    return { action: 'updated', url: data.html_url };
  }
  const { data } = await octokit.rest.issues.createComment({
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    body,
  });
  return { action: 'created', url: data.html_url };
}
