import { httpStatus, type Octokit, type RepoRef } from './octokit.js';

/**
 * Whether `login` may command trainspotter: write, maintain or admin access to the repository,
 * asked of the API (maintain reads as `write` there). Not a collaborator (404) is no access.
 */
export async function canWrite(
  octokit: Octokit,
  repo: RepoRef,
  login: string,
): Promise<{ ok: boolean; permission: string }> {
  try {
    const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({
      owner: repo.owner,
      repo: repo.repo,
      username: login,
    });
    return { ok: data.permission === 'admin' || data.permission === 'write', permission: data.permission };
  } catch (error) {
    if (httpStatus(error) === 404) return { ok: false, permission: 'none' };
    throw error;
  }
}
