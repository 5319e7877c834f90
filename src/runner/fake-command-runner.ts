import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CommandResult, CommandRunner, OutputStream, RunCommandOptions } from './run-command.js';

/** What one fake command does: the lines it prints, the files it writes into TRAINSPOTTER_OUT, how it ends. */
export interface FakeCommandScript {
  readonly lines?: ReadonlyArray<readonly [OutputStream, string]>;
  /** File name (inside $TRAINSPOTTER_OUT) to content, e.g. `{'metrics.jsonl': '{"step": 1, "loss": 2}\n'}`. */
  readonly files?: Readonly<Record<string, string>>;
  readonly exitCode?: number | null;
  readonly signal?: NodeJS.Signals | null;
  readonly timedOut?: boolean;
}

export interface FakeCommandRunner {
  readonly run: CommandRunner;
  /** The options of every call, in order. */
  readonly calls: RunCommandOptions[];
}

/**
 * A hand-written stand-in for runCommand, for tests of whoever drives the checks: it starts no
 * process. `script` answers each call (by the command's options, e.g. its TRAINSPOTTER_CHECK).
 */
export function fakeCommandRunner(
  script: (options: RunCommandOptions) => FakeCommandScript,
): FakeCommandRunner {
  const calls: RunCommandOptions[] = [];
  const run: CommandRunner = async (options) => {
    calls.push(options);
    const s = script(options);
    const out = options.env.TRAINSPOTTER_OUT;
    for (const [name, content] of Object.entries(s.files ?? {})) {
      if (out === undefined)
        throw new Error(`fake command writes ${name} but its env has no TRAINSPOTTER_OUT`);
      await writeFile(join(out, name), content);
    }
    const pid = 100_000 + calls.length;
    options.onSpawn?.(pid);
    const lines = s.lines ?? [];
    for (const [stream, line] of lines) options.onLine?.(stream, line);
    const tailLines = options.tailLines ?? 200;
    const result: CommandResult = {
      exitCode: s.signal || s.timedOut ? null : (s.exitCode ?? 0),
      signal: s.signal ?? (s.timedOut ? 'SIGTERM' : null),
      timedOut: s.timedOut ?? false,
      aborted: false,
      interruptedBy: null,
      strayProcesses: false,
      durationMs: 0,
      pid,
      tail: lines.slice(-tailLines).map(([, line]) => line),
      lineCount: lines.length,
      output: new TextEncoder().encode(lines.map(([, line]) => `${line}\n`).join('')),
      outputDroppedBytes: 0,
    };
    return result;
  };
  return { run, calls };
}
