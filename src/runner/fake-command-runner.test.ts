import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeCommandRunner } from './fake-command-runner.js';

describe('fakeCommandRunner', () => {
  it('replays lines, writes files into TRAINSPOTTER_OUT and ends as scripted', async () => {
    const out = await mkdtemp(join(tmpdir(), 'trainspotter-fake-'));
    const fake = fakeCommandRunner((o) =>
      o.env.TRAINSPOTTER_CHECK === 'smoke'
        ? {
            lines: [
              ['stdout', 'step 1'],
              ['stderr', 'RuntimeError: boom'],
            ],
            files: { 'metrics.jsonl': '{"loss": 1}\n' },
            exitCode: 1,
          }
        : { timedOut: true },
    );
    const seen: string[] = [];
    const smoke = await fake.run({
      command: 'python train.py',
      cwd: '.',
      env: { TRAINSPOTTER_CHECK: 'smoke', TRAINSPOTTER_OUT: out },
      timeoutMs: 1000,
      onLine: (s, l) => seen.push(`${s}:${l}`),
    });
    expect(smoke).toMatchObject({ exitCode: 1, tail: ['step 1', 'RuntimeError: boom'], lineCount: 2 });
    expect(seen).toEqual(['stdout:step 1', 'stderr:RuntimeError: boom']);
    expect(await readFile(join(out, 'metrics.jsonl'), 'utf8')).toBe('{"loss": 1}\n');
    const overfit = await fake.run({
      command: 'x',
      cwd: '.',
      env: { TRAINSPOTTER_CHECK: 'overfit' },
      timeoutMs: 1,
    });
    expect(overfit).toMatchObject({ timedOut: true, exitCode: null, signal: 'SIGTERM' });
    expect(fake.calls.map((c) => c.env.TRAINSPOTTER_CHECK)).toEqual(['smoke', 'overfit']);
  });
});
