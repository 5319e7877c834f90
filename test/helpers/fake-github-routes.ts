// The REST operations FakeGitHubApi answers, keyed by the OpenAPI operation a request matched
// (`GET /repos/{owner}/{repo}/pulls`), so a request reaches a handler only once it fits GitHub's
// description and its path parameters arrive decoded.
import { createPublicKey, verify } from 'node:crypto';
import {
  artifactJson,
  checkRunJson,
  commentJson,
  fileJson,
  labelJson,
  permissionJson,
} from './fake-github-json.js';
import { type FakeCheckRun, type FakeGitHubStore, isoSeconds } from './fake-github-store.js';

/** A REST request that matched an operation. */
export interface RestRequest {
  readonly url: URL;
  readonly params: Readonly<Record<string, string>>;
  readonly body: unknown;
  readonly accept: string;
  readonly authorization: string | undefined;
  /** The fake's own URL (`http://127.0.0.1:port`). */
  readonly base: string;
}

/** What to answer: a JSON `body`, or `raw` bytes with their own content-type header. */
export interface Reply {
  readonly status: number;
  readonly body?: unknown;
  readonly raw?: string | Buffer;
  readonly headers?: Readonly<Record<string, string>>;
}

/** Settings of the app side: the public key app JWTs must verify with, the tokens' permissions. */
export interface AppSettings {
  readonly appPublicKey: string | undefined;
  readonly tokenPermissions: Readonly<Record<string, string>>;
}

type Handler = (store: FakeGitHubStore, req: RestRequest, app: AppSettings) => Reply;

const NOT_FOUND: Reply = {
  status: 404,
  body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' },
};
const json = (status: number, body: unknown, headers?: Record<string, string>): Reply => ({
  status,
  body,
  ...(headers ? { headers } : {}),
});
const invalid = (message: string): Reply =>
  json(422, { message, documentation_url: 'https://docs.github.com/rest', status: '422' });

/** `owner/repo` of the request. */
const repoOf = (req: RestRequest) => `${req.params.owner}/${req.params.repo}`;
const field = (body: unknown, name: string): unknown => (body as Record<string, unknown> | null)?.[name];

/** One page of `items` (`page`, `per_page`; GitHub's default 30) and its `link` header. */
function paginate<T>(items: readonly T[], url: URL): { items: T[]; headers: Record<string, string> } {
  const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30) || 30);
  const page = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const at = (n: number) => {
    const u = new URL(url);
    u.searchParams.set('per_page', String(perPage));
    u.searchParams.set('page', String(n));
    return u.href;
  };
  const links: string[] = [];
  if (page < last) links.push(`<${at(page + 1)}>; rel="next"`, `<${at(last)}>; rel="last"`);
  if (page > 1) links.push(`<${at(1)}>; rel="first"`, `<${at(page - 1)}>; rel="prev"`);
  return {
    items: items.slice((page - 1) * perPage, page * perPage),
    headers: links.length > 0 ? { link: links.join(', ') } : {},
  };
}

/** Whether `authorization` carries an app JWT (`bearer a.b.c`), signed with `publicKey` when given and unexpired. */
export function appJwtError(authorization: string | undefined, publicKey: string | undefined): string | null {
  const jwt = /^bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
  const parts = jwt?.split('.') ?? [];
  if (!jwt || parts.length !== 3) return 'A JSON web token could not be decoded';
  if (publicKey === undefined) return null;
  const [header, payload, signature] = parts as [string, string, string];
  const signed = verify(
    'RSA-SHA256',
    Buffer.from(`${header}.${payload}`),
    createPublicKey(publicKey),
    Buffer.from(signature, 'base64url'),
  );
  if (!signed) return 'A JSON web token could not be decoded';
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { exp?: number };
  if (typeof claims.exp !== 'number' || claims.exp * 1000 < Date.now()) {
    return "'Expiration time' claim ('exp') must be a numeric value representing the future time at which the assertion expires";
  }
  return null;
}

function commentsOn(store: FakeGitHubStore, issue: number) {
  return store.comments.filter((c) => c.issueNumber === undefined || c.issueNumber === issue);
}

/**
 * GitHub's 422 for a request that its own validation refuses before the operation runs: more than
 * 50 check-run annotations in one request, a check-run summary over 65535 characters. These also
 * break the OpenAPI description's limits, so the fake records them as violations too.
 */
export function githubRefusal(operation: string, body: unknown): Reply | null {
  if (!/^(POST|PATCH) \/repos\/\{owner\}\/\{repo\}\/check-runs/.test(operation)) return null;
  const output = field(body, 'output') as { summary?: unknown; annotations?: unknown } | undefined;
  if (Array.isArray(output?.annotations) && output.annotations.length > 50) {
    return invalid('Invalid request.\n\nOnly 50 annotations may be sent per request (output.annotations).');
  }
  if (typeof output?.summary === 'string' && output.summary.length > 65535) {
    return invalid('Invalid request.\n\noutput.summary is too long (maximum is 65535 characters).');
  }
  return null;
}

