import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PG_URL, postgresUnavailable } from '../../../test/helpers/postgres.js';
import { REPORT_SCHEMA_VERSION, type Report } from '../../core/report.js';
import { validationBudget } from '../../core/validation-budget.js';
import { openStore } from './index.js';
import { MIGRATIONS, MIGRATIONS_TABLE } from './migrations.js';
import { PostgresStore } from './postgres.js';
import { SqliteStore } from './sqlite.js';
import type { HeadState, LedgerOptions, PullRequestState, Store } from './store.js';

const LEDGER: LedgerOptions = { delta: 0.05, tolerance: 0.05 };

const pgUnavailable = await postgresUnavailable();

interface Engine {
  readonly name: string;
  readonly engine: 'sqlite' | 'postgres';
  readonly skip: string | null;
  setup(): Promise<void>;
  /** A store on the engine's shared database; each call is a separate connection (pool or file handle). */
  open(): Promise<Store>;
  /** What a separate process needs to open the same store (test/helpers/store-race-child.ts). */
  race(): Record<string, string>;
  /** A store on a second, fresh database of the engine, opened after `sql` ran there as is. */
  openAfter(sql: string): Promise<Store>;
  teardown(): Promise<void>;
}

function sqliteEngine(): Engine {
  let dir = '';
  return {
    name: 'SQLite (temp file)',
    engine: 'sqlite',
    skip: null,
    async setup() {
      dir = mkdtempSync(join(tmpdir(), 'trainspotter-store-'));
    },
    open: () => SqliteStore.open(join(dir, 'store.sqlite'), LEDGER),
    race: () => ({ engine: 'sqlite', path: join(dir, 'store.sqlite') }),
    async openAfter(sql) {
      const path = join(dir, 'after.sqlite');
      const db = new Database(path);
      try {
        db.exec(sql);
      } finally {
        db.close();
      }
      return SqliteStore.open(path, LEDGER);
    },
    async teardown() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function postgresEngine(): Engine {
  const schema = `trainspotter_test_${process.pid}_${Date.now()}`;
  const afterSchema = `${schema}_after`;
  return {
    name: `PostgreSQL (${PG_URL.replace(/:[^:@/]*@/, ':***@')}, schema ${schema})`,
    engine: 'postgres',
    skip: pgUnavailable,
    async setup() {},
    open: () => PostgresStore.open({ connectionString: PG_URL, schema }, LEDGER),
    race: () => ({ engine: 'postgres', url: PG_URL, schema }),
    async openAfter(sql) {
      const client = new pg.Client({ connectionString: PG_URL });
      await client.connect();
      try {
        await client.query(`CREATE SCHEMA "${afterSchema}"; SET search_path TO "${afterSchema}"; ${sql}`);
      } finally {
        await client.end();
      }
      return PostgresStore.open({ connectionString: PG_URL, schema: afterSchema }, LEDGER);
    },
    async teardown() {
      const client = new pg.Client({ connectionString: PG_URL });
      await client.connect();
      try {
        await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
        await client.query(`DROP SCHEMA IF EXISTS "${afterSchema}" CASCADE`);
      } finally {
        await client.end();
      }
    },
  };
}

function report(seed: number, status: Report['status'] = 'pass'): Report {
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    status,
    checks: [],
    finalMetrics: { 'test/accuracy': 0.9 + seed / 1000, val_loss: null },
    comparison: null,
    gaps: null,
    run: {
      seed,
      startedAt: '2026-01-01T00:00:00.000Z',
      durationMs: 1234,
      trainspotterVersion: '0.1.0',
      config: 'trainspotter.yml',
      git: { sha: 'abc123', ref: 'refs/heads/feature' },
    },
  };
}

const run = promisify(execFile);
const CHILD = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  'test',
  'helpers',
  'store-race-child.ts',
);

interface RaceResult {
  readonly delivery: boolean;
  readonly comment: boolean;
  readonly evaluations: number;
  readonly pullRequest: PullRequestState;
  readonly head: HeadState;
}

/** `processes` separate Node processes, each firing `each` concurrent claims at one store. */
async function race(engine: Engine, processes: number, each: number): Promise<RaceResult[]> {
  const outputs = await Promise.all(
    Array.from({ length: processes }, (_, p) =>
      run(process.execPath, ['--import', 'tsx', CHILD], {
        env: {
          ...process.env,
          RACE_STORE: JSON.stringify({ ...engine.race(), tag: `process-${p}` }),
          RACE_COUNT: String(each),
        },
      }),
    ),
  );
  return outputs.flatMap((o) => JSON.parse(o.stdout) as RaceResult[]);
}

