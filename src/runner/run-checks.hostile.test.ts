import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../core/parse-config.js';
import { runChecks } from './run-checks.js';
import { runCommand } from './run-command.js';

// A command that cannot even start, and a runner that throws: nothing is left running after.

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

/** Active timers and intervals, once pending callbacks of earlier tests have run. */
async function timers(): Promise<number> {
  await new Promise((r) => setTimeout(r, 20));
  return process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
}

describe('a command the OS refuses to start', () => {
  it('runCommand resolves with a spawn error naming E2BIG instead of throwing', async () => {
    const before = await timers();
    const result = await runCommand({
      command: 'true',
      cwd: process.cwd(),
      env: { PATH: process.env.PATH, BIG: 'x'.repeat(3_000_000) },
      timeoutMs: 10_000,
    });
    expect(result.spawnError).toMatch(/E2BIG/);
    expect(result.exitCode).toBeNull();
    expect(result.pid).toBeUndefined();
    expect(await timers()).toBeLessThanOrEqual(before);
  });

  it('runChecks stops its progress watcher when the runner throws', async () => {
    const out = await mkdtemp(join(tmpdir(), 'trainspotter-hostile-run-'));
    dirs.push(out);
    const parsed = parseConfig('checks:\n  smoke:\n    run: "true"\n', 'trainspotter.yml');
    if (!parsed.ok) throw new Error('config');
    const before = await timers();
    await expect(
      runChecks({
        config: parsed.config,
        projectDir: out,
        outRoot: out,
        seed: 0,
        onLine: () => {},
        gpu: false,
        runner: async () => {
          throw new Error('runner broke');
        },
      }),
    ).rejects.toThrow('runner broke');
    expect(await timers()).toBeLessThanOrEqual(before);
  });
});