/** Applies a check-run create or update body to `run`, or says why GitHub would refuse it (422). */
function applyCheckRun(
  run: FakeCheckRun,
  method: 'POST' | 'PATCH',
  body: Record<string, unknown>,
): string | null {
  const output = body.output as { annotations?: unknown[] } | undefined;
  const conclusion = (body.conclusion as string | undefined) ?? run.conclusion;
  const status =
    body.conclusion !== undefined ? 'completed' : ((body.status as string | undefined) ?? run.status);
  if (status === 'completed' && conclusion === null) return 'Invalid request.\n\nconclusion is required.';
  run.history.push({ method, body });
  for (const key of ['name', 'details_url', 'external_id', 'started_at', 'completed_at'] as const) {
    if (typeof body[key] === 'string') run[key] = body[key];
  }
  run.status = status;
  run.conclusion = conclusion;
  if (status === 'completed' && run.completed_at === null) run.completed_at = isoSeconds(Date.now());
  if (Array.isArray(body.actions)) run.actions = body.actions;
  if (output) {
    const o = output as { title?: string; summary?: string; text?: string };
    run.output.title = o.title ?? run.output.title;
    run.output.summary = o.summary ?? run.output.summary;
    run.output.text = o.text ?? run.output.text;
    run.annotations.push(...(output.annotations ?? []));
    run.output.annotations_count = run.annotations.length;
  }
  return null;
}

