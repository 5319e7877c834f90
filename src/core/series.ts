/** Which data split a series was measured on, inferred from its name or given by the log. */
export type Split = 'train' | 'val' | 'test' | 'other';

/**
 * One named metric over training time. Arrays are parallel and of equal length;
 * typed arrays keep a million points in a few tens of MB.
 * `steps` are optimiser steps (or epochs when the log has nothing finer);
 * `epochs` and `wallTimes` (unix seconds) are present only where the format records them.
 */
export interface Series {
  /** The name as written in the log, e.g. `val/loss`, `eval_loss`, `train_loss`. */
  readonly name: string;
  /** The metric with the split prefix/suffix removed, e.g. `loss`, `accuracy`. */
  readonly metric: string;
  readonly split: Split;
  /** A run label when one file or folder holds several runs (`run 2`, a TensorBoard subfolder ...). */
  readonly run?: string;
  readonly steps: Float64Array;
  readonly values: Float64Array;
  readonly epochs?: Float64Array;
  readonly wallTimes?: Float64Array;
}

/** What a parser returns for one file or folder. */
export interface ParsedLog {
  /** The format id, e.g. `jsonl`, `lightning-csv`. */
  readonly format: string;
  readonly series: Series[];
  /** Non-fatal problems (skipped corrupt records ...), each naming where it happened. */
  readonly warnings: string[];
}
