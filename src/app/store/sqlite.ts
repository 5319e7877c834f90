import Database from 'better-sqlite3';
import type { Row } from './rows.js';
import type { SqlConnection, SqlDriver, SqlResult } from './sql-driver.js';
import { SqlStore } from './sql-store.js';
import type { LedgerOptions } from './store.js';

/** better-sqlite3 under the SQL store: synchronous, so each statement is atomic within the process. */
class SqliteDriver implements SqlDriver {
  readonly engine = 'sqlite' as const;
  private readonly db: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();

  constructor(path: string) {
    this.db = new Database(path);
    this.db.pragma('busy_timeout = 5000');
    if (path !== ':memory:') this.db.pragma('journal_mode = WAL');
    this.db.pragma('foreign_keys = ON');
  }

  async query(sql: string, params: readonly unknown[] = []): Promise<SqlResult> {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    if (statement.reader) {
      const rows = statement.all(...params) as Row[];
      return { rows, changes: rows.length };
    }
    return { rows: [], changes: statement.run(...params).changes };
  }

  async exec(sql: string): Promise<void> {
    this.db.exec(sql);
  }

  async migrationTransaction<T>(fn: (connection: SqlConnection) => Promise<T>): Promise<T> {
    // IMMEDIATE takes the write lock first: two processes opening one file migrate once.
    this.db.exec('BEGIN IMMEDIATE');
    try {
      const result = await fn(this);
      this.db.exec('COMMIT');
      return result;
    } catch (e) {
      this.db.exec('ROLLBACK');
      throw e;
    }
  }

  async close(): Promise<void> {
    this.db.close();
  }
}

/**
 * The embedded store: one SQLite file (WAL, 5 s busy timeout, so several processes may share it);
 * the conflict clauses make the claims atomic across processes.
 */
export class SqliteStore extends SqlStore {
  /** Opens (creating when missing) and migrates the SQLite file at `path` (`:memory:` for none). */
  static async open(path: string, ledger: LedgerOptions): Promise<SqliteStore> {
    const store = new SqliteStore(new SqliteDriver(path), ledger);
    await store.migrate();
    return store;
  }
}
