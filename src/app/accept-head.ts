import type { Context } from 'probot';
import type { AppDeps } from './app-deps.js';
import type { PullTarget } from './find-pull-request.js';
import type { RepoRef } from './octokit.js';
import { publishHead } from './publish-head.js';
import { loadRepoConfig } from './repo-config.js';

/**
 * A maintainer accepts a PR head's results as the new reference: recorded in the store, the
 * check run and the comment re-published (the check passes), and the reports become the base
 * branch's baseline when the PR is merged (onPullRequestClosed). False when there is nothing to accept.
 */
export async function acceptHead(
  context: Pick<Context, 'octokit' | 'config' | 'log'>,
  deps: AppDeps,
  repo: RepoRef,
  pr: PullTarget,
  login: string,
): Promise<boolean> {
  const reports = await deps.store.getReports(repo.fullName, pr.headSha);
  if (reports.length === 0) return false;
  if (!(await deps.store.getPullRequest(repo.fullName, pr.number)))
    await deps.store.setPullRequestHead(repo.fullName, pr.number, {
      sha: pr.headSha,
      repo: pr.headRepo,
      baseRef: pr.baseRef,
    });
  await deps.store.acceptPullRequest(repo.fullName, pr.number, pr.headSha, login);
  const repoConfig = await loadRepoConfig(context);
  await publishHead(context.octokit, deps, repo, repoConfig, { sha: pr.headSha, pr, notes: [] }, context.log);
  return true;
}
