import { PYTHON_FLOATS } from '../core/python-floats.js';
import { portableAsciiText } from './ascii-bytes.js';
import { FloatColumn } from './float-column.js';
import { parseDecimal, readDecimal } from './parse-decimal.js';
import { quote } from './quote.js';

/** One metric file of an MLflow run: its text, or its bytes as read (UTF-8). */
export type MlflowMetricFile =
  | { readonly name: string; readonly text: string }
  | { readonly name: string; readonly bytes: Uint8Array };

/** The points of one metric file, in file order, and the warning about its malformed lines, if any. */
export interface MetricPoints {
  readonly steps: Float64Array;
  readonly values: Float64Array;
  /** Unix seconds. */
  readonly wallTimes: Float64Array;
  readonly warning?: string;
}

const SPACE = 32;
const NEWLINE = 10;
const CR = 13;
/** Non-ASCII lines, which the byte path leaves to the text rules: UTF-8 as Buffer's toString reads it. */
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/** A metric field as a number: what `Number()` reads, or one of Python's float spellings (`str(float)`); else undefined. */
function number(text: string): number | undefined {
  // Number first: none of PYTHON_FLOATS' words is a number to it, so the order does not matter.
  const x = Number(text);
  if (!Number.isNaN(x)) return x;
  return PYTHON_FLOATS[text.toLowerCase()];
}

/** Integers of at most this many digits are exact in a double, so their digits give the value. */
const EXACT_INTEGER_DIGITS = 15;

/** `number` of the ASCII field bytes[start, end), mostly without making its string. */
function numberAt(bytes: Uint8Array, start: number, end: number): number | undefined {
  // Timestamps and steps are plain digits: summed here, without parseDecimal's general rules.
  if (digitsEnd(bytes, start, end) === end) return slot[0] as number;
  const x = parseDecimal(bytes, start, end);
  return Number.isNaN(x) ? number(portableAsciiText(bytes, start, end)) : x;
}

/**
 * The fields of `text[start, end)` when it is plain — two or three fields parted by single
 * spaces, printable ASCII otherwise — or undefined, when trim and split(/\s+/) must decide.
 */
function plainFields(text: string, start: number, end: number): string[] | undefined {
  let first = -1;
  let second = -1;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === SPACE) {
      if (i === start || i === end - 1 || text.charCodeAt(i - 1) === SPACE || second >= 0) return undefined;
      if (first < 0) first = i;
      else second = i;
    } else if (c < 33 || c > 126) {
      return undefined;
    }
  }
  if (first < 0) return undefined;
  if (second < 0) return [text.slice(start, first), text.slice(first + 1, end)];
  return [text.slice(start, first), text.slice(first + 1, second), text.slice(second + 1, end)];
}

/** The points of a metric file as its lines are read, and its malformed lines. */
class MetricColumns {
  private readonly steps = new FloatColumn();
  private readonly values = new FloatColumn();
  private readonly wallTimes = new FloatColumn();
  private firstBad: string | undefined;
  private bad = 0;

  /** `file` names the metric file in the warning (`<run>/metrics/<name>`). */
  constructor(private readonly file: string) {}

  /** Adds a line's point; false, adding nothing, when one of its fields is no number. */
  add(time: number | undefined, value: number | undefined, step: number | undefined): boolean {
    if (time === undefined || value === undefined || step === undefined) return false;
    this.steps.push(step);
    this.values.push(value);
    this.wallTimes.push(time / 1000);
    return true;
  }

  /** Counts line `i` (from 0), `line` as the warning quotes it, as malformed. */
  malformed(i: number, line: string): void {
    this.bad++;
    this.firstBad ??= `${this.file} line ${i + 1}: expected "timestamp_ms value step", found ${quote(line)}; skipped`;
  }

  /** Line `i` (from 0), `text[start, end)` without its `\n`: plain, or trimmed and split at blanks; a blank line is no point. */
  textLine(text: string, start: number, end: number, i: number): void {
    let f = plainFields(text, start, end);
    let line = '';
    if (f === undefined) {
      line = text.slice(start, end).trim();
      if (line === '') return;
      f = line.split(/\s+/, 4);
    }
    const time = number(f[0] ?? '');
    const value = number(f[1] ?? '');
    const step = f.length === 3 ? number(f[2] ?? '') : f.length === 2 ? i : undefined;
    if (!this.add(time, value, step)) this.malformed(i, line || f.join(' '));
  }

  result(): MetricPoints {
    const warning =
      this.firstBad === undefined
        ? undefined
        : this.bad > 1
          ? `${this.firstBad}, and ${(this.bad - 1).toLocaleString('en-US')} more malformed lines after it`
          : this.firstBad;
    return {
      steps: this.steps.toArray(),
      values: this.values.toArray(),
      wallTimes: this.wallTimes.toArray(),
      ...(warning === undefined ? {} : { warning }),
    };
  }
}

