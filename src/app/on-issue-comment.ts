import type { Context } from 'probot';
import { escapeMarkdown } from '../render/escape.js';
import { acceptHead } from './accept-head.js';
import type { AppDeps } from './app-deps.js';
import { openCheckRun } from './check-run-writer.js';
import { type ParsedCommand, parseCommand } from './commands.js';
import type { PullTarget } from './find-pull-request.js';
import { postReply, repoRef } from './octokit.js';
import { once } from './once.js';
import { canWrite } from './permission.js';
import { replies } from './replies.js';

/**
 * `/trainspotter ok-to-test | accept | rerun` in a PR comment, from someone with write access
 * (asked of the API); anyone else gets a short refusal and nothing happens.
 */
export async function onIssueComment(
  context: Context<'issue_comment.created'>,
  deps: AppDeps,
): Promise<void> {
  const { issue, comment } = context.payload;
  if (!issue.pull_request || comment.user?.type === 'Bot') return;
  const command = parseCommand(comment.body);
  if (!command) return;
  await once(deps.store, `delivery:${context.id}`, () => handleSlashCommand(context, deps, command));
}

/** Carries out one parsed slash command for its commenter, once their write access is confirmed. */
async function handleSlashCommand(
  context: Context<'issue_comment.created'>,
  deps: AppDeps,
  command: ParsedCommand,
): Promise<void> {
  const { issue, comment, repository } = context.payload;
  const repo = repoRef(repository);
  const login = comment.user?.login ?? '';
  const reply = (body: string) => postReply(context.octokit, repo, issue.number, body);
  const access = await canWrite(context.octokit, repo, login);
  if (!access.ok) return reply(replies.refused(login, access.permission));
  if (command.kind === 'unknown') return reply(replies.unknown(command.text));
  const { data: pull } = await context.octokit.rest.pulls.get({
    owner: repo.owner,
    repo: repo.repo,
    pull_number: issue.number,
  });
  const pr: PullTarget = {
    number: pull.number,
    headSha: pull.head.sha,
    headRepo: pull.head.repo?.full_name ?? '(deleted fork)',
    baseRef: pull.base.ref,
  };
  await deps.store.setPullRequestHead(repo.fullName, pr.number, {
    sha: pr.headSha,
    repo: pr.headRepo,
    baseRef: pr.baseRef,
  });
  switch (command.name) {
    case 'ok-to-test': {
      if (pr.headRepo === repo.fullName) return reply(replies.notAFork());
      await deps.store.approvePullRequest(repo.fullName, pr.number, pr.headSha, login);
      await context.octokit.rest.issues.addLabels({
        owner: repo.owner,
        repo: repo.repo,
        issue_number: pr.number,
        labels: [deps.approvalLabel],
      });
      await openCheckRun(context.octokit, deps.store, repo, pr.headSha, {
        status: 'queued',
        title: 'Approved; waiting for the trainspotter workflow',
        summary: `Approved by ${escapeMarkdown(login, 60)} for this commit.`,
      });
      return reply(replies.approved(login, pr.headSha));
    }
    case 'accept':
      return reply(
        (await acceptHead(context, deps, repo, pr, login))
          ? replies.accepted(login, pr.headSha, pr.baseRef)
          : replies.nothingToAccept(pr.headSha),
      );
    case 'rerun': {
      const head = await deps.store.getHead(repo.fullName, pr.headSha);
      if (head?.workflowRunId == null) return reply(replies.noRun(pr.headSha));
      await context.octokit.rest.actions.reRunWorkflow({
        owner: repo.owner,
        repo: repo.repo,
        run_id: head.workflowRunId,
      });
      return reply(replies.rerun(pr.headSha));
    }
  }
}
