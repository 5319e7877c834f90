import type { Report } from '../core/report.js';

/** One validation set's entry in the validation-reuse ledger, as the app's store keeps it. */
export interface BudgetEntry {
  readonly fingerprint: string;
  readonly n: number;
  readonly evaluations: number;
  readonly epsilon: number | null;
  readonly tolerance: number;
  readonly refresh: boolean;
  readonly message: string;
}

/** What a summary of a head shows: its reports, the base's, the comparison, the budget. */
export interface PrCommentInput {
  /** The PR head's reports, one per seed. */
  readonly reports: readonly Report[];
  /** The base branch's latest reports, one per seed. */
  readonly base?: readonly Report[];
  readonly headSha: string;
  readonly baseRef?: string;
  readonly budget?: readonly BudgetEntry[];
  /** The seed matrix's comparison with the reference; default: the first report's. */
  readonly comparison?: Report['comparison'];
  /** What kept reports out (an expired or rejected artifact, an invalid config), shown under the headline. */
  readonly notes?: readonly string[];
}
