import { stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { CheckName } from '../core/config.js';
import { InputError } from '../core/errors.js';
import type { CheckObservation } from '../core/judge-check.js';
import type { Series } from '../core/series.js';
import { onStepsOf } from '../core/series-steps.js';
import { DEFAULT_METRICS, OUTPUT_LOG, STDOUT_METRICS } from './check-files.js';
import { type LoadedLog, readLog, readLogs } from './read-log.js';

export interface CheckLogSource {
  readonly check: CheckName;
  /** `metrics` from trainspotter.yml, if any. */
  readonly metrics: string | undefined;
  readonly projectDir: string;
  readonly outDir: string;
  /** The command's stdout and stderr as captured. */
  readonly output: Uint8Array | undefined;
  readonly outputDroppedBytes?: number;
  /** The PyTorch probe's log of the run (the loss of every backward()), when it was active. */
  readonly probeLogs?: readonly LoadedLog[];
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/**
 * Where a check's metrics come from: the file or folder `metrics` names; else
 * $TRAINSPOTTER_OUT/metrics.jsonl when the command wrote one; else the PyTorch probe's log when
 * it was active, with the validation and test series the script printed (see printedBesideProbe);
 * else (or with `metrics: stdout`)
 * the command's own printed output, saved as $TRAINSPOTTER_OUT/trainspotter-output.log and read
 * as printed text. Throws InputError naming what was looked at and the fix when nothing is found.
 */
export async function readCheckLogs(src: CheckLogSource): Promise<CheckObservation['logs']> {
  const pick = (logs: readonly LoadedLog[]) =>
    logs.map((l) => ({ path: l.path, format: l.format, series: l.series }));
  if (src.metrics !== undefined && src.metrics !== STDOUT_METRICS) {
    return pick(await readLogs(resolve(src.projectDir, src.metrics)));
  }
  const written = join(src.outDir, DEFAULT_METRICS);
  if (src.metrics === undefined && (await exists(written))) return pick(await readLogs(written));
  // Every step's loss, read inside the process, beats the window averages a script prints.
  if (src.metrics === undefined && src.probeLogs !== undefined && src.probeLogs.length > 0) {
    const printed = src.check === 'overfit' ? undefined : await printedBesideProbe(src, src.probeLogs);
    return pick(printed ? [...src.probeLogs, printed] : src.probeLogs);
  }
  const log = await readOutput(src);
  if (log.series.length > 0) return pick([log]);
  const why =
    src.metrics === undefined
      ? `checks.${src.check}: no \`metrics\` is configured and the command wrote no $TRAINSPOTTER_OUT/${DEFAULT_METRICS}, so its printed output was read`
      : `checks.${src.check}: \`metrics: stdout\`, so the command's printed output was read`;
  const dropped = src.outputDroppedBytes
    ? ` (its first 64 MiB; ${src.outputDroppedBytes} bytes more were not kept)`
    : '';
  const found = log.warnings.at(-1) ?? `${log.path} held no metric lines`;
  throw new InputError(
    `${why}${dropped}, and ${found} Or name the log file the command writes in \`checks.${src.check}.metrics\`.`,
  );
}

/** The command's printed output, saved as $TRAINSPOTTER_OUT/trainspotter-output.log and read as printed text. */
async function readOutput(src: CheckLogSource): Promise<LoadedLog> {
  const path = join(src.outDir, OUTPUT_LOG);
  await writeFile(path, src.output ?? new Uint8Array(0));
  return readLog(path, { format: 'printed-text' });
}

/**
 * What the probe cannot see, read from what the script printed: its validation and test series
 * (`val_loss`, `Test set: Average loss`, `val_acc` ...), placed on the probe's steps (see
 * onStepsOf), so the validation judge pairs them with the probe's train loss and the known
 * result can compare them. The printed train series are left out: the probe's loss of every
 * backward() is the train curve. Undefined when the output holds none, or cannot be read (the
 * probe's log stands alone, as before).
 */
async function printedBesideProbe(
  src: CheckLogSource,
  probeLogs: readonly LoadedLog[],
): Promise<LoadedLog | undefined> {
  const log = await readOutput(src).catch(() => undefined);
  const held = log?.series.filter((s) => s.split === 'val' || s.split === 'test') ?? [];
  if (!log || held.length === 0) return undefined;
  const probeSteps = probeLogs.flatMap((l) => l.series).map((s) => s.steps);
  return {
    ...log,
    series: held.map((s): Series => ({ ...s, steps: onStepsOf(s.steps, log.series, probeSteps) })),
  };
}
