import type { Logger } from 'probot';
import { type CheckRunInput, renderCheckRun } from '../render/check-run.js';
import { renderPrComment } from '../render/pr-comment.js';
import type { AppDeps } from './app-deps.js';
import { assembleResults, latestPerSeed, validationSets } from './assemble-results.js';
import { completeCheckRun } from './check-run-writer.js';
import type { PullTarget } from './find-pull-request.js';
import type { Octokit, RepoRef } from './octokit.js';
import { writePrComment } from './pr-comment-writer.js';
import type { RepoConfig } from './repo-config.js';
import type { LedgerEntry, Store } from './store/index.js';

export interface HeadToPublish {
  readonly sha: string;
  /** The PR to comment on; null for a default-branch commit (check run only). */
  readonly pr: PullTarget | null;
  readonly notes: readonly string[];
  readonly detailsUrl?: string;
}

async function baseReports(store: Store, repo: RepoRef, pr: PullTarget | null) {
  if (!pr) return [];
  const baseline = await store.getBaseline(repo.fullName, pr.baseRef);
  if (!baseline) return [];
  const stored = await Promise.all(baseline.reportIds.map((id) => store.getReport(id)));
  return stored.flatMap((s) => (s ? [s.report] : []));
}

/**
 * Publishes everything stored for a head commit: the check run (completed, with the gate's
 * conclusion, or success when a maintainer accepted this head as the new reference) and, for a
 * PR whose newest head this is, the sticky comment. Both are rendered from the store, so runs
 * finishing together converge on the same comment.
 */
export async function publishHead(
  octokit: Octokit,
  deps: AppDeps,
  repo: RepoRef,
  repoConfig: RepoConfig,
  head: HeadToPublish,
  log: Logger,
): Promise<void> {
  const { store } = deps;
  const base = await baseReports(store, repo, head.pr);
  const results = async () => {
    const reports = (await store.getReports(repo.fullName, head.sha)).map((s) => s.report);
    const ledger: LedgerEntry[] = [];
    for (const set of validationSets(latestPerSeed(reports))) {
      const entry = await store.getLedger(repo.fullName, set.fingerprint);
      if (entry) ledger.push(entry);
    }
    const state = head.pr ? await store.getPullRequest(repo.fullName, head.pr.number) : null;
    const acceptedBy = state?.acceptedSha === head.sha && reports.length > 0 ? state.acceptedBy : null;
    const notes = [
      ...(acceptedBy
        ? [
            `${acceptedBy} accepted these results as the new reference: the check passes, and once merged they become the baseline of ${head.pr?.baseRef}.`,
          ]
        : []),
      ...head.notes,
    ];
    const input = assembleResults({
      reports,
      base,
      headSha: head.sha,
      ...(head.pr ? { baseRef: head.pr.baseRef } : {}),
      config: repoConfig.config,
      ledger,
      notes: [...repoConfig.errors, ...notes],
    });
    return { input, acceptedBy, count: reports.length };
  };
  // Rendered from the store, written, then checked: when another run of this commit stored
  // reports meanwhile, the last writer may have shown fewer seeds, so publish again.
  for (let attempt = 1; attempt <= 3; attempt++) {
    const rendered = await results();
    await publishOnce(octokit, deps, repo, head, rendered, log);
    if ((await store.countReports(repo.fullName, head.sha)) === rendered.count) return;
  }
}

async function publishOnce(
  octokit: Octokit,
  deps: AppDeps,
  repo: RepoRef,
  head: HeadToPublish,
  rendered: { readonly input: CheckRunInput; readonly acceptedBy: string | null; readonly count: number },
  log: Logger,
): Promise<void> {
  const check = renderCheckRun(rendered.input);
  await completeCheckRun(
    octokit,
    deps.store,
    repo,
    head.sha,
    rendered.acceptedBy ? { ...check, conclusion: 'success' } : check,
    {
      acceptButton: head.pr !== null && rendered.count > 0 && !rendered.acceptedBy,
      ...(head.detailsUrl ? { detailsUrl: head.detailsUrl } : {}),
    },
    deps.commentWait,
  );
  if (!head.pr) return;
  if (head.pr.headSha !== head.sha) {
    log.info(
      `trainspotter: ${head.sha} is not the newest head of #${head.pr.number}; the comment is left as it is.`,
    );
    return;
  }
  const outcome = await writePrComment(
    octokit,
    deps.store,
    { repo, pr: head.pr.number, headSha: head.sha },
    async () => renderPrComment(rendered.input),
    deps.claimant,
    deps.commentWait,
  );
  log.info(`trainspotter: comment on ${repo.fullName}#${head.pr.number} ${outcome}.`);
}
