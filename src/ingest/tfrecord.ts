import { concatBytes } from './concat-bytes.js';
import { maskedCrc32c } from './crc32c.js';

/** Bytes before a record's data: uint64 length + masked CRC-32C of those 8 bytes. */
const HEADER = 12;
/** Bytes after a record's data: masked CRC-32C of the data. */
const FOOTER = 4;

/**
 * Receives what a {@link TfRecordReader} finds. `record` is a view into the reader's buffer,
 * valid only during the call: decode it (or copy it) before returning.
 */
export interface TfRecordSink {
  /** One record whose length and data CRCs both check out; `offset` is its first byte. */
  record(data: Uint8Array, offset: number): void;
  /** A skipped stretch of bytes, with its byte offset in the message. */
  warning(message: string): void;
}

function readU32(b: Uint8Array, i: number): number {
  return (
    ((b[i] as number) |
      ((b[i + 1] as number) << 8) |
      ((b[i + 2] as number) << 16) |
      ((b[i + 3] as number) << 24)) >>>
    0
  );
}

/** The record length at `i` when the 12 header bytes there are valid (length CRC matches), else -1. */
function validLength(b: Uint8Array, i: number): number {
  if (readU32(b, i + 8) !== maskedCrc32c(b, i, i + 8)) return -1;
  const high = readU32(b, i + 4);
  // A length beyond 2^53 cannot be a real record: treat it as corruption.
  if (high >= 0x200000) return -1;
  return high * 0x100000000 + readU32(b, i);
}

/**
 * Splits TFRecord framing (uint64 length, masked CRC-32C of the length, data, masked CRC-32C of
 * the data) fed chunk by chunk. A corrupt stretch is reported once, with its byte offsets, and
 * skipped by scanning for the next valid length+CRC, so the records after it are still read.
 * Memory: the bytes of one record at a time (plus the chunk being read).
 */
export class TfRecordReader {
  /** Buffered chunks not yet consumed, and their total length. */
  private parts: Uint8Array[] = [];
  private partsLength = 0;
  /** Absolute offset of the first buffered byte. */
  private base = 0;
  /** Bytes needed before the next step can run: a header, or a whole record. */
  private need = HEADER;
  /** Where the current corrupt stretch began, or -1 while the framing is in step. */
  private badSince = -1;
  private badReason = '';
  private recordCount = 0;

  constructor(private readonly sink: TfRecordSink) {}

  /** Valid records seen so far. */
  get records(): number {
    return this.recordCount;
  }

  write(chunk: Uint8Array): void {
    if (chunk.length === 0) return;
    this.parts.push(chunk);
    this.partsLength += chunk.length;
    if (this.partsLength < this.need) return;
    const buf = concatBytes(this.parts);
    const used = this.scan(buf);
    this.base += used;
    // Copy the unconsumed tail: the caller may reuse its chunk's memory.
    const rest = used < buf.length ? buf.slice(used) : undefined;
    this.parts = rest ? [rest] : [];
    this.partsLength = rest ? rest.length : 0;
  }

  /** Reports what is left over (a truncated last record, a corrupt tail). */
  end(): void {
    const left = this.partsLength;
    if (this.badSince >= 0) {
      this.sink.warning(
        `bytes ${this.badSince}-${this.base + left}: ${this.badReason}; no valid record follows it, ` +
          `${this.base + left - this.badSince} bytes skipped`,
      );
    } else if (left > 0) {
      const expected =
        this.need > HEADER ? `a record of ${this.need} bytes` : `a ${HEADER}-byte record header`;
      this.sink.warning(
        `byte ${this.base}: truncated record: the file ends ${left} bytes into ${expected} ` +
          '(the writer was still running or was killed); the record was skipped',
      );
    }
    this.parts = [];
    this.partsLength = 0;
  }

  /** Consumes whole records (or corrupt bytes) from `buf`; returns how many bytes it used. */
  private scan(buf: Uint8Array): number {
    let i = 0;
    const n = buf.length;
    while (n - i >= HEADER) {
      const length = validLength(buf, i);
      if (length < 0) {
        this.markBad(i, 'corrupt record header (length CRC mismatch)');
        i++;
        continue;
      }
      const total = HEADER + length + FOOTER;
      if (n - i < total) {
        this.need = total;
        return i;
      }
      const dataEnd = i + HEADER + length;
      if (readU32(buf, dataEnd) !== maskedCrc32c(buf, i + HEADER, dataEnd)) {
        // The header may itself be a false match inside garbage: resync from the next byte.
        this.markBad(i, `corrupt record of ${length} bytes (data CRC mismatch)`);
        i++;
        continue;
      }
      this.markGood(i);
      this.recordCount++;
      this.sink.record(buf.subarray(i + HEADER, dataEnd), this.base + i);
      i += total;
    }
    this.need = HEADER;
    return i;
  }

  private markBad(i: number, reason: string): void {
    if (this.badSince >= 0) return;
    this.badSince = this.base + i;
    this.badReason = reason;
  }

  private markGood(i: number): void {
    if (this.badSince < 0) return;
    const at = this.base + i;
    this.sink.warning(
      `bytes ${this.badSince}-${at}: ${this.badReason}; skipped ${at - this.badSince} bytes ` +
        `to the next valid record at byte ${at}`,
    );
    this.badSince = -1;
  }
}

/** True when `head` starts with a whole, valid TFRecord header (its length CRC matches). */
export function startsWithTfRecord(head: Uint8Array): boolean {
  return head.length >= HEADER && validLength(head, 0) >= 0;
}

/** Frames `data` as one TFRecord (for tests, benches and tools that write event files). */
export function encodeTfRecord(data: Uint8Array): Uint8Array {
  const out = new Uint8Array(HEADER + data.length + FOOTER);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length % 0x100000000, true);
  view.setUint32(4, Math.floor(data.length / 0x100000000), true);
  view.setUint32(8, maskedCrc32c(out, 0, 8), true);
  out.set(data, HEADER);
  view.setUint32(HEADER + data.length, maskedCrc32c(data), true);
  return out;
}
