// GitHub's response objects, shaped after the examples in GitHub's OpenAPI description
// (@octokit/openapi) and built from the fake's state. API URLs point at the fake (`base`), as on
// GitHub Enterprise Server; web URLs at github.com.
import { createHash } from 'node:crypto';
import {
  type FakeCheckRun,
  type FakeComment,
  isoSeconds,
  type Permission,
  type RunArtifact,
} from './fake-github-store.js';

/** A stable positive id for a login (GitHub's user ids are numbers). */
function loginId(login: string): number {
  let hash = 7;
  for (const c of login) hash = (hash * 31 + c.charCodeAt(0)) % 1_000_000_007;
  return hash + 1;
}

function nodeId(kind: string, id: number): string {
  return Buffer.from(`0${kind.length}:${kind}${id}`).toString('base64');
}

/** A simple user (`user`, `owner`, `sender` in GitHub's objects). */
export function userJson(base: string, login: string, type: 'Bot' | 'User' = 'User') {
  const id = loginId(login);
  return {
    login,
    id,
    node_id: nodeId(type, id),
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: '',
    url: `${base}/users/${encodeURIComponent(login)}`,
    html_url: `https://github.com/${login}`,
    type,
    site_admin: false,
  };
}

/** An issue comment as it appears on `owner/repo` issue `issueNumber`. */
export function commentJson(base: string, repo: string, issueNumber: number, c: FakeComment) {
  return {
    id: c.id,
    node_id: nodeId('IssueComment', c.id),
    url: `${base}/repos/${repo}/issues/comments/${c.id}`,
    html_url: `https://github.com/${repo}/pull/${issueNumber}#issuecomment-${c.id}`,
    issue_url: `${base}/repos/${repo}/issues/${issueNumber}`,
    body: c.body,
    user: userJson(base, c.user.login, c.user.type),
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    author_association: c.user.type === 'Bot' ? 'NONE' : 'OWNER',
    performed_via_github_app: null,
  };
}

export function checkRunJson(base: string, repo: string, run: FakeCheckRun) {
  return {
    id: run.id,
    node_id: nodeId('CheckRun', run.id),
    head_sha: run.head_sha,
    external_id: run.external_id ?? '',
    url: `${base}/repos/${repo}/check-runs/${run.id}`,
    html_url: `https://github.com/${repo}/runs/${run.id}`,
    details_url: run.details_url,
    status: run.status,
    conclusion: run.conclusion,
    started_at: run.started_at,
    completed_at: run.completed_at,
    output: { ...run.output, annotations_url: `${base}/repos/${repo}/check-runs/${run.id}/annotations` },
    name: run.name,
    check_suite: { id: run.id + 1_000_000 },
    app: { id: 1, slug: 'trainspotter', node_id: nodeId('Integration', 1), name: 'trainspotter' },
    pull_requests: [],
  };
}

export function artifactJson(base: string, repo: string, a: RunArtifact) {
  const expires = Date.parse(a.createdAt) + (a.expired ? -1 : 90) * 24 * 3600 * 1000;
  return {
    id: a.id,
    node_id: nodeId('Artifact', a.id),
    name: a.name,
    size_in_bytes: a.sizeInBytes,
    url: `${base}/repos/${repo}/actions/artifacts/${a.id}`,
    archive_download_url: `${base}/repos/${repo}/actions/artifacts/${a.id}/zip`,
    expired: a.expired,
    created_at: a.createdAt,
    updated_at: a.createdAt,
    expires_at: isoSeconds(expires),
    workflow_run: {
      id: a.runId,
      repository_id: 1296269,
      head_repository_id: 1296269,
      head_branch: 'main',
      head_sha: '0000000000000000000000000000000000000000',
    },
  };
}

export function labelJson(base: string, repo: string, name: string) {
  const id = loginId(`label:${name}`);
  return {
    id,
    node_id: nodeId('Label', id),
    url: `${base}/repos/${repo}/labels/${encodeURIComponent(name)}`,
    name,
    description: null,
    color: 'ededed',
    default: false,
  };
}

export function permissionJson(base: string, login: string, permission: Permission) {
  const user = userJson(base, login);
  const permissions = {
    admin: permission === 'admin',
    maintain: permission === 'admin',
    push: permission === 'admin' || permission === 'write',
    triage: permission !== 'none',
    pull: permission !== 'none',
  };
  return { permission, role_name: permission, user: { ...user, permissions, role_name: permission } };
}

export function fileJson(base: string, repo: string, path: string, text: string) {
  const name = path.split('/').pop() ?? path;
  const bytes = Buffer.from(text);
  const sha = createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
  const url = `${base}/repos/${repo}/contents/${path}`;
  return {
    type: 'file',
    encoding: 'base64',
    size: bytes.length,
    name,
    path,
    content: bytes.toString('base64'),
    sha,
    url,
    git_url: `${base}/repos/${repo}/git/blobs/${sha}`,
    html_url: `https://github.com/${repo}/blob/main/${path}`,
    download_url: `https://raw.githubusercontent.com/${repo}/main/${path}`,
    _links: { self: url, git: `${base}/repos/${repo}/git/blobs/${sha}`, html: `https://github.com/${repo}` },
  };
}
