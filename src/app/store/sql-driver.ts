import type { Row } from './rows.js';

/** What one statement gave back: its rows (a SELECT or a RETURNING clause) and how many rows it changed. */
export interface SqlResult {
  readonly rows: Row[];
  readonly changes: number;
}

/** One connection to the database, as the SQL store uses it. */
export interface SqlConnection {
  /**
   * Runs one statement. Parameters are `?` placeholders, in order; the statements of the store
   * never hold a `?` inside a string literal, so a driver may number them as its engine wants.
   */
  query(sql: string, params?: readonly unknown[]): Promise<SqlResult>;
  /** Runs a script of several statements without parameters (a migration). */
  exec(sql: string): Promise<void>;
}

/** A database engine under the SQL store: SQLite (better-sqlite3) or PostgreSQL (pg). */
export interface SqlDriver extends SqlConnection {
  readonly engine: 'sqlite' | 'postgres';
  /**
   * Runs `fn` in one transaction that holds the engine's migration lock, so that several
   * processes opening one database migrate it once; rolled back when `fn` throws.
   */
  migrationTransaction<T>(fn: (connection: SqlConnection) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
