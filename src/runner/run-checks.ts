import { join, resolve } from 'node:path';
import { classifyFailure } from '../core/classify-failure.js';
import type { CheckName, Config } from '../core/config.js';
import { InputError } from '../core/errors.js';
import type { CheckObservation } from '../core/judge-check.js';
import { buildCheckEnv } from './check-env.js';
import { DEFAULT_METRICS, PROBE_LOG, STDOUT_METRICS } from './check-files.js';
import { checkOrder } from './check-order.js';
import { startGpuTelemetry } from './gpu-telemetry.js';
import { loadOnce } from './load-once.js';
import { probePythonPath } from './probe-path.js';
import { watchProgress } from './progress.js';
import { formatProgress } from './progress-line.js';
import { readRegularFile } from './regular-file.js';
import { withRepeat } from './repeat-smoke.js';
import { type CommandRunner, runCommand } from './run-command.js';

export interface RunChecksOptions {
  readonly config: Config;
  /** The project folder: commands run here and relative `metrics` paths start here. */
  readonly projectDir: string;
  /** The run's output folder; each check gets `<outRoot>/<check>-seed<seed>` as TRAINSPOTTER_OUT. */
  readonly outRoot: string;
  readonly seed: number;
  /** Which checks to run; default every configured one, in the order smoke, overfit, eval. */
  readonly only?: readonly CheckName[];
  /** Each line of output, already prefixed `[check] `, and each progress line. */
  readonly onLine: (line: string) => void;
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** The process runner; default runCommand, a fake (fakeCommandRunner) in tests. */
  readonly runner?: CommandRunner;
  /** Called before and after each check (its reproducibility repeat included), e.g. to group its log lines. */
  readonly onCheckStart?: (name: CheckName) => void;
  readonly onCheckEnd?: (name: CheckName) => void;
  /**
   * Called each time a command has been started: the moment to load what is needed only after it
   * (a load before it delays the command; one after it overlaps with the command's run).
   */
  readonly onCommandStarted?: () => void;
  /** Sample nvidia-smi while commands run; default true (it is skipped when nvidia-smi is absent). */
  readonly gpu?: boolean;
}

/** The least time reading a check's outputs gets, even when the command used all of its timeout. */
const OUTPUT_GRACE_MS = 60_000;
/** The largest eval file read: a few final metrics per split take well under a kilobyte. */
const MAX_EVAL_FILE_BYTES = 16 * 1024 * 1024;

/** `promise`, or an InputError naming `what` once `ms` have passed (the timer never outlives it). */
async function withDeadline<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new InputError(
            `${what} took longer than the check's timeout allows (${Math.round(ms / 1000)} s); it was abandoned.`,
          ),
        ),
      ms,
    );
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The log readers and the probe's reader, with the log parsers, TensorBoard's protobufjs and the
 * judges behind them, and the eval file's parser (its schemas are built when it loads): imported
 * once the first command has been started, so that `trainspotter run` starts it without compiling
 * them first, and they load while it runs.
 */
