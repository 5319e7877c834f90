import { generateKeyPairSync } from 'node:crypto';
import { request } from 'node:http';
import { ProbotOctokit } from 'probot';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FakeGitHubApi } from './fake-github-api.js';

const keys = () =>
  generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
const app = keys();
const api = new FakeGitHubApi({ appPublicKey: app.publicKey, botLogin: 'trainspotter[bot]' });
let base = '';
beforeAll(async () => {
  base = await api.start();
});
afterAll(async () => {
  await api.stop();
});
beforeEach(() => {
  api.requests.length = 0;
  api.violations.length = 0;
  api.comments.length = 0;
  api.checkRuns.length = 0;
});

/** An installation's client of the fake, as a Probot app has it (retries fast, no throttling). */
function octokit(retries = 0) {
  return new ProbotOctokit({
    baseUrl: base,
    auth: { token: 'ghs_x' },
    retry: { enabled: retries > 0, retries, retryAfterBaseValue: 1 },
    throttle: { enabled: false },
  });
}

/** The error an Octokit call rejects with. */
async function failure(
  call: Promise<unknown>,
): Promise<{ status: number; message: string; response?: { headers: Record<string, string> } }> {
  return call.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (e: unknown) => e as { status: number; message: string },
  );
}

const repo = { owner: 'acme', repo: 'models' };

async function send(
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; message: string }> {
  // node:http rather than fetch, which refuses a GET with a body.
  const data = body === undefined ? '' : JSON.stringify(body);
  return new Promise((done, fail) => {
    const req = request(`${base}${path}`, {
      method,
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'content-length': Buffer.byteLength(data),
        authorization: 'token ghs_x',
      },
    });
    req.on('error', fail);
    req.on('response', (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => {
        text += chunk.toString('utf8');
      });
      res.on('end', () => {
        const data = JSON.parse(text) as { message?: string };
        done({ status: res.statusCode ?? 0, message: data.message ?? '' });
      });
    });
    req.end(data);
  });
}

describe('the fake GitHub API checks requests against the api.github.com OpenAPI description', () => {
  it('answers requests that match: list, create and update comments', async () => {
    expect((await send('GET', '/repos/acme/models/issues/7/comments?per_page=100')).status).toBe(200);
    expect((await send('POST', '/repos/acme/models/issues/7/comments', { body: 'hi' })).status).toBe(201);
    const id = api.comments[0]?.id;
    expect((await send('PATCH', `/repos/acme/models/issues/comments/${id}`, { body: 'again' })).status).toBe(
      200,
    );
    expect(api.violations).toEqual([]);
  });

  it('rejects a body that does not match the operation schema, and records it', async () => {
    const r = await send('POST', '/repos/acme/models/issues/7/comments', { text: 'hi' });
    expect(r.status).toBe(400);
    expect(r.message).toContain("missing required property 'body'");
    const typed = await send('PATCH', '/repos/acme/models/issues/comments/5', { body: 42 });
    expect(typed.status).toBe(400);
    expect(typed.message).toContain('body.body: expected string, got integer');
    expect(api.comments).toEqual([]);
    expect(api.violations).toHaveLength(2);
    expect(api.violations[0]).toContain('POST /repos/{owner}/{repo}/issues/{issue_number}/comments');
  });

  it('rejects unknown paths, methods, parameters of the wrong type and undeclared query parameters', async () => {
    expect((await send('POST', '/repos/acme/models/pulls/7/commentz', { body: 'hi' })).status).toBe(404);
    expect((await send('PUT', '/repos/acme/models/issues/7/comments', { body: 'hi' })).status).toBe(404);
    const notNumber = await send('GET', '/repos/acme/models/issues/seven/comments');
    expect(notNumber.status).toBe(400);
    expect(notNumber.message).toContain('path {issue_number}: expected integer');
    const query = await send('GET', '/repos/acme/models/issues/7/comments?perpage=100');
    expect(query.status).toBe(400);
    expect(query.message).toContain("query parameter 'perpage' is not declared");
    const getBody = await send('GET', '/repos/acme/models/issues/7/comments', { body: 'x' });
    expect(getBody.status).toBe(400);
    expect(getBody.message).toContain('this operation takes no request body');
    expect(api.violations).toHaveLength(5);
  });
});

