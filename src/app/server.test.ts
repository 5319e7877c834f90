import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  APP_ID,
  appKeys,
  artifactZip,
  deliveryId,
  FastOctokit,
  REPO,
  WEBHOOK_SECRET,
  workflowRunCompleted,
} from '../../test/helpers/app-harness.js';
import { FakeGitHubApi } from '../../test/helpers/fake-github-api.js';
import { reportFixture } from '../../test/helpers/report-fixture.js';
import { postDelivery } from '../../test/helpers/sign-delivery.js';
import { InputError } from '../core/errors.js';
import { commentHeadSha } from '../render/pr-comment.js';
import { type AppServer, checkAppEnv, startAppServer } from './server.js';

// The app as `trainspotter app` serves it: a real HTTP server taking signed deliveries, Probot
// authenticating as the app against the GitHub-like server, and a SQLite store in a temporary folder.

const SHA_A = 'a'.repeat(40);
const SHA_B = 'b'.repeat(40);
const pass = reportFixture('h100-digits-pass.json');

let dir: string;
let api: FakeGitHubApi;
let env: NodeJS.ProcessEnv;
let server: AppServer | undefined;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'trainspotter-server-'));
  api = new FakeGitHubApi({ botLogin: 'trainspotter[bot]', appPublicKey: appKeys().publicKey });
  env = {
    APP_ID: String(APP_ID),
    PRIVATE_KEY: appKeys().privateKey,
    WEBHOOK_SECRET,
    PORT: '0',
    HOST: '127.0.0.1',
    TRAINSPOTTER_DB: join(dir, 'app.sqlite'),
    GITHUB_API_URL: await api.start(),
    LOG_LEVEL: 'fatal',
  };
});

afterEach(async () => {
  await server?.close();
  server = undefined;
  await api.stop();
  rmSync(dir, { recursive: true, force: true });
});

const start = async () => {
  server = await startAppServer(env, { Octokit: FastOctokit, commentWait: { tries: 200, intervalMs: 20 } });
  return server;
};

const webhooks = (s: AppServer) => `${s.url}${s.webhookPath}`;

