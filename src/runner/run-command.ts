import { spawn } from 'node:child_process';
import { CappedLineSplitter, DEFAULT_MAX_LINE_LENGTH } from './capped-line-splitter.js';
import { DEFAULT_CAPTURE_BYTES, OutputCapture } from './output-capture.js';
import { groupAlive } from './proc-table.js';
import { TailBuffer } from './tail-buffer.js';

export type OutputStream = 'stdout' | 'stderr';

export interface RunCommandOptions {
  /** A shell command from the repository's config, run as `/bin/sh -c command`. Never build it from other strings: pass data in `env`. */
  readonly command: string;
  readonly cwd: string;
  /** The complete environment of the command (see buildCheckEnv); nothing else is inherited. */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Wall-clock limit in ms; then the process group gets SIGTERM. */
  readonly timeoutMs: number;
  /** ms between SIGTERM and SIGKILL. Default 10 000. */
  readonly graceMs?: number;
  /** Called for every line of output, as it arrives, without its newline. */
  readonly onLine?: (stream: OutputStream, line: string) => void;
  /** Called once the command is spawned, with the pid that is also its process group id. */
  readonly onSpawn?: (pid: number) => void;
  /** Aborting stops the command like a timeout does. */
  readonly signal?: AbortSignal;
  /** Lines of combined output kept for the result. Default 200. */
  readonly tailLines?: number;
  /** Longest line passed on or kept, in characters. Default 4096. */
  readonly maxLineLength?: number;
  /** Bytes of raw output kept in `output` (untouched: long lines, `\r` redraws). Default 64 MiB; 0 keeps none. */
  readonly captureBytes?: number;
}

export interface CommandResult {
  /** Exit status of the shell, or null when it ended by a signal. */
  readonly exitCode: number | null;
  /** The signal that ended the shell, or null. */
  readonly signal: NodeJS.Signals | null;
  /** The command ran past `timeoutMs` and was stopped. */
  readonly timedOut: boolean;
  /** The command was stopped because of `options.signal` or because our own process got SIGINT/SIGTERM. */
  readonly aborted: boolean;
  /** The signal our own process received while the command ran, if any. */
  readonly interruptedBy: NodeJS.Signals | null;
  /** Processes of the group outlived the shell and were stopped by us. */
  readonly strayProcesses: boolean;
  readonly durationMs: number;
  /** The shell's pid and process group id; undefined when it could not be spawned. */
  readonly pid: number | undefined;
  /** The last lines of stdout and stderr together, in arrival order. */
  readonly tail: string[];
  /** How many lines the command printed in all. */
  readonly lineCount: number;
  /** Why the shell could not be started, when it could not. */
  readonly spawnError?: string;
  /** stdout and stderr as written, merged line by line in arrival order, up to `captureBytes`. */
  readonly output?: Uint8Array;
  /** Bytes of output past `captureBytes`, not kept. */
  readonly outputDroppedBytes?: number;
}

/** The narrow interface the orchestrator depends on, so tests can hand it a fake. */
export type CommandRunner = (options: RunCommandOptions) => Promise<CommandResult>;

const DEFAULT_GRACE_MS = 10_000;
const DEFAULT_TAIL_LINES = 200;
/** How long we wait for output pipes to drain once the whole group is gone. */
const DRAIN_MS = 2_000;
/** How long we wait for the group to vanish after SIGKILL before giving up (unreaped zombies). */
const AFTER_KILL_MS = 3_000;
const POLL_MS = 100;

/** Sends `sig` to every process in group `pgid`. ESRCH (group gone) and EPERM (a member we may not signal) are ignored. */
function signalGroup(pgid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(-pgid, sig);
  } catch {
    // Nothing more we can do to it.
  }
}

/** The result of a command that could not be started at all: nothing ran, nothing to stop. */
function spawnFailure(error: unknown, started: number): CommandResult {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const why =
    code === 'E2BIG'
      ? 'the command and its environment are larger than the OS allows for a new process (E2BIG); put the commands in a script and run that, or trim the environment'
      : error instanceof Error
        ? error.message
        : String(error);
  return {
    exitCode: null,
    signal: null,
    timedOut: false,
    aborted: false,
    interruptedBy: null,
    strayProcesses: false,
    durationMs: Math.round(performance.now() - started),
    pid: undefined,
    tail: [],
    lineCount: 0,
    spawnError: `could not start /bin/sh: ${why}`,
  };
}

/**
 * Runs one check's command in its own process group and streams its output line by line.
 * On timeout, abort, or SIGINT/SIGTERM to our process, the whole group gets SIGTERM and,
 * `graceMs` later, SIGKILL; processes left behind by a shell that exited are stopped the same
 * way, so nothing outlives the call. Never rejects: a failure to spawn is a result.
 * If our process got SIGINT/SIGTERM and nobody else listens for it, it is raised again at the
 * end, so Ctrl-C still ends the program after the command is cleaned up.
 */
