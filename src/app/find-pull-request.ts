import type { Octokit, RepoRef } from './octokit.js';
import type { Store } from './store/index.js';

/** The pull request a workflow run's head commit belongs to. */
export interface PullTarget {
  readonly number: number;
  /** The PR's newest head commit as far as the app knows; differs from the run's for an older push. */
  readonly headSha: string;
  /** `owner/name` of the head repository. */
  readonly headRepo: string;
  readonly baseRef: string;
}

/** The parts of a `workflow_run` payload the lookup reads. */
export interface RunHead {
  readonly event: string;
  /** The commit the run tested (tested-head.ts); the run's own head but under `pull_request_target`. */
  readonly head_sha: string;
  readonly head_branch: string | null;
  readonly head_repository: {
    readonly full_name: string;
    readonly owner: { readonly login: string } | null;
  } | null;
  readonly pull_requests: readonly ({
    readonly number: number;
    readonly head: { readonly sha: string };
    readonly base: { readonly ref: string };
  } | null)[];
}

/**
 * Finds the open PR of a workflow run without an API call where it can: the payload's
 * `pull_requests` (same-repository PRs whose head is still this commit), then the store (PRs the
 * app saw opened or pushed). A fork's run carries no `pull_requests`, so the last resort is one
 * call: the open PRs of `owner:branch` of the head repository, matched on that repository, or,
 * under `pull_request_target` (whose run is on the base branch), the open PRs with this head.
 */
export async function findPullRequest(
  octokit: Octokit,
  store: Store,
  repo: RepoRef,
  run: RunHead,
): Promise<PullTarget | null> {
  const headRepo = run.head_repository?.full_name ?? repo.fullName;
  const listed = run.pull_requests.find((p) => p?.head.sha === run.head_sha);
  if (listed) return { number: listed.number, headSha: listed.head.sha, headRepo, baseRef: listed.base.ref };
  const stored = await store.findPullRequestByHead(repo.fullName, run.head_sha);
  if (stored)
    return { number: stored.pr, headSha: stored.headSha, headRepo: stored.headRepo, baseRef: stored.baseRef };
  if (run.event === 'pull_request_target') {
    // The run's head repository and branch are the base's here: ask which open PR has this head.
    const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
      owner: repo.owner,
      repo: repo.repo,
      commit_sha: run.head_sha,
      per_page: 10,
    });
    const pull = data.find((p) => p.state === 'open' && p.head.sha === run.head_sha);
    return pull
      ? {
          number: pull.number,
          headSha: pull.head.sha,
          headRepo: pull.head.repo?.full_name ?? '(deleted fork)',
          baseRef: pull.base.ref,
        }
      : null;
  }
  if (!run.head_repository?.owner || !run.head_branch) return null;
  const { data } = await octokit.rest.pulls.list({
    owner: repo.owner,
    repo: repo.repo,
    head: `${run.head_repository.owner.login}:${run.head_branch}`,
    state: 'open',
    per_page: 10,
  });
  const pull = data.find((p) => p.head.repo?.full_name === headRepo);
  return pull ? { number: pull.number, headSha: pull.head.sha, headRepo, baseRef: pull.base.ref } : null;
}