/** The lines of `text` (those of text.split('\n'), without making that array). */
function readText(text: string, columns: MetricColumns): void {
  for (let i = 0, from = 0; from <= text.length; i++) {
    const nl = text.indexOf('\n', from);
    const to = nl === -1 ? text.length : nl;
    columns.textLine(text, from, to, i);
    from = to + 1;
  }
}

const TAB = 9;
/** readDecimal's result slot: a double written there is not boxed on the way. */
const slot = new Float64Array(1);

/**
 * The index after the plain digits that start at `i` (at most EXACT_INTEGER_DIGITS of them, so
 * their sum is the value `Number()` reads), their value in `slot[0]`; -1 when none or too many.
 */
function digitsEnd(bytes: Uint8Array, i: number, n: number): number {
  const start = i;
  let x = 0;
  for (; i < n; i++) {
    const d = (bytes[i] as number) - 48;
    if (d < 0 || d > 9) break;
    x = x * 10 + d;
  }
  if (i === start || i - start > EXACT_INTEGER_DIGITS) return -1;
  slot[0] = x;
  return i;
}

/**
 * The line MLflow writes, `digits SP decimal SP digits` and its `\n` (or `\r\n`), read at `from`
 * in one pass, each byte once: its point is added and the index after its `\n` returned. -1 for
 * any other line (a word, two fields, blanks, the last line without a `\n` ...), which adds
 * nothing: readBytes then reads it the general way. The decimal is readDecimal's, the very
 * double parseDecimal (and `Number()`) gives for the field.
 */
function plainLine(bytes: Uint8Array, from: number, n: number, columns: MetricColumns): number {
  let i = digitsEnd(bytes, from, n);
  if (i < 0 || bytes[i] !== SPACE) return -1;
  const time = slot[0] as number;
  i++;
  const c = bytes[i];
  // readDecimal would skip blanks before the value, and after it: one space apart, no more.
  if (c === SPACE || c === TAB) return -1;
  i = readDecimal(bytes, i, n, slot, 0);
  if (i < 0 || bytes[i - 1] !== SPACE || bytes[i - 2] === SPACE || bytes[i - 2] === TAB) return -1;
  const value = slot[0] as number;
  i = digitsEnd(bytes, i, n);
  if (i < 0) return -1;
  if (bytes[i] === CR) i++;
  if (bytes[i] !== NEWLINE) return -1;
  columns.add(time, value, slot[0]);
  return i + 1;
}

/**
 * The lines of UTF-8 `bytes`, as readText reads their text: the lines MLflow writes are read by
 * plainLine; any other plain line (ASCII, two or three
 * fields parted by single spaces, a `\r` before its `\n` allowed: what trim and split make of it
 * then) is read from its bytes in one pass, each number by parseDecimal; any other line is decoded
 * and read as text. UTF-8 decodes line by line as it does whole: a `\n` byte is never inside a
 * character, nor inside the bytes one replacement character stands for.
 */
function readBytes(bytes: Uint8Array, columns: MetricColumns): void {
  const n = bytes.length;
  for (let i = 0, from = 0; from <= n; i++) {
    const next = plainLine(bytes, from, n, columns);
    if (next >= 0) {
      from = next;
      continue;
    }
    let first = -1;
    let second = -1;
    let plain = true;
    let k = from;
    let end = n;
    for (; k < n; k++) {
      const c = bytes[k] as number;
      if (c === SPACE) {
        if (k === from || bytes[k - 1] === SPACE || second >= 0) plain = false;
        else if (first < 0) first = k;
        else second = k;
      } else if (c < 33 || c > 126) {
        if (c === NEWLINE) {
          end = k;
          break;
        }
        if (c === CR && bytes[k + 1] === NEWLINE) {
          end = k++;
          break;
        }
        plain = false;
      }
      if (!plain) {
        k = bytes.indexOf(NEWLINE, k);
        if (k < 0) k = n;
        end = k;
        break;
      }
    }
    const to = k;
    if (!plain || first < 0 || bytes[end - 1] === SPACE) {
      const line = utf8.decode(bytes.subarray(from, to));
      columns.textLine(line, 0, line.length, i);
    } else {
      const time = numberAt(bytes, from, first);
      const valueEnd = second < 0 ? end : second;
      const value = numberAt(bytes, first + 1, valueEnd);
      const step = second < 0 ? i : numberAt(bytes, second + 1, end);
      if (!columns.add(time, value, step)) columns.malformed(i, portableAsciiText(bytes, from, end));
    }
    from = to + 1;
  }
}

/**
 * The points of one MLflow metric file, whose lines are `timestamp_ms value step` (MLflow before
 * 1.0 wrote no step: the line's index is used); values may be `nan`, `inf`, `-inf` (Python's
 * spelling) or `NaN`, `Infinity`. A malformed line is skipped and counted in one warning, which
 * names `source/metrics/<name>` and the first of them. Never throws on content.
 */
export function readMetricFile(file: MlflowMetricFile, source: string): MetricPoints {
  const columns = new MetricColumns(`${source}/metrics/${file.name}`);
  if ('text' in file) readText(file.text, columns);
  else readBytes(file.bytes, columns);
  return columns.result();
}
