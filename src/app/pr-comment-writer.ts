import { setTimeout as sleep } from 'node:timers/promises';
import { httpStatus, type Octokit, type RepoRef } from './octokit.js';
import type { Store } from './store/index.js';

export interface CommentWait {
  /** How often a process that lost the claim looks for the winner's comment id. */
  readonly tries: number;
  readonly intervalMs: number;
}

export const DEFAULT_COMMENT_WAIT: CommentWait = { tries: 100, intervalMs: 100 };

export type CommentOutcome = 'created' | 'updated' | 'skipped';

/**
 * Writes a PR's one trainspotter comment. The store's claim decides who creates it: the first
 * claimant creates and records the id; every other writer (a second delivery, a second run, a
 * second app process) waits for that id and updates in place. Results for a head that is no
 * longer the PR's newest (`headSha` ≠ the stored head) are skipped right before the write, so an
 * older commit never overwrites a newer one.
 */
export async function writePrComment(
  octokit: Octokit,
  store: Store,
  target: { readonly repo: RepoRef; readonly pr: number; readonly headSha: string },
  render: () => Promise<string>,
  claimant: string,
  wait: CommentWait = DEFAULT_COMMENT_WAIT,
): Promise<CommentOutcome> {
  const { repo, pr } = target;
  const isCurrent = async () => {
    const state = await store.getPullRequest(repo.fullName, pr);
    return !state || state.headSha === target.headSha;
  };
  if (!(await isCurrent())) return 'skipped';
  const claim = await store.claimComment(repo.fullName, pr, claimant);
  if (claim.won) return create(octokit, store, target, await render());
  let id = claim.commentId;
  for (let i = 0; id === null && i < wait.tries; i++) {
    await sleep(wait.intervalMs);
    id = (await store.claimComment(repo.fullName, pr, claimant)).commentId;
  }
  if (id === null)
    throw new Error(
      `the trainspotter comment of ${repo.fullName}#${pr} was claimed by ${claim.owner} but never written; its results are stored and the next run updates the comment.`,
    );
  const body = await render();
  if (!(await isCurrent())) return 'skipped';
  try {
    await octokit.rest.issues.updateComment({ owner: repo.owner, repo: repo.repo, comment_id: id, body });
    return 'updated';
  } catch (error) {
    // Someone deleted the comment: write a new one.
    if (httpStatus(error) !== 404) throw error;
    return create(octokit, store, target, body);
  }
}

async function create(
  octokit: Octokit,
  store: Store,
  target: { readonly repo: RepoRef; readonly pr: number },
  body: string,
): Promise<CommentOutcome> {
  const { data } = await octokit.rest.issues.createComment({
    owner: target.repo.owner,
    repo: target.repo.repo,
    issue_number: target.pr,
    body,
  });
  await store.setCommentId(target.repo.fullName, target.pr, data.id);
  return 'created';
}
