import { InputError } from '../core/errors.js';
import { PYTHON_FLOATS } from '../core/python-floats.js';
import type { ParsedLog } from '../core/series.js';
import { type AsciiText, portableAsciiText } from './ascii-bytes.js';
import { scanAsciiCsv } from './csv-ascii-rows.js';
import { csvDelimiter } from './csv-head.js';
import { splitCsvRow } from './csv-row.js';
import type { IncrementalParser, ParserOptions } from './format.js';
import { quote } from './quote.js';
import { type SeriesBuilder, SeriesCollector } from './series-builder.js';
import { MAX_LINE_BYTES, StrictLineSplitter } from './strict-line-splitter.js';

/** Which header columns give the step and the epoch; every other column is a candidate metric. */
export interface CsvColumns {
  readonly step?: number;
  readonly epoch?: number;
  /** Columns that are neither step, epoch nor metric (other step aliases ...). */
  readonly skip?: readonly number[];
}

/** How one CSV-based format reads its header. */
export interface CsvRules {
  readonly formatId: string;
  /** Picks the columns from the trimmed header cells; throws InputError when the header does not fit. */
  columns(header: readonly string[], source: string): CsvColumns;
}

const MISSING = new Set(['', 'na', 'n/a', 'none', 'null']);

/**
 * A cell as a number: undefined when empty or NA (no point; not NaN), null when it is text.
 * Accepts Python's `nan`, `inf`, `-inf` and JavaScript's `NaN`, `Infinity`.
 */
export function parseCell(cell: string): number | undefined | null {
  if (cell.length === 0) return undefined;
  const x = +cell;
  if (!Number.isNaN(x)) return x === 0 && cell.trim() === '' ? undefined : x;
  const word = cell.trim().toLowerCase();
  if (MISSING.has(word)) return undefined;
  return PYTHON_FLOATS[word] ?? null;
}

interface Column {
  readonly index: number;
  readonly name: string;
  points: number;
  text: number;
  firstText?: { line: number; cell: string };
  builder?: SeriesBuilder;
}

/**
 * Cell `k` of an unquoted ASCII row (scanAsciiCsv's bounds) as parseCell reads it, for a cell
 * that is no decimal parseDecimal decides: empty, NA, `nan`, text or a number left to `Number`.
 */
function parseOtherCellBytes(
  bytes: Uint8Array,
  bounds: Int32Array,
  k: number,
  asciiText: AsciiText,
): number | undefined | null {
  const start = bounds[k] as number;
  const end = (bounds[k + 1] as number) - 1;
  return start === end ? undefined : parseCell(asciiText(bytes, start, end));
}

/**
 * A streaming parser for a CSV log with a header row: one series per numeric column, the step
 * from the step column (else the epoch, else the row's index). Empty cells are no point.
 * A row with the wrong number of cells is an InputError, unless it is the last line (a writer
 * stopped mid-line), which becomes a warning. An empty file gives no series and a warning.
 */
