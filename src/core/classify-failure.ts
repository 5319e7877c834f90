import { FAILURE_ADVICE, FAILURE_TITLES, type Failure, type FailureKind } from './failure-kinds.js';
import {
  CUDA_ASSERTION,
  EXCEPTION_CHAIN,
  EXCEPTION_LINE,
  FAILURE_PATTERNS,
  NAN_WORDS,
  TRACEBACK_START,
  WARNING_LINE,
} from './failure-patterns.js';
import { formatBytes } from './format-bytes.js';

/** How a command ended, and the last lines of its output (stdout and stderr together). */
export interface FailureInput {
  readonly exitCode: number | null;
  readonly signal: string | null;
  readonly timedOut: boolean;
  /** Stopped on purpose (Ctrl-C, cancelled job) rather than failing by itself. */
  readonly aborted?: boolean;
  /** The timeout in ms, for the title. */
  readonly timeoutMs?: number;
  readonly lines: readonly string[];
}

/** Signal numbers of Linux, for a shell's exit status 128 + n. */
const SIGNALS: Readonly<Record<number, string>> = {
  1: 'SIGHUP',
  2: 'SIGINT',
  3: 'SIGQUIT',
  4: 'SIGILL',
  6: 'SIGABRT',
  7: 'SIGBUS',
  8: 'SIGFPE',
  9: 'SIGKILL',
  11: 'SIGSEGV',
  13: 'SIGPIPE',
  15: 'SIGTERM',
};
const MAX_QUOTED = 300;
const CONTEXT = 3;
const CARETS = /^\s*[~^]+\s*$/;

/**
 * Names what made a command fail (pure). Returns undefined for a command that exited 0 by
 * itself. Text beats exit status: the last Python traceback (with the exceptions chained to it)
 * is searched from its end for a known message; without a traceback, the whole output is.
 * A timeout wins over everything, since then we stopped it; SIGKILL or status 137 with no
 * other explanation is taken for the kernel's OOM killer.
 */
export function classifyFailure(run: FailureInput): Failure | undefined {
  const lines = run.lines;
  const signal = run.signal ?? signalFromStatus(run.exitCode);
  if (run.timedOut) {
    const secs = run.timeoutMs === undefined ? '' : ` after ${formatSeconds(run.timeoutMs)}`;
    return make('timeout', `Timed out${secs} and was stopped`, lastLines(lines));
  }
  if (run.aborted) {
    return make('signal', 'Stopped: trainspotter was interrupted', lastLines(lines));
  }
  if (run.exitCode === 0 && signal === null) return undefined;
  if (run.exitCode === null && signal === null) {
    return make('exit_nonzero', 'The command could not be started', lastLines(lines));
  }

  const exception = lastIndex(lines, (l) => EXCEPTION_LINE.test(l));
  const from = exception === -1 ? 0 : tracebackStart(lines, exception);
  for (let i = lines.length - 1; i >= from; i--) {
    const line = lines[i] as string;
    const kind = matchLine(line, i === exception || EXCEPTION_LINE.test(line));
    if (kind === undefined) continue;
    const quoted = decisive(lines, i, exception, from);
    if (kind === 'cuda_error') {
      const assertion = lastIndex(lines, (l) => CUDA_ASSERTION.test(l));
      if (assertion !== -1 && assertion < i) quoted.unshift(clip(lines[assertion] as string));
    }
    return make(kind, titleFor(kind, line), quoted);
  }

  if (signal === 'SIGKILL') {
    return make(
      'oom_host',
      'Killed (SIGKILL): most likely the kernel ran out of host memory',
      lastLines(lines),
    );
  }
  if (signal !== null) {
    const quoted = exception === -1 ? lastLines(lines) : decisive(lines, exception, exception, from);
    return make('signal', `Killed by ${signal}`, quoted);
  }
  if (exception !== -1) {
    const name = clip(lines[exception] as string, 120);
    return make(
      'exit_nonzero',
      `Exited with status ${run.exitCode}: ${name}`,
      decisive(lines, exception, exception, from),
    );
  }
  return make('exit_nonzero', `Exited with status ${run.exitCode}`, lastLines(lines));
}

function matchLine(line: string, isException: boolean): FailureKind | undefined {
  if (WARNING_LINE.test(line)) return undefined;
  for (const p of FAILURE_PATTERNS) {
    if (!p.pattern.test(line)) continue;
    const kind = p.refine ? p.refine(line) : p.kind;
    if (kind !== undefined) return kind;
  }
  return isException && NAN_WORDS.test(line) ? 'nan_error' : undefined;
}

/** Where the last traceback begins, going back over exceptions chained to it. */
function tracebackStart(lines: readonly string[], exception: number): number {
  let start = lastIndex(lines, (l) => TRACEBACK_START.test(l), exception);
  if (start === -1) return Math.max(0, exception - 50);
  for (;;) {
    let j = start - 1;
    while (j >= 0 && (lines[j] as string).trim() === '') j--;
    if (j < 0 || !EXCEPTION_CHAIN.test(lines[j] as string)) return start;
    const earlier = lastIndex(lines, (l) => TRACEBACK_START.test(l), j);
    if (earlier === -1) return start;
    start = earlier;
  }
}

/** The matched line, up to three non-empty lines before it, and the exception line if it comes later. */
function decisive(lines: readonly string[], at: number, exception: number, from: number): string[] {
  const before: string[] = [];
  for (let j = at - 1; j >= from && before.length < CONTEXT; j--) {
    const l = lines[j] as string;
    if (l.trim() === '' || CARETS.test(l) || TRACEBACK_START.test(l)) continue;
    before.unshift(clip(l));
  }
  const out = [...before, clip(lines[at] as string)];
  if (exception > at) out.push(clip(lines[exception] as string));
  return out;
}

function lastLines(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (let j = lines.length - 1; j >= 0 && out.length < CONTEXT; j--) {
    const l = lines[j] as string;
    if (l.trim() !== '') out.unshift(clip(l));
  }
  return out;
}

function lastIndex(
  lines: readonly string[],
  test: (l: string) => boolean,
  atOrBefore = lines.length - 1,
): number {
  for (let i = Math.min(atOrBefore, lines.length - 1); i >= 0; i--) if (test(lines[i] as string)) return i;
  return -1;
}

function titleFor(kind: FailureKind, line: string): string {
  const base = FAILURE_TITLES[kind];
  if (kind === 'oom_cuda' || kind === 'oom_host') {
    const m = /Tried to allocate ([\d.]+ [KMGT]i?B)|allocate ([\d.]+ [KMGT]i?B)|allocate (\d+) bytes/i.exec(
      line,
    );
    const size = m?.[1] ?? m?.[2] ?? (m?.[3] === undefined ? undefined : formatBytes(Number(m[3]), 2));
    if (size !== undefined) return `${base} (tried to allocate ${size})`;
  }
  if (kind === 'cuda_error' && /device-side assert/.test(line))
    return 'CUDA device-side assert (often an index out of range)';
  if (kind === 'cuda_error' && /same device|Input type/.test(line)) return 'Tensors on different devices';
  return base;
}

function make(kind: FailureKind, title: string, lines: string[]): Failure {
  return { kind, title, lines, advice: [...FAILURE_ADVICE[kind]] };
}

function signalFromStatus(exitCode: number | null): string | null {
  if (exitCode === null || exitCode <= 128 || exitCode > 128 + 64) return null;
  return SIGNALS[exitCode - 128] ?? `signal ${exitCode - 128}`;
}

function clip(line: string, max = MAX_QUOTED): string {
  return line.length <= max ? line : `${line.slice(0, max)}…`;
}

function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}
