/** Versioned schema migrations; each runs once per database, recorded in `schema_migrations`. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sqlite: string;
  readonly postgres: string;
}

const common = (id: string, bigint: string): string => `
CREATE TABLE reports (
  id ${id},
  repo TEXT NOT NULL,
  sha TEXT NOT NULL,
  seed ${bigint} NOT NULL,
  report TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX reports_repo_sha ON reports (repo, sha);
CREATE TABLE baselines (
  repo TEXT NOT NULL,
  branch TEXT NOT NULL,
  sha TEXT NOT NULL,
  report_ids TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (repo, branch)
);
CREATE TABLE deliveries (
  id TEXT PRIMARY KEY,
  received_at TEXT NOT NULL
);
CREATE TABLE comments (
  repo TEXT NOT NULL,
  pr ${bigint} NOT NULL,
  owner TEXT NOT NULL,
  comment_id ${bigint},
  claimed_at TEXT NOT NULL,
  PRIMARY KEY (repo, pr)
);
CREATE TABLE validation_ledger (
  repo TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  n ${bigint} NOT NULL,
  evaluations ${bigint} NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (repo, fingerprint)
);
`;

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'reports, baselines, deliveries, comments, validation ledger',
    sqlite: common('INTEGER PRIMARY KEY AUTOINCREMENT', 'INTEGER'),
    postgres: common('BIGSERIAL PRIMARY KEY', 'BIGINT'),
  },
];

export const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  applied_at TEXT NOT NULL
)`;