const loadReaders = loadOnce(() =>
  Promise.all([
    import('./read-check-logs.js'),
    import('./read-probe.js'),
    import('../core/eval-file.js'),
  ]).then(([logs, probe, evalFile]) => ({ ...logs, ...probe, parseEvalFile: evalFile.parseEvalFile })),
);

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Runs one configured check's command and gathers what it produced. Never throws for the command's own failures. */
async function runOne(name: CheckName, opts: RunChecksOptions): Promise<CheckObservation> {
  const check = opts.config.checks[name];
  if (!check) throw new InputError(`checks.${name} is not configured in trainspotter.yml.`);
  const pythonPath = 'probe' in check && check.probe !== 'off' ? probePythonPath() : undefined;
  const { env, outDir } = await buildCheckEnv({
    check: name,
    seed: opts.seed,
    outRoot: opts.outRoot,
    baseEnv: opts.env ?? process.env,
    ...(pythonPath && 'max_steps' in check
      ? {
          probe: {
            pythonPath,
            maxSteps: check.max_steps,
            ...(check.max_time_ms === undefined ? {} : { maxTimeMs: check.max_time_ms }),
            fixBatch: name === 'overfit',
          },
        }
      : {}),
  });
  const named = check.metrics !== undefined && check.metrics !== STDOUT_METRICS;
  const metricsPath = named
    ? resolve(opts.projectDir, check.metrics as string)
    : join(outDir, DEFAULT_METRICS);
  const gpu = opts.gpu === false ? undefined : startGpuTelemetry({ env });
  await gpu?.ready;
  const progress = watchProgress({
    // with the probe, its log shows the progress (every 32 steps) unless a log is configured
    file: pythonPath && !check.metrics ? join(outDir, PROBE_LOG) : metricsPath,
    onProgress: (p) => opts.onLine(formatProgress(name, p)),
    intervalMs: 1000,
  });
  let result: Awaited<ReturnType<CommandRunner>>;
  let gpuSummary: Awaited<ReturnType<NonNullable<typeof gpu>['stop']>> | null = null;
  try {
    const running = (opts.runner ?? runCommand)({
      command: check.run,
      cwd: opts.projectDir,
      env,
      timeoutMs: check.timeout_ms,
      onLine: (_stream, line) => opts.onLine(`[${name}] ${line}`),
      ...(gpu ? { onSpawn: (pid: number) => gpu.track(pid) } : {}),
    });
    loadReaders();
    opts.onCommandStarted?.();
    result = await running;
  } finally {
    // On every path, a thrown runner included: a watcher left polling keeps the process alive.
    await progress.stop();
    gpuSummary = gpu ? await gpu.stop() : null;
  }
  const failure = classifyFailure({
    exitCode: result.exitCode,
    signal: result.signal,
    timedOut: result.timedOut,
    aborted: result.aborted,
    timeoutMs: check.timeout_ms,
    lines: result.spawnError ? [...result.tail, result.spawnError] : result.tail,
  });

  // Reading the outputs counts against the check's timeout too (at least OUTPUT_GRACE_MS of it).
  const readBy = Math.max(check.timeout_ms - result.durationMs, OUTPUT_GRACE_MS);
  const { readCheckLogs, readProbe, parseEvalFile } = await loadReaders();
  const probe = pythonPath ? await readProbe(outDir) : undefined;
  let logs: CheckObservation['logs'] = [];
  let logError: string | undefined;
  try {
    logs = await withDeadline(
      readCheckLogs({
        check: name,
        metrics: check.metrics,
        projectDir: opts.projectDir,
        outDir,
        output: result.output,
        outputDroppedBytes: result.outputDroppedBytes ?? 0,
        ...(probe ? { probeLogs: probe.logs } : {}),
      }),
      readBy,
      `reading the logs of checks.${name}`,
    );
  } catch (error) {
    logError = message(error);
  }
  let evalFile: CheckObservation['evalFile'];
  let evalError: string | undefined;
  if (name === 'eval') {
    const evalPath =
      'eval_file' in check && check.eval_file
        ? resolve(opts.projectDir, check.eval_file)
        : join(outDir, 'eval.json');
    try {
      const text = await withDeadline(
        readRegularFile(evalPath, 'the eval file', MAX_EVAL_FILE_BYTES),
        readBy,
        `reading ${evalPath}`,
      );
      const parsed = parseEvalFile(text, evalPath);
      if (parsed.ok) evalFile = parsed.eval;
      else evalError = parsed.errors.map((e) => e.message).join('\n');
    } catch (error) {
      evalError =
        (error as NodeJS.ErrnoException).code === 'ENOENT'
          ? `${evalPath}: the eval command wrote no eval file; write the final metrics per split there (docs/eval-file.md).`
          : message(error);
    }
  }
  return {
    name,
    command: check.run,
    durationMs: result.durationMs,
    exitCode: result.exitCode,
    ...(failure ? { failure } : {}),
    gpu: gpuSummary,
    logs,
    ...(logError === undefined ? {} : { logError }),
    ...(evalFile ? { evalFile } : {}),
    ...(evalError === undefined ? {} : { evalError }),
    ...(probe ? { probe } : {}),
  };
}

/**
 * Runs the configured checks one after another (each in its own process group, with its
 * timeout, GPU telemetry and live progress) and returns what each produced, for judgeCheck.
 * Throws InputError when `only` names a check the config does not define.
 */
export async function runChecks(opts: RunChecksOptions): Promise<CheckObservation[]> {
  const observations: CheckObservation[] = [];
  for (const name of checkOrder(opts.config, opts.only)) {
    opts.onCheckStart?.(name);
    try {
      observations.push(await withRepeat(await runOne(name, opts), opts, runOne));
    } finally {
      opts.onCheckEnd?.(name);
    }
  }
  return observations;
}
