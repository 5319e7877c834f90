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

export function num(v: Cell): number {
  const x = Number(v);
  if (!Number.isFinite(x)) throw new Error(`store: expected a number, got ${String(v)}`);
  return x;
}

export function str(v: Cell): string {
  if (v === null || v === undefined) throw new Error('store: expected a string, got null');
  return String(v);
}

export function numOrNull(v: Cell): number | null {
  return v === null || v === undefined ? null : num(v);
}

export function strOrNull(v: Cell): string | null {
  return v === null || v === undefined ? null : String(v);
}

export function toReport(r: Row): StoredReport {
  const id = num(r.id);
  return {
    id,
    repo: str(r.repo),
    sha: str(r.sha),
    seed: num(r.seed),
    report: validateReport(JSON.parse(str(r.report)), `stored report ${id}`),
    createdAt: str(r.created_at),
  };
}

export function toBaseline(r: Row): Baseline {
  return {
    repo: str(r.repo),
    branch: str(r.branch),
    sha: str(r.sha),
    reportIds: (JSON.parse(str(r.report_ids)) as unknown[]).map((x) => num(x as Cell)),
    updatedAt: str(r.updated_at),
  };
}

export function toClaim(r: Row, won: boolean): CommentClaim {
  return {
    won,
    repo: str(r.repo),
    pr: num(r.pr),
    owner: str(r.owner),
    commentId: numOrNull(r.comment_id),
  };
}

export function toPullRequest(r: Row): PullRequestState {
  return {
    repo: str(r.repo),
    pr: num(r.pr),
    headSha: str(r.head_sha),
    headRepo: str(r.head_repo),
    baseRef: str(r.base_ref),
    approvedSha: strOrNull(r.approved_sha),
    approvedBy: strOrNull(r.approved_by),
    acceptedSha: strOrNull(r.accepted_sha),
    acceptedBy: strOrNull(r.accepted_by),
    updatedAt: str(r.updated_at),
  };
}

export function toHead(r: Row): HeadState {
  return {
    repo: str(r.repo),
    sha: str(r.sha),
    checkRunId: numOrNull(r.check_run_id),
    workflowRunId: numOrNull(r.workflow_run_id),
    updatedAt: str(r.updated_at),
  };
}

export function toLedger(r: Row, options: LedgerOptions): LedgerEntry {
  const n = num(r.n);
  const evaluations = num(r.evaluations);
  return {
    repo: str(r.repo),
    fingerprint: str(r.fingerprint),
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
