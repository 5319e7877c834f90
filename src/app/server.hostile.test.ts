import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  APP_ID,
  appKeys,
  artifactZip,
  deliveryId,
  FastOctokit,
  type Payload,
  prComment,
  pullRequestEvent,
  WEBHOOK_SECRET,
  workflowRunCompleted,
} from '../../test/helpers/app-harness.js';
import { FakeGitHubApi } from '../../test/helpers/fake-github-api.js';
import { streamDelivery } from '../../test/helpers/raw-delivery.js';
import { reportFixture } from '../../test/helpers/report-fixture.js';
import { postDelivery, signature } from '../../test/helpers/sign-delivery.js';
import { type AppServer, type AppServerOptions, startAppServer } from './server.js';
import { MAX_WEBHOOK_BYTES } from './webhook-limits.js';

// `trainspotter app` under hostile and unlucky deliveries: oversized and slow forged bodies,
// signed but malformed payloads, failing handlers. Each is answered with a status that says what
// was wrong (never a stack or an internal error's text), logged as event, delivery id, size and
// reason (never the payload), and leaves nothing in the store.

const SHA = 'a'.repeat(40);
const MARKER = 'PAYLOAD-MARKER-7f3a';
const MiB = 1024 * 1024;

let dir: string;
let api: FakeGitHubApi;
let env: NodeJS.ProcessEnv;
let server: AppServer | undefined;
let logLines: string[];

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'trainspotter-hostile-'));
  api = new FakeGitHubApi({ botLogin: 'trainspotter[bot]', appPublicKey: appKeys().publicKey });
  env = {
    APP_ID: String(APP_ID),
    PRIVATE_KEY: appKeys().privateKey,
    WEBHOOK_SECRET,
    PORT: '0',
    HOST: '127.0.0.1',
    TRAINSPOTTER_DB: join(dir, 'app.sqlite'),
    GITHUB_API_URL: await api.start(),
    LOG_LEVEL: 'info',
    LOG_FORMAT: 'json',
  };
  logLines = [];
});

afterEach(async () => {
  await server?.close();
  server = undefined;
  await api.stop();
  rmSync(dir, { recursive: true, force: true });
});

const logSink = () =>
  new Writable({
    write(chunk: Buffer, _enc, cb) {
      for (const line of chunk.toString().split('\n')) if (line.trim()) logLines.push(line);
      cb();
    },
  });

const start = async (options: Partial<AppServerOptions> = {}) => {
  server = await startAppServer(env, {
    Octokit: FastOctokit,
    commentWait: { tries: 200, intervalMs: 20 },
    logDestination: logSink(),
    ...options,
  });
  return server;
};

const webhooks = (s: AppServer) => `${s.url}${s.webhookPath}`;

/** Rows in every table of the store but the migrations ledger. */
function storedRows(): number {
  const db = new Database(env.TRAINSPOTTER_DB ?? '', { readonly: true });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%migrations%'")
      .all() as { name: string }[];
    return tables.reduce(
      (n, t) => n + (db.prepare(`SELECT COUNT(*) AS n FROM "${t.name}"`).get() as { n: number }).n,
      0,
    );
  } finally {
    db.close();
  }
}

/** Waits until the log has a line matching `test` (the logger writes asynchronously). */
async function logLine(test: (entry: Record<string, unknown>) => boolean): Promise<Record<string, unknown>> {
  for (let i = 0; i < 100; i++) {
    const found = logLines.map((l) => JSON.parse(l) as Record<string, unknown>).find(test);
    if (found) return found;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`no such log line in:\n${logLines.join('\n')}`);
}

const INTERNAL = /TypeError|Cannot read|is not a function|Event name not passed|at .*\.[jt]s:\d+/;

const headersFor = (event: string, id: string, sig: string, extra: Record<string, string> = {}) => ({
  'content-type': 'application/json',
  'x-github-event': event,
  'x-github-delivery': id,
  'x-hub-signature-256': sig,
  ...extra,
});

