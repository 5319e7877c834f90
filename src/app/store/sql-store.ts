import type { Report } from '../../core/report.js';
import { MIGRATIONS, MIGRATIONS_TABLE } from './migrations.js';
import {
  cellToFinite,
  checkN,
  type Row,
  toBaseline,
  toClaim,
  toHead,
  toLedger,
  toPullRequest,
  toReport,
} from './rows.js';
import type { SqlDriver } from './sql-driver.js';
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

const now = () => new Date().toISOString();

/**
 * The app's store in SQL that SQLite and PostgreSQL both speak, over a small driver per engine
 * (sqlite.ts, postgres.ts). Claims, counts and upserts are single statements with conflict
 * clauses, so they are atomic across processes on either engine.
 */
export class SqlStore implements Store {
  readonly engine: 'sqlite' | 'postgres';

  protected constructor(
    private readonly db: SqlDriver,
    private readonly ledger: LedgerOptions,
  ) {
    this.engine = db.engine;
  }

  /** Applies the migrations this database lacks, once across processes. */
  protected async migrate(): Promise<void> {
    await this.db.migrationTransaction(async (tx) => {
      await tx.exec(MIGRATIONS_TABLE);
      const { rows } = await tx.query('SELECT version FROM schema_migrations');
      const done = new Set(rows.map((r) => cellToFinite(r.version)));
      for (const m of MIGRATIONS) {
        if (done.has(m.version)) continue;
        await tx.exec(m[this.engine]);
        await tx.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [
          m.version,
          m.name,
          now(),
        ]);
      }
    });
  }

  private async rows(sql: string, params: readonly unknown[] = []): Promise<Row[]> {
    return (await this.db.query(sql, params)).rows;
  }

  /** The one row a statement must return (an upsert's RETURNING). */
  private async row(sql: string, params: readonly unknown[], what: string): Promise<Row> {
    const [row] = await this.rows(sql, params);
    if (!row) throw new Error(`store: ${what} returned no row`);
    return row;
  }

  async migrations(): Promise<number[]> {
    return (await this.rows('SELECT version FROM schema_migrations ORDER BY version')).map((r) =>
      cellToFinite(r.version),
    );
  }

  async saveReport(repo: string, sha: string, report: Report): Promise<number> {
    const row = await this.row(
      'INSERT INTO reports (repo, sha, seed, report, created_at) VALUES (?, ?, ?, ?, ?) RETURNING id',
      [repo, sha, report.run.seed, JSON.stringify(report), now()],
      'report insert',
    );
    return cellToFinite(row.id);
  }

  async getReports(repo: string, sha: string): Promise<StoredReport[]> {
    return (await this.rows('SELECT * FROM reports WHERE repo = ? AND sha = ? ORDER BY id', [repo, sha])).map(
      toReport,
    );
  }

  async countReports(repo: string, sha: string): Promise<number> {
    const row = await this.row(
      'SELECT COUNT(*) AS n FROM reports WHERE repo = ? AND sha = ?',
      [repo, sha],
      'report count',
    );
    return cellToFinite(row.n);
  }

  async getReport(id: number): Promise<StoredReport | null> {
    const [row] = await this.rows('SELECT * FROM reports WHERE id = ?', [id]);
    return row ? toReport(row) : null;
  }

  async setBaseline(repo: string, branch: string, sha: string, reportIds: readonly number[]): Promise<void> {
    await this.db.query(
      `INSERT INTO baselines (repo, branch, sha, report_ids, updated_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (repo, branch) DO UPDATE SET sha = excluded.sha, report_ids = excluded.report_ids,
         updated_at = excluded.updated_at`,
      [repo, branch, sha, JSON.stringify(reportIds), now()],
    );
  }

  async getBaseline(repo: string, branch: string): Promise<Baseline | null> {
    const [row] = await this.rows('SELECT * FROM baselines WHERE repo = ? AND branch = ?', [repo, branch]);
    return row ? toBaseline(row) : null;
  }

  async claimDelivery(id: string): Promise<boolean> {
    const { changes } = await this.db.query(
      'INSERT INTO deliveries (id, received_at) VALUES (?, ?) ON CONFLICT (id) DO NOTHING',
      [id, now()],
    );
    return changes === 1;
  }

  async releaseDelivery(id: string): Promise<void> {
    await this.db.query('DELETE FROM deliveries WHERE id = ?', [id]);
  }

  async claimComment(repo: string, pr: number, claimant: string): Promise<CommentClaim> {
    const [inserted] = await this.rows(
      `INSERT INTO comments (repo, pr, owner, comment_id, claimed_at) VALUES (?, ?, ?, NULL, ?)
       ON CONFLICT (repo, pr) DO NOTHING RETURNING *`,
      [repo, pr, claimant, now()],
    );
    if (inserted) return toClaim(inserted, true);
    // The conflicting insert waited for the winner's commit, so its row is visible now.
    const row = await this.row(
      'SELECT * FROM comments WHERE repo = ? AND pr = ?',
      [repo, pr],
      `comment claim of ${repo}#${pr}`,
    );
    return toClaim(row, false);
  }

  async setCommentId(repo: string, pr: number, commentId: number): Promise<void> {
    await this.db.query('UPDATE comments SET comment_id = ? WHERE repo = ? AND pr = ?', [
      commentId,
      repo,
      pr,
    ]);
  }

  async setPullRequestHead(
    repo: string,
    pr: number,
    head: { readonly sha: string; readonly repo: string; readonly baseRef: string },
  ): Promise<PullRequestState> {
    // SET reads the old row, so the CASE compares the new head with the previous one.
    const row = await this.row(
      `INSERT INTO pull_requests (repo, pr, head_sha, head_repo, base_ref, updated_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (repo, pr) DO UPDATE SET head_sha = excluded.head_sha, head_repo = excluded.head_repo,
         base_ref = excluded.base_ref, updated_at = excluded.updated_at,
         approved_sha = CASE WHEN excluded.head_sha IN (pull_requests.head_sha, pull_requests.approved_sha)
           THEN pull_requests.approved_sha ELSE NULL END,
         approved_by = CASE WHEN excluded.head_sha IN (pull_requests.head_sha, pull_requests.approved_sha)
           THEN pull_requests.approved_by ELSE NULL END
       RETURNING *`,
      [repo, pr, head.sha, head.repo, head.baseRef, now()],
      'pull request upsert',
    );
    return toPullRequest(row);
  }

  async getPullRequest(repo: string, pr: number): Promise<PullRequestState | null> {
    const [row] = await this.rows('SELECT * FROM pull_requests WHERE repo = ? AND pr = ?', [repo, pr]);
    return row ? toPullRequest(row) : null;
  }

  async findPullRequestByHead(repo: string, sha: string): Promise<PullRequestState | null> {
    const [row] = await this.rows(
      'SELECT * FROM pull_requests WHERE repo = ? AND head_sha = ? ORDER BY updated_at DESC, pr DESC LIMIT 1',
      [repo, sha],
    );
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
  private async mark(
    what: 'approved' | 'accepted',
    repo: string,
    pr: number,
    sha: string,
    by: string,
  ): Promise<PullRequestState | null> {
    const [row] = await this.rows(
      `UPDATE pull_requests SET ${what}_sha = ?, ${what}_by = ?, updated_at = ? WHERE repo = ? AND pr = ?
       RETURNING *`,
      [sha, by, now(), repo, pr],
    );
    return row ? toPullRequest(row) : null;
  }

  async setHead(
    repo: string,
    sha: string,
    ids: { readonly checkRunId?: number; readonly workflowRunId?: number },
  ): Promise<HeadState> {
    const row = await this.row(
      `INSERT INTO heads (repo, sha, check_run_id, workflow_run_id, updated_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (repo, sha) DO UPDATE SET
         check_run_id = COALESCE(excluded.check_run_id, heads.check_run_id),
         workflow_run_id = COALESCE(excluded.workflow_run_id, heads.workflow_run_id),
         updated_at = excluded.updated_at
       RETURNING *`,
      [repo, sha, ids.checkRunId ?? null, ids.workflowRunId ?? null, now()],
      'head upsert',
    );
    return toHead(row);
  }

  async getHead(repo: string, sha: string): Promise<HeadState | null> {
    const [row] = await this.rows('SELECT * FROM heads WHERE repo = ? AND sha = ?', [repo, sha]);
    return row ? toHead(row) : null;
  }

  async recordEvaluation(repo: string, fingerprint: string, n: number): Promise<LedgerEntry> {
    checkN(n);
    const row = await this.row(
      `INSERT INTO validation_ledger (repo, fingerprint, n, evaluations, updated_at) VALUES (?, ?, ?, 1, ?)
       ON CONFLICT (repo, fingerprint) DO UPDATE SET n = excluded.n,
         evaluations = validation_ledger.evaluations + 1, updated_at = excluded.updated_at
       RETURNING *`,
      [repo, fingerprint, n, now()],
      'ledger upsert',
    );
    return toLedger(row, this.ledger);
  }

  async getLedger(repo: string, fingerprint: string): Promise<LedgerEntry | null> {
    const [row] = await this.rows('SELECT * FROM validation_ledger WHERE repo = ? AND fingerprint = ?', [
      repo,
      fingerprint,
    ]);
    return row ? toLedger(row, this.ledger) : null;
  }

  async close(): Promise<void> {
    await this.db.close();
  }
}
