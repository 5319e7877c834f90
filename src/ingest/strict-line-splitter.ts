import { InputError } from '../core/errors.js';
import { formatBytes } from '../core/format-bytes.js';
import { type AsciiCheck, type AsciiText, isAscii } from './ascii-bytes.js';
import { concatBytes } from './concat-bytes.js';

/** Longest line a text log may hold, in bytes; anything longer is not a training log. */
export const MAX_LINE_BYTES = 16 * 1024 * 1024;

const NEWLINE = 0x0a;
const CR = 13;
const BOM = 0xfeff;
const fast = new TextDecoder('utf-8', { ignoreBOM: true });

/** Receives one line without its `\n` / `\r\n`; `lineNumber` counts from 1. */
export type LineSink = (line: string, lineNumber: number) => void;

/**
 * Receives a block of whole lines that are all ASCII (each ends with `\n`, a `\r` before it left
 * in; never the file's first bytes when they are a BOM) and the number of its first line, and
 * handles every line itself; returns how many lines the block held. The bytes are only lent.
 */
export type AsciiBlockSink = (bytes: Uint8Array, firstLine: number) => number;

/** What a StrictLineSplitter does with ASCII text, and its line limit. */
export interface LineSplitterOptions {
  /** Longest line allowed, in bytes (MAX_LINE_BYTES unless set). */
  readonly maxLineBytes?: number;
  /** A byte-level fast path for ASCII text: when set, ASCII blocks go there instead of onLine. */
  readonly onAscii?: AsciiBlockSink;
  /**
   * Without onAscii: makes each line of an ASCII block a string of its own (a flat string,
   * which a reader scans a third faster than a slice of the block's decoded text).
   */
  readonly asciiText?: AsciiText;
  /** How a block is found to be ASCII: the portable isAscii unless the shell has a faster one. */
  readonly isAscii?: AsciiCheck;
}

function describeBytes(n: number): string {
  return n % (1024 * 1024) === 0 ? formatBytes(n) : `${n} bytes`;
}

/**
 * Splits a stream of UTF-8 bytes into lines, in bounded memory: chunks may cut lines and
 * multi-byte characters anywhere. Handles LF and CRLF, a missing final newline and a leading
 * BOM. Strict, as a log file's reader must be (the runner's CappedLineSplitter, for a command's
 * live output, is lenient instead): throws InputError (naming `source` and the line) on invalid
 * UTF-8 or on a line longer than `maxLineBytes`, as soon as it is seen and without buffering
 * more of it; a lone `\r` ends no line.
 */
export class StrictLineSplitter {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  /** Bytes of the unfinished last line, held until its newline arrives. */
  private carry: Uint8Array[] = [];
  private carryBytes = 0;
  private lines = 0;
  private atStart = true;

  private readonly maxLineBytes: number;
  private readonly onAscii: AsciiBlockSink | undefined;
  private readonly asciiText: AsciiText | undefined;
  private readonly isAscii: AsciiCheck;

  constructor(
    private readonly source: string,
    private readonly onLine: LineSink,
    options: LineSplitterOptions = {},
  ) {
    this.maxLineBytes = options.maxLineBytes ?? MAX_LINE_BYTES;
    this.onAscii = options.onAscii;
    this.asciiText = options.asciiText;
    this.isAscii = options.isAscii ?? isAscii;
  }

  /** Lines completed so far. */
  get lineCount(): number {
    return this.lines;
  }

  write(chunk: Uint8Array): void {
    // Pieces no longer than the limit: a line wholly inside one piece is then short enough.
    for (let start = 0; start < chunk.length; start += this.maxLineBytes) {
      this.writePiece(chunk.subarray(start, Math.min(chunk.length, start + this.maxLineBytes)));
    }
  }

  end(): void {
    if (this.carryBytes === 0) return;
    let text = this.decode(this.takeCarry());
    if (text.charCodeAt(text.length - 1) === CR) text = text.slice(0, -1);
    this.emit(`${text}\n`);
  }

