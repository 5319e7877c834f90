const NEWLINE = 10;
const CR = 13;
const COMMA = 44;
const QUOTE = 34;

/** What scanAsciiCsv hands each line to. */
export interface AsciiCsvSink {
  /** Cells a row needs for the fast path (the header's); 0 while every line should go to `line`. */
  readonly width: number;
  /**
   * A row of exactly `width` unquoted cells: cell k is `bytes[bounds[k], bounds[k + 1] - 1)`.
   * Returns false to have the line handled by `line` instead.
   */
  row(bytes: Uint8Array, bounds: Int32Array, line: number): boolean;
  /**
   * Any other line: `bytes[start, end)`, without its line break, for the slow path to read as
   * text (exactly as StrictLineSplitter gives it).
   */
  line(bytes: Uint8Array, start: number, end: number, line: number): void;
}

/** Whether bytes[start, end) is blank to String.prototype.trim (ASCII whitespace only). */
function isBlank(bytes: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = bytes[i] as number;
    if (c !== 32 && (c < 9 || c > 13)) return false;
  }
  return true;
}

/**
 * The byte-level fast path of the CSV parser (an AsciiBlockSink): splits a block of whole ASCII
 * lines into cells without making strings. Rows with a quote, the wrong number of cells or a
 * blank look go to `sink.line` as text, so every rule of the slow path still applies to them.
 * Returns the number of lines in the block.
 */
export function scanAsciiCsv(bytes: Uint8Array, firstLine: number, sink: AsciiCsvSink): number {
  let width = sink.width;
  let bounds = new Int32Array(width + 1);
  const n = bytes.length;
  let line = firstLine - 1;
  let pos = 0;
  while (pos < n) {
    line++;
    let cells = 1;
    let quoted = false;
    let i = pos;
    bounds[0] = pos;
    for (;;) {
      const c = bytes[i] as number;
      if (c === NEWLINE) break;
      if (c === COMMA) {
        if (cells < width) bounds[cells] = i + 1;
        cells++;
      } else if (c === QUOTE) {
        quoted = true;
      }
      i++;
    }
    const next = i + 1;
    const end = i > pos && bytes[i - 1] === CR ? i - 1 : i;
    if (end === pos) {
      pos = next; // an empty line
      continue;
    }
    bounds[width] = end + 1;
    const fast =
      width > 0 &&
      cells === width &&
      !quoted &&
      ((bytes[pos] as number) > 32 || !isBlank(bytes, pos, end)) &&
      sink.row(bytes, bounds, line);
    if (!fast) {
      sink.line(bytes, pos, end, line);
      // A header, a quoted cell left open or a bad row changes what the next lines may take.
      if (sink.width !== width) {
        width = sink.width;
        bounds = new Int32Array(width + 1);
      }
    }
    pos = next;
  }
  return line - firstLine + 1;
}
