import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import {
  DEFAULT_GPU_USE_THRESHOLDS,
  GpuAccumulator,
  type GpuSummary,
  type GpuUseThresholds,
  parseComputeApps,
  parseGpuLine,
} from '../core/gpu-summary.js';
import { CappedLineSplitter } from './capped-line-splitter.js';
import { readProcTable } from './proc-table.js';

export type { GpuSummary } from '../core/gpu-summary.js';

export interface GpuTelemetryOptions {
  /** Environment whose PATH is searched for nvidia-smi and which nvidia-smi runs with. Default process.env. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** GPU sampling period in ms. Default 500. */
  readonly intervalMs?: number;
  /** Period of the query for the processes on the GPU, in ms. Default 1000. */
  readonly appsIntervalMs?: number;
  readonly thresholds?: GpuUseThresholds;
}

export interface GpuTelemetry {
  /** Resolves once the baseline sample is in (or nvidia-smi failed, or 5 s passed); start the command after it. */
  readonly ready: Promise<void>;
  /** The command's pid (= its process group id): its processes and their descendants count as "ours". */
  track(pid: number): void;
  /** Stops sampling and summarises. Never rejects. */
  stop(): Promise<GpuSummary>;
}

const GPU_QUERY = '--query-gpu=index,name,memory.used,memory.total,utilization.gpu';
const APPS_QUERY = '--query-compute-apps=pid,used_memory';
const FORMAT = '--format=csv,noheader,nounits';
const READY_LIMIT_MS = 5_000;
const APPS_TIMEOUT_MS = 5_000;
const STOP_LIMIT_MS = 2_000;

/** The executable's path when `name` is on PATH, else undefined. */
function findOnPath(name: string, path: string | undefined): string | undefined {
  for (const dir of (path ?? '').split(delimiter)) {
    if (dir === '') continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // Not here.
    }
  }
  return undefined;
}

/** The pids in the tree under `root` and in its process group, as /proc lists them now. */
function descendants(root: number): Set<number> {
  const table = readProcTable() ?? [];
  const ours = new Set<number>([root]);
  for (const p of table) if (p.pgid === root) ours.add(p.pid);
  // Children may have left the group (setsid); follow parent links until nothing changes.
  let grew = true;
  while (grew) {
    grew = false;
    for (const p of table) {
      if (!ours.has(p.pid) && ours.has(p.ppid)) {
        ours.add(p.pid);
        grew = true;
      }
    }
  }
  return ours;
}

/**
 * Samples the GPUs with `nvidia-smi -lms` while a check runs and, once `track` names the
 * command, asks nvidia-smi which processes use them, to tell whether the training used a GPU.
 * Without nvidia-smi on PATH, or when it fails, the summary is `{present: false, reason}`;
 * nothing here throws.
 */
export function startGpuTelemetry(options: GpuTelemetryOptions = {}): GpuTelemetry {
  const env = options.env ?? process.env;
  const intervalMs = options.intervalMs ?? 500;
  const appsIntervalMs = options.appsIntervalMs ?? 1_000;
  const thresholds = options.thresholds ?? DEFAULT_GPU_USE_THRESHOLDS;
  const smi = findOnPath('nvidia-smi', env.PATH);
  if (smi === undefined) {
    const summary: GpuSummary = { present: false, reason: 'nvidia-smi is not on PATH' };
    return { ready: Promise.resolve(), track: () => {}, stop: async () => summary };
  }

  const acc = new GpuAccumulator();
  const problems: string[] = [];
  const ourPids = new Set<number>();
  let root: number | undefined;
  let stopped = false;
  let appsTimer: NodeJS.Timeout | undefined;
  let appsInFlight: Promise<void> | undefined;
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  const readyLimit = setTimeout(markReady, READY_LIMIT_MS);

  const onLine = (line: string): void => {
    const reading = parseGpuLine(line);
    if (reading === undefined) {
      if (line.trim() !== '' && problems.length < 3) problems.push(line.trim());
      return;
    }
    acc.add(reading);
    markReady();
  };
  const splitter = new CappedLineSplitter(onLine);
  let sampler: ChildProcess | undefined;
  let samplerExit: Promise<void> = Promise.resolve();
  try {
    sampler = spawn(smi, [GPU_QUERY, FORMAT, '-lms', String(intervalMs)], {
      env: env as NodeJS.ProcessEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    sampler.stdout?.on('data', (chunk: Buffer) => splitter.write(chunk));
    sampler.stderr?.on('data', (chunk: Buffer) => splitter.write(chunk));
    samplerExit = new Promise<void>((resolve) => {
      sampler?.on('error', (err) => {
        problems.push(`could not run ${smi}: ${err.message}`);
        resolve();
      });
      sampler?.on('close', (code, signal) => {
        splitter.end();
        if (!stopped && code !== 0) problems.push(`${smi} exited with status ${code ?? signal}`);
        resolve();
      });
    }).finally(markReady);
  } catch (err) {
    problems.push(`could not run ${smi}: ${(err as Error).message}`);
    markReady();
  }

  const pollApps = (): Promise<void> =>
    new Promise<void>((resolve) => {
      if (root === undefined) return resolve();
      for (const pid of descendants(root)) ourPids.add(pid);
      execFile(
        smi,
        [APPS_QUERY, FORMAT],
        { env: env as NodeJS.ProcessEnv, timeout: APPS_TIMEOUT_MS },
        (err, stdout) => {
          if (!err) {
            const mine = parseComputeApps(stdout).filter((a) => ourPids.has(a.pid));
            if (mine.length > 0) acc.addProcessMemory(mine.reduce((s, a) => s + (a.usedMemoryMiB ?? 0), 0));
          }
          resolve();
        },
      );
    });
  const scheduleApps = (): void => {
    if (stopped) return;
    appsTimer = setTimeout(() => {
      appsInFlight = pollApps().then(scheduleApps);
    }, appsIntervalMs);
  };

  return {
    ready,
    track(pid: number) {
      if (root !== undefined || stopped) return;
      root = pid;
      appsInFlight = pollApps().then(scheduleApps);
    },
    async stop() {
      if (!stopped) {
        stopped = true;
        clearTimeout(appsTimer);
        clearTimeout(readyLimit);
        sampler?.kill('SIGTERM');
      }
      const killLater = setTimeout(() => sampler?.kill('SIGKILL'), STOP_LIMIT_MS);
      await Promise.all([appsInFlight, samplerExit]);
      clearTimeout(killLater);
      const why = problems.length > 0 ? problems.join(' | ') : 'nvidia-smi reported no GPU';
      return acc.summary(`nvidia-smi failed: ${why}`, thresholds);
    },
  };
}
