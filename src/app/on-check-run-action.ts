import type { Context } from 'probot';
import { CHECK_RUN_ACTIONS } from '../render/check-run.js';
import { acceptHead } from './accept-head.js';
import type { AppDeps } from './app-deps.js';
import type { PullTarget } from './find-pull-request.js';
import { postReply, repoRef } from './octokit.js';
import { once } from './once.js';
import { canWrite } from './permission.js';
import { replies } from './replies.js';

const ACCEPT = CHECK_RUN_ACTIONS[0]?.identifier ?? 'accept-reference';

/** The check run's "Accept as reference" button: the same as `/trainspotter accept`, from someone with write access. */
export async function onCheckRunAction(
  context: Context<'check_run.requested_action'>,
  deps: AppDeps,
): Promise<void> {
  const { requested_action: action } = context.payload;
  if (action?.identifier !== ACCEPT) return;
  await once(deps.store, `delivery:${context.id}`, () => accept(context, deps));
}

async function accept(context: Context<'check_run.requested_action'>, deps: AppDeps): Promise<void> {
  const { check_run: run, sender, repository } = context.payload;
  const repo = repoRef(repository);
  const listed = run.pull_requests.find((p) => p.head.sha === run.head_sha);
  const stored = listed ? null : await deps.store.findPullRequestByHead(repo.fullName, run.head_sha);
  const pr: PullTarget | null = listed
    ? { number: listed.number, headSha: run.head_sha, headRepo: repo.fullName, baseRef: listed.base.ref }
    : stored
      ? { number: stored.pr, headSha: stored.headSha, headRepo: stored.headRepo, baseRef: stored.baseRef }
      : null;
  if (!pr) {
    context.log.info(`trainspotter: no open PR has head ${run.head_sha}; nothing to accept.`);
    return;
  }
  const reply = (body: string) => postReply(context.octokit, repo, pr.number, body);
  const access = await canWrite(context.octokit, repo, sender.login);
  if (!access.ok) return reply(replies.refused(sender.login, access.permission));
  return reply(
    (await acceptHead(context, deps, repo, pr, sender.login))
      ? replies.accepted(sender.login, pr.headSha, pr.baseRef)
      : replies.nothingToAccept(pr.headSha),
  );
}
