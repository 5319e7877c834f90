import { type AsciiText, sameBytes } from './ascii-bytes.js';
import { jsonNumberValue, readJsonNumber } from './json-number.js';

/**
 * The bytes of a flat object that readFlatJsonFields read, all of whose values are numbers, with
 * the numbers cut out: the gaps (blanks, braces, keys, colons, commas). An object whose bytes are
 * those gaps with other JSON numbers between them has the same keys in the same places, and is
 * read by comparing the gaps and reading the numbers, nothing else: a log writes the same record
 * line after line, only its numbers change.
 */
export class RecordTemplate {
  private gaps = new Uint8Array(0);
  private gapsView = new DataView(new ArrayBuffer(0));
  /** A view of the bytes last read, made once per buffer (a log's chunk holds many records). */
  private view: DataView = new DataView(new ArrayBuffer(0));
  private viewOf: Uint8Array | undefined;
  /** gapEnds[k]: where in `gaps` the bytes before value k end (k < count), and those after the last (k = count). */
  private readonly gapEnds: number[] = [];
  private readonly names: string[] = [];
  /** The number of values; 0 while there is no template. */
  count = 0;

  /**
   * The template of the object read from bytes[start, next), whose `count` (≥ 1) values are the
   * numbers readJsonNumber read at bytes[starts[k], ends[k]), named `names[k]`.
   */
  set(
    bytes: Uint8Array,
    start: number,
    next: number,
    starts: readonly number[],
    ends: readonly number[],
    names: readonly string[],
    count: number,
  ): void {
    let size = next - start;
    for (let k = 0; k < count; k++) size -= (ends[k] as number) - (starts[k] as number);
    const gaps = new Uint8Array(size);
    let at = 0;
    let from = start;
    for (let k = 0; k <= count; k++) {
      const to = k < count ? (starts[k] as number) : next;
      gaps.set(bytes.subarray(from, to), at);
      at += to - from;
      this.gapEnds[k] = at;
      if (k < count) {
        this.names[k] = names[k] as string;
        from = ends[k] as number;
      }
    }
    this.gaps = gaps;
    this.gapsView = new DataView(gaps.buffer);
    this.count = count;
  }

  /**
   * Reads the object at bytes[start] when its bytes are the template's gaps with JSON numbers
   * between them: its fields go to `names` / `values` (the names the template's, the values
   * readJsonNumber's) and the index after its `}` is returned. -1 when it does not fit; `names`
   * and `values` may then hold some fields, to be overwritten.
   */
  read(
    bytes: Uint8Array,
    start: number,
    end: number,
    names: string[],
    values: unknown[],
    asciiText: AsciiText,
  ): number {
    if (bytes !== this.viewOf) {
      this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      this.viewOf = bytes;
    }
    let i = start;
    let g = 0;
    for (let k = 0; ; k++) {
      const stop = this.gapEnds[k] as number;
      const n = stop - g;
      if (i + n > end || !sameBytes(bytes, this.view, i, this.gaps, this.gapsView, g, n)) return -1;
      i += n;
      g = stop;
      if (k === this.count) return i;
      const c = bytes[i] as number;
      if (c !== 45 && (c < 48 || c > 57)) return -1;
      i = readJsonNumber(bytes, i, end, asciiText);
      if (i < 0) return -1;
      names[k] = this.names[k] as string;
      values[k] = jsonNumberValue[0];
    }
  }
}
