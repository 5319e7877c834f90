import type { Report } from '../../core/report.js';
import type { ReuseBound, ValidationBudget } from '../../core/validation-budget.js';

/** One stored report: a run of one seed at one commit of one repository. */
export interface StoredReport {
  readonly id: number;
  readonly repo: string;
  readonly sha: string;
  readonly seed: number;
  readonly report: Report;
  readonly createdAt: string;
}

/** The reports a base branch compares against: the latest report ids at its head commit. */
export interface Baseline {
  readonly repo: string;
  readonly branch: string;
  readonly sha: string;
  readonly reportIds: readonly number[];
  readonly updatedAt: string;
}

/** The single row that decides which process writes a PR's comment. */
export interface CommentClaim {
  /** True for the one caller whose insert created the row; every other caller reads the winner's row. */
  readonly won: boolean;
  readonly repo: string;
  readonly pr: number;
  /** Who claimed it (the winner's `claimant`). */
  readonly owner: string;
  /** The GitHub comment id once the winner has posted it; null until then. */
  readonly commentId: number | null;
}

/** The validation-reuse ledger of one validation set (by dataset fingerprint), with its budget. */
export interface LedgerEntry {
  readonly repo: string;
  readonly fingerprint: string;
  readonly n: number;
  readonly evaluations: number;
  /** validationBudget at the store's delta and tolerance; `refresh` says to renew the set. */
  readonly budget: ValidationBudget;
}

export interface LedgerOptions {
  /** Failure probability of the guarantee; default 0.05. */
  readonly delta: number;
  /** The largest error of an estimate accepted, as a fraction; default 0.02. */
  readonly tolerance: number;
  readonly bound?: ReuseBound;
}

export const DEFAULT_LEDGER: LedgerOptions = { delta: 0.05, tolerance: 0.02 };

/** What the app knows of one pull request from its `pull_request` events and slash commands. */
export interface PullRequestState {
  readonly repo: string;
  readonly pr: number;
  /** The newest head commit the app has seen; results for any other commit are older. */
  readonly headSha: string;
  /** `owner/name` of the head repository; differs from `repo` for a fork. */
  readonly headRepo: string;
  readonly baseRef: string;
  /** The head commit a maintainer approved with `/trainspotter ok-to-test`; cleared by a new head. */
  readonly approvedSha: string | null;
  readonly approvedBy: string | null;
  /** The head commit whose results a maintainer accepted as the new reference. */
  readonly acceptedSha: string | null;
  readonly acceptedBy: string | null;
  readonly updatedAt: string;
}

/** The app's check run and latest workflow run for one head commit. */
export interface HeadState {
  readonly repo: string;
  readonly sha: string;
  readonly checkRunId: number | null;
  readonly workflowRunId: number | null;
  readonly updatedAt: string;
}

/** The app's persistent state; SQLite (embedded default) and PostgreSQL implement it alike. */
export interface Store {
  readonly engine: 'sqlite' | 'postgres';
  /** Stores a report (its seed is `report.run.seed`) and returns its id. */
  saveReport(repo: string, sha: string, report: Report): Promise<number>;
  /** The reports of one commit, oldest first. */
  getReports(repo: string, sha: string): Promise<StoredReport[]>;
  getReport(id: number): Promise<StoredReport | null>;
  /** How many reports a commit has, without reading them. */
  countReports(repo: string, sha: string): Promise<number>;
  /** Replaces the baseline of a branch. */
  setBaseline(repo: string, branch: string, sha: string, reportIds: readonly number[]): Promise<void>;
  getBaseline(repo: string, branch: string): Promise<Baseline | null>;
  /** True the first time a webhook delivery id is seen, false ever after (atomic). */
  claimDelivery(id: string): Promise<boolean>;
  /** Forgets a claimed delivery id, so a redelivery is processed again (after a failed attempt). */
  releaseDelivery(id: string): Promise<void>;
  /** Claims a PR's comment for `claimant`: the first insert wins, the others get the winner's row. */
  claimComment(repo: string, pr: number, claimant: string): Promise<CommentClaim>;
  /** Records the GitHub comment id of a claimed PR comment. */
  setCommentId(repo: string, pr: number, commentId: number): Promise<void>;
  /**
   * Records a PR's head (upsert). A head that differs from the stored one clears the approval
   * (`approvedSha`/`approvedBy`) unless it equals `approvedSha`. Returns the new state.
   */
  setPullRequestHead(
    repo: string,
    pr: number,
    head: { readonly sha: string; readonly repo: string; readonly baseRef: string },
  ): Promise<PullRequestState>;
  getPullRequest(repo: string, pr: number): Promise<PullRequestState | null>;
  /** The open PR (most recently updated) whose stored head is `sha`, or null. */
  findPullRequestByHead(repo: string, sha: string): Promise<PullRequestState | null>;
  /** Marks `sha` of a known PR approved by `by`; null when the PR is not stored. */
  approvePullRequest(repo: string, pr: number, sha: string, by: string): Promise<PullRequestState | null>;
  /** Marks `sha` of a known PR accepted as the new reference by `by`; null when the PR is not stored. */
  acceptPullRequest(repo: string, pr: number, sha: string, by: string): Promise<PullRequestState | null>;
  /** Sets the check run and/or workflow run of a head commit (upsert; an omitted field is kept). */
  setHead(
    repo: string,
    sha: string,
    ids: { readonly checkRunId?: number; readonly workflowRunId?: number },
  ): Promise<HeadState>;
  getHead(repo: string, sha: string): Promise<HeadState | null>;
  /** Counts one more evaluation of a validation set of n examples (atomic) and returns its budget. */
  recordEvaluation(repo: string, fingerprint: string, n: number): Promise<LedgerEntry>;
  getLedger(repo: string, fingerprint: string): Promise<LedgerEntry | null>;
  /** The migration versions applied, ascending. */
  migrations(): Promise<number[]>;
  close(): Promise<void>;
}
