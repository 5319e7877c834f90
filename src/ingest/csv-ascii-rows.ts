import { readDecimal } from './parse-decimal.js';

const NEWLINE = 10;
const CR = 13;
const COMMA = 44;
const QUOTE = 34;
/** Most plain rows buffered before they are handed over: small columns stay in the cache. */
const PLAIN_ROWS = 4096;

/** What scanAsciiCsv hands each line to. */
export interface AsciiCsvSink {
  /** Cells a row needs for the fast path (the header's); 0 while every line should go to `line`. */
  readonly width: number;
  /**
   * A run of `count` plain rows, in order: rows of exactly `width` cells, each cell either a
   * decimal readDecimal decides (and nothing else) or empty. Cell k of row r is `columns[k][r]`,
   * NaN when empty (a decimal is never NaN). The columns are only lent.
   */
  plain(columns: readonly Float64Array[], count: number): void;
  /**
   * Any other row of exactly `width` unquoted cells: cell k is `bytes[bounds[k], bounds[k + 1] - 1)`,
   * and `numbers[k]` is parseDecimal of it (NaN when it is no decimal parseDecimal decides).
   * Returns false to have the line handled by `line` instead.
   */
  row(bytes: Uint8Array, bounds: Int32Array, numbers: Float64Array, line: number): boolean;
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

/** Whether a cell read up to `i` ends there: at a comma, or at the line break (`\n`, `\r\n`). */
function endsCell(bytes: Uint8Array, i: number): boolean {
  const c = bytes[i] as number;
  return c === COMMA || c === NEWLINE || (c === CR && bytes[i + 1] === NEWLINE);
}

/**
 * Reads the line at `pos` as plain row `r` into `columns` (see AsciiCsvSink.plain): returns where
 * the next line starts, or -1 when the line is no plain row of `columns.length` cells (what it
 * wrote to row `r` is then to be ignored). A blank line is none: one cell is never empty.
 */
function readPlainRow(bytes: Uint8Array, pos: number, columns: readonly Float64Array[], r: number): number {
  const n = bytes.length;
  const last = columns.length - 1;
  let i = pos;
  for (let k = 0; ; k++) {
    const column = columns[k] as Float64Array;
    const c = bytes[i] as number;
    let stop = i;
    if (c === COMMA || c === NEWLINE || c === CR) {
      if (last === 0) return -1;
      column[r] = Number.NaN;
    } else {
      stop = readDecimal(bytes, i, n, column, r);
      if (stop < 0) return -1;
    }
    const t = bytes[stop] as number;
    if (k < last) {
      if (t !== COMMA) return -1;
      i = stop + 1;
    } else if (t === NEWLINE) {
      return stop + 1;
    } else {
      return t === CR && bytes[stop + 1] === NEWLINE ? stop + 2 : -1;
    }
  }
}

/** Columns for up to PLAIN_ROWS plain rows of `width` cells, no more than a block of `bytes` can hold. */
function plainColumns(width: number, bytes: number): Float64Array[] {
  // A plain row takes at least `width` bytes (its commas and line break).
  const rows = width === 0 ? 0 : Math.max(1, Math.min(PLAIN_ROWS, Math.ceil(bytes / width)));
  return Array.from({ length: width }, () => new Float64Array(rows));
}

/**
 * The byte-level fast path of the CSV parser (an AsciiBlockSink): splits a block of whole ASCII
 * lines into cells without making strings, reading each cell's number as it goes (one pass over
 * the bytes of a numeric cell, not a split and then a parse). Runs of rows whose cells are all
 * decimals or empty go to `sink.plain` by columns; other rows of the right width to `sink.row`;
 * rows with a quote, the wrong number of cells or a blank look go to `sink.line` as text, so every
 * rule of the slow path still applies to them. Returns the number of lines in the block.
 */
export function scanAsciiCsv(bytes: Uint8Array, firstLine: number, sink: AsciiCsvSink): number {
  let width = sink.width;
  let bounds = new Int32Array(width + 1);
  let numbers = new Float64Array(width);
  let columns = plainColumns(width, bytes.length);
  let capacity = columns[0]?.length ?? 0;
  let count = 0;
  const n = bytes.length;
  let line = firstLine - 1;
  let pos = 0;
  while (pos < n) {
    line++;
    if (width > 0) {
      const next = readPlainRow(bytes, pos, columns, count);
      if (next >= 0) {
        pos = next;
        if (++count === capacity) {
          sink.plain(columns, count);
          count = 0;
        }
        continue;
      }
      if (count > 0) {
        sink.plain(columns, count);
        count = 0;
      }
    }
    let cells = 1;
    let quoted = false;
    let i = pos;
    bounds[0] = pos;
    for (;;) {
      // At the start of cell `cells - 1`: its number, when it is one and fills the cell.
      if (cells <= width) {
        const stop = readDecimal(bytes, i, n, numbers, cells - 1);
        if (stop < 0) numbers[cells - 1] = Number.NaN;
        else {
          if (!endsCell(bytes, stop)) numbers[cells - 1] = Number.NaN;
          i = stop; // what readDecimal read holds no comma, quote or line break
        }
      }
      let c = bytes[i] as number;
      while (c !== NEWLINE && c !== COMMA) {
        if (c === QUOTE) quoted = true;
        c = bytes[++i] as number;
      }
      if (c === NEWLINE) break;
      if (cells < width) bounds[cells] = i + 1;
      cells++;
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
      sink.row(bytes, bounds, numbers, line);
    if (!fast) {
      sink.line(bytes, pos, end, line);
      // A header, a quoted cell left open or a bad row changes what the next lines may take.
      if (sink.width !== width) {
        width = sink.width;
        bounds = new Int32Array(width + 1);
        numbers = new Float64Array(width);
        columns = plainColumns(width, n - next);
        capacity = columns[0]?.length ?? 0;
      }
    }
    pos = next;
  }
  if (count > 0) sink.plain(columns, count);
  return line - firstLine + 1;
}