const engines: Engine[] = [sqliteEngine(), postgresEngine()];

for (const engine of engines) {
  const title = engine.skip
    ? `Store contract: ${engine.name} — SKIPPED: PostgreSQL is unreachable (${engine.skip}); set TRAINSPOTTER_TEST_DATABASE_URL or start it`
    : `Store contract: ${engine.name}`;
  describe.skipIf(engine.skip !== null)(title, () => {
    let store: Store;
    let other: Store;

    beforeAll(async () => {
      await engine.setup();
      store = await engine.open();
      other = await engine.open();
    });

    afterAll(async () => {
      await store?.close();
      await other?.close();
      await engine.teardown();
    });

    it('applies each migration once: opening the database again changes nothing', async () => {
      const third = await engine.open();
      try {
        expect(await store.migrations()).toEqual([1, 2]);
        expect(await third.migrations()).toEqual([1, 2]);
      } finally {
        await third.close();
      }
    });

    it('migrates a database at version 1 to version 2, keeping its data', async () => {
      const [v1] = MIGRATIONS;
      if (v1?.version !== 1) throw new Error('MIGRATIONS[0] is not migration 1');
      const at = "'2026-01-01T00:00:00.000Z'";
      const migrated = await engine.openAfter(
        [
          `${MIGRATIONS_TABLE};`,
          v1[engine.engine],
          `INSERT INTO schema_migrations (version, name, applied_at) VALUES (1, '${v1.name}', ${at});`,
          `INSERT INTO deliveries (id, received_at) VALUES ('old-delivery', ${at});`,
          `INSERT INTO baselines (repo, branch, sha, report_ids, updated_at)
             VALUES ('o/old', 'main', 'old-sha', '[1,2]', ${at});`,
          `INSERT INTO comments (repo, pr, owner, comment_id, claimed_at)
             VALUES ('o/old', 3, 'old-owner', 3000000123, ${at});`,
        ].join('\n'),
      );
      try {
        expect(await migrated.migrations()).toEqual([1, 2]);
        expect(await migrated.claimDelivery('old-delivery')).toBe(false);
        expect(await migrated.getBaseline('o/old', 'main')).toMatchObject({
          sha: 'old-sha',
          reportIds: [1, 2],
        });
        expect(await migrated.claimComment('o/old', 3, 'new')).toMatchObject({
          won: false,
          owner: 'old-owner',
          commentId: 3_000_000_123,
        });
        const head = { sha: 'h1', repo: 'o/old', baseRef: 'main' };
        expect(await migrated.setPullRequestHead('o/old', 3, head)).toMatchObject({ pr: 3, headSha: 'h1' });
        expect(await migrated.setHead('o/old', 'h1', { checkRunId: 5 })).toMatchObject({ checkRunId: 5 });
      } finally {
        await migrated.close();
      }
    });

    it('round-trips reports per repo and commit, with their seeds', async () => {
      const a = await store.saveReport('o/r', 'sha1', report(1));
      const b = await store.saveReport('o/r', 'sha1', report(2, 'fail'));
      await store.saveReport('o/r', 'sha2', report(3));
      await store.saveReport('o/other', 'sha1', report(4));
      const got = await store.getReports('o/r', 'sha1');
      expect(got.map((r) => [r.id, r.seed, r.report.status])).toEqual([
        [a, 1, 'pass'],
        [b, 2, 'fail'],
      ]);
      expect(got[0]?.report).toEqual(report(1));
      expect((await other.getReport(b))?.report).toEqual(report(2, 'fail'));
      expect(await store.getReport(987654)).toBeNull();
      expect(await store.getReports('o/r', 'nope')).toEqual([]);
      expect(await other.countReports('o/r', 'sha1')).toBe(2);
      expect(await store.countReports('o/r', 'nope')).toBe(0);
    });

    it('keeps one baseline per repo and branch, replaced on update', async () => {
      expect(await store.getBaseline('o/r', 'main')).toBeNull();
      await store.setBaseline('o/r', 'main', 'base1', [1, 2]);
      await store.setBaseline('o/r', 'dev', 'dev1', [9]);
      await other.setBaseline('o/r', 'main', 'base2', [5, 6, 7]);
      expect(await store.getBaseline('o/r', 'main')).toMatchObject({ sha: 'base2', reportIds: [5, 6, 7] });
      expect(await store.getBaseline('o/r', 'dev')).toMatchObject({ sha: 'dev1', reportIds: [9] });
    });

    it('claims a delivery id exactly once under 20 concurrent claims from two stores', async () => {
      const claims = await Promise.all(
        Array.from({ length: 20 }, (_, i) => (i % 2 ? other : store).claimDelivery('delivery-1')),
      );
      expect(claims.filter(Boolean)).toHaveLength(1);
      expect(await store.claimDelivery('delivery-1')).toBe(false);
      expect(await store.claimDelivery('delivery-2')).toBe(true);
    });

    it('releases a delivery id so that its redelivery is claimed again', async () => {
      expect(await store.claimDelivery('delivery-released')).toBe(true);
      await other.releaseDelivery('delivery-released');
      expect(await store.claimDelivery('delivery-released')).toBe(true);
      expect(await other.claimDelivery('delivery-released')).toBe(false);
      await store.releaseDelivery('never-claimed');
    });

    it('gives exactly one comment winner under 20 concurrent claims from two stores', async () => {
      const claims = await Promise.all(
        Array.from({ length: 20 }, (_, i) => (i % 2 ? other : store).claimComment('o/r', 7, `worker-${i}`)),
      );
      const winners = claims.filter((c) => c.won);
      expect(winners).toHaveLength(1);
      const owner = winners[0]?.owner;
      expect(claims.every((c) => c.owner === owner && c.commentId === null)).toBe(true);
      await store.setCommentId('o/r', 7, 3_000_000_123);
      const later = await other.claimComment('o/r', 7, 'late');
      expect(later).toEqual({ won: false, repo: 'o/r', pr: 7, owner, commentId: 3_000_000_123 });
      expect((await store.claimComment('o/r', 8, 'x')).won).toBe(true);
    });

    it('counts 20 concurrent evaluations exactly and asks for a refresh past the tolerance', async () => {
      const n = 1000;
      const entries = await Promise.all(
        Array.from({ length: 20 }, (_, i) => (i % 2 ? other : store).recordEvaluation('o/r', 'fp-1', n)),
      );
      expect(entries.map((e) => e.evaluations).sort((x, y) => x - y)).toEqual(
        Array.from({ length: 20 }, (_, i) => i + 1),
      );
      const entry = await store.getLedger('o/r', 'fp-1');
      expect(entry?.evaluations).toBe(20);
      expect(entry?.budget).toEqual(validationBudget({ n, evaluations: 20, ...LEDGER }));
      // n = 1000, δ = 0.05, t = 0.05: ε = √(ln(2k/δ)/2000) ≤ 0.05 while k ≤ 3, so at 20 it is past.
      expect(entry?.budget.refresh).toBe(true);
      expect(entry?.budget.message).toMatch(/^refresh the validation set/);
      const fresh = await store.recordEvaluation('o/r', 'fp-big', 100_000);
      expect(fresh).toMatchObject({ n: 100_000, evaluations: 1 });
      expect(fresh.budget.refresh).toBe(false);
      expect(await store.getLedger('o/r', 'unknown')).toBeNull();
      await expect(store.recordEvaluation('o/r', 'fp-bad', 0)).rejects.toThrow(/positive integer/);
    });

    it('records a PR head: inserted without approval or acceptance, then replaced', async () => {
      expect(await store.getPullRequest('o/prs', 1)).toBeNull();
      const inserted = await store.setPullRequestHead('o/prs', 1, {
        sha: 'a1',
        repo: 'fork/prs',
        baseRef: 'main',
      });
      expect(inserted).toEqual({
        repo: 'o/prs',
        pr: 1,
        headSha: 'a1',
        headRepo: 'fork/prs',
        baseRef: 'main',
        approvedSha: null,
        approvedBy: null,
        acceptedSha: null,
        acceptedBy: null,
        updatedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      });
      expect(await other.getPullRequest('o/prs', 1)).toEqual(inserted);
      const updated = await other.setPullRequestHead('o/prs', 1, {
        sha: 'a2',
        repo: 'o/prs',
        baseRef: 'dev',
      });
      expect(updated).toMatchObject({ headSha: 'a2', headRepo: 'o/prs', baseRef: 'dev' });
      expect(await store.getPullRequest('o/prs', 1)).toEqual(updated);
      expect(await store.getPullRequest('o/prs', 2)).toBeNull();
      expect(await store.getPullRequest('o/other', 1)).toBeNull();
    });

    it('clears the approval on a new head, unless the head is unchanged or the approved one', async () => {
      const head = (sha: string) => ({ sha, repo: 'fork/prs', baseRef: 'main' });
      await store.setPullRequestHead('o/prs', 2, head('b1'));
      const approved = await store.approvePullRequest('o/prs', 2, 'b1', 'maintainer');
      expect(approved).toMatchObject({ headSha: 'b1', approvedSha: 'b1', approvedBy: 'maintainer' });
      const approval = { approvedSha: 'b1', approvedBy: 'maintainer' };
      expect(await other.setPullRequestHead('o/prs', 2, head('b1'))).toMatchObject({
        headSha: 'b1',
        ...approval,
      });
      expect(await other.setPullRequestHead('o/prs', 2, head('b2'))).toMatchObject({
        headSha: 'b2',
        approvedSha: null,
        approvedBy: null,
      });
      // An approval of a head the PR has not reached yet survives until it arrives.
      await store.approvePullRequest('o/prs', 2, 'b3', 'maintainer');
      expect(await store.setPullRequestHead('o/prs', 2, head('b3'))).toMatchObject({
        headSha: 'b3',
        approvedSha: 'b3',
        approvedBy: 'maintainer',
      });
      expect(await store.setPullRequestHead('o/prs', 2, head('b4'))).toMatchObject({ approvedSha: null });
    });

    it('keeps an acceptance across new heads, and marks only stored PRs', async () => {
      await store.setPullRequestHead('o/prs', 3, { sha: 'c1', repo: 'o/prs', baseRef: 'main' });
      expect(await other.acceptPullRequest('o/prs', 3, 'c1', 'lead')).toMatchObject({
        acceptedSha: 'c1',
        acceptedBy: 'lead',
        approvedSha: null,
      });
      expect(
        await store.setPullRequestHead('o/prs', 3, { sha: 'c2', repo: 'o/prs', baseRef: 'main' }),
      ).toMatchObject({ headSha: 'c2', acceptedSha: 'c1', acceptedBy: 'lead' });
      expect(await store.approvePullRequest('o/prs', 404, 'c1', 'lead')).toBeNull();
      expect(await store.acceptPullRequest('o/prs', 404, 'c1', 'lead')).toBeNull();
      expect(await store.approvePullRequest('o/nope', 3, 'c1', 'lead')).toBeNull();
      expect(await store.getPullRequest('o/prs', 404)).toBeNull();
    });

    it('finds the most recently updated PR by its head commit', async () => {
      const head = (sha: string) => ({ sha, repo: 'fork/find', baseRef: 'main' });
      const tick = () => new Promise((resolve) => setTimeout(resolve, 5));
      await store.setPullRequestHead('o/find', 11, head('shared'));
      await tick();
      await other.setPullRequestHead('o/find', 12, head('shared'));
      await store.setPullRequestHead('o/find', 13, head('own'));
      expect((await store.findPullRequestByHead('o/find', 'shared'))?.pr).toBe(12);
      expect((await store.findPullRequestByHead('o/find', 'own'))?.pr).toBe(13);
      await tick();
      await other.setPullRequestHead('o/find', 11, head('shared'));
      expect((await store.findPullRequestByHead('o/find', 'shared'))?.pr).toBe(11);
      await other.setPullRequestHead('o/find', 13, head('moved'));
      expect(await store.findPullRequestByHead('o/find', 'own')).toBeNull();
      expect(await store.findPullRequestByHead('o/other', 'shared')).toBeNull();
    });

    it("sets a head commit's check run and workflow run, keeping an omitted one", async () => {
      expect(await store.getHead('o/heads', 'd1')).toBeNull();
      const first = await store.setHead('o/heads', 'd1', { checkRunId: 40_000_000_001 });
      expect(first).toEqual({
        repo: 'o/heads',
        sha: 'd1',
        checkRunId: 40_000_000_001,
        workflowRunId: null,
        updatedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      });
      expect(await other.setHead('o/heads', 'd1', { workflowRunId: 17_000_000_002 })).toMatchObject({
        checkRunId: 40_000_000_001,
        workflowRunId: 17_000_000_002,
      });
      expect(await store.setHead('o/heads', 'd1', { checkRunId: 40_000_000_003 })).toMatchObject({
        checkRunId: 40_000_000_003,
        workflowRunId: 17_000_000_002,
      });
      expect(await store.setHead('o/heads', 'd1', {})).toMatchObject({
        checkRunId: 40_000_000_003,
        workflowRunId: 17_000_000_002,
      });
      expect(await other.getHead('o/heads', 'd1')).toMatchObject({ checkRunId: 40_000_000_003 });
      expect(await store.setHead('o/heads', 'd2', { workflowRunId: 9 })).toMatchObject({
        checkRunId: null,
        workflowRunId: 9,
      });
      expect(await store.getHead('o/other', 'd1')).toBeNull();
    });

    it('leaves one consistent PR row and head row under 20 concurrent writes from two stores', async () => {
      await store.setPullRequestHead('o/busy', 1, { sha: 'h0', repo: 'fork0/busy', baseRef: 'base0' });
      await store.approvePullRequest('o/busy', 1, 'h0', 'maintainer');
      // Even writes repeat the approved head h0; odd writes bring new heads, each clearing the approval.
      const states = await Promise.all(
        Array.from({ length: 20 }, (_, i) => {
          const n = i % 2 ? i : 0;
          return (i % 2 ? other : store).setPullRequestHead('o/busy', 1, {
            sha: `h${n}`,
            repo: `fork${n}/busy`,
            baseRef: `base${n}`,
          });
        }),
      );
      for (const s of states) {
        const n = s.headSha.slice(1);
        expect(s).toMatchObject({ headRepo: `fork${n}/busy`, baseRef: `base${n}` });
        if (s.approvedSha !== null) expect(s).toMatchObject({ headSha: 'h0', approvedBy: 'maintainer' });
        else expect(s.approvedBy).toBeNull();
      }
      const final = await store.getPullRequest('o/busy', 1);
      expect(states).toContainEqual(final);
      expect(final).toMatchObject({ approvedSha: null, approvedBy: null });

      const heads = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          (i % 2 ? other : store).setHead(
            'o/busy',
            'h0',
            i % 2 ? { workflowRunId: 200 + i } : { checkRunId: 100 + i },
          ),
        ),
      );
      const head = await other.getHead('o/busy', 'h0');
      expect(heads).toContainEqual(head);
      expect(head?.checkRunId).toBeOneOf(Array.from({ length: 10 }, (_, i) => 100 + 2 * i));
      expect(head?.workflowRunId).toBeOneOf(Array.from({ length: 10 }, (_, i) => 201 + 2 * i));
    });

    it('gives one delivery, one comment winner and exact counts across 2 processes × 10 concurrent claims', async () => {
      const results = await race(engine, 2, 10);
      expect(results).toHaveLength(20);
      expect(results.filter((r) => r.delivery)).toHaveLength(1);
      expect(results.filter((r) => r.comment)).toHaveLength(1);
      expect(results.map((r) => r.evaluations).sort((x, y) => x - y)).toEqual(
        Array.from({ length: 20 }, (_, i) => i + 1),
      );
      expect((await store.claimComment('o/race', 1, 'after')).won).toBe(false);
      expect((await store.getLedger('o/race', 'race-fp'))?.evaluations).toBe(20);
      expect(results.map((r) => r.pullRequest)).toContainEqual(await store.getPullRequest('o/race', 1));
      const head = await store.getHead('o/race', 'race-sha');
      expect(results.map((r) => r.head)).toContainEqual(head);
      expect(head?.checkRunId).not.toBeNull();
      expect(head?.workflowRunId).not.toBeNull();
    }, 60_000);
  });
}

