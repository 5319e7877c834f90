import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCheckEnv } from './check-env.js';
import { processAlive } from './proc-table.js';
import { type OutputStream, runCommand } from './run-command.js';

const NODE = JSON.stringify(process.execPath);

const running = processAlive;

function run(command: string, extra: Partial<Parameters<typeof runCommand>[0]> = {}) {
  const lines: Array<[OutputStream, string]> = [];
  const promise = runCommand({
    command,
    cwd: process.cwd(),
    env: { PATH: process.env.PATH },
    timeoutMs: 20_000,
    graceMs: 1_000,
    onLine: (stream, line) => lines.push([stream, line]),
    ...extra,
  });
  return { lines, promise };
}

const pidsIn = (lines: Array<[OutputStream, string]>): number[] =>
  lines.filter(([, l]) => /^pid \d+$/.test(l)).map(([, l]) => Number(l.slice(4)));

describe('runCommand', () => {
  it('streams stdout and stderr line by line and reports the exit code', async () => {
    const { lines, promise } = run('echo one; echo two >&2; printf "three\\r\\nfour"; exit 3');
    const result = await promise;
    expect(result.exitCode).toBe(3);
    expect(result.signal).toBeNull();
    expect(result.timedOut).toBe(false);
    expect(result.pid).toBeGreaterThan(0);
    expect(lines).toContainEqual(['stdout', 'one']);
    expect(lines).toContainEqual(['stderr', 'two']);
    expect(lines).toContainEqual(['stdout', 'three']);
    expect(lines).toContainEqual(['stdout', 'four']);
    expect(result.tail).toEqual(expect.arrayContaining(['one', 'two', 'three', 'four']));
    expect(result.lineCount).toBe(4);
  });

  it('delivers lines while the command is still running', async () => {
    let firstAt = 0;
    const start = Date.now();
    const result = await runCommand({
      command: 'echo early; sleep 1; echo late',
      cwd: process.cwd(),
      env: { PATH: process.env.PATH },
      timeoutMs: 10_000,
      onLine: (_s, line) => {
        if (line === 'early') firstAt = Date.now() - start;
      },
    });
    expect(result.exitCode).toBe(0);
    expect(firstAt).toBeGreaterThan(0);
    expect(firstAt).toBeLessThan(result.durationMs - 500);
  });

  it('reports exit 0 and a missing program as an exit status, not an exception', async () => {
    expect((await run('true').promise).exitCode).toBe(0);
    const missing = await run('no-such-program-trainspotter').promise;
    expect(missing.exitCode).toBe(127);
    expect(missing.tail.join('\n')).toMatch(/not found/);
  });

  it('reports a cwd that does not exist as a spawn error', async () => {
    const result = await run('true', { cwd: '/no/such/dir/trainspotter' }).promise;
    expect(result.spawnError).toMatch(/could not start/);
    expect(result.exitCode).toBeNull();
  });

  it('reports the signal that ended the command', async () => {
    const result = await run('kill -SEGV $$').promise;
    expect(result.signal).toBe('SIGSEGV');
    expect(result.exitCode).toBeNull();
  });

  it('kills children and grandchildren on timeout, SIGTERM first, SIGKILL after the grace period', async () => {
    // sh -> two sleeps in the background, a node that ignores SIGTERM, and a sub-shell with its own sleep.
    const command = [
      'sleep 60 & echo "pid $!"',
      'sleep 60 & echo "pid $!"',
      `${NODE} -e "process.on('SIGTERM', () => console.log('ignored TERM')); console.log('pid ' + process.pid); setInterval(() => {}, 1000)" &`,
      'sh -c \'sleep 60 & echo "pid $!"; wait\' &',
      'echo "pid $$"',
      'wait',
    ].join('\n');
    const { lines, promise } = run(command, { timeoutMs: 1_500, graceMs: 1_000 });
    const result = await promise;
    const pids = pidsIn(lines);
    expect(pids).toHaveLength(5);
    expect(result.timedOut).toBe(true);
    expect(lines).toContainEqual(['stdout', 'ignored TERM']);
    // The SIGTERM-ignoring node held on until SIGKILL, one grace period after the timeout.
    expect(result.durationMs).toBeGreaterThanOrEqual(2_400);
    expect(result.durationMs).toBeLessThan(10_000);
    for (const pid of pids) expect(running(pid), `pid ${pid} still running`).toBe(false);
  });

  it('stops processes the shell left behind when it exited on its own', async () => {
    const { lines, promise } = run('sleep 60 & echo "pid $!"; exit 0', { graceMs: 500 });
    const result = await promise;
    expect(result.exitCode).toBe(0);
    expect(result.strayProcesses).toBe(true);
    for (const pid of pidsIn(lines)) expect(running(pid)).toBe(false);
  });

  it('stops the group when aborted', async () => {
    const controller = new AbortController();
    const { lines, promise } = run('sleep 60 & echo "pid $!"; wait', {
      signal: controller.signal,
      onLine: (_s, line) => {
        lines.push(['stdout', line]);
        controller.abort();
      },
    });
    const result = await promise;
    expect(result.aborted).toBe(true);
    expect(result.timedOut).toBe(false);
    for (const pid of pidsIn(lines)) expect(running(pid)).toBe(false);
  });

  it('keeps memory bounded when the command prints a lot, including one endless line', async () => {
    let count = 0;
    let longest = 0;
    const result = await runCommand({
      // ~40 MB in 1M lines, then 20 MB without a newline.
      command: `${NODE} -e "const l='x'.repeat(40)+'\\n'; const b=l.repeat(1000); for (let i=0;i<1000;i++) process.stdout.write(b); process.stdout.write('y'.repeat(20000000))"`,
      cwd: process.cwd(),
      env: { PATH: process.env.PATH },
      timeoutMs: 20_000,
      tailLines: 50,
      maxLineLength: 1000,
      onLine: (_s, line) => {
        count++;
        longest = Math.max(longest, line.length);
      },
    });
    expect(result.exitCode).toBe(0);
    expect(count).toBe(1_000_001);
    expect(result.lineCount).toBe(1_000_001);
    expect(result.tail).toHaveLength(50);
    expect(longest).toBeLessThan(1100);
    expect(result.tail.at(-1)).toMatch(/^y{1000} … \[19999000 more characters\]$/);
  });

  it('passes TRAINSPOTTER_* to the command and never expands values', async () => {
    const outRoot = await mkdtemp(join(tmpdir(), 'trainspotter-run-'));
    const marker = join(outRoot, 'pwned');
    const evil = `$(touch ${marker}) \`touch ${marker}\` "; touch ${marker}; echo '`;
    const { env, outDir } = await buildCheckEnv({
      check: 'overfit',
      seed: 7,
      outRoot,
      baseEnv: { PATH: process.env.PATH, PR_TITLE: evil },
    });
    const { lines, promise } = run(
      'echo "check=$TRAINSPOTTER_CHECK seed=$TRAINSPOTTER_SEED out=$TRAINSPOTTER_OUT py=$PYTHONUNBUFFERED"; printf "%s\\n" "$PR_TITLE"',
      { env },
    );
    const result = await promise;
    expect(result.exitCode).toBe(0);
    expect(lines.map(([, l]) => l)).toEqual([`check=overfit seed=7 out=${outDir} py=1`, evil]);
    expect(existsSync(marker)).toBe(false);
  });
});

describe('runCommand when our own process is interrupted', () => {
  it('stops the command group, then lets SIGINT end the process', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/fixtures/runner/interrupt-child.ts'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const pids: number[] = [];
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      for (const m of out.matchAll(/^pid (\d+)$/gm))
        if (!pids.includes(Number(m[1]))) pids.push(Number(m[1]));
      if (pids.length === 2 && child.exitCode === null) child.kill('SIGINT');
    });
    const [code, signal] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null];
    expect(signal).toBe('SIGINT');
    expect(code).toBeNull();
    expect(out).not.toMatch(/not reached/);
    expect(pids).toHaveLength(2);
    for (const pid of pids) expect(running(pid), `pid ${pid} still running`).toBe(false);
  });
});
