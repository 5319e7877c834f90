import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { commentHeadSha } from '../src/render/pr-comment.js';
import {
  APP_ID,
  appKeys,
  artifactZip,
  deliveryId,
  WEBHOOK_SECRET,
  workflowRunCompleted,
} from './helpers/app-harness.js';
import { FakeGitHubApi } from './helpers/fake-github-api.js';
import { reportFixture } from './helpers/report-fixture.js';
import { postDelivery } from './helpers/sign-delivery.js';

// `trainspotter app` as users run it: the CLI bundle, built from the current source, in a child
// process of its own, configured only through its environment and a .env file, against the
// GitHub-like server. The bundle is built under node_modules/ so that its external native
// dependency (better-sqlite3) resolves as it does from dist/.

const SHA_A = 'a'.repeat(40);
const pass = reportFixture('h100-digits-pass.json');

const cacheDir = resolve('node_modules/.cache');
let bundle: string;
let buildDir: string;

beforeAll(() => {
  mkdirSync(cacheDir, { recursive: true });
  buildDir = mkdtempSync(join(cacheDir, 'trainspotter-app-cli-'));
  execFileSync(process.execPath, ['scripts/build.mjs', buildDir], { stdio: 'pipe' });
  bundle = join(buildDir, 'cli.js');
}, 120_000);
afterAll(() => rmSync(buildDir, { recursive: true, force: true }));

let dir: string;
let api: FakeGitHubApi;
let apiUrl: string;
const children: ChildProcess[] = [];

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'trainspotter-app-cli-'));
  api = new FakeGitHubApi({ botLogin: 'trainspotter[bot]', appPublicKey: appKeys().publicKey });
  apiUrl = await api.start();
});

afterEach(async () => {
  // A test that failed half-way leaves its app running: end it before its folder goes.
  for (const child of children.splice(0))
    if (child.exitCode === null && child.signalCode === null) {
      const gone = once(child, 'exit');
      child.kill('SIGKILL');
      await gone;
    }
  await api.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** A running `trainspotter app`: its output so far, and a promise of its exit status. */
interface AppProcess {
  readonly child: ChildProcess;
  readonly output: { stdout: string; stderr: string };
  readonly exited: Promise<number | null>;
}

/** Spawns `node <bundle> app` in `cwd` with exactly `env` (and PATH). */
function spawnApp(cwd: string, env: Record<string, string>): AppProcess {
  const child = spawn(process.execPath, [bundle, 'app'], {
    cwd,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  const output = { stdout: '', stderr: '' };
  child.stdout?.setEncoding('utf8').on('data', (text: string) => {
    output.stdout += text;
  });
  child.stderr?.setEncoding('utf8').on('data', (text: string) => {
    output.stderr += text;
  });
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  return { child, output, exited };
}

const LISTENING = /trainspotter app: listening on (http:\/\/[^\s,]+), webhooks at ([^\s,]+),/;

/** The webhook URL the app printed, once it prints it; rejects when it exits first or takes 20 s. */
async function webhookUrl(app: AppProcess): Promise<string> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const match = LISTENING.exec(app.output.stdout);
    if (match) return `${match[1]}${match[2]}`;
    if (app.child.exitCode !== null || app.child.signalCode !== null) break;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(
    `trainspotter app did not print "listening on"\nstdout:\n${app.output.stdout}\nstderr:\n${app.output.stderr}`,
  );
}

/** The settings a deployment gives it: the key as a .pem file, a port the OS picks, SQLite in `dir`. */
function appEnv(): Record<string, string> {
  const pem = join(dir, 'app.pem');
  writeFileSync(pem, appKeys().privateKey);
  return {
    APP_ID: String(APP_ID),
    PRIVATE_KEY_PATH: pem,
    WEBHOOK_SECRET,
    PORT: '0',
    HOST: '127.0.0.1',
    TRAINSPOTTER_DB: join(dir, 'app.sqlite'),
    GITHUB_API_URL: apiUrl,
  };
}

const runDelivery = (url: string, secret: string) =>
  postDelivery(url, {
    event: 'workflow_run',
    id: deliveryId(),
    payload: workflowRunCompleted({ runId: 101, headSha: SHA_A, pr: 7 }),
    secret,
  });

describe('trainspotter app (the built CLI, in a child process)', () => {
  it('serves signed deliveries, refuses forged ones, and stops cleanly on SIGTERM', async () => {
    api.addRunArtifact(101, { name: 'trainspotter-report-seed-0', zip: artifactZip(pass) });
    const app = spawnApp(dir, appEnv());
    const url = await webhookUrl(app);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/github\/webhooks$/);
    expect(app.output.stdout).toContain('store sqlite.');

    const forged = await runDelivery(url, 'not-the-secret');
    expect(forged.status).toBe(400);
    expect(forged.body).toContain('signature does not match');
    expect(api.apiCalls()).toEqual([]);

    const signed = await runDelivery(url, WEBHOOK_SECRET);
    expect(signed).toEqual({ status: 200, body: 'ok\n' });
    expect(api.violations).toEqual([]);
    expect(api.checkRuns).toMatchObject([{ head_sha: SHA_A, status: 'completed', conclusion: 'success' }]);
    expect(api.comments).toHaveLength(1);
    expect(api.comments[0]).toMatchObject({ issueNumber: 7, user: { login: 'trainspotter[bot]' } });
    expect(commentHeadSha(api.comments[0]?.body ?? '')).toBe(SHA_A);

    app.child.kill('SIGTERM');
    expect(await app.exited).toBe(0);
    expect(app.output.stdout).toContain('trainspotter app: SIGTERM, stopped.\n');
  });

  it('exits with status 2 and names every missing setting when it has none', async () => {
    const app = spawnApp(dir, {});
    expect(await app.exited).toBe(2);
    expect(app.output.stderr).toMatch(/^trainspotter app: the app needs /);
    for (const name of ['APP_ID', 'PRIVATE_KEY or PRIVATE_KEY_PATH', 'WEBHOOK_SECRET'])
      expect(app.output.stderr).toContain(name);
    expect(app.output.stdout).not.toContain('listening');
  });

  it('reads WEBHOOK_SECRET from a .env file in its working folder when the environment lacks it', async () => {
    const { WEBHOOK_SECRET: _, ...env } = appEnv();
    writeFileSync(join(dir, '.env'), '# the webhook secret\nWEBHOOK_SECRET=from-dot-env\n');
    const app = spawnApp(dir, env);
    const url = await webhookUrl(app);

    const withEnvSecret = await runDelivery(url, WEBHOOK_SECRET);
    expect(withEnvSecret.status).toBe(400);
    expect(api.apiCalls()).toEqual([]);

    api.addRunArtifact(101, { name: 'trainspotter-report-seed-0', zip: artifactZip(pass) });
    const withDotEnvSecret = await runDelivery(url, 'from-dot-env');
    expect(withDotEnvSecret).toEqual({ status: 200, body: 'ok\n' });
    expect(api.comments).toHaveLength(1);

    app.child.kill('SIGINT');
    expect(await app.exited).toBe(0);
    expect(app.output.stdout).toContain('trainspotter app: SIGINT, stopped.\n');
  });
});