describe('migrations', () => {
  it('keep migration 1 byte for byte: existing databases have applied it', () => {
    const [v1] = MIGRATIONS;
    const sha256 = (text: string | undefined) =>
      createHash('sha256')
        .update(text ?? '')
        .digest('hex');
    expect(v1?.version).toBe(1);
    expect(sha256(v1?.sqlite)).toBe('487ba4b2097fe9f27857b6b211c435e3d62eb71ba429758ca7ed9d36ee977901');
    expect(sha256(v1?.postgres)).toBe('291e2e6393e4dd586b3c0c9b49f6b1e042d60543d3fa9d4de6d2d8284dfe2de6');
  });

  it('are numbered 1, 2, … in order', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });
});

describe('openStore', () => {
  it('opens SQLite at TRAINSPOTTER_DB when DATABASE_URL is unset', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'trainspotter-open-'));
    try {
      const store = await openStore({ TRAINSPOTTER_DB: join(dir, 'x.sqlite') });
      expect(store.engine).toBe('sqlite');
      expect(await store.migrations()).toEqual([1, 2]);
      await store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects a tolerance outside (0, 1)', async () => {
    await expect(openStore({ TRAINSPOTTER_VALIDATION_TOLERANCE: '2' })).rejects.toThrow(
      /TRAINSPOTTER_VALIDATION_TOLERANCE/,
    );
  });
});
