import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../core/errors.js';
import { detectFormat, HEAD_BYTES } from './detect.js';
import { LOG_FORMATS } from './formats.js';

const root = new URL('../../test/fixtures/logs/', import.meta.url);
const utf8 = (s: string) => new TextEncoder().encode(s);
/** The real file name a writer gives: the fixture name after its `origin__` prefix. */
const realName = (fixture: string) => fixture.slice(fixture.indexOf('__') + 2);

describe('detectFormat', () => {
  const cases = ['jsonl', 'lightning-csv', 'keras-csv', 'hf-trainer-state'].flatMap((format) =>
    readdirSync(new URL(`${format}/`, root)).map((file) => [format, file] as const),
  );
  it.each(cases)('detects %s for %s, under its real name and its fixture name', (format, file) => {
    const head = readFileSync(new URL(`${format}/${file}`, root)).subarray(0, HEAD_BYTES);
    expect(detectFormat(`run/${realName(file)}`, head).id).toBe(format);
    expect(detectFormat(file, head).id).toBe(format);
  });

  it('reads a printed log whose first line is a Python dict as printed text, not broken JSON lines', () => {
    const printed = utf8(
      "{'loss': 2.3012, 'learning_rate': 5e-05, 'epoch': 0.1}\n{'loss': 1.9921, 'learning_rate': 4.5e-05, 'epoch': 0.2}\n" +
        "{'loss': 1.7713, 'learning_rate': 4e-05, 'epoch': 0.3}\n{'eval_loss': 1.8, 'epoch': 0.3}\n",
    );
    expect(detectFormat('train.log', printed).id).toBe('printed-text');
    expect(detectFormat('nohup.out', printed).id).toBe('printed-text');
    // named as JSON lines, it is JSON lines, and its reader says what is wrong with the line
    expect(detectFormat('metrics.jsonl', printed).id).toBe('jsonl');
  });

  it('keeps a plain exported array that other formats can be appended to', () => {
    expect(Array.isArray(LOG_FORMATS)).toBe(true);
    expect(LOG_FORMATS.map((f) => f.id)).toEqual(
      expect.arrayContaining(['jsonl', 'lightning-csv', 'keras-csv', 'hf-trainer-state', 'generic-csv']),
    );
  });

  it('lets a specific CSV format beat the generic one', () => {
    expect(detectFormat('loss.csv', utf8('step,loss\n1,2\n')).id).toBe('generic-csv');
    expect(detectFormat('results.csv', utf8('epoch,step,train_loss\n0,1,2\n')).id).toBe('lightning-csv');
    expect(detectFormat('history.csv', utf8('epoch,loss,val_loss\n0,1,2\n')).id).toBe('keras-csv');
    expect(detectFormat('metrics.jsonl', utf8('{"step": 1, "loss": NaN}\n')).id).toBe('jsonl');
    expect(detectFormat('state.json', utf8('{\n  "epoch": 1.0,\n  "log_history": []\n}\n')).id).toBe(
      'hf-trainer-state',
    );
  });

  it('refuses binary data with the file, what was seen, the formats and the way to convert', () => {
    const head = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(() => detectFormat('runs/model.png', head)).toThrow(InputError);
    let message = '';
    try {
      detectFormat('runs/model.png', head);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(
      /^runs\/model\.png: not a training log trainspotter can read; it holds binary data \(a NUL byte at offset 8\)\./,
    );
    for (const f of LOG_FORMATS) expect(message).toContain(f.id);
    expect(message).toContain(
      'write one JSON object per line, e.g. {"step": 100, "loss": 0.42, "val_loss": 0.51}',
    );
  });

  it('refuses invalid UTF-8 without a NUL byte as binary data', () => {
    expect(() => detectFormat('weights.bin', new Uint8Array([0xff, 0xfe, 0x41, 0x80, 0x0a]))).toThrow(
      /weights\.bin: .*binary data \(bytes that are not UTF-8 text\)/,
    );
  });

  it('accepts a multi-byte character cut by the end of the head', () => {
    const head = utf8(`{"step": 1, "loss": 2, "note": "${'é'.repeat(40_000)}"}\n`).subarray(
      0,
      HEAD_BYTES - 1,
    );
    expect(detectFormat('m.jsonl', head).id).toBe('jsonl');
  });

  it('refuses an empty file whose name says nothing', () => {
    expect(() => detectFormat('out/log.txt', new Uint8Array(0))).toThrow(
      /^out\/log\.txt: .* it holds an empty file\./,
    );
    expect(() => detectFormat('out/log.txt', utf8('\n\n'))).toThrow(/it holds an empty file/);
    // Named like a format's file, an empty file is a run that logged nothing: read, with a warning.
    expect(detectFormat('out/metrics.jsonl', new Uint8Array(0)).id).toBe('jsonl');
    expect(detectFormat('version_0/metrics.csv', utf8('\n')).id).toBe('lightning-csv');
  });

  it('quotes the first line of a text file no format recognises, truncated', () => {
    // (named .dat: a .out, .log or .txt file is read as printed text, which needs no repeats in its head)
    const line = `Epoch 1/10 ${'='.repeat(100)} loss: 0.52`;
    expect(() => detectFormat('train.dat', utf8(`${line}\nEpoch 2/10\n`))).toThrow(
      `train.dat: not a training log trainspotter can read; it holds first line \`${line.slice(0, 60)}…\` (truncated).`,
    );
  });

  it("names results.csv when the file is Ultralytics YOLO's printed table of losses", () => {
    const head =
      '      Epoch    GPU_mem   box_loss   cls_loss   dfl_loss  Instances       Size\n' +
      '       1/20      5.66G     0.7283      1.357      1.213          6        640: 100% 1603/1603 [03:45<00:00,  7.12it/s]\n';
    expect(() => detectFormat('yolo-train.dat', utf8(head))).toThrow(
      /not a training log trainspotter can read; it holds first line .*This is Ultralytics YOLO's output: .*results\.csv.* name that file in `metrics`\. Supported formats/,
    );
  });

  it('reads only the head: a gigabyte of garbage is refused from its first 64 KiB', () => {
    // A generator stands in for the 1 GB file; detection must not pull past the head.
    let pulled = 0;
    function* garbage(): Generator<Uint8Array> {
      let x = 0x9e3779b9;
      for (let chunk = 0; chunk < 16 * 1024; chunk++) {
        pulled++;
        const bytes = new Uint8Array(64 * 1024);
        for (let i = 0; i < bytes.length; i++) {
          x ^= x << 13;
          x ^= x >>> 17;
          x ^= x << 5;
          bytes[i] = x & 0xff;
        }
        yield bytes;
      }
    }
    const head = garbage().next().value as Uint8Array;
    expect(head.length).toBe(HEAD_BYTES);
    expect(() => detectFormat('checkpoint.pt', head)).toThrow(/checkpoint\.pt: .*binary data/);
    expect(pulled).toBe(1);
  });
});
