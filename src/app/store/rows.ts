import { validateReport } from '../../core/report.js';
import { validationBudget } from '../../core/validation-budget.js';
import type { Baseline, CommentClaim, LedgerEntry, LedgerOptions, StoredReport } from './store.js';

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
    commentId: r.comment_id === null || r.comment_id === undefined ? null : num(r.comment_id),
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