export function runCommand(options: RunCommandOptions): Promise<CommandResult> {
  const graceMs = options.graceMs ?? DEFAULT_GRACE_MS;
  const tail = new TailBuffer(options.tailLines ?? DEFAULT_TAIL_LINES);
  const maxLineLength = options.maxLineLength ?? DEFAULT_MAX_LINE_LENGTH;
  const captureBytes = options.captureBytes ?? DEFAULT_CAPTURE_BYTES;
  const capture = captureBytes > 0 ? new OutputCapture(captureBytes) : undefined;
  const started = performance.now();

  return new Promise<CommandResult>((resolve) => {
    let timedOut = false;
    let aborted = false;
    let interruptedBy: NodeJS.Signals | null = null;
    let strayProcesses = false;
    let terminating = false;
    let killTimer: NodeJS.Timeout | undefined;
    let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
    let closed = false;
    let settled = false;

    const start = () =>
      spawn('/bin/sh', ['-c', options.command], {
        cwd: options.cwd,
        env: options.env as NodeJS.ProcessEnv,
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    let child: ReturnType<typeof start>;
    try {
      child = start();
    } catch (error) {
      // Some failures (E2BIG: command and environment over the OS limit) throw at once.
      resolve(spawnFailure(error, started));
      return;
    }
    const pid = child.pid;

    const splitters = (['stdout', 'stderr'] as const).map((stream) => {
      const splitter = new CappedLineSplitter((line) => {
        tail.push(line);
        options.onLine?.(stream, line);
      }, maxLineLength);
      const source = child[stream];
      source.on('data', (chunk: Buffer) => {
        capture?.write(stream, chunk);
        splitter.write(chunk);
      });
      return splitter;
    });

    const terminate = (): void => {
      if (pid === undefined) return;
      if (terminating) return;
      terminating = true;
      signalGroup(pid, 'SIGTERM');
      killTimer = setTimeout(() => signalGroup(pid, 'SIGKILL'), graceMs);
    };
    const killNow = (): void => {
      if (pid === undefined) return;
      terminating = true;
      signalGroup(pid, 'SIGKILL');
    };

    const timeout = setTimeout(() => {
      timedOut = true;
      terminate();
    }, options.timeoutMs);

    const onAbort = (): void => {
      aborted = true;
      terminate();
    };
    if (options.signal?.aborted) onAbort();
    options.signal?.addEventListener('abort', onAbort, { once: true });

    const onProcessSignal = (sig: NodeJS.Signals): void => {
      // A second Ctrl-C means "now".
      if (interruptedBy !== null) killNow();
      interruptedBy = sig;
      aborted = true;
      terminate();
    };
    process.on('SIGINT', onProcessSignal);
    process.on('SIGTERM', onProcessSignal);

    const finish = (spawnError?: string): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timeout);
      clearTimeout(killTimer);
      options.signal?.removeEventListener('abort', onAbort);
      process.off('SIGINT', onProcessSignal);
      process.off('SIGTERM', onProcessSignal);
      for (const s of splitters) s.end();
      capture?.end();
      resolve({
        exitCode: exit?.code ?? null,
        signal: exit?.signal ?? null,
        timedOut,
        aborted,
        interruptedBy,
        strayProcesses,
        durationMs: Math.round(performance.now() - started),
        pid,
        tail: tail.lines(),
        lineCount: tail.count,
        ...(spawnError === undefined ? {} : { spawnError }),
        ...(capture ? { output: capture.bytes(), outputDroppedBytes: capture.dropped } : {}),
      });
      if (interruptedBy !== null && process.listenerCount(interruptedBy) === 0) {
        process.kill(process.pid, interruptedBy);
      }
    };

    child.on('error', (err) => {
      // Only spawn failures reach here; /bin/sh missing or cwd not a directory.
      if (exit === undefined) finish(`could not start /bin/sh in ${options.cwd}: ${err.message}`);
    });

    // Set once the shell has exited: whether the run is over (its group gone, its pipes closed).
    let checkDone: (() => void) | undefined;
    child.on('close', () => {
      closed = true;
      // The usual end: the pipes close just after the exit. Finish now, not at the next poll.
      checkDone?.();
    });

    child.on('exit', (code, signal) => {
      exit = { code, signal };
      clearTimeout(timeout);
      if (pid === undefined) return;
      // The shell is gone; anything left in its group is a stray and is stopped too.
      if (groupAlive(pid)) {
        if (!terminating) strayProcesses = true;
        terminate();
      }
      const exitedAt = performance.now();
      let groupGoneAt: number | undefined;
      checkDone = () => {
        if (settled) {
          clearInterval(poll);
          return;
        }
        const now = performance.now();
        if (groupGoneAt === undefined) {
          const alive = groupAlive(pid);
          const limit = graceMs + AFTER_KILL_MS;
          if (!alive || now - exitedAt > limit) groupGoneAt = now;
          else return;
        }
        // A process outside the group (setsid) may still hold the pipes: stop waiting for it.
        if (closed || now - groupGoneAt > DRAIN_MS) {
          clearInterval(poll);
          if (!closed) {
            child.stdout.destroy();
            child.stderr.destroy();
          }
          finish();
        }
      };
      const poll = setInterval(checkDone, POLL_MS);
      if (closed) checkDone();
    });

    if (pid !== undefined) options.onSpawn?.(pid);
  });
}
