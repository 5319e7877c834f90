import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../core/errors.js';
import { genericCsv } from '../ingest/generic-csv.js';
import { hfTrainerState } from '../ingest/hf-trainer-state.js';
import { jsonl } from '../ingest/jsonl.js';
import { kerasCsv } from '../ingest/keras-csv.js';
import { lightningCsv } from '../ingest/lightning-csv.js';
import { readLog, readLogStream, readLogs } from './read-log.js';

const fixtures = fileURLToPath(new URL('../../test/fixtures/logs/', import.meta.url));
const temp = mkdtempSync(join(tmpdir(), 'trainspotter-read-log-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function place(path: string, content: string | Uint8Array): string {
  const full = join(temp, path);
  mkdirSync(join(full, '..'), { recursive: true });
  writeFileSync(full, content);
  return full;
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection');
}

describe('readLog', () => {
  it('detects and streams a CRLF Lightning file', async () => {
    const path = join(fixtures, 'lightning-csv/danyash-mlops-v0__metrics.csv');
    const log = await readLog(path);
    expect(log.path).toBe(path);
    expect(log.format).toBe('lightning-csv');
    expect(log.series.map((s) => [s.name, s.values.length])).toEqual([
      ['train_loss', 25],
      ['val_loss', 5],
    ]);
  });

  it('uses a forced format, and refuses an unknown one', async () => {
    const path = join(fixtures, 'lightning-csv/danyash-mlops-v0__metrics.csv');
    expect((await readLog(path, { format: 'generic-csv' })).format).toBe('generic-csv');
    const error = await rejection(readLog(path, { format: 'wandb' }));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(
      /^Unknown log format `wandb`\. Expected one of: jsonl, lightning-csv, keras-csv/,
    );
  });

  it('names a missing path and the fix', async () => {
    const error = await rejection(readLog(join(temp, 'nope/metrics.jsonl')));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toContain('nope/metrics.jsonl: no such file or folder. Check the `metrics` path');
  });

  it('refuses a folder, pointing at readLogs', async () => {
    await expect(readLog(fixtures)).rejects.toThrow(/is a folder; expected a log file/);
  });

  it('reads a large JSONL file streamed in chunks', async () => {
    const lines = Array.from({ length: 100_000 }, (_, i) => `{"step": ${i}, "loss": ${1 / (i + 1)}}`);
    const path = place('big/metrics.jsonl', `${lines.join('\n')}\n`);
    const log = await readLog(path);
    expect(log.series[0]?.values.length).toBe(100_000);
    expect(log.series[0]?.values[99_999]).toBe(1 / 100_000);
  });
});

describe('readLogStream', () => {
  it('refuses a gigabyte of garbage after reading only its head', async () => {
    let pulled = 0;
    async function* garbage(): AsyncGenerator<Uint8Array> {
      // 16,384 chunks of 64 KiB = 1 GiB, were they all pulled.
      for (let chunk = 0; chunk < 16 * 1024; chunk++) {
        pulled++;
        const bytes = new Uint8Array(64 * 1024);
        for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 131 + chunk * 7) & 0xff;
        yield bytes;
      }
    }
    const error = await rejection(readLogStream('runs/garbage.bin', Readable.from(garbage())));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(
      /^runs\/garbage\.bin: not a training log trainspotter can read; it holds binary data/,
    );
    expect(pulled).toBeLessThanOrEqual(2);
  });

  it('stops an endless line at the line limit instead of buffering it', async () => {
    let pulled = 0;
    const mib = new Uint8Array(1024 * 1024).fill(0x30);
    async function* endless(): AsyncGenerator<Uint8Array> {
      yield new TextEncoder().encode('{"step": 1, "loss": 2}\n{"step": 2, "loss": ');
      for (;;) {
        pulled++;
        yield mib;
      }
    }
    const error = await rejection(readLogStream('metrics.jsonl', Readable.from(endless())));
    expect(error.message).toBe('metrics.jsonl: line 2 is longer than 16 MiB; this is not a text log');
    expect(pulled).toBeLessThanOrEqual(17);
  });
});

describe('readLogs', () => {
  it('reads every fixture of these formats in the fixtures folder, each with its format', async () => {
    // Only these five formats, so that formats added later cannot change what this test sees.
    const logs = await readLogs(fixtures, {
      formats: [jsonl, lightningCsv, kerasCsv, hfTrainerState, genericCsv],
    });
    const found = new Map(logs.map((l) => [relative(fixtures, l.path), l.format]));
    for (const format of ['jsonl', 'lightning-csv', 'keras-csv', 'hf-trainer-state']) {
      const mine = [...found].filter(([path]) => path.startsWith(`${format}/`));
      expect(mine.length).toBeGreaterThan(2);
      for (const [path, detected] of mine) expect([path, detected]).toEqual([path, format]);
    }
    expect(found.size).toBeGreaterThanOrEqual(15);
  });

  it('walks a folder in path order, skipping node_modules, .git and files that are not logs', async () => {
    const root = join(temp, 'runs');
    place('runs/lightning_logs/version_1/metrics.csv', 'epoch,step,train_loss\r\n0,0,1.0\r\n');
    place('runs/lightning_logs/version_0/metrics.csv', '\n');
    place('runs/out/trainer_state.json', '{"log_history": [{"loss": 1, "step": 1}]}');
    place('runs/node_modules/pkg/metrics.jsonl', '{"step": 1, "loss": 1}\n');
    place('runs/.git/metrics.jsonl', '{"step": 1, "loss": 1}\n');
    place('runs/checkpoint.pt', new Uint8Array([0x80, 0x02, 0x63, 0, 0, 1]));
    place('runs/README.md', '# notes\n');
    copyFileSync(join(fixtures, 'keras-csv/car-prediction-cnn__training.log'), join(root, 'training.log'));
    const logs = await readLogs(root);
    expect(logs.map((l) => [relative(root, l.path), l.format, l.series.length])).toEqual([
      ['lightning_logs/version_0/metrics.csv', 'lightning-csv', 0],
      ['lightning_logs/version_1/metrics.csv', 'lightning-csv', 1],
      ['out/trainer_state.json', 'hf-trainer-state', 1],
      ['training.log', 'keras-csv', 4],
    ]);
    expect(logs[0]?.warnings[0]).toMatch(/metrics\.csv is empty: no header line/);
  });

  it('reads a single file given as the path', async () => {
    const path = place('single/m.jsonl', '{"step": 1, "loss": 1}\n');
    expect((await readLogs(path)).map((l) => l.format)).toEqual(['jsonl']);
  });

  it('refuses a folder with no log, saying what it looked at and what it reads', async () => {
    place('empty-ish/notes.txt', 'hello\n');
    const error = await rejection(readLogs(join(temp, 'empty-ish')));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(
      /empty-ish: no training log found in this folder \(looked at 1 files, e\.g\. .*notes\.txt\)\. Supported formats: jsonl/,
    );
    mkdirSync(join(temp, 'nothing'));
    await expect(readLogs(join(temp, 'nothing'))).rejects.toThrow(
      /no training log found in this folder \(it is empty\)/,
    );
  });

  it('names a missing folder and the fix', async () => {
    await expect(readLogs(join(temp, 'missing'))).rejects.toThrow(
      /missing: no such file or folder\. Check the `metrics` path/,
    );
  });
});
