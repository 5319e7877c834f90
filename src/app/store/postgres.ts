import pg from 'pg';
import type { Row } from './rows.js';
import type { SqlConnection, SqlDriver, SqlResult } from './sql-driver.js';
import { SqlStore } from './sql-store.js';
import type { LedgerOptions } from './store.js';

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

/** `?` placeholders numbered as PostgreSQL wants them: `$1`, `$2` ... */
function numbered(sql: string): string {
  let i = 0;
  return sql.replaceAll('?', () => `$${++i}`);
}

/** One pool client or the pool itself, as a SqlConnection. */
function connection(on: pg.Pool | pg.PoolClient): SqlConnection {
  return {
    async query(sql, params = []): Promise<SqlResult> {
      const result = await on.query(numbered(sql), [...params]);
      return { rows: result.rows as Row[], changes: result.rowCount ?? 0 };
    },
    async exec(sql) {
      await on.query(sql);
    },
  };
}

/** pg's pool under the SQL store. */
class PostgresDriver implements SqlDriver {
  readonly engine = 'postgres' as const;
  private readonly on: SqlConnection;

  constructor(private readonly pool: pg.Pool) {
    this.on = connection(pool);
  }

  query(sql: string, params?: readonly unknown[]): Promise<SqlResult> {
    return this.on.query(sql, params);
  }

  exec(sql: string): Promise<void> {
    return this.on.exec(sql);
  }

  async migrationTransaction<T>(fn: (connection: SqlConnection) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      const result = await fn(connection(client));
      await client.query('COMMIT');
      return result;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => {});
      throw e;
    } finally {
      client.release();
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

/** The shared store: PostgreSQL through a `pg` pool; claims and counts are single atomic statements. */
export class PostgresStore extends SqlStore {
  /** Connects, creates `options.schema` when missing and migrates; the pool is closed when that fails. */
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
    const store = new PostgresStore(new PostgresDriver(pool), ledger);
    try {
      await store.migrate();
    } catch (e) {
      await pool.end();
      throw e;
    }
    return store;
  }
}
