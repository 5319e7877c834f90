import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { concatBytes } from './concat-bytes.js';
import { crc32c, maskedCrc32c } from './crc32c.js';
import { encodeTfRecord, startsWithTfRecord, TfRecordReader } from './tfrecord.js';

const bytes = (s: string) => new TextEncoder().encode(s);

function read(file: Uint8Array, chunk = file.length) {
  const records: { text: string; offset: number }[] = [];
  const warnings: string[] = [];
  const reader = new TfRecordReader({
    record: (data, start, end, offset) =>
      records.push({ text: new TextDecoder().decode(data.subarray(start, end)), offset }),
    warning: (m) => warnings.push(m),
  });
  for (let i = 0; i < file.length; i += chunk) reader.write(file.slice(i, i + chunk));
  reader.end();
  return { records, warnings };
}

const join = (...parts: Uint8Array[]): Uint8Array => concatBytes(parts);

describe('crc32c', () => {
  it('matches the published check values (RFC 3720 B.4)', () => {
    expect(crc32c(bytes('123456789'))).toBe(0xe3069283);
    expect(crc32c(new Uint8Array(32))).toBe(0x8a9136aa);
    expect(crc32c(new Uint8Array(32).fill(0xff))).toBe(0x62a8ab43);
    expect(crc32c(Uint8Array.from({ length: 32 }, (_, i) => i))).toBe(0x46dd794e);
  });

  it('gives what the bit-at-a-time definition gives, on any bytes at any offset of a view', () => {
    const reference = (b: Uint8Array, start: number, end: number) => {
      let c = 0xffffffff;
      for (let i = start; i < end; i++) {
        c ^= b[i] as number;
        for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0x82f63b78 : c >>> 1;
      }
      return (c ^ 0xffffffff) >>> 0;
    };
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 80 }), fc.nat(7), fc.nat(7), fc.nat(40), (b, pad, cut, skip) => {
        // The bytes sit at an odd offset of their buffer, as a record does inside a chunk.
        const buffer = new Uint8Array(pad + b.length);
        buffer.set(b, pad);
        const view = buffer.subarray(pad);
        const start = Math.min(skip, view.length);
        const end = Math.max(start, view.length - cut);
        expect(crc32c(view, start, end)).toBe(reference(view, start, end));
      }),
      { numRuns: 2000 },
    );
  });

  it('masks as TFRecord does: the length CRC of a real event file header', () => {
    // tensorboardX's 40-byte file: length 24 as uint64, then masked CRC a3 7f 4b 22.
    expect(maskedCrc32c(Uint8Array.of(24, 0, 0, 0, 0, 0, 0, 0))).toBe(0x224b7fa3);
  });
});

