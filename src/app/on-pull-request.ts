import type { Context } from 'probot';
import type { AppDeps } from './app-deps.js';
import { latestIds } from './assemble-results.js';
import { openCheckRun } from './check-run-writer.js';
import { httpStatus, repoRef } from './octokit.js';
import { once } from './once.js';

/** The check run's text while a fork PR's head waits for a maintainer. */
function approvalSummary(label: string): string {
  return [
    "This pull request comes from a fork, and trainspotter's checks run its code on this repository's self-hosted runners.",
    '',
    `A maintainer with write access approves this commit by commenting \`/trainspotter ok-to-test\` (which adds the label \`${label}\`). Every new push needs a new approval.`,
  ].join('\n');
}

/**
 * A PR was opened, reopened or pushed to: its head is recorded, a fork's new push loses the
 * approval label (the approval was for the previous commit), and the head gets its check run at
 * once: queued, or waiting for approval (`action_required`) on an unapproved fork head.
 */
export async function onPullRequestHead(
  context: Context<'pull_request.opened' | 'pull_request.reopened' | 'pull_request.synchronize'>,
  deps: AppDeps,
): Promise<void> {
  await once(deps.store, `delivery:${context.id}`, () => recordHead(context, deps));
}

async function recordHead(
  context: Context<'pull_request.opened' | 'pull_request.reopened' | 'pull_request.synchronize'>,
  deps: AppDeps,
): Promise<void> {
  const { store } = deps;
  const { pull_request: pr, repository } = context.payload;
  const repo = repoRef(repository);
  const headRepo = pr.head.repo?.full_name ?? '(deleted fork)';
  const state = await store.setPullRequestHead(repo.fullName, pr.number, {
    sha: pr.head.sha,
    repo: headRepo,
    baseRef: pr.base.ref,
  });
  const fork = headRepo !== repo.fullName;
  const labelled = pr.labels.some((l) => l.name === deps.approvalLabel);
  if (fork && labelled && state.approvedSha !== pr.head.sha) {
    try {
      await context.octokit.rest.issues.removeLabel({
        owner: repo.owner,
        repo: repo.repo,
        issue_number: pr.number,
        name: deps.approvalLabel,
      });
    } catch (error) {
      if (httpStatus(error) !== 404) throw error;
    }
  }
  if (fork && state.approvedSha !== pr.head.sha) {
    await openCheckRun(
      context.octokit,
      store,
      repo,
      pr.head.sha,
      {
        conclusion: 'action_required',
        title: "Waiting for a maintainer's approval of this fork's commit",
        summary: approvalSummary(deps.approvalLabel),
      },
      pr.html_url,
    );
    return;
  }
  await openCheckRun(context.octokit, store, repo, pr.head.sha, {
    status: 'queued',
    title: 'Waiting for the trainspotter workflow',
    summary: "The result appears here when the workflow's report artifacts are in.",
  });
}

/** A PR was merged: results a maintainer accepted for its final head become the base branch's baseline. */
export async function onPullRequestClosed(
  context: Context<'pull_request.closed'>,
  deps: AppDeps,
): Promise<void> {
  const { pull_request: pr, repository } = context.payload;
  if (!pr.merged) return;
  const repo = repoRef(repository);
  const state = await deps.store.getPullRequest(repo.fullName, pr.number);
  if (!state?.acceptedSha || state.acceptedSha !== pr.head.sha) return;
  const ids = latestIds(await deps.store.getReports(repo.fullName, state.acceptedSha));
  if (ids.length === 0) return;
  await deps.store.setBaseline(repo.fullName, pr.base.ref, pr.merge_commit_sha ?? pr.head.sha, ids);
  context.log.info(`trainspotter: ${repo.fullName} ${pr.base.ref} baseline set from accepted #${pr.number}.`);
}
