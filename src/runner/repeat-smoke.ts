import { join } from 'node:path';
import type { CheckName } from '../core/config.js';
import type { CheckObservation } from '../core/judge-check.js';
import type { RunChecksOptions } from './run-checks.js';

/** Runs a check's command; run-checks' own runOne, passed in so this file stays self-contained. */
export type RunOne = (name: CheckName, opts: RunChecksOptions) => Promise<CheckObservation>;

/**
 * The reproducibility check: when `checks.smoke.reproducibility` is set, runs the smoke command a
 * second time with the same seed (its TRAINSPOTTER_OUT under `<outRoot>/repeat/`) and attaches what
 * it logged to the first run's observation, for judgeCheck to compare step by step. A second run
 * that crashes is attached too: its failure is part of the finding.
 */
export async function withRepeat(
  first: CheckObservation,
  opts: RunChecksOptions,
  runOne: RunOne,
): Promise<CheckObservation> {
  if (first.name !== 'smoke' || !opts.config.checks.smoke?.reproducibility || first.failure) return first;
  opts.onLine('[smoke] reproducibility: running the smoke command again with the same seed');
  const second = await runOne('smoke', { ...opts, outRoot: join(opts.outRoot, 'repeat'), gpu: false });
  return {
    ...first,
    repeat: {
      logs: second.logs,
      durationMs: second.durationMs,
      ...(second.failure ? { failure: second.failure } : {}),
      ...(second.logError === undefined ? {} : { logError: second.logError }),
    },
  };
}
