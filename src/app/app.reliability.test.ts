import pg from 'pg';
import type { Probot } from 'probot';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import {
  type AppHarness,
  artifactZip,
  deliveryId,
  pullRequestEvent,
  REPO,
  startApp,
  ThrottledOctokit,
  workflowRunCompleted,
} from '../../test/helpers/app-harness.js';
import { PG_URL, postgresUnavailable } from '../../test/helpers/postgres.js';
import { reportFixture } from '../../test/helpers/report-fixture.js';
import type { Report } from '../core/report.js';
import { PostgresStore } from './store/index.js';

// The app under what production does to it: deliveries arriving together (many runs of one head,
// one delivery repeated), two app processes on one database, GitHub answering 5xx and rate limits.

const SHA = 'a'.repeat(40);
const PR = 7;
const pass = reportFixture('h100-digits-pass.json');
const LEDGER = { delta: 0.05, tolerance: 0.02 };
const ARTIFACTS = /^\/repos\/[^/]+\/[^/]+\/actions\/runs\/\d+\/artifacts$/;

const pgUnavailable = await postgresUnavailable();

let app: AppHarness | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const seeded = (seed: number): Report => ({ ...pass, run: { ...pass.run, seed } });

const receive = (probot: Probot, runId: number) =>
  probot.receive({
    id: deliveryId(),
    name: 'workflow_run',
    payload: workflowRunCompleted({ runId, headSha: SHA, pr: PR }),
  } as never);

/** Seeds run `1000 + seed` with seed `seed`'s artifact, for each seed; returns the run ids. */
function seedRuns(harness: AppHarness, seeds: number): number[] {
  return Array.from({ length: seeds }, (_, seed) => {
    harness.api.addRunArtifact(1000 + seed, {
      name: `trainspotter-report-seed-${seed}`,
      zip: artifactZip(seeded(seed)),
    });
    return 1000 + seed;
  });
}

/** The PR's one comment (fails when there is none or more than one). */
function onlyComment(harness: AppHarness): string {
  const written = harness.api.comments.filter((c) => c.issueNumber === PR);
  expect(written).toHaveLength(1);
  return written[0]?.body ?? '';
}

/** The comment's headline names every seed 0..count-1, all passing. */
function expectSeeds(body: string, count: number): void {
  const seeds = Array.from({ length: count }, (_, i) => i).join(', ');
  expect(body).toContain(`${count} seed${count === 1 ? '' : 's'} (${seeds}): ${count} pass.`);
}

const listCalls = (harness: AppHarness) =>
  harness.api.apiCalls().filter((c) => c.method === 'GET' && ARTIFACTS.test(c.path.split('?')[0] ?? ''));

describe('deliveries that arrive together', () => {
  it('20 runs of one head finishing at once: one comment, showing all 20 seeds', async () => {
    app = await startApp({ delayMs: 15 });
    const runs = seedRuns(app, 20);
    const harness = app;
    await Promise.all(runs.map((runId) => receive(harness.probot, runId)));
    expect(await app.store.getReports(REPO, SHA)).toHaveLength(20);
    expectSeeds(onlyComment(app), 20);
    // No PR event queued a check run first: the store's claim still makes exactly one.
    expect(app.api.checkRuns).toHaveLength(1);
    expect(app.api.checkRuns[0]?.output.title).toMatch(/ over 20 seeds/);
    expect(app.api.violations).toEqual([]);
  });

  it('20 runs of a head whose PR event queued the check run: that one check run ends with all 20 seeds', async () => {
    app = await startApp({ delayMs: 15 });
    await app.probot.receive({
      id: deliveryId(),
      name: 'pull_request',
      payload: pullRequestEvent('opened', { pr: PR, headSha: SHA }),
    } as never);
    const runs = seedRuns(app, 20);
    const harness = app;
    await Promise.all(runs.map((runId) => receive(harness.probot, runId)));
    expect(app.api.checkRuns).toHaveLength(1);
    expect(app.api.checkRuns[0]).toMatchObject({ status: 'completed', conclusion: 'success' });
    expect(app.api.checkRuns[0]?.output.title).toMatch(/ over 20 seeds/);
    expectSeeds(onlyComment(app), 20);
    expect(app.api.violations).toEqual([]);
  });

  it('one delivery sent 20 times at once: processed once, one comment, the report stored once', async () => {
    app = await startApp({ delayMs: 15 });
    const [runId = 0] = seedRuns(app, 1);
    const payload = workflowRunCompleted({ runId, headSha: SHA, pr: PR });
    const harness = app;
    await Promise.all(
      Array.from({ length: 20 }, () =>
        harness.probot.receive({ id: deliveryId(), name: 'workflow_run', payload } as never),
      ),
    );
    expect(await app.store.getReports(REPO, SHA)).toHaveLength(1);
    expect(listCalls(app)).toHaveLength(1);
    expectSeeds(onlyComment(app), 1);
    expect(app.api.violations).toEqual([]);
  });
});

/** Two app processes on one database, 10 runs delivered to each at once. */
async function twoProcesses(harness: AppHarness): Promise<void> {
  const other = await harness.second();
  const runs = seedRuns(harness, 20);
  await Promise.all(runs.map((runId, i) => receive(i % 2 ? other.probot : harness.probot, runId)));
  expect(await harness.store.getReports(REPO, SHA)).toHaveLength(20);
  expect(await other.store.getReports(REPO, SHA)).toHaveLength(20);
  expectSeeds(onlyComment(harness), 20);
  expect(harness.api.violations).toEqual([]);
}

