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

const pullRequestsAndHeads = (bigint: string): string => `
CREATE TABLE pull_requests (
  repo TEXT NOT NULL,
  pr ${bigint} NOT NULL,
  head_sha TEXT NOT NULL,
  head_repo TEXT NOT NULL,
  base_ref TEXT NOT NULL,
  approved_sha TEXT,
  approved_by TEXT,
  accepted_sha TEXT,
  accepted_by TEXT,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (repo, pr)
);
CREATE INDEX pull_requests_repo_head_sha ON pull_requests (repo, head_sha);
CREATE TABLE heads (
  repo TEXT NOT NULL,
  sha TEXT NOT NULL,
  check_run_id ${bigint},
  workflow_run_id ${bigint},
  updated_at TEXT NOT NULL,
  PRIMARY KEY (repo, sha)
);
`;

/** Append only: a database records the versions it applied, so an applied migration never changes. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'reports, baselines, deliveries, comments, validation ledger',
    sqlite: common('INTEGER PRIMARY KEY AUTOINCREMENT', 'INTEGER'),
    postgres: common('BIGSERIAL PRIMARY KEY', 'BIGINT'),
  },
  {
    version: 2,
    name: 'pull request heads, approvals and acceptances; check and workflow runs of head commits',
    sqlite: pullRequestsAndHeads('INTEGER'),
    postgres: pullRequestsAndHeads('BIGINT'),
  },
];

export const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  applied_at TEXT NOT NULL
)`;
