import type { ArtifactLimits } from './artifacts/read-artifact.js';
import type { CommentWait } from './pr-comment-writer.js';
import type { Store } from './store/index.js';

/** What the app's handlers are given instead of reaching for it. */
export interface AppDeps {
  readonly store: Store;
  /** The label that approves a fork PR's head for self-hosted runners (the action's `approval-label`). */
  readonly approvalLabel: string;
  /** Who this process is in the store's comment claims (host and pid). */
  readonly claimant: string;
  readonly limits?: ArtifactLimits;
  readonly commentWait?: CommentWait;
}

export const DEFAULT_APPROVAL_LABEL = 'trainspotter:ok-to-test';