describe('an oversized delivery', () => {
  it(`is refused with 413 while it streams in, before ${MAX_WEBHOOK_BYTES / MiB} MiB are past, never buffered whole`, async () => {
    const s = await start();
    const id = deliveryId();
    const reply = await streamDelivery(webhooks(s), {
      headers: headersFor('workflow_run', id, `sha256=${'0'.repeat(64)}`),
      total: 50 * MiB,
      chunkBytes: 256 * 1024,
    });
    expect(reply.status).toBe(413);
    expect(reply.body).toMatch(/larger than 25 MiB/);
    // The client may have more in flight in socket buffers, but far from the whole 50 MiB.
    expect(reply.sentBeforeReply).toBeLessThan(MAX_WEBHOOK_BYTES + 8 * MiB);
    const line = await logLine((e) => e.id === id);
    expect(line).toMatchObject({ event: 'workflow_run', id, status: 413 });
    expect(String(line.reason)).toMatch(/larger than/);
    expect(Number(line.size)).toBeGreaterThan(MAX_WEBHOOK_BYTES);
    expect(storedRows()).toBe(0);
  });

  it('is refused with 413 from its content-length alone, before a byte of it is read', async () => {
    const s = await start();
    const reply = await streamDelivery(webhooks(s), {
      headers: headersFor('workflow_run', deliveryId(), `sha256=${'0'.repeat(64)}`, {
        'content-length': String(50 * MiB),
      }),
      total: 50 * MiB,
      chunkBytes: 64 * 1024,
      delayMs: 5,
    });
    expect(reply.status).toBe(413);
    expect(reply.sentBeforeReply).toBeLessThan(2 * MiB);
  });
});

describe('a delivery it cannot trust', () => {
  it('a malformed signature header is refused before the body is read', async () => {
    const s = await start();
    const reply = await streamDelivery(webhooks(s), {
      headers: headersFor('workflow_run', deliveryId(), 'sha1=abc'),
      total: 4 * MiB,
      chunkBytes: 64 * 1024,
      delayMs: 5,
    });
    expect(reply.status).toBe(400);
    expect(reply.body).toMatch(/x-hub-signature-256/);
    expect(reply.sentBeforeReply).toBeLessThan(2 * MiB);
  });

  it('a forged body is logged with event, id, size and reason, never its payload', async () => {
    const s = await start();
    const id = deliveryId();
    const payload = { ...workflowRunCompleted({ runId: 5, headSha: SHA, pr: 1 }), note: MARKER };
    const reply = await postDelivery(webhooks(s), {
      event: 'workflow_run',
      id,
      payload,
      secret: 'not-the-secret',
    });
    expect(reply.status).toBe(400);
    expect(reply.body).toMatch(/signature does not match/);
    const line = await logLine((e) => e.id === id);
    expect(line).toMatchObject({
      event: 'workflow_run',
      id,
      status: 400,
      size: JSON.stringify(payload).length,
    });
    expect(String(line.reason)).toMatch(/signature does not match/);
    expect(logLines.join('\n')).not.toContain(MARKER);
    expect(storedRows()).toBe(0);
  });

  it('a forged body trickled in is timed out (408) and never answered 202 before it is complete', async () => {
    const s = await start({ webhookLimits: { bodyTimeoutMs: 600 } });
    const id = deliveryId();
    const reply = await streamDelivery(webhooks(s), {
      headers: headersFor('workflow_run', id, `sha256=${'0'.repeat(64)}`),
      total: 10_000,
      chunkBytes: 1,
      delayMs: 50,
    });
    expect(reply.status).toBe(408);
    expect(reply.ms).toBeGreaterThanOrEqual(550);
    expect(reply.ms).toBeLessThan(3000);
    expect(reply.sentBeforeReply).toBeLessThan(10_000);
    const line = await logLine((e) => e.id === id);
    expect(line).toMatchObject({ status: 408 });
    expect(storedRows()).toBe(0);
  });
});

