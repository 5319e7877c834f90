import { InputError } from '../../core/errors.js';
import { PostgresStore } from './postgres.js';
import { SqliteStore } from './sqlite.js';
import { DEFAULT_LEDGER, type LedgerOptions, type Store } from './store.js';

export { PostgresStore } from './postgres.js';
export { SqliteStore } from './sqlite.js';
export type {
  Baseline,
  CommentClaim,
  HeadState,
  LedgerEntry,
  LedgerOptions,
  PullRequestState,
  Store,
  StoredReport,
} from './store.js';
export { DEFAULT_LEDGER } from './store.js';

const DEFAULT_SQLITE_PATH = './trainspotter.sqlite';

function fraction(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const x = Number(raw);
  if (!(x > 0 && x < 1))
    throw new InputError(`${name} must be a number in (0, 1), got ${JSON.stringify(raw)}.`);
  return x;
}

/** The ledger's delta and tolerance from TRAINSPOTTER_VALIDATION_DELTA / _TOLERANCE. */
function ledgerOptions(env: NodeJS.ProcessEnv): LedgerOptions {
  return {
    delta: fraction(env, 'TRAINSPOTTER_VALIDATION_DELTA', DEFAULT_LEDGER.delta),
    tolerance: fraction(env, 'TRAINSPOTTER_VALIDATION_TOLERANCE', DEFAULT_LEDGER.tolerance),
  };
}

/**
 * PostgreSQL when DATABASE_URL is set, else SQLite at TRAINSPOTTER_DB (default
 * ./trainspotter.sqlite); migrated before it is returned.
 */
export async function openStore(env: NodeJS.ProcessEnv = process.env): Promise<Store> {
  const ledger = ledgerOptions(env);
  const url = env.DATABASE_URL;
  if (url) return PostgresStore.open({ connectionString: url }, ledger);
  return SqliteStore.open(env.TRAINSPOTTER_DB || DEFAULT_SQLITE_PATH, ledger);
}
