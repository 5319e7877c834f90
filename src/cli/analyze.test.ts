import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { analyzeCommand } from './analyze.js';
import type { CliIo } from './io.js';

function io(cwd: string, stdin?: string): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    env: {},
    cwd,
    ...(stdin === undefined ? {} : { stdin: Readable.from([Buffer.from(stdin)]) }),
  };
}

const printed = (n: number, loss: (i: number) => number) =>
  Array.from(
    { length: n },
    (_, i) => `Epoch ${i + 1}/${n} - loss: ${loss(i).toFixed(4)} - val_loss: ${(loss(i) * 1.1).toFixed(4)}`,
  ).join('\n');

describe('trainspotter analyze on printed output', () => {
  it('reads a saved train.log', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'trainspotter-analyze-'));
    await writeFile(join(dir, 'train.log'), `${printed(20, (i) => 2.3 * 0.85 ** i)}\n`);
    const cli = io(dir);
    expect(await analyzeCommand(['train.log', '--json'], cli)).toBe(0);
    const json = JSON.parse(cli.out.join(''));
    expect(json.files[0].format).toBe('printed-text');
    expect(json.files[0].series.map((s: { name: string; verdict: string }) => [s.name, s.verdict])).toEqual([
      ['loss', 'healthy'],
      ['loss vs val_loss', 'generalises'],
    ]);
  });

  it('reads standard input with `-`, and fails a loss that goes up', async () => {
    const cli = io('/', `${printed(20, (i) => 1 + 0.05 * i)}\n`);
    expect(await analyzeCommand(['-'], cli)).toBe(1);
    expect(cli.out.join('')).toContain('goes_up');
    expect(cli.out.join('')).toContain('stdin');
  });

  it('reads JSON lines piped in, and says so when the input holds no metric lines', async () => {
    const jsonl = Array.from({ length: 12 }, (_, i) => JSON.stringify({ step: i, loss: 1 / (i + 1) })).join(
      '\n',
    );
    const cli = io('/', `${jsonl}\n`);
    expect(await analyzeCommand(['-', '--json'], cli)).toBe(0);
    expect(JSON.parse(cli.out.join('')).files[0].format).toBe('jsonl');
    const empty = io('/', 'hello\nworld\n');
    expect(await analyzeCommand(['-'], empty)).toBe(0);
    expect(empty.out.join('')).toContain('no line of the form');
  });

  it('refuses `-` twice, and `-` where there is no standard input', async () => {
    expect(await analyzeCommand(['-', '-'], io('/', 'x'))).toBe(2);
    await expect(analyzeCommand(['-'], io('/'))).rejects.toThrow('no standard input');
  });
});