describe('a signed but malformed delivery gets a 4xx (or a 2xx ignoring it), a log line, and nothing stored', () => {
  const withoutRepository = (p: Payload) => {
    delete p.repository;
    return p;
  };
  const cases: [string, string, () => unknown][] = [
    [
      'workflow_run without repository',
      'workflow_run',
      () => withoutRepository(workflowRunCompleted({ runId: 9, headSha: SHA, pr: 3 })),
    ],
    [
      'pull_request without repository',
      'pull_request',
      () => withoutRepository(pullRequestEvent('synchronize', { pr: 3, headSha: SHA })),
    ],
    [
      'workflow_run: null',
      'workflow_run',
      () => ({ ...workflowRunCompleted({ runId: 9, headSha: SHA, pr: 3 }), workflow_run: null }),
    ],
    ['an empty issue_comment', 'issue_comment', () => ({})],
    [
      'an issue_comment without its comment',
      'issue_comment',
      () => ({ ...prComment(3, '/trainspotter ok-to-test'), comment: null }),
    ],
    ['the event name __proto__', '__proto__', () => ({ action: 'completed', [MARKER]: 1 })],
    ['the event name constructor', 'constructor', () => ({ action: 'completed' })],
    [
      'an action named __proto__',
      'workflow_run',
      () => ({ ...workflowRunCompleted({ runId: 9, headSha: SHA }), action: '__proto__' }),
    ],
    ['a null body', 'workflow_run', () => null],
    ['an array body', 'workflow_run', () => []],
    ['a string body', 'pull_request', () => 'opened'],
  ];
  it.each(cases)('%s', async (_, event, payload) => {
    const s = await start();
    api.addRunArtifact(9, {
      name: 'trainspotter-report-seed-0',
      zip: artifactZip(reportFixture('h100-digits-pass.json')),
    });
    const id = deliveryId();
    const reply = await postDelivery(webhooks(s), { event, id, payload: payload(), secret: WEBHOOK_SECRET });
    expect(reply.status === 200 || (reply.status >= 400 && reply.status < 500)).toBe(true);
    expect(reply.body).not.toMatch(INTERNAL);
    const line = await logLine((e) => e.id === id);
    expect(line).toMatchObject({ id, status: reply.status });
    expect(line.reason).toEqual(expect.any(String));
    expect(logLines.join('\n')).not.toContain(MARKER);
    expect(api.apiCalls()).toEqual([]);
    expect(storedRows()).toBe(0);
  });

  it('a signed body that is not JSON → 400 naming the delivery', async () => {
    const s = await start();
    const id = deliveryId();
    const body = `{"action": "completed", ${MARKER}`;
    const reply = await streamDelivery(webhooks(s), {
      headers: headersFor('workflow_run', id, signature(body, WEBHOOK_SECRET)),
      total: body.length,
      chunkBytes: body.length,
      fill: () => Buffer.from(body),
    });
    expect(reply.status).toBe(400);
    expect(reply.body).toMatch(/not JSON/);
    expect(reply.body).not.toContain(MARKER);
    expect(logLines.join('\n')).not.toContain(MARKER);
  });

  it('an event the app does not handle is answered 200 and ignored', async () => {
    const s = await start();
    const id = deliveryId();
    const reply = await postDelivery(webhooks(s), {
      event: 'star',
      id,
      payload: { action: 'created', starred_at: null },
      secret: WEBHOOK_SECRET,
    });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatch(/ignored/);
    expect(api.apiCalls()).toEqual([]);
  });
});

describe('a handler that fails', () => {
  it('answers 500 without the error text, and logs the delivery without its payload', async () => {
    const s = await start();
    api.addRunArtifact(11, {
      name: 'trainspotter-report-seed-0',
      zip: artifactZip(reportFixture('h100-digits-pass.json')),
    });
    api.failNext({ method: 'GET', path: /\/actions\/runs\/\d+\/artifacts$/ }, 4, {
      status: 500,
      body: { message: 'Server Error' },
    });
    const id = deliveryId();
    const payload = { ...workflowRunCompleted({ runId: 11, headSha: SHA, pr: 2 }), note: MARKER };
    const reply = await postDelivery(webhooks(s), {
      event: 'workflow_run',
      id,
      payload,
      secret: WEBHOOK_SECRET,
    });
    expect(reply.status).toBe(500);
    expect(reply.body).toContain(id);
    expect(reply.body).not.toMatch(/Server Error|HttpError|RequestError/);
    const line = await logLine((e) => e.id === id && e.msg === 'webhook delivery failed');
    expect(line).toMatchObject({ event: 'workflow_run', size: JSON.stringify(payload).length });
    expect(String(line.reason)).toMatch(/Server Error/);
    expect(logLines.join('\n')).not.toContain(MARKER);
  });
});
