import Database from 'better-sqlite3';
import type { Report } from '../../core/report.js';
import { MIGRATIONS, MIGRATIONS_TABLE } from './migrations.js';
import { checkN, num, type Row, toBaseline, toClaim, toLedger, toReport } from './rows.js';
import type { Baseline, CommentClaim, LedgerEntry, LedgerOptions, Store, StoredReport } from './store.js';

/**
 * The embedded store: one SQLite file (WAL, 5 s busy timeout, so several processes may share it).
 * better-sqlite3 is synchronous: each statement is atomic within the process, and the
 * conflict clauses make the claims atomic across processes.
 */
export class SqliteStore implements Store {
  readonly engine = 'sqlite' as const;
  private readonly db: Database.Database;

  private constructor(
    path: string,
    private readonly ledger: LedgerOptions,
  ) {
    this.db = new Database(path);
    this.db.pragma('busy_timeout = 5000');
    if (path !== ':memory:') this.db.pragma('journal_mode = WAL');
    this.db.pragma('foreign_keys = ON');
  }

  static async open(path: string, ledger: LedgerOptions): Promise<SqliteStore> {
    const store = new SqliteStore(path, ledger);
    store.migrate();
    return store;
  }

  private migrate(): void {
    this.db.exec(MIGRATIONS_TABLE);
    // IMMEDIATE takes the write lock first: two processes opening one file migrate once.
    this.db
      .transaction(() => {
        const done = new Set(
          (this.db.prepare('SELECT version FROM schema_migrations').all() as Row[]).map((r) =>
            num(r.version),
          ),
        );
        for (const m of MIGRATIONS) {
          if (done.has(m.version)) continue;
          this.db.exec(m.sqlite);
          this.db
            .prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)')
            .run(m.version, m.name, new Date().toISOString());
        }
      })
      .immediate();
  }

  async migrations(): Promise<number[]> {
    return (this.db.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as Row[]).map(
      (r) => num(r.version),
    );
  }

  async saveReport(repo: string, sha: string, report: Report): Promise<number> {
    const info = this.db
      .prepare('INSERT INTO reports (repo, sha, seed, report, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(repo, sha, report.run.seed, JSON.stringify(report), new Date().toISOString());
    return Number(info.lastInsertRowid);
  }

  async getReports(repo: string, sha: string): Promise<StoredReport[]> {
    const rows = this.db
      .prepare('SELECT * FROM reports WHERE repo = ? AND sha = ? ORDER BY id')
      .all(repo, sha) as Row[];
    return rows.map(toReport);
  }

  async getReport(id: number): Promise<StoredReport | null> {
    const row = this.db.prepare('SELECT * FROM reports WHERE id = ?').get(id) as Row | undefined;
    return row ? toReport(row) : null;
  }

  async setBaseline(repo: string, branch: string, sha: string, reportIds: readonly number[]): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO baselines (repo, branch, sha, report_ids, updated_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (repo, branch) DO UPDATE SET sha = excluded.sha, report_ids = excluded.report_ids,
           updated_at = excluded.updated_at`,
      )
      .run(repo, branch, sha, JSON.stringify(reportIds), new Date().toISOString());
  }

  async getBaseline(repo: string, branch: string): Promise<Baseline | null> {
    const row = this.db.prepare('SELECT * FROM baselines WHERE repo = ? AND branch = ?').get(repo, branch) as
      | Row
      | undefined;
    return row ? toBaseline(row) : null;
  }

  async claimDelivery(id: string): Promise<boolean> {
    const info = this.db
      .prepare('INSERT INTO deliveries (id, received_at) VALUES (?, ?) ON CONFLICT (id) DO NOTHING')
      .run(id, new Date().toISOString());
    return info.changes === 1;
  }

  async claimComment(repo: string, pr: number, claimant: string): Promise<CommentClaim> {
    const inserted = this.db
      .prepare(
        `INSERT INTO comments (repo, pr, owner, comment_id, claimed_at) VALUES (?, ?, ?, NULL, ?)
         ON CONFLICT (repo, pr) DO NOTHING`,
      )
      .run(repo, pr, claimant, new Date().toISOString());
    const row = this.db.prepare('SELECT * FROM comments WHERE repo = ? AND pr = ?').get(repo, pr) as Row;
    return toClaim(row, inserted.changes === 1);
  }

  async setCommentId(repo: string, pr: number, commentId: number): Promise<void> {
    this.db.prepare('UPDATE comments SET comment_id = ? WHERE repo = ? AND pr = ?').run(commentId, repo, pr);
  }

  async recordEvaluation(repo: string, fingerprint: string, n: number): Promise<LedgerEntry> {
    checkN(n);
    const row = this.db
      .prepare(
        `INSERT INTO validation_ledger (repo, fingerprint, n, evaluations, updated_at) VALUES (?, ?, ?, 1, ?)
         ON CONFLICT (repo, fingerprint) DO UPDATE SET n = excluded.n,
           evaluations = validation_ledger.evaluations + 1, updated_at = excluded.updated_at
         RETURNING *`,
      )
      .get(repo, fingerprint, n, new Date().toISOString()) as Row;
    return toLedger(row, this.ledger);
  }

  async getLedger(repo: string, fingerprint: string): Promise<LedgerEntry | null> {
    const row = this.db
      .prepare('SELECT * FROM validation_ledger WHERE repo = ? AND fingerprint = ?')
      .get(repo, fingerprint) as Row | undefined;
    return row ? toLedger(row, this.ledger) : null;
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
