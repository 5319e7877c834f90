import type { Context } from 'probot';
import type { AppDeps } from './app-deps.js';
import { latestIds, validationSets } from './assemble-results.js';
import { markInProgress } from './check-run-writer.js';
import { collectReports } from './collect-reports.js';
import { findPullRequest } from './find-pull-request.js';
import { repoRef } from './octokit.js';
import { once } from './once.js';
import { publishHead } from './publish-head.js';
import { loadRepoConfig } from './repo-config.js';
import { testedHead } from './tested-head.js';

/** A workflow named or filed as trainspotter's: its run is ours even when it uploaded nothing. */
function isTrainspotterWorkflow(run: {
  readonly name?: string | null;
  readonly path?: string | null;
}): boolean {
  return /trainspotter/i.test(run.name ?? '') || /trainspotter/i.test(run.path ?? '');
}

/** A trainspotter workflow started: the head's check run goes from queued to in progress. */
export async function onWorkflowRunStarted(
  context: Context<'workflow_run.in_progress'>,
  deps: AppDeps,
): Promise<void> {
  const run = context.payload.workflow_run;
  if (!isTrainspotterWorkflow(run)) return;
  const repo = repoRef(context.payload.repository);
  await deps.store.setHead(repo.fullName, run.head_sha, { workflowRunId: run.id });
  await markInProgress(context.octokit, deps.store, repo, run.head_sha);
}

/**
 * A workflow run finished: read its trainspotter artifacts, store the reports (a default-branch
 * push makes them the branch's baseline), count the validation sets' evaluations, and publish
 * the head's check run and PR comment. Each run attempt is processed once, however often and
 * wherever it is delivered; a failed attempt releases its claim so a redelivery can retry.
 */
export async function onWorkflowRunCompleted(
  context: Context<'workflow_run.completed'>,
  deps: AppDeps,
): Promise<void> {
  const { store } = deps;
  const { workflow_run: run, repository } = context.payload;
  const repo = repoRef(repository);
  const key = `workflow_run:${repo.fullName}:${run.id}:${run.run_attempt}`;
  const done = await once(store, key, async () => {
    const collected = await collectReports(context.octokit, repo, run.id, deps.limits);
    if (collected.names.length === 0 && !isTrainspotterWorkflow(run)) return;
    const sha = testedHead(run, collected.names);
    if (sha === null) {
      context.log.warn(
        `trainspotter: run ${run.id} of ${repo.fullName} (pull_request_target) names no single tested commit in its artifact names (${collected.names.join(', ') || 'none'}); put \${{ github.event.pull_request.head.sha }} in the artifact-name input.`,
      );
      return;
    }
    const repoConfig = await loadRepoConfig(context);
    const notes = [...collected.notes];
    if (collected.names.length === 0)
      notes.push(
        `The workflow run ${run.name ?? run.id} #${run.run_number} finished (${run.conclusion ?? 'no conclusion'}) without a trainspotter report artifact: check that the job reached the trainspotter step and the action's artifact-name input.`,
      );
    for (const report of collected.reports) await store.saveReport(repo.fullName, sha, report);
    await store.setHead(repo.fullName, sha, { workflowRunId: run.id });
    for (const set of validationSets(collected.reports))
      await store.recordEvaluation(repo.fullName, set.fingerprint, set.n);
    const headRepo = run.head_repository?.full_name ?? repo.fullName;
    const onDefault =
      run.event === 'push' && run.head_branch === repository.default_branch && headRepo === repo.fullName;
    if (onDefault && collected.reports.length > 0) {
      const ids = latestIds(await store.getReports(repo.fullName, sha));
      await store.setBaseline(repo.fullName, repository.default_branch, sha, ids);
    }
    const pr = onDefault
      ? null
      : await findPullRequest(context.octokit, store, repo, { ...run, head_sha: sha });
    if (pr && !(await store.getPullRequest(repo.fullName, pr.number)))
      await store.setPullRequestHead(repo.fullName, pr.number, {
        sha: pr.headSha,
        repo: pr.headRepo,
        baseRef: pr.baseRef,
      });
    await publishHead(
      context.octokit,
      deps,
      repo,
      repoConfig,
      { sha, pr, notes, detailsUrl: run.html_url },
      context.log,
    );
  });
  if (!done) context.log.info(`trainspotter: ${key} was already processed.`);
}