  private writePiece(piece: Uint8Array): void {
    const last = piece.lastIndexOf(NEWLINE);
    if (last === -1) {
      this.hold(piece);
      return;
    }
    let from = 0;
    if (this.carryBytes > 0) {
      // Only the held line and its end are joined; the rest of the piece is decoded in place.
      const first = piece.indexOf(NEWLINE);
      if (this.carryBytes + first > this.maxLineBytes) this.tooLong();
      this.carry.push(piece.subarray(0, first + 1));
      this.emitLines(this.takeCarry());
      from = first + 1;
    }
    if (from <= last) this.emitLines(piece.subarray(from, last + 1));
    if (last + 1 < piece.length) this.hold(piece.subarray(last + 1));
  }

  private hold(bytes: Uint8Array): void {
    if (this.carryBytes + bytes.length > this.maxLineBytes) this.tooLong();
    // Copied: the caller may reuse its buffer.
    this.carry.push(new Uint8Array(bytes));
    this.carryBytes += bytes.length;
  }

  private takeCarry(): Uint8Array {
    const parts = this.carry;
    this.carry = [];
    this.carryBytes = 0;
    return concatBytes(parts);
  }

  private tooLong(): never {
    throw new InputError(
      `${this.source}: line ${this.lines + 1} is longer than ${describeBytes(this.maxLineBytes)}; this is not a text log`,
    );
  }

  private decode(bytes: Uint8Array): string {
    // The non-fatal decoder is several times faster than the fatal one; a replacement character
    // in its output is either in the file or stands for invalid bytes, which only the fatal one can tell.
    const text = fast.decode(bytes);
    if (!text.includes('\uFFFD')) return text;
    try {
      return this.decoder.decode(bytes);
    } catch {
      // Rare path: find the exact line for the message.
      let line = this.lines + 1;
      let start = 0;
      for (;;) {
        const nl = bytes.indexOf(NEWLINE, start);
        const end = nl === -1 ? bytes.length : nl;
        try {
          this.decoder.decode(bytes.subarray(start, end));
        } catch {
          break;
        }
        if (nl === -1) break;
        start = nl + 1;
        line++;
      }
      throw new InputError(
        `${this.source}: line ${line} is not valid UTF-8 text; this is not a text log (expected UTF-8 JSON or CSV)`,
      );
    }
  }

  /** Emits every line of `bytes`, which end with `\n`: through onAscii when it is set and they are ASCII. */
  private emitLines(bytes: Uint8Array): void {
    if (this.onAscii !== undefined && this.isAscii(bytes)) {
      this.atStart = false;
      this.lines += this.onAscii(bytes, this.lines + 1);
      return;
    }
    if (this.asciiText !== undefined && this.isAscii(bytes)) {
      this.atStart = false; // a BOM is not ASCII
      this.emitAscii(bytes, this.asciiText);
      return;
    }
    this.emit(this.decode(bytes));
  }

  /** Emits every line of the ASCII `bytes`, which end with `\n`, each made by `asciiText`. */
  private emitAscii(bytes: Uint8Array, asciiText: AsciiText): void {
    const { onLine } = this;
    for (let pos = 0; pos < bytes.length; ) {
      const nl = bytes.indexOf(NEWLINE, pos);
      const end = nl > pos && bytes[nl - 1] === CR ? nl - 1 : nl;
      onLine(asciiText(bytes, pos, end), ++this.lines);
      pos = nl + 1;
    }
  }

  /** Emits every line of `text`, which ends with `\n`. */
  private emit(text: string): void {
    let pos = 0;
    if (this.atStart) {
      this.atStart = false;
      if (text.charCodeAt(0) === BOM) pos = 1;
    }
    const { onLine } = this;
    for (;;) {
      const nl = text.indexOf('\n', pos);
      if (nl === -1) return;
      const end = nl > pos && text.charCodeAt(nl - 1) === CR ? nl - 1 : nl;
      onLine(text.slice(pos, end), ++this.lines);
      pos = nl + 1;
    }
  }
}