describe('startAppServer', () => {
  it('answers GET /healthz with the store engine, and anything else but webhooks with a 404 naming the webhook path', async () => {
    const s = await start();
    expect(s.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(s.webhookPath).toBe('/api/github/webhooks');

    const health = await fetch(`${s.url}/healthz`);
    expect(health.status).toBe(200);
    expect(health.headers.get('content-type')).toBe('application/json');
    expect(await health.json()).toEqual({ ok: true, store: 'sqlite' });

    const other = await fetch(`${s.url}/nowhere`);
    expect(other.status).toBe(404);
    expect(await other.text()).toContain('webhooks go to /api/github/webhooks');
    expect(api.apiCalls()).toEqual([]);
  });

  it('takes webhooks at WEBHOOK_PATH when it is set', async () => {
    env.WEBHOOK_PATH = '/hooks';
    const s = await start();
    expect(s.webhookPath).toBe('/hooks');
    const other = await fetch(`${s.url}/api/github/webhooks`, { method: 'POST' });
    expect(other.status).toBe(404);
    expect(await other.text()).toContain('webhooks go to /hooks');
  });

  it('handles a signed workflow_run delivery: 200, a completed check run, one comment, the report stored', async () => {
    const s = await start();
    api.addRunArtifact(101, { name: 'trainspotter-report-seed-0', zip: artifactZip(pass) });
    const reply = await postDelivery(webhooks(s), {
      event: 'workflow_run',
      id: deliveryId(),
      payload: workflowRunCompleted({ runId: 101, headSha: SHA_A, pr: 7 }),
      secret: WEBHOOK_SECRET,
    });
    expect(reply).toEqual({ status: 200, body: 'ok\n' });

    expect(api.violations).toEqual([]);
    expect(api.checkRuns).toHaveLength(1);
    expect(api.checkRuns[0]).toMatchObject({
      name: 'trainspotter',
      head_sha: SHA_A,
      status: 'completed',
      conclusion: 'success',
    });
    expect(api.comments).toHaveLength(1);
    const [comment] = api.comments;
    expect(comment).toMatchObject({ issueNumber: 7, user: { login: 'trainspotter[bot]' } });
    expect(comment?.body).toContain('## trainspotter: ');
    expect(commentHeadSha(comment?.body ?? '')).toBe(SHA_A);
    expect((await s.store.getReports(REPO, SHA_A)).map((r) => r.report)).toEqual([pass]);
  });

  describe('refuses a delivery it cannot trust, and does nothing for it', () => {
    const refusals: [string, { secret: string | null; tamper?: (body: string) => string }, RegExp][] = [
      ['signed with another secret', { secret: 'not-the-secret' }, /signature does not match/],
      ['without a signature header', { secret: null }, /Required headers missing: x-hub-signature-256/],
      [
        'changed after it was signed',
        { secret: WEBHOOK_SECRET, tamper: (body) => body.replaceAll(SHA_A, SHA_B) },
        /signature does not match/,
      ],
    ];
    it.each(refusals)('a delivery %s → 400', async (_, delivery, message) => {
      const s = await start();
      api.addRunArtifact(101, { name: 'trainspotter-report-seed-0', zip: artifactZip(pass) });
      const reply = await postDelivery(webhooks(s), {
        event: 'workflow_run',
        id: deliveryId(),
        payload: workflowRunCompleted({ runId: 101, headSha: SHA_A, pr: 7 }),
        ...delivery,
      });
      expect(reply.status).toBe(400);
      expect(reply.body).toMatch(message);
      expect(api.apiCalls()).toEqual([]);
      expect(api.checkRuns).toEqual([]);
      expect(api.comments).toEqual([]);
      expect(await s.store.getReports(REPO, SHA_A)).toEqual([]);
      expect(await s.store.getReports(REPO, SHA_B)).toEqual([]);
    });
  });

  it('close() closes the store and frees the port', async () => {
    const s = await start();
    const port = Number(new URL(s.url).port);
    await s.close();
    server = undefined;
    await expect(s.store.getReports(REPO, SHA_A)).rejects.toThrow();
    const probe = createServer();
    await new Promise<void>((resolve, reject) => {
      probe.once('error', reject);
      probe.listen(port, '127.0.0.1', resolve);
    });
    await new Promise<void>((resolve) => probe.close(() => resolve()));
  });

  it('refuses a bad PORT with an InputError', async () => {
    env.PORT = '70000';
    await expect(start()).rejects.toThrow(
      new InputError('PORT must be a port number (0–65535), got "70000".'),
    );
  });

  it('refuses to start without its settings, before it opens the store', async () => {
    delete env.WEBHOOK_SECRET;
    await expect(start()).rejects.toThrow(InputError);
    expect(existsSync(env.TRAINSPOTTER_DB ?? '')).toBe(false);
  });
});

describe('checkAppEnv', () => {
  const complete = { APP_ID: '4242', PRIVATE_KEY: 'pem', WEBHOOK_SECRET: 's' };
  const thrown = (e: NodeJS.ProcessEnv): Error => {
    try {
      checkAppEnv(e);
    } catch (error) {
      return error as Error;
    }
    throw new Error('checkAppEnv did not throw');
  };

  it('accepts the three settings, with the key inline or as a path', () => {
    expect(() => checkAppEnv(complete)).not.toThrow();
    expect(() =>
      checkAppEnv({ ...complete, PRIVATE_KEY: undefined, PRIVATE_KEY_PATH: 'key.pem' }),
    ).not.toThrow();
  });

  it('names every missing setting in one InputError', () => {
    const error = thrown({});
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toContain('APP_ID (');
    expect(error.message).toContain('PRIVATE_KEY or PRIVATE_KEY_PATH (');
    expect(error.message).toContain('WEBHOOK_SECRET (');
    expect(error.message).toContain('.env file');
  });

  it.each([
    ['APP_ID', { ...complete, APP_ID: '' }],
    ['PRIVATE_KEY or PRIVATE_KEY_PATH', { ...complete, PRIVATE_KEY: undefined }],
    ['WEBHOOK_SECRET', { ...complete, WEBHOOK_SECRET: undefined }],
  ])('names %s alone when only it is missing', (name, e) => {
    const error = thrown(e);
    expect(error).toBeInstanceOf(InputError);
    const named = ['APP_ID (', 'PRIVATE_KEY or PRIVATE_KEY_PATH (', 'WEBHOOK_SECRET ('].filter((n) =>
      error.message.includes(n),
    );
    expect(named).toEqual([`${name} (`]);
  });

  it('says APP_ID must be numeric, quoting the value', () => {
    const error = thrown({ ...complete, APP_ID: 'abc' });
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toBe('APP_ID must be the numeric App ID, got "abc".');
  });
});
