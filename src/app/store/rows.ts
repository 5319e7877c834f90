import { validateReport } from '../../core/report.js';
import { validationBudget } from '../../core/validation-budget.js';
import type {
  Baseline,
  CommentClaim,
  HeadState,
  LedgerEntry,
  LedgerOptions,
  PullRequestState,
  StoredReport,
} from './store.js';

/** Row values as either driver gives them (PostgreSQL BIGINT comes back as a string). */
type Cell = string | number | bigint | null | undefined;
export type Row = Record<string, Cell>;

/** A cell as a finite number (a BIGINT string included); throws for anything else: the database holds a row this store did not write. */
export function cellToFinite(v: Cell): number {
  const x = Number(v);
  if (!Number.isFinite(x)) throw new Error(`store: expected a number, got ${String(v)}`);
  return x;
}

/** A cell that must hold a value, as a string; throws for NULL. */
function cellToString(v: Cell): string {
  if (v === null || v === undefined) throw new Error('store: expected a string, got null');
  return String(v);
}

/** NULL stays null; anything else as cellToFinite. */
function cellToFiniteOrNull(v: Cell): number | null {
  return v === null || v === undefined ? null : cellToFinite(v);
}

function cellToStringOrNull(v: Cell): string | null {
  return v === null || v === undefined ? null : String(v);
}

export function toReport(r: Row): StoredReport {
  const id = cellToFinite(r.id);
  return {
    id,
    repo: cellToString(r.repo),
    sha: cellToString(r.sha),
    seed: cellToFinite(r.seed),
    report: validateReport(JSON.parse(cellToString(r.report)), `stored report ${id}`),
    createdAt: cellToString(r.created_at),
  };
}

export function toBaseline(r: Row): Baseline {
  return {
    repo: cellToString(r.repo),
    branch: cellToString(r.branch),
    sha: cellToString(r.sha),
    reportIds: (JSON.parse(cellToString(r.report_ids)) as unknown[]).map((x) => cellToFinite(x as Cell)),
    updatedAt: cellToString(r.updated_at),
  };
}

export function toClaim(r: Row, won: boolean): CommentClaim {
  return {
    won,
    repo: cellToString(r.repo),
    pr: cellToFinite(r.pr),
    owner: cellToString(r.owner),
    commentId: cellToFiniteOrNull(r.comment_id),
  };
}

export function toPullRequest(r: Row): PullRequestState {
  return {
    repo: cellToString(r.repo),
    pr: cellToFinite(r.pr),
    headSha: cellToString(r.head_sha),
    headRepo: cellToString(r.head_repo),
    baseRef: cellToString(r.base_ref),
    approvedSha: cellToStringOrNull(r.approved_sha),
    approvedBy: cellToStringOrNull(r.approved_by),
    acceptedSha: cellToStringOrNull(r.accepted_sha),
    acceptedBy: cellToStringOrNull(r.accepted_by),
    updatedAt: cellToString(r.updated_at),
  };
}

export function toHead(r: Row): HeadState {
  return {
    repo: cellToString(r.repo),
    sha: cellToString(r.sha),
    checkRunId: cellToFiniteOrNull(r.check_run_id),
    workflowRunId: cellToFiniteOrNull(r.workflow_run_id),
    updatedAt: cellToString(r.updated_at),
  };
}

export function toLedger(r: Row, options: LedgerOptions): LedgerEntry {
  const n = cellToFinite(r.n);
  const evaluations = cellToFinite(r.evaluations);
  return {
    repo: cellToString(r.repo),
    fingerprint: cellToString(r.fingerprint),
    n,
    evaluations,
    budget: validationBudget({
      n,
      evaluations,
      delta: options.delta,
      tolerance: options.tolerance,
      ...(options.bound ? { bound: options.bound } : {}),
    }),
  };
}

export function checkN(n: number): void {
  if (!Number.isInteger(n) || n < 1) throw new Error(`store: n must be a positive integer, got ${n}`);
}
