import { concatBytes } from './concat-bytes.js';
import { maskedCrc32c, maskedCrc32cOf } from './crc32c.js';

/** Bytes before a record's data: uint64 length + masked CRC-32C of those 8 bytes. */
const HEADER = 12;
/** Bytes after a record's data: masked CRC-32C of the data. */
const FOOTER = 4;

/**
 * Receives what a {@link TfRecordReader} finds. A record is `bytes[start, end)`, in the reader's
 * buffer or the caller's chunk, valid only during the call: decode it (or copy it) before returning.
 */
export interface TfRecordSink {
  /** One record whose length and data CRCs both check out; `offset` is its first byte in the file. */
  record(bytes: Uint8Array, start: number, end: number, offset: number): void;
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

/** The record length of the halves of a valid header, or -1 when too long to be real. */
function lengthOf(low: number, high: number): number {
  // A length beyond 2^53 cannot be a real record: treat it as corruption.
  return high >= 0x200000 ? -1 : high * 0x100000000 + low;
}

/** The record length at `i` when the 12 header bytes there are valid (length CRC matches), else -1. */
function validLength(b: Uint8Array, i: number): number {
  if (readU32(b, i + 8) !== maskedCrc32c(b, i, i + 8)) return -1;
  return lengthOf(readU32(b, i), readU32(b, i + 4));
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
  /** The length bytes of the last valid header and their CRC: records of one length share them. */
  private lastLow = -1;
  private lastHigh = -1;
  private lastCrc = -1;

  constructor(private readonly sink: TfRecordSink) {}

  /** Valid records seen so far. */
  get records(): number {
    return this.recordCount;
  }

  /**
   * Reads the records of `chunk` in place; only a record cut by a chunk's end is joined (from the
   * bytes held back and the head of the next chunk), and only the bytes after the last whole
   * record are copied, to be held: the caller may reuse its chunk's memory.
   */
  write(chunk: Uint8Array): void {
    if (chunk.length === 0) return;
    let from = 0;
    while (this.partsLength > 0) {
      const held = this.partsLength;
      if (held + chunk.length - from < this.need) {
        this.hold(chunk.subarray(from));
        return;
      }
      // Enough of the chunk to finish the cut record, or to move a corrupt stretch past the held bytes.
      const take = Math.min(chunk.length - from, Math.max(this.need - held, HEADER));
      const joined = concatBytes([...this.parts, chunk.subarray(from, from + take)]);
      from += take;
      const used = this.scan(joined, 0);
      this.base += used;
      this.parts = [];
      this.partsLength = 0;
      if (used >= held) {
        from -= joined.length - used; // the rest of the joined bytes are the chunk's: read them in place
        break;
      }
      this.hold(joined.subarray(used));
    }
    if (from === chunk.length) return;
    const used = this.scan(chunk, from) - from;
    this.base += used;
    if (from + used < chunk.length) this.hold(chunk.subarray(from + used));
  }

  /** Holds (a copy of) bytes not yet consumed, in front of the next chunk. */
  private hold(bytes: Uint8Array): void {
    this.parts.push(bytes.slice());
    this.partsLength += bytes.length;
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

  /**
   * Consumes whole records (or corrupt bytes) from `buf`, starting at `start` (the file offset
   * `this.base`); returns the index after the last byte it used.
   */
  private scan(buf: Uint8Array, start: number): number {
    let i = start;
    const n = buf.length;
    const base = this.base - start;
    // One view of the buffer for all its records: each word of a header or a CRC is one load.
    const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    while (n - i >= HEADER) {
      const length = this.validLength(view, i);
      if (length < 0) {
        this.markBad(base + i, 'corrupt record header (length CRC mismatch)');
        i++;
        continue;
      }
      const total = HEADER + length + FOOTER;
      if (n - i < total) {
        this.need = total;
        return i;
      }
      const dataEnd = i + HEADER + length;
      if (view.getUint32(dataEnd, true) !== maskedCrc32cOf(view, i + HEADER, dataEnd)) {
        // The header may itself be a false match inside garbage: resync from the next byte.
        this.markBad(base + i, `corrupt record of ${length} bytes (data CRC mismatch)`);
        i++;
        continue;
      }
      this.markGood(base + i);
      this.recordCount++;
      this.sink.record(buf, i + HEADER, dataEnd, base + i);
      i += total;
    }
    this.need = HEADER;
    return i;
  }

  /** validLength, the CRC of a length computed once: most files hold records of a few lengths. */
  private validLength(view: DataView, i: number): number {
    const low = view.getUint32(i, true);
    const high = view.getUint32(i + 4, true);
    const crc = view.getUint32(i + 8, true);
    if (low !== this.lastLow || high !== this.lastHigh) {
      if (crc !== maskedCrc32cOf(view, i, i + 8)) return -1;
      this.lastLow = low;
      this.lastHigh = high;
      this.lastCrc = crc;
    } else if (crc !== this.lastCrc) {
      return -1;
    }
    return lengthOf(low, high);
  }

  /** A corrupt stretch starts at file offset `at`, unless one is already open. */
  private markBad(at: number, reason: string): void {
    if (this.badSince >= 0) return;
    this.badSince = at;
    this.badReason = reason;
  }

  /** A valid record at file offset `at` ends the open corrupt stretch, if any. */
  private markGood(at: number): void {
    if (this.badSince < 0) return;
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
