import { setTimeout as sleep } from 'node:timers/promises';
import { CHECK_RUN_ACTIONS, type CheckRunOutput } from '../render/check-run.js';
import { httpStatus, type Octokit, type RepoRef } from './octokit.js';
import { once } from './once.js';
import { type CommentWait, DEFAULT_COMMENT_WAIT } from './pr-comment-writer.js';
import type { Store } from './store/index.js';

/** The check run's name: what a branch protection rule requires. */
const CHECK_NAME = 'trainspotter';

type Started = {
  readonly status: 'queued' | 'in_progress';
  readonly title: string;
  readonly summary: string;
};
type Waiting = { readonly conclusion: 'action_required'; readonly title: string; readonly summary: string };

/**
 * Creates the head commit's check run, queued or in progress (a required check then shows at once
 * and never hangs on a missing run), or waiting for approval (`action_required`, for a fork PR no
 * maintainer approved yet), and remembers its id for the result.
 */
export async function openCheckRun(
  octokit: Octokit,
  store: Store,
  repo: RepoRef,
  sha: string,
  state: Started | Waiting,
  detailsUrl?: string,
): Promise<number> {
  const output = { title: state.title, summary: state.summary };
  const { data } = await octokit.rest.checks.create({
    owner: repo.owner,
    repo: repo.repo,
    name: CHECK_NAME,
    head_sha: sha,
    ...('conclusion' in state
      ? { conclusion: state.conclusion, completed_at: new Date().toISOString() }
      : { status: state.status }),
    ...(detailsUrl ? { details_url: detailsUrl } : {}),
    output,
  });
  await store.setHead(repo.fullName, sha, { checkRunId: data.id });
  return data.id;
}

/** Marks the head's check run in progress, when the app has one. */
export async function markInProgress(
  octokit: Octokit,
  store: Store,
  repo: RepoRef,
  sha: string,
): Promise<void> {
  const head = await store.getHead(repo.fullName, sha);
  if (head?.checkRunId == null) return;
  try {
    await octokit.rest.checks.update({
      owner: repo.owner,
      repo: repo.repo,
      check_run_id: head.checkRunId,
      status: 'in_progress',
    });
  } catch (error) {
    // A completed run (a rerun of a finished head) may refuse to reopen; its result comes anyway.
    if (httpStatus(error) !== 422 && httpStatus(error) !== 404) throw error;
  }
}

/** The check run id another process is creating for `sha`, once it is stored; null after the wait. */
async function waitForId(
  store: Store,
  repo: RepoRef,
  sha: string,
  wait: CommentWait,
): Promise<number | null> {
  for (let i = 0; i < wait.tries; i++) {
    const id = (await store.getHead(repo.fullName, sha))?.checkRunId;
    if (id != null) return id;
    await sleep(wait.intervalMs);
  }
  return null;
}

/**
 * Completes the head's check run with the rendered result: the stored run is updated (created
 * when there is none, or it was deleted), the first 50 annotations go with the result and the
 * rest in further updates of at most 50 each (GitHub's limit per request).
 */
export async function completeCheckRun(
  octokit: Octokit,
  store: Store,
  repo: RepoRef,
  sha: string,
  result: CheckRunOutput,
  options: { readonly acceptButton: boolean; readonly detailsUrl?: string },
  wait: CommentWait = DEFAULT_COMMENT_WAIT,
): Promise<number> {
  const [first = [], ...rest] = result.annotationBatches;
  const output = { title: result.title, summary: result.summary, annotations: first };
  const fields = {
    owner: repo.owner,
    repo: repo.repo,
    status: 'completed' as const,
    conclusion: result.conclusion,
    completed_at: new Date().toISOString(),
    output,
    actions: options.acceptButton ? [...CHECK_RUN_ACTIONS] : [],
    ...(options.detailsUrl ? { details_url: options.detailsUrl } : {}),
  };
  const known = (await store.getHead(repo.fullName, sha))?.checkRunId ?? null;
  let id = known;
  if (id !== null) {
    try {
      await octokit.rest.checks.update({ ...fields, check_run_id: id });
    } catch (error) {
      if (httpStatus(error) !== 404) throw error;
      id = null;
    }
  }
  if (id === null) {
    const create = async () => {
      const { data } = await octokit.rest.checks.create({ ...fields, name: CHECK_NAME, head_sha: sha });
      await store.setHead(repo.fullName, sha, { checkRunId: data.id });
      return data.id;
    };
    // Several runs of one commit finishing together create one check run: the claim's winner
    // creates it, the others wait for its id and update it. A deleted run is simply recreated.
    const claimed: number[] = [];
    if (known === null)
      await once(store, `check-run:${repo.fullName}:${sha}`, async () => {
        claimed.push(await create());
      });
    const waited = known === null && claimed.length === 0 ? await waitForId(store, repo, sha, wait) : null;
    if (claimed[0] !== undefined) id = claimed[0];
    else if (waited !== null) {
      id = waited;
      await octokit.rest.checks.update({ ...fields, check_run_id: id });
    } else id = await create();
  }
  for (const annotations of rest) {
    await octokit.rest.checks.update({
      owner: repo.owner,
      repo: repo.repo,
      check_run_id: id,
      output: { title: result.title, summary: result.summary, annotations },
    });
  }
  return id;
}
