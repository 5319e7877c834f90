import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPORT_SCHEMA_VERSION, type Report } from '../../core/report.js';
import { validationBudget } from '../../core/validation-budget.js';
import { openStore } from './index.js';
import { PostgresStore } from './postgres.js';
import { SqliteStore } from './sqlite.js';
import type { LedgerOptions, Store } from './store.js';

const PG_URL = process.env.TRAINSPOTTER_TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
const LEDGER: LedgerOptions = { delta: 0.05, tolerance: 0.05 };

/** Why PostgreSQL cannot be used here, or null when it answers. */
async function probe(url: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (e) {
    return (e as Error).message || String(e);
  } finally {
    await client.end().catch(() => {});
  }
}

const pgUnavailable = await probe(PG_URL);

interface Engine {
  readonly name: string;
  readonly skip: string | null;
  setup(): Promise<void>;
  /** A store on the engine's shared database; each call is a separate connection (pool or file handle). */
  open(): Promise<Store>;
  /** What a separate process needs to open the same store (race-child.ts). */
  race(): Record<string, string>;
  teardown(): Promise<void>;
}

function sqliteEngine(): Engine {
  let dir = '';
  return {
    name: 'SQLite (temp file)',
    skip: null,
    async setup() {
      dir = mkdtempSync(join(tmpdir(), 'trainspotter-store-'));
    },
    open: () => SqliteStore.open(join(dir, 'store.sqlite'), LEDGER),
    race: () => ({ engine: 'sqlite', path: join(dir, 'store.sqlite') }),
    async teardown() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function postgresEngine(): Engine {
  const schema = `trainspotter_test_${process.pid}_${Date.now()}`;
  return {
    name: `PostgreSQL (${PG_URL.replace(/:[^:@/]*@/, ':***@')}, schema ${schema})`,
    skip: pgUnavailable,
    async setup() {},
    open: () => PostgresStore.open({ connectionString: PG_URL, schema }, LEDGER),
    race: () => ({ engine: 'postgres', url: PG_URL, schema }),
    async teardown() {
      const client = new pg.Client({ connectionString: PG_URL });
      await client.connect();
      try {
        await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
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
const CHILD = join(dirname(fileURLToPath(import.meta.url)), 'race-child.ts');

interface RaceResult {
  readonly delivery: boolean;
  readonly comment: boolean;
  readonly evaluations: number;
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
        expect(await store.migrations()).toEqual([1]);
        expect(await third.migrations()).toEqual([1]);
      } finally {
        await third.close();
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
    }, 60_000);
  });
}

describe('openStore', () => {
  it('opens SQLite at TRAINSPOTTER_DB when DATABASE_URL is unset', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'trainspotter-open-'));
    try {
      const store = await openStore({ TRAINSPOTTER_DB: join(dir, 'x.sqlite') });
      expect(store.engine).toBe('sqlite');
      expect(await store.migrations()).toEqual([1]);
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
