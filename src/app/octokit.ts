import type { ProbotOctokit } from 'probot';

/** The authenticated client of one installation, as Probot hands it to a handler. */
export type Octokit = InstanceType<typeof ProbotOctokit>;

/** One repository: `owner/name` and its parts. */
export interface RepoRef {
  readonly owner: string;
  readonly repo: string;
  /** `owner/name`, the store's key. */
  readonly fullName: string;
}

export function repoRef(repository: {
  readonly full_name: string;
  readonly name: string;
  readonly owner: { readonly login: string };
}): RepoRef {
  return { owner: repository.owner.login, repo: repository.name, fullName: repository.full_name };
}

/** The HTTP status of an Octokit RequestError, if it is one. */
export function httpStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** Posts a short reply (replies.ts) on an issue or pull request. */
export async function postReply(
  octokit: Octokit,
  repo: RepoRef,
  issueNumber: number,
  body: string,
): Promise<void> {
  await octokit.rest.issues.createComment({
    owner: repo.owner,
    repo: repo.repo,
    issue_number: issueNumber,
    body,
  });
}