const ROUTES: Record<string, Handler> = {
  'POST /app/installations/{installation_id}/access_tokens': (store, req, app) => {
    const error = appJwtError(req.authorization, app.appPublicKey);
    if (error)
      return json(401, { message: error, documentation_url: 'https://docs.github.com/rest', status: '401' });
    const expiresAt = isoSeconds(Date.now() + 3600 * 1000);
    const token = `ghs_fake${String(store.nextId()).padStart(32, '0')}`;
    const jwt = (req.authorization ?? '').replace(/^bearer\s+/i, '');
    store.installationTokens.push({
      installationId: Number(req.params.installation_id),
      token,
      jwt,
      expiresAt,
    });
    const permissions =
      (field(req.body, 'permissions') as Record<string, string> | undefined) ?? app.tokenPermissions;
    return json(201, { token, expires_at: expiresAt, permissions, repository_selection: 'all' });
  },

  'GET /repos/{owner}/{repo}/contents/{path}': (store, req) => {
    const path = (req.params.path ?? '').replace(/^\/+/, '');
    const text = store.files.get(`${repoOf(req)}:${path}`);
    if (text === undefined) return NOT_FOUND;
    if (/application\/vnd\.github(\.v3)?\.raw/.test(req.accept)) {
      return { status: 200, raw: text, headers: { 'content-type': 'text/plain; charset=utf-8' } };
    }
    return json(200, fileJson(req.base, repoOf(req), path, text));
  },

  'GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts': (store, req) => {
    const name = req.url.searchParams.get('name');
    const all = store.runArtifacts.filter(
      (a) => a.runId === Number(req.params.run_id) && (name === null || a.name === name),
    );
    const { items, headers } = paginate(all, req.url);
    const artifacts = items.map((a) => artifactJson(req.base, repoOf(req), a));
    return json(200, { total_count: all.length, artifacts }, headers);
  },

  'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}': (store, req) => {
    const artifact = store.runArtifacts.find((a) => a.id === Number(req.params.artifact_id));
    if (!artifact || req.params.archive_format !== 'zip') return NOT_FOUND;
    if (artifact.expired) return json(410, { message: 'Artifact has expired', status: '410' });
    return { status: 302, headers: { location: `${req.base}/artifact-blob/${artifact.id}?sig=fake` } };
  },

  'GET /repos/{owner}/{repo}/pulls': (store, req) => {
    const state = req.url.searchParams.get('state') ?? 'open';
    const head = req.url.searchParams.get('head');
    const [headOwner, headRef] = head?.includes(':') ? head.split(/:(.*)/s) : [head, undefined];
    const all = store.pulls.filter(
      (p) =>
        (state === 'all' || p.state === state) &&
        (head === null ||
          (p.head.repo?.owner.login === headOwner && (headRef === undefined || p.head.ref === headRef))),
    );
    const { items, headers } = paginate(all, req.url);
    return json(200, items, headers);
  },

  // The open pull requests whose head is the commit (a fork's too: their refs live in the base repository).
  'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls': (store, req) => {
    const all = store.pulls.filter((p) => p.state !== 'closed' && p.head.sha === req.params.commit_sha);
    const { items, headers } = paginate(all, req.url);
    return json(200, items, headers);
  },

  'GET /repos/{owner}/{repo}/pulls/{pull_number}': (store, req) => {
    const pull = store.pulls.find((p) => p.number === Number(req.params.pull_number));
    return pull ? json(200, pull) : NOT_FOUND;
  },

  'POST /repos/{owner}/{repo}/check-runs': (store, req) => {
    const body = req.body as Record<string, unknown>;
    const run: FakeCheckRun = {
      id: store.nextId(),
      head_sha: String(body.head_sha),
      name: String(body.name),
      status: 'queued',
      conclusion: null,
      details_url: null,
      external_id: null,
      started_at: isoSeconds(Date.now()),
      completed_at: null,
      output: { title: null, summary: null, text: null, annotations_count: 0 },
      annotations: [],
      actions: [],
      history: [],
    };
    const error = applyCheckRun(run, 'POST', body);
    if (error) return invalid(error);
    store.checkRuns.push(run);
    return json(201, checkRunJson(req.base, repoOf(req), run));
  },

  'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}': (store, req) => {
    const run = store.checkRuns.find((r) => r.id === Number(req.params.check_run_id));
    if (!run) return NOT_FOUND;
    const error = applyCheckRun(run, 'PATCH', req.body as Record<string, unknown>);
    return error ? invalid(error) : json(200, checkRunJson(req.base, repoOf(req), run));
  },

  'GET /repos/{owner}/{repo}/collaborators/{username}/permission': (store, req) => {
    const login = req.params.username ?? '';
    return json(200, permissionJson(req.base, login, store.permissions.get(login) ?? 'read'));
  },

  'POST /repos/{owner}/{repo}/issues/{issue_number}/labels': (store, req) => {
    const issue = Number(req.params.issue_number);
    const given = (Array.isArray(req.body) ? req.body : field(req.body, 'labels')) as unknown[];
    const names = given.map((l) => (typeof l === 'string' ? l : String(field(l, 'name'))));
    const labels = store.issueLabels.get(issue) ?? [];
    for (const name of names) if (!labels.includes(name)) labels.push(name);
    store.issueLabels.set(issue, labels);
    return json(
      200,
      labels.map((l) => labelJson(req.base, repoOf(req), l)),
    );
  },

  'DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}': (store, req) => {
    const labels = store.issueLabels.get(Number(req.params.issue_number)) ?? [];
    const at = labels.indexOf(req.params.name ?? '');
    if (at < 0) return json(404, { message: 'Label does not exist', status: '404' });
    labels.splice(at, 1);
    return json(
      200,
      labels.map((l) => labelJson(req.base, repoOf(req), l)),
    );
  },

  'POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun': (store, req) => {
    store.reruns.push(Number(req.params.run_id));
    return json(201, {});
  },

  'GET /repos/{owner}/{repo}/issues/{issue_number}/comments': (store, req) => {
    const issue = Number(req.params.issue_number);
    const { items, headers } = paginate(commentsOn(store, issue), req.url);
    return json(
      200,
      items.map((c) => commentJson(req.base, repoOf(req), issue, c)),
      headers,
    );
  },

  'POST /repos/{owner}/{repo}/issues/{issue_number}/comments': (store, req) => {
    const issue = Number(req.params.issue_number);
    const id = store.addComment(String(field(req.body, 'body')), 'Bot', issue);
    const comment = store.comments.find((c) => c.id === id);
    return comment ? json(201, commentJson(req.base, repoOf(req), issue, comment)) : NOT_FOUND;
  },

  'GET /repos/{owner}/{repo}/issues/comments/{comment_id}': (store, req) => {
    const comment = store.comments.find((c) => c.id === Number(req.params.comment_id));
    if (!comment) return NOT_FOUND;
    return json(200, commentJson(req.base, repoOf(req), comment.issueNumber ?? 1, comment));
  },

  'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}': (store, req) => {
    const comment = store.comments.find((c) => c.id === Number(req.params.comment_id));
    if (!comment) return NOT_FOUND;
    comment.body = String(field(req.body, 'body'));
    comment.updatedAt = isoSeconds(Date.now());
    return json(200, commentJson(req.base, repoOf(req), comment.issueNumber ?? 1, comment));
  },
};

/**
 * Answers a REST request that matched `operation`: GitHub's 403 for a write when the store is
 * read-only, a 404 for an operation the fake does not serve.
 */
export function routeRest(
  store: FakeGitHubStore,
  operation: string,
  req: RestRequest,
  app: AppSettings,
): Reply {
  const write = !operation.startsWith('GET ') && !operation.startsWith('POST /app/');
  if (store.readOnly && write) {
    return json(403, {
      message: 'Resource not accessible by integration',
      documentation_url: 'https://docs.github.com/rest',
      status: '403',
    });
  }
  return ROUTES[operation]?.(store, req, app) ?? NOT_FOUND;
}
