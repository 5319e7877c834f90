import pg from 'pg';
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

/** Any key of the advisory lock that serialises migrations across app processes. */
const MIGRATION_LOCK = 0x7472_6e73;

export interface PostgresOptions {
  readonly connectionString: string;
  /** A schema to work in (search_path); created if missing. Default: the server's search_path. */
  readonly schema?: string;
  readonly max?: number;
}

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** The shared store: PostgreSQL through a `pg` pool; claims and counts are single atomic statements. */
export class PostgresStore implements Store {
  readonly engine = 'postgres' as const;

  private constructor(
    private readonly pool: pg.Pool,
    private readonly ledger: LedgerOptions,
  ) {}

  static async open(options: PostgresOptions, ledger: LedgerOptions): Promise<PostgresStore> {
    if (options.schema) {
      const setup = new pg.Client({ connectionString: options.connectionString });
      await setup.connect();
      try {
        await setup.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(options.schema)}`);
      } catch (e) {
        // Two processes creating one schema at once: the loser's unique violation is harmless.
        if ((e as { code?: string }).code !== '23505') throw e;
      } finally {
        await setup.end();
      }
    }
    const pool = new pg.Pool({
      connectionString: options.connectionString,
      max: options.max ?? 10,
      ...(options.schema ? { options: `-c search_path=${quoteIdent(options.schema)}` } : {}),
    });
    const store = new PostgresStore(pool, ledger);
    try {
      await store.migrate();
    } catch (e) {
      await pool.end();
      throw e;
    }
    return store;
  }

  private async migrate(): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await client.query(MIGRATIONS_TABLE);
      const done = new Set(
        ((await client.query('SELECT version FROM schema_migrations')).rows as Row[]).map((r) =>
          num(r.version),
        ),
      );
      for (const m of MIGRATIONS) {
        if (done.has(m.version)) continue;
        await client.query(m.postgres);
        await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [
          m.version,
          m.name,
          new Date().toISOString(),
        ]);
      }
      await client.query('COMMIT');
    } catch (e) {
      await client.query('ROLLBACK').catch(() => {});
      throw e;
    } finally {
      client.release();
    }
  }

  private async rows(sql: string, params: unknown[] = []): Promise<Row[]> {
    return (await this.pool.query(sql, params)).rows as Row[];
  }

  async migrations(): Promise<number[]> {
    return (await this.rows('SELECT version FROM schema_migrations ORDER BY version')).map((r) =>
      num(r.version),
    );
  }

  async saveReport(repo: string, sha: string, report: Report): Promise<number> {
    const [row] = await this.rows(
      'INSERT INTO reports (repo, sha, seed, report, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id',
      [repo, sha, report.run.seed, JSON.stringify(report), new Date().toISOString()],
    );
    return num(row?.id);
  }

  async getReports(repo: string, sha: string): Promise<StoredReport[]> {
    return (
      await this.rows('SELECT * FROM reports WHERE repo = $1 AND sha = $2 ORDER BY id', [repo, sha])
    ).map(toReport);
  }

  async countReports(repo: string, sha: string): Promise<number> {
    const [row] = await this.rows('SELECT COUNT(*) AS n FROM reports WHERE repo = $1 AND sha = $2', [
      repo,
      sha,
    ]);
    return num(row?.n);
  }

  async getReport(id: number): Promise<StoredReport | null> {
    const [row] = await this.rows('SELECT * FROM reports WHERE id = $1', [id]);
    return row ? toReport(row) : null;
  }

  async setBaseline(repo: string, branch: string, sha: string, reportIds: readonly number[]): Promise<void> {
    await this.pool.query(
      `INSERT INTO baselines (repo, branch, sha, report_ids, updated_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (repo, branch) DO UPDATE SET sha = excluded.sha, report_ids = excluded.report_ids,
         updated_at = excluded.updated_at`,
      [repo, branch, sha, JSON.stringify(reportIds), new Date().toISOString()],
    );
  }

  async getBaseline(repo: string, branch: string): Promise<Baseline | null> {
    const [row] = await this.rows('SELECT * FROM baselines WHERE repo = $1 AND branch = $2', [repo, branch]);
    return row ? toBaseline(row) : null;
  }

  async claimDelivery(id: string): Promise<boolean> {
    const result = await this.pool.query(
      'INSERT INTO deliveries (id, received_at) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING',
      [id, new Date().toISOString()],
    );
    return result.rowCount === 1;
  }

  async releaseDelivery(id: string): Promise<void> {
    await this.pool.query('DELETE FROM deliveries WHERE id = $1', [id]);
  }

  async claimComment(repo: string, pr: number, claimant: string): Promise<CommentClaim> {
    const inserted = await this.rows(
      `INSERT INTO comments (repo, pr, owner, comment_id, claimed_at) VALUES ($1, $2, $3, NULL, $4)
       ON CONFLICT (repo, pr) DO NOTHING RETURNING *`,
      [repo, pr, claimant, new Date().toISOString()],
    );
    if (inserted[0]) return toClaim(inserted[0], true);
    // The conflicting insert waited for the winner's commit, so its row is visible now.
    const [row] = await this.rows('SELECT * FROM comments WHERE repo = $1 AND pr = $2', [repo, pr]);
    if (!row) throw new Error(`store: comment claim of ${repo}#${pr} vanished`);
    return toClaim(row, false);
  }

  async setCommentId(repo: string, pr: number, commentId: number): Promise<void> {
    await this.pool.query('UPDATE comments SET comment_id = $1 WHERE repo = $2 AND pr = $3', [
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
    const [row] = await this.rows(
      `INSERT INTO pull_requests (repo, pr, head_sha, head_repo, base_ref, updated_at) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (repo, pr) DO UPDATE SET head_sha = excluded.head_sha, head_repo = excluded.head_repo,
         base_ref = excluded.base_ref, updated_at = excluded.updated_at,
         approved_sha = CASE WHEN excluded.head_sha IN (pull_requests.head_sha, pull_requests.approved_sha)
           THEN pull_requests.approved_sha ELSE NULL END,
         approved_by = CASE WHEN excluded.head_sha IN (pull_requests.head_sha, pull_requests.approved_sha)
           THEN pull_requests.approved_by ELSE NULL END
       RETURNING *`,
      [repo, pr, head.sha, head.repo, head.baseRef, new Date().toISOString()],
    );
    if (!row) throw new Error('store: pull request upsert returned no row');
    return toPullRequest(row);
  }

  async getPullRequest(repo: string, pr: number): Promise<PullRequestState | null> {
    const [row] = await this.rows('SELECT * FROM pull_requests WHERE repo = $1 AND pr = $2', [repo, pr]);
    return row ? toPullRequest(row) : null;
  }

  async findPullRequestByHead(repo: string, sha: string): Promise<PullRequestState | null> {
    const [row] = await this.rows(
      'SELECT * FROM pull_requests WHERE repo = $1 AND head_sha = $2 ORDER BY updated_at DESC, pr DESC LIMIT 1',
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
      `UPDATE pull_requests SET ${what}_sha = $1, ${what}_by = $2, updated_at = $3 WHERE repo = $4 AND pr = $5
       RETURNING *`,
      [sha, by, new Date().toISOString(), repo, pr],
    );
    return row ? toPullRequest(row) : null;
  }

  async setHead(
    repo: string,
    sha: string,
    ids: { readonly checkRunId?: number; readonly workflowRunId?: number },
  ): Promise<HeadState> {
    const [row] = await this.rows(
      `INSERT INTO heads (repo, sha, check_run_id, workflow_run_id, updated_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (repo, sha) DO UPDATE SET
         check_run_id = COALESCE(excluded.check_run_id, heads.check_run_id),
         workflow_run_id = COALESCE(excluded.workflow_run_id, heads.workflow_run_id),
         updated_at = excluded.updated_at
       RETURNING *`,
      [repo, sha, ids.checkRunId ?? null, ids.workflowRunId ?? null, new Date().toISOString()],
    );
    if (!row) throw new Error('store: head upsert returned no row');
    return toHead(row);
  }

  async getHead(repo: string, sha: string): Promise<HeadState | null> {
    const [row] = await this.rows('SELECT * FROM heads WHERE repo = $1 AND sha = $2', [repo, sha]);
    return row ? toHead(row) : null;
  }

  async recordEvaluation(repo: string, fingerprint: string, n: number): Promise<LedgerEntry> {
    checkN(n);
    const [row] = await this.rows(
      `INSERT INTO validation_ledger (repo, fingerprint, n, evaluations, updated_at) VALUES ($1, $2, $3, 1, $4)
       ON CONFLICT (repo, fingerprint) DO UPDATE SET n = excluded.n,
         evaluations = validation_ledger.evaluations + 1, updated_at = excluded.updated_at
       RETURNING *`,
      [repo, fingerprint, n, new Date().toISOString()],
    );
    if (!row) throw new Error('store: ledger upsert returned no row');
    return toLedger(row, this.ledger);
  }

  async getLedger(repo: string, fingerprint: string): Promise<LedgerEntry | null> {
    const [row] = await this.rows('SELECT * FROM validation_ledger WHERE repo = $1 AND fingerprint = $2', [
      repo,
      fingerprint,
    ]);
    return row ? toLedger(row, this.ledger) : null;
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