describe('two app processes on one database', () => {
  it('SQLite (two connections on one file): one comment, with both processes’ reports', async () => {
    app = await startApp({ delayMs: 15 });
    await twoProcesses(app);
  });

  const title = pgUnavailable
    ? `PostgreSQL — SKIPPED: PostgreSQL is unreachable at ${PG_URL.replace(/:[^:@/]*@/, ':***@')} (${pgUnavailable}); set TRAINSPOTTER_TEST_DATABASE_URL or start it`
    : 'PostgreSQL (a fresh schema)';
  describe.skipIf(pgUnavailable !== null)(title, () => {
    const schema = `trainspotter_app_test_${process.pid}_${Date.now()}`;
    afterAll(async () => {
      const client = new pg.Client({ connectionString: PG_URL });
      await client.connect();
      try {
        await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      } finally {
        await client.end();
      }
    });

    it('one comment, with both processes’ reports', async () => {
      app = await startApp({
        delayMs: 15,
        store: () => PostgresStore.open({ connectionString: PG_URL, schema }, LEDGER),
      });
      await twoProcesses(app);
    });
  });
});

describe('GitHub failing', () => {
  const serverError = (status: number) => ({
    status,
    body: {
      message: 'Server Error',
      documentation_url: 'https://docs.github.com/rest',
      status: String(status),
    },
  });

  it('rides out two 502s on the artifact list (Probot retries) and writes the comment', async () => {
    app = await startApp();
    const [runId = 0] = seedRuns(app, 1);
    app.api.failNext({ method: 'GET', path: ARTIFACTS }, 2, serverError(502));
    await receive(app.probot, runId);
    expect(listCalls(app)).toHaveLength(3);
    expectSeeds(onlyComment(app), 1);
    expect(app.api.violations).toEqual([]);
  });

  it('fails the delivery on a 500 that outlasts the retries, and processes its redelivery', async () => {
    app = await startApp();
    const [runId = 0] = seedRuns(app, 1);
    // One request and Probot's 3 retries, all answered 500.
    app.api.failNext({ method: 'GET', path: ARTIFACTS }, 4, serverError(500));
    await expect(receive(app.probot, runId)).rejects.toThrow(/Server Error/);
    expect(listCalls(app)).toHaveLength(4);
    expect(app.api.comments).toHaveLength(0);
    expect(await app.store.getReports(REPO, SHA)).toEqual([]);
    // The run's claim was released: GitHub's redelivery (a new delivery id) is processed.
    await receive(app.probot, runId);
    expect(listCalls(app)).toHaveLength(5);
    expectSeeds(onlyComment(app), 1);
    expect(app.api.violations).toEqual([]);
  });
});

describe('GitHub rate limits (the throttling plugin as Probot configures it)', () => {
  it('waits out an exhausted rate limit (403, x-ratelimit-remaining: 0) and retries after the reset', async () => {
    app = await startApp({ Octokit: ThrottledOctokit });
    const [runId = 0] = seedRuns(app, 1);
    const reset = Math.floor(Date.now() / 1000) + 1;
    app.api.failNext({ method: 'GET', path: ARTIFACTS }, 1, {
      status: 403,
      headers: {
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(reset),
      },
      body: {
        message: 'API rate limit exceeded for installation ID 1.',
        documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
      },
    });
    await receive(app.probot, runId);
    expect(Date.now()).toBeGreaterThanOrEqual(reset * 1000);
    expect(listCalls(app)).toHaveLength(2);
    expectSeeds(onlyComment(app), 1);
    expect(app.api.violations).toEqual([]);
  });

  // Probot's own onSecondaryRateLimit only logs; the app's Octokit (app-octokit.ts) waits out
  // Retry-After and retries twice. @octokit/plugin-retry also retries a 429 (not a 403).
  const secondary = (status: number, retryAfter: string) => ({
    status,
    headers: { 'retry-after': retryAfter },
    body: {
      message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
    },
  });

  it.each([403, 429])('waits out a secondary limit answered %i (Retry-After) and retries', async (status) => {
    app = await startApp({ Octokit: ThrottledOctokit });
    const [runId = 0] = seedRuns(app, 1);
    app.api.failNext({ method: 'GET', path: ARTIFACTS }, 1, secondary(status, '1'));
    const started = Date.now();
    await receive(app.probot, runId);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(listCalls(app).length).toBeGreaterThanOrEqual(2);
    expectSeeds(onlyComment(app), 1);
    expect(app.api.violations).toEqual([]);
  });

  it('fails the delivery when secondary limits go on, and processes its redelivery', async () => {
    app = await startApp({ Octokit: ThrottledOctokit });
    const [runId = 0] = seedRuns(app, 1);
    app.api.failNext({ method: 'GET', path: ARTIFACTS }, 3, secondary(403, '1'));
    await expect(receive(app.probot, runId)).rejects.toThrow(/secondary rate limit/);
    expect(listCalls(app)).toHaveLength(3);
    expect(app.api.comments).toHaveLength(0);
    await receive(app.probot, runId);
    expect(listCalls(app)).toHaveLength(4);
    expectSeeds(onlyComment(app), 1);
    expect(app.api.violations).toEqual([]);
  });
});
