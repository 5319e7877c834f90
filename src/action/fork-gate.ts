/** The parts of a pull_request / pull_request_target event payload the gate reads. */
interface PullRequestPayload {
  readonly action?: string;
  readonly pull_request?: {
    readonly number?: number;
    readonly labels?: readonly { readonly name?: string }[];
    readonly head?: { readonly sha?: string; readonly repo?: { readonly full_name?: string } | null };
    readonly base?: { readonly repo?: { readonly full_name?: string } };
  };
}

export type ForkGate =
  | { readonly run: true; readonly why: string }
  | {
      readonly run: false;
      readonly pr: number | undefined;
      readonly headRepo: string;
      readonly headSha: string | undefined;
      readonly label: string;
      /** The label is on the pull request, but this run is for a newer push than the approval. */
      readonly stale: boolean;
    };

export interface ForkGateInput {
  readonly eventName: string | undefined;
  readonly payload: unknown;
  /** RUNNER_ENVIRONMENT: `github-hosted` or `self-hosted`; anything else counts as self-hosted. */
  readonly runnerEnvironment: string | undefined;
  readonly allowUnapprovedForks: boolean;
  readonly approvalLabel: string;
}

const PR_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review']);

/**
 * Whether this job may run the pull request's commands. A fork's PR on a self-hosted runner (or
 * one whose kind is unknown) runs only with the approval label or `allow-unapproved-forks`; the
 * label does not count for a `synchronize` event (a new push: the approval was for an earlier
 * commit, whether or not the app has removed the label yet).
 * Defence in depth only: under `pull_request` a fork can edit the workflow itself.
 */
export function decideForkGate(input: ForkGateInput): ForkGate {
  if (!input.eventName || !PR_EVENTS.has(input.eventName)) return { run: true, why: 'not a pull request' };
  const pr = (input.payload as PullRequestPayload | null)?.pull_request;
  if (!pr) return { run: true, why: 'no pull request in the event payload' };
  const base = pr.base?.repo?.full_name;
  // A deleted fork leaves head.repo null: still not the base repository's code.
  const head = pr.head?.repo?.full_name ?? '(deleted fork)';
  if (base !== undefined && head === base) return { run: true, why: 'same-repository pull request' };
  if (input.runnerEnvironment === 'github-hosted') return { run: true, why: 'GitHub-hosted runner' };
  if (input.allowUnapprovedForks) return { run: true, why: 'allow-unapproved-forks is true' };
  const labelled = (pr.labels ?? []).some((l) => l.name === input.approvalLabel);
  const stale = (input.payload as PullRequestPayload).action === 'synchronize';
  if (labelled && !stale) return { run: true, why: `approved with the label ${input.approvalLabel}` };
  return {
    run: false,
    pr: pr.number,
    headRepo: head,
    headSha: pr.head?.sha,
    label: input.approvalLabel,
    stale: labelled,
  };
}
