import { appendFile, mkdtemp, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { watchProgress } from './progress.js';
import { formatProgress, type ProgressPoint, parseProgressLine } from './progress-line.js';

describe('parseProgressLine', () => {
  it('reads step and training loss, preferring the plain loss key', () => {
    expect(parseProgressLine('{"step": 120, "val_loss": 0.9, "loss": 0.4312, "lr": 1e-3}', 1)).toEqual({
      step: 120,
      loss: 0.4312,
      lossKey: 'loss',
    });
    expect(parseProgressLine('{"global_step":5,"train/loss":2.5e-1}', 1)).toEqual({
      step: 5,
      loss: 0.25,
      lossKey: 'train/loss',
    });
  });

  it("accepts Python's bare NaN and Infinity", () => {
    expect(parseProgressLine('{"step": 3, "loss": NaN}', 1)?.loss).toBeNaN();
    expect(parseProgressLine('{"step": 4, "loss": -Infinity}', 1)?.loss).toBe(Number.NEGATIVE_INFINITY);
  });

  it('skips lines without a training loss and numbers records without a step', () => {
    expect(parseProgressLine('{"step": 3, "val_loss": 0.2}', 1)).toBeUndefined();
    expect(parseProgressLine('step,loss', 1)).toBeUndefined();
    expect(parseProgressLine('{"loss": 1.5}', 9)).toEqual({ step: 9, loss: 1.5, lossKey: 'loss' });
  });
});

describe('formatProgress', () => {
  it('shows step and loss with four decimals, or scientific for tiny values', () => {
    expect(formatProgress('smoke', { step: 120, loss: 0.43121, lossKey: 'loss' })).toBe(
      '[smoke] step 120  loss 0.4312',
    );
    expect(formatProgress('overfit', { step: 9, loss: 2.5e-6, lossKey: 'train_loss' })).toBe(
      '[overfit] step 9  train_loss 2.500e-6',
    );
    expect(formatProgress('smoke', { step: 1, loss: Number.NaN, lossKey: 'loss' })).toBe(
      '[smoke] step 1  loss nan',
    );
  });
});

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('watchProgress', () => {
  it('follows a file that appears late and grows in partial lines', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'trainspotter-progress-'));
    const file = join(dir, 'metrics.jsonl');
    const seen: ProgressPoint[] = [];
    const watcher = watchProgress({ file, intervalMs: 20, onProgress: (p) => seen.push(p) });
    await tick(60);
    await writeFile(file, '{"step": 1, "loss": 2.0}\n{"step": 2, "lo');
    await tick(100);
    expect(seen.at(-1)).toMatchObject({ step: 1, loss: 2 });
    await appendFile(file, 'ss": 1.5}\n{"step": 3, "loss": 1.');
    await tick(100);
    expect(seen.at(-1)).toMatchObject({ step: 2, loss: 1.5 });
    await appendFile(file, '25}\n');
    const last = await watcher.stop();
    expect(last).toMatchObject({ step: 3, loss: 1.25 });
    expect(seen.map((p) => p.step)).toEqual([1, 2, 3]);
  });

  it('starts over when the file is replaced, and reads only the end of a large burst', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'trainspotter-progress-'));
    const file = join(dir, 'metrics.jsonl');
    await writeFile(file, '{"step": 50, "loss": 0.5}\n');
    const watcher = watchProgress({ file, intervalMs: 20, onProgress: () => {} });
    await tick(80);
    const burst = Array.from({ length: 100_000 }, (_, i) => `{"step": ${i}, "loss": ${1 / (i + 1)}}\n`).join(
      '',
    );
    await writeFile(join(dir, 'next'), burst);
    await rename(join(dir, 'next'), file);
    expect(await watcher.stop()).toMatchObject({ step: 99_999, loss: 1 / 100_000 });
  });

  it('returns undefined when the file never appears', async () => {
    const watcher = watchProgress({ file: '/no/such/metrics.jsonl', intervalMs: 10, onProgress: () => {} });
    await tick(30);
    expect(await watcher.stop()).toBeUndefined();
  });
});