export function createCsvParser(
  source: string,
  rules: CsvRules,
  /** `bytes: false` reads every line as text (the slow path; tests compare the two). */
  options: ParserOptions & { readonly bytes?: boolean } = {},
): IncrementalParser {
  const asciiText = options.asciiText ?? portableAsciiText;
  const collector = new SeriesCollector();
  const warnings: string[] = [];
  let header: string[] | undefined;
  let stepCol: number | undefined;
  let epochCol: number | undefined;
  let metrics: Column[] = [];
  let rows = 0;
  let pending: string | undefined;
  let open: { text: string; line: number } | undefined;
  let delimiter: ',' | '\t' = ',';

  function onHeader(cells: string[]): void {
    header = cells.map((c) => c.trim());
    const cols = rules.columns(header, source);
    stepCol = cols.step;
    epochCol = cols.epoch;
    const skip = new Set([cols.step, cols.epoch, ...(cols.skip ?? [])]);
    metrics = header.flatMap((name, index) =>
      skip.has(index) || name === '' ? [] : [{ index, name, points: 0, text: 0 }],
    );
    sharedNames = new Set(metrics.map((m) => m.name)).size < metrics.length;
  }

  function onRow(cells: string[], line: number): void {
    const width = (header as string[]).length;
    if (cells.length !== width) {
      pending = `${source} line ${line}: expected ${width} cells like the header, found ${cells.length} (${quote(cells.join(','))})`;
      return;
    }
    rowCells = cells;
    pushRow(line);
  }

  // The row at hand: its cells as strings (the slow path), else as bytes (scanAsciiCsv's bounds
  // and numbers).
  let rowCells: string[] | undefined;
  let rowBytes: Uint8Array = new Uint8Array(0);
  let rowBounds: Int32Array = new Int32Array(0);
  let rowNumbers: Float64Array = new Float64Array(0);
  /**
   * Cell k of the row at hand when it is a plain decimal, as scanAsciiCsv read it; NaN for every
   * other cell (and every cell of a row given as text), which `other` then reads. Apart so
   * that the common case passes only doubles, never a union the engine must box.
   */
  const decimal = (k: number): number => (rowCells === undefined ? (rowNumbers[k] as number) : Number.NaN);
  /** Cell k of the row at hand as parseCell reads it, when `decimal` gave NaN. */
  const other = (k: number): number | undefined | null =>
    rowCells === undefined
      ? parseOtherCellBytes(rowBytes, rowBounds, k, asciiText)
      : parseCell(rowCells[k] as string);
  /** Cell k as a step or epoch: a number, or undefined when it holds none. */
  const index = (k: number): number | undefined => {
    const x = decimal(k);
    return Number.isNaN(x) ? (other(k) ?? undefined) : x;
  };
  const text = (k: number): string =>
    rowCells === undefined
      ? asciiText(rowBytes, rowBounds[k] as number, (rowBounds[k + 1] as number) - 1)
      : (rowCells[k] as string);

  /** One row of the right width, its cells read through `decimal`, `other` and `text`. */
  function pushRow(line: number): void {
    const epoch = epochCol === undefined ? undefined : index(epochCol);
    let step = stepCol === undefined ? undefined : index(stepCol);
    step ??= epoch ?? rows;
    rows++;
    for (const col of metrics) {
      let x = decimal(col.index);
      if (Number.isNaN(x)) {
        const v = other(col.index);
        if (v === undefined) continue;
        if (v === null) {
          col.text++;
          col.firstText ??= { line, cell: text(col.index) };
          continue;
        }
        x = v;
      }
      col.points++;
      col.builder ??= collector.get(col.name);
      col.builder.push(step, x, epoch);
    }
  }

  /** Whether two metric columns share a name (and so a series): their points then go row by row. */
  let sharedNames = false;
  /** The steps of a run of plain rows (pushPlain), kept for the next run. */
  let plainSteps = new Float64Array(0);

  /**
   * A run of plain rows (scanAsciiCsv's columns: decimals, NaN for an empty cell), pushed column
   * by column: the same points as pushRow gives row by row, since an empty cell is no point and
   * a plain row has no text cell.
   */
  function pushPlain(columns: readonly Float64Array[], count: number): void {
    if (plainSteps.length < count) plainSteps = new Float64Array(count);
    const steps = plainSteps;
    const epochs = epochCol === undefined ? undefined : columns[epochCol];
    const stepCells = stepCol === undefined ? undefined : columns[stepCol];
    for (let r = 0; r < count; r++) {
      let step = stepCells === undefined ? Number.NaN : (stepCells[r] as number);
      if (Number.isNaN(step) && epochs !== undefined) step = epochs[r] as number;
      steps[r] = Number.isNaN(step) ? rows + r : step;
    }
    rows += count;
    if (sharedNames) {
      for (let r = 0; r < count; r++) {
        const epoch = epochs === undefined || Number.isNaN(epochs[r]) ? undefined : epochs[r];
        for (const col of metrics) {
          const x = (columns[col.index] as Float64Array)[r] as number;
          if (Number.isNaN(x)) continue;
          col.points++;
          col.builder ??= collector.get(col.name);
          col.builder.push(steps[r] as number, x, epoch);
        }
      }
      return;
    }
    startSeries(columns, count);
    for (const col of metrics) {
      if (col.builder === undefined) continue;
      col.points += col.builder.pushPresent(steps, columns[col.index] as Float64Array, epochs, count);
    }
  }

  /**
   * Makes the series that the plain rows start, in the order pushRow would: by the row of their
   * first point, then by column (the collector keeps the order series first appear in).
   */
  function startSeries(columns: readonly Float64Array[], count: number): void {
    const starts: { row: number; col: Column }[] = [];
    for (const col of metrics) {
      if (col.builder !== undefined) continue;
      const cells = columns[col.index] as Float64Array;
      let r = 0;
      while (r < count && Number.isNaN(cells[r])) r++;
      if (r < count) starts.push({ row: r, col });
    }
    starts.sort((a, b) => a.row - b.row);
    for (const { col } of starts) col.builder = collector.get(col.name);
  }

  /** The fast path: a row of plain ASCII cells, read from its bytes (see scanAsciiCsv). */
  const ascii = {
    get width(): number {
      // The byte scanner splits at commas only: a TSV takes the text path.
      return header !== undefined && open === undefined && pending === undefined && delimiter === ','
        ? header.length
        : 0;
    },
    plain: pushPlain,
    row(bytes: Uint8Array, bounds: Int32Array, numbers: Float64Array, line: number): boolean {
      rowCells = undefined;
      rowBytes = bytes;
      rowBounds = bounds;
      rowNumbers = numbers;
      pushRow(line);
      return true;
    },
    line: (bytes: Uint8Array, start: number, end: number, line: number) =>
      onLine(asciiText(bytes, start, end), line),
  };

  function onLine(text: string, line: number): void {
    if (open !== undefined) {
      text = `${open.text}\n${text}`;
      line = open.line;
      open = undefined;
      if (text.length > MAX_LINE_BYTES) {
        throw new InputError(
          `${source} line ${line}: a quoted cell runs on for more than 16 MiB (expected a closing ")`,
        );
      }
    } else if (text.length === 0 || (text.charCodeAt(0) <= 32 && text.trim() === '')) {
      return;
    }
    if (pending !== undefined) throw new InputError(pending);
    if (header === undefined) delimiter = csvDelimiter(text) ?? ',';
    const cells = splitCsvRow(text, delimiter);
    if (cells === undefined) {
      open = { text, line };
      return;
    }
    if (header === undefined) onHeader(cells);
    else onRow(cells, line);
  }

  const lines = new StrictLineSplitter(source, onLine, {
    onAscii: options.bytes === false ? undefined : (bytes, first) => scanAsciiCsv(bytes, first, ascii),
    isAscii: options.isAscii,
  });
  return {
    write: (chunk) => lines.write(chunk),
    end(): ParsedLog {
      lines.end();
      if (open !== undefined) {
        pending = `${source} line ${open.line}: a quoted cell is never closed (expected a closing ")`;
      }
      if (pending !== undefined) {
        warnings.push(`${pending}; skipped it as the last line (the writer probably stopped mid-line)`);
      }
      if (header === undefined) {
        warnings.push(`${source} is empty: no header line, so the run logged no metrics`);
      } else {
        for (const col of metrics) {
          if (col.firstText === undefined) continue;
          if (col.points === 0) continue; // a text column (a date, a path): not a metric
          warnings.push(
            `${source} column ${quote(col.name)}: ${col.text} cells are not numbers and were skipped (first at line ${col.firstText.line}: ${quote(col.firstText.cell)})`,
          );
        }
      }
      const series = collector.finish();
      if (header !== undefined && series.length === 0) {
        warnings.push(
          `${source} has no numeric metric column (columns: ${header.join(', ')}), so nothing to judge`,
        );
      }
      return { format: rules.formatId, series, warnings };
    },
  };
}
