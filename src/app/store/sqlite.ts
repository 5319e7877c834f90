import Database from 'better-sqlite3';
import type { Report } from '../../core/report.js';
import { MIGRATIONS, MIGRATIONS_TABLE } from './migrations.js';
import {
  checkN,
  num,
  type Row,
  toBaseline,
  toClaim,
  toHead,
  toLedger,
  toPullRequest,
  toReport,
} from './rows.js';
import type {
  Baseline,
  CommentClaim,
  HeadState,
  LedgerEntry,
  LedgerOptions,
  PullRequestState,
  Store,
  StoredReport,
} from './store.js';

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

  async countReports(repo: string, sha: string): Promise<number> {
    const row = this.db
      .prepare('SELECT COUNT(*) AS n FROM reports WHERE repo = ? AND sha = ?')
      .get(repo, sha) as Row;
    return num(row.n);
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

  async releaseDelivery(id: string): Promise<void> {
    this.db.prepare('DELETE FROM deliveries WHERE id = ?').run(id);
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

  async setPullRequestHead(
    repo: string,
    pr: number,
    head: { readonly sha: string; readonly repo: string; readonly baseRef: string },
  ): Promise<PullRequestState> {
    // SET reads the old row, so the CASE compares the new head with the previous one.
    const row = this.db
      .prepare(
        `INSERT INTO pull_requests (repo, pr, head_sha, head_repo, base_ref, updated_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (repo, pr) DO UPDATE SET head_sha = excluded.head_sha, head_repo = excluded.head_repo,
           base_ref = excluded.base_ref, updated_at = excluded.updated_at,
           approved_sha = CASE WHEN excluded.head_sha IN (pull_requests.head_sha, pull_requests.approved_sha)
             THEN pull_requests.approved_sha ELSE NULL END,
           approved_by = CASE WHEN excluded.head_sha IN (pull_requests.head_sha, pull_requests.approved_sha)
             THEN pull_requests.approved_by ELSE NULL END
         RETURNING *`,
      )
      .get(repo, pr, head.sha, head.repo, head.baseRef, new Date().toISOString()) as Row;
    return toPullRequest(row);
  }

  async getPullRequest(repo: string, pr: number): Promise<PullRequestState | null> {
    const row = this.db.prepare('SELECT * FROM pull_requests WHERE repo = ? AND pr = ?').get(repo, pr) as
      | Row
      | undefined;
    return row ? toPullRequest(row) : null;
  }

  async findPullRequestByHead(repo: string, sha: string): Promise<PullRequestState | null> {
    const row = this.db
      .prepare(
        'SELECT * FROM pull_requests WHERE repo = ? AND head_sha = ? ORDER BY updated_at DESC, pr DESC LIMIT 1',
      )
      .get(repo, sha) as Row | undefined;
    return row ? toPullRequest(row) : null;
  }

  async approvePullRequest(
    repo: string,
    pr: number,
    sha: string,
    by: string,
  ): Promise<PullRequestState | null> {
    return this.mark('approved', repo, pr, sha, by);
  }

  async acceptPullRequest(
    repo: string,
    pr: number,
    sha: string,
    by: string,
  ): Promise<PullRequestState | null> {
    return this.mark('accepted', repo, pr, sha, by);
  }

  /** Sets a PR's approval or acceptance; null when the PR is not stored. */
  private mark(
    what: 'approved' | 'accepted',
    repo: string,
    pr: number,
    sha: string,
    by: string,
  ): PullRequestState | null {
    const row = this.db
      .prepare(
        `UPDATE pull_requests SET ${what}_sha = ?, ${what}_by = ?, updated_at = ? WHERE repo = ? AND pr = ?
         RETURNING *`,
      )
      .get(sha, by, new Date().toISOString(), repo, pr) as Row | undefined;
    return row ? toPullRequest(row) : null;
  }

  async setHead(
    repo: string,
    sha: string,
    ids: { readonly checkRunId?: number; readonly workflowRunId?: number },
  ): Promise<HeadState> {
    const row = this.db
      .prepare(
        `INSERT INTO heads (repo, sha, check_run_id, workflow_run_id, updated_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (repo, sha) DO UPDATE SET
           check_run_id = COALESCE(excluded.check_run_id, heads.check_run_id),
           workflow_run_id = COALESCE(excluded.workflow_run_id, heads.workflow_run_id),
           updated_at = excluded.updated_at
         RETURNING *`,
      )
      .get(repo, sha, ids.checkRunId ?? null, ids.workflowRunId ?? null, new Date().toISOString()) as Row;
    return toHead(row);
  }

  async getHead(repo: string, sha: string): Promise<HeadState | null> {
    const row = this.db.prepare('SELECT * FROM heads WHERE repo = ? AND sha = ?').get(repo, sha) as
      | Row
      | undefined;
    return row ? toHead(row) : null;
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