describe('the fake GitHub API serves what a Probot GitHub App calls', () => {
  it('issues installation tokens for an app JWT signed with the app key, and refuses other JWTs', async () => {
    const appClient = new ProbotOctokit({ baseUrl: base, auth: { appId: 42, privateKey: app.privateKey } });
    const auth = (await appClient.auth({ type: 'installation', installationId: 7 })) as { token: string };
    expect(auth.token).toMatch(/^ghs_fake/);
    expect(api.installationTokens).toEqual([
      expect.objectContaining({ installationId: 7, token: auth.token }),
    ]);
    expect(api.requests[0]?.authorization).toMatch(/^bearer ey/);
    const stranger = new ProbotOctokit({ baseUrl: base, auth: { appId: 42, privateKey: keys().privateKey } });
    expect((await failure(stranger.auth({ type: 'installation', installationId: 8 }))).status).toBe(401);
  });

  it('serves seeded files raw (as octokit.config.get asks) or as a content object, and 404 otherwise', async () => {
    api.setFile('acme/models', '.github/trainspotter.yml', 'checks:\n  smoke: {}\n');
    const { config } = await octokit().config.get({ ...repo, path: '.github/trainspotter.yml' });
    expect(config).toEqual({ checks: { smoke: {} } });
    const { data } = await octokit().rest.repos.getContent({ ...repo, path: '.github/trainspotter.yml' });
    expect(Buffer.from((data as { content: string }).content, 'base64').toString()).toContain('smoke');
    expect((await failure(octokit().rest.repos.getContent({ ...repo, path: 'nope.yml' }))).status).toBe(404);
  });

  it('lists run artifacts and downloads one through the redirect to the blob host', async () => {
    const zip = Buffer.from('PK\x03\x04 fake zip');
    const id = api.addRunArtifact(55, { name: 'trainspotter-report', zip });
    const old = api.addRunArtifact(55, { name: 'old', expired: true, sizeInBytes: 9 });
    const { data } = await octokit().rest.actions.listWorkflowRunArtifacts({ ...repo, run_id: 55 });
    expect(data.total_count).toBe(2);
    expect(data.artifacts[0]).toMatchObject({ id, name: 'trainspotter-report', size_in_bytes: zip.length });
    expect(data.artifacts[0]?.workflow_run?.id).toBe(55);
    const download = { ...repo, artifact_id: id, archive_format: 'zip' };
    const { data: bytes } = await octokit().rest.actions.downloadArtifact(download);
    expect(Buffer.from(bytes as ArrayBuffer)).toEqual(zip);
    expect(api.apiCalls().map((r) => r.path.split('?')[0])).toEqual([
      '/repos/acme/models/actions/runs/55/artifacts',
      `/repos/acme/models/actions/artifacts/${id}/zip`,
    ]);
    expect(api.requests.at(-1)?.path).toBe(`/artifact-blob/${id}`);
    const gone = octokit().rest.actions.downloadArtifact({ ...download, artifact_id: old });
    expect(await failure(gone)).toMatchObject({ status: 410, message: expect.stringContaining('expired') });
    const unknown = octokit().rest.actions.downloadArtifact({ ...download, artifact_id: 1 });
    expect((await failure(unknown)).status).toBe(404);
  });

  it('lists pull requests by head owner:branch and state, and gets one', async () => {
    const head = (login: string, ref: string) => ({ ref, sha: 'a'.repeat(40), repo: { owner: { login } } });
    api.addPull({ number: 1, head: head('acme', 'feature') });
    api.addPull({ number: 2, head: head('fork', 'feature') });
    api.addPull({ number: 3, state: 'closed', head: head('acme', 'feature') });
    const list = (q: { head: string; state?: 'open' | 'closed' | 'all' }) =>
      octokit().rest.pulls.list({ ...repo, per_page: 100, ...q });
    expect((await list({ head: 'acme:feature' })).data.map((p) => p.number)).toEqual([1]);
    expect((await list({ head: 'acme:feature', state: 'all' })).data.map((p) => p.number)).toEqual([1, 3]);
    expect((await octokit().rest.pulls.get({ ...repo, pull_number: 2 })).data.head.ref).toBe('feature');
  });

  it('creates and updates check runs, and refuses more than 50 annotations or a long summary', async () => {
    const { data } = await octokit().rest.checks.create({
      ...repo,
      name: 'trainspotter',
      head_sha: 'b'.repeat(40),
    });
    expect(data.status).toBe('queued');
    const annotation = {
      path: 'a.py',
      start_line: 1,
      end_line: 1,
      annotation_level: 'warning' as const,
      message: 'm',
    };
    const output = { title: 'T', summary: 'S', annotations: [annotation, annotation] };
    const done = await octokit().rest.checks.update({
      ...repo,
      check_run_id: data.id,
      conclusion: 'failure',
      output,
    });
    expect(done.data).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(api.checkRuns[0]).toMatchObject({ output: { title: 'T', annotations_count: 2 } });
    expect(api.checkRuns[0]?.history.map((h) => h.method)).toEqual(['POST', 'PATCH']);
    const many = { ...output, annotations: Array.from({ length: 51 }, () => annotation) };
    const update = (o: typeof output) =>
      octokit().rest.checks.update({ ...repo, check_run_id: data.id, output: o });
    expect((await failure(update(many))).status).toBe(422);
    expect((await failure(update({ ...output, summary: 'x'.repeat(65536) }))).status).toBe(422);
    expect(api.violations).toHaveLength(2);
    api.violations.length = 0;
  });

  it('says collaborator permissions, defaulting to read', async () => {
    api.setPermission('maintainer', 'admin');
    const level = (username: string) =>
      octokit().rest.repos.getCollaboratorPermissionLevel({ ...repo, username });
    expect((await level('maintainer')).data).toMatchObject({
      permission: 'admin',
      user: { login: 'maintainer' },
    });
    expect((await level('passerby')).data.permission).toBe('read');
  });

  it('adds and removes labels per issue, and reruns workflow runs', async () => {
    await octokit().rest.issues.addLabels({ ...repo, issue_number: 4, labels: ['trainspotter: regressed'] });
    expect(api.labels(4)).toEqual(['trainspotter: regressed']);
    expect(api.labels(5)).toEqual([]);
    await octokit().rest.issues.removeLabel({ ...repo, issue_number: 4, name: 'trainspotter: regressed' });
    expect(api.labels(4)).toEqual([]);
    const again = octokit().rest.issues.removeLabel({
      ...repo,
      issue_number: 4,
      name: 'trainspotter: regressed',
    });
    expect((await failure(again)).status).toBe(404);
    expect((await octokit().rest.actions.reRunWorkflow({ ...repo, run_id: 99 })).status).toBe(201);
    expect(api.reruns).toEqual([99]);
  });

  it('keeps comments per issue, as the configured bot', async () => {
    const everywhere = api.addComment('seeded on every issue');
    api.addComment('on 3 only', 'User', 3);
    const { data } = await octokit().rest.issues.createComment({ ...repo, issue_number: 4, body: 'report' });
    expect(data.user?.login).toBe('trainspotter[bot]');
    const list = async (n: number) =>
      (await octokit().rest.issues.listComments({ ...repo, issue_number: n })).data.map((c) => c.body);
    expect(await list(4)).toEqual(['seeded on every issue', 'report']);
    expect(await list(3)).toEqual(['seeded on every issue', 'on 3 only']);
    expect((await octokit().rest.issues.getComment({ ...repo, comment_id: everywhere })).data.body).toBe(
      'seeded on every issue',
    );
  });

  it('records a body that breaks the OpenAPI schema as a violation', async () => {
    // The types would refuse it; a plain route string takes any parameters.
    const route: string = 'POST /repos/{owner}/{repo}/check-runs';
    const bad = octokit().request(route, { ...repo, name: 'x', head_sha: 'c', status: 'done' });
    expect((await failure(bad)).status).toBe(400);
    expect(api.violations[0]).toContain('body.status: "done" is not one of');
    api.violations.length = 0;
  });

  it('fails the next matching requests as told: 5xx that a retry gets past, rate limits', async () => {
    api.failNext({ method: 'GET', path: /\/collaborators\// }, 2, {
      status: 502,
      body: { message: 'Bad Gateway' },
    });
    const level = octokit(3).rest.repos.getCollaboratorPermissionLevel({ ...repo, username: 'x' });
    expect((await level).data.permission).toBe('read');
    expect(api.apiCalls()).toHaveLength(3);
    const reset = String(Math.floor(Date.now() / 1000) + 60);
    const limited = { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset };
    api.failNext({ method: 'POST', path: /\/comments$/ }, 1, {
      status: 403,
      headers: limited,
      body: { message: 'API rate limit exceeded' },
    });
    const error = await failure(octokit().rest.issues.createComment({ ...repo, issue_number: 1, body: 'b' }));
    expect(error.status).toBe(403);
    expect(error.response?.headers['x-ratelimit-reset']).toBe(reset);
    expect((await octokit().rest.issues.createComment({ ...repo, issue_number: 1, body: 'b' })).status).toBe(
      201,
    );
  });

  it('holds every REST reply for delayMs', async () => {
    api.delayMs = 100;
    const started = Date.now();
    await Promise.all([1, 2, 3].map((n) => octokit().rest.issues.listComments({ ...repo, issue_number: n })));
    const elapsed = Date.now() - started;
    api.delayMs = 0;
    expect(elapsed).toBeGreaterThanOrEqual(95);
    expect(elapsed).toBeLessThan(280);
  });
});