describe('TfRecordReader', () => {
  const a = encodeTfRecord(bytes('alpha'));
  const b = encodeTfRecord(bytes('bravo!'));
  const c = encodeTfRecord(bytes('charlie'));
  const file = join(a, b, c);

  it('reads records with their offsets, whatever the chunk size', () => {
    for (const chunk of [1, 3, 12, 16, 1000]) {
      const { records, warnings } = read(file, chunk);
      expect(records).toEqual([
        { text: 'alpha', offset: 0 },
        { text: 'bravo!', offset: a.length },
        { text: 'charlie', offset: a.length + b.length },
      ]);
      expect(warnings).toEqual([]);
    }
    expect(startsWithTfRecord(file)).toBe(true);
    expect(startsWithTfRecord(bytes('step,loss\n0,1\n'))).toBe(false);
  });

  it('skips a record whose data is corrupt, naming its offset, and keeps the rest', () => {
    const bad = file.slice();
    bad[a.length + 14] = 0x40; // a byte inside "bravo!" (was "r")
    for (const chunk of [1, 5, 1000]) {
      const { records, warnings } = read(bad, chunk);
      expect(records.map((r) => r.text)).toEqual(['alpha', 'charlie']);
      expect(warnings).toEqual([
        `bytes ${a.length}-${a.length + b.length}: corrupt record of 6 bytes (data CRC mismatch); ` +
          `skipped ${b.length} bytes to the next valid record at byte ${a.length + b.length}`,
      ]);
    }
  });

  it('resyncs after a corrupt length and after garbage between records', () => {
    const bad = file.slice();
    bad[a.length] = 0xff; // the length of "bravo!"
    expect(read(bad).records.map((r) => r.text)).toEqual(['alpha', 'charlie']);
    expect(read(bad).warnings[0]).toMatch(
      new RegExp(`^bytes ${a.length}-${a.length + b.length}: corrupt record header`),
    );
    const garbage = join(bytes('#!garbage#'), file);
    const r = read(garbage, 4);
    expect(r.records.map((x) => x.offset)).toEqual([10, 10 + a.length, 10 + a.length + b.length]);
    expect(r.warnings).toEqual([
      'bytes 0-10: corrupt record header (length CRC mismatch); skipped 10 bytes to the next valid record at byte 10',
    ]);
  });

  it('reports a truncated last record and a corrupt tail', () => {
    const cut = file.slice(0, file.length - 5);
    const r = read(cut, 7);
    expect(r.records.map((x) => x.text)).toEqual(['alpha', 'bravo!']);
    expect(r.warnings).toEqual([
      `byte ${a.length + b.length}: truncated record: the file ends ${c.length - 5} bytes into a record of ${c.length} bytes ` +
        '(the writer was still running or was killed); the record was skipped',
    ]);
    const tail = join(file, bytes('xxxxxxxxxxxxxxxx'));
    expect(read(tail).warnings).toEqual([
      `bytes ${file.length}-${file.length + 16}: corrupt record header (length CRC mismatch); no valid record follows it, 16 bytes skipped`,
    ]);
    expect(read(new Uint8Array(0))).toEqual({ records: [], warnings: [] });
  });
});

describe('TfRecordReader, whatever the chunks', () => {
  // Files of records, garbage between them, flipped bytes and a cut end: every way of cutting
  // the file into chunks must give the records and warnings of the whole file read at once.
  const piece = fc.oneof(
    { arbitrary: fc.uint8Array({ maxLength: 40 }).map(encodeTfRecord), weight: 4 },
    { arbitrary: fc.uint8Array({ minLength: 1, maxLength: 20 }), weight: 1 },
  );
  const file = fc
    .tuple(
      fc.array(piece, { maxLength: 12 }),
      fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { maxLength: 3 }),
      fc.nat({ max: 30 }),
    )
    .map(([pieces, flips, cut]) => {
      const bytes = concatBytes(pieces).slice();
      for (const [at, x] of flips) {
        const i = at % Math.max(1, bytes.length);
        if (i < bytes.length) bytes[i] = (bytes[i] as number) ^ x;
      }
      return bytes.subarray(0, Math.max(0, bytes.length - cut));
    });

  it('reads the same records and warnings', () => {
    fc.assert(
      fc.property(
        file,
        fc.array(fc.integer({ min: 1, max: 64 }), { minLength: 1, maxLength: 8 }),
        (f, sizes) => {
          const whole = read(f);
          const records: { text: string; offset: number }[] = [];
          const warnings: string[] = [];
          const reader = new TfRecordReader({
            record: (data, start, end, offset) =>
              records.push({ text: new TextDecoder().decode(data.subarray(start, end)), offset }),
            warning: (m) => warnings.push(m),
          });
          // Chunks of the given sizes in turn, each a fresh copy that is overwritten after the call.
          for (let at = 0, k = 0; at < f.length; k++) {
            const size = sizes[k % sizes.length] as number;
            const chunk = f.slice(at, at + size);
            reader.write(chunk);
            chunk.fill(0);
            at += size;
          }
          reader.end();
          expect({ records, warnings }).toEqual(whole);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
