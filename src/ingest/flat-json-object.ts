import type { AsciiText } from './ascii-bytes.js';
import { parseDecimal } from './parse-decimal.js';

const QUOTE = 34;
const BACKSLASH = 92;

/**
 * The keys of the previous records by position, so a key repeated on every line is decoded once,
 * and the decoder every string of the records is made with.
 */
export class KeyCache {
  /** Where the last object read ended (readFlatJsonObject). */
  next = 0;
  private readonly bytes: Uint8Array[] = [];
  private readonly names: string[] = [];

  constructor(readonly asciiText: AsciiText) {}

  /** The key at bytes[start, end), the `index`-th of its record. */
  key(bytes: Uint8Array, start: number, end: number, index: number): string {
    const known = this.bytes[index];
    if (known !== undefined && known.length === end - start) {
      let same = true;
      for (let i = 0; i < known.length; i++) {
        if (known[i] !== bytes[start + i]) {
          same = false;
          break;
        }
      }
      if (same) return this.names[index] as string;
    }
    const name = this.asciiText(bytes, start, end);
    this.bytes[index] = bytes.slice(start, end);
    this.names[index] = name;
    return name;
  }
}

/** Spaces and tabs; with `lines`, line breaks too (JSON's whitespace, for documents). */
function skipBlanks(bytes: Uint8Array, i: number, end: number, lines = false): number {
  for (; i < end; i++) {
    const c = bytes[i];
    if (c !== 32 && c !== 9 && !(lines && (c === 10 || c === 13))) break;
  }
  return i;
}

function isWordAt(bytes: Uint8Array, i: number, end: number, word: string): boolean {
  if (i + word.length > end) return false;
  for (let k = 0; k < word.length; k++) if (bytes[i + k] !== word.charCodeAt(k)) return false;
  return true;
}

/** Where the JSON number starting at `i` ends, or -1 when the text there is not one (RFC 8259 grammar). */
export function jsonNumberEnd(bytes: Uint8Array, i: number, end: number): number {
  if (bytes[i] === 45) i++;
  const first = i;
  while (i < end && (bytes[i] as number) >= 48 && (bytes[i] as number) <= 57) i++;
  if (i === first || (bytes[first] === 48 && i - first > 1)) return -1;
  if (bytes[i] === 46) {
    const point = ++i;
    while (i < end && (bytes[i] as number) >= 48 && (bytes[i] as number) <= 57) i++;
    if (i === point) return -1;
  }
  if (bytes[i] === 101 || bytes[i] === 69) {
    i++;
    if (bytes[i] === 43 || bytes[i] === 45) i++;
    const digits = i;
    while (i < end && (bytes[i] as number) >= 48 && (bytes[i] as number) <= 57) i++;
    if (i === digits) return -1;
  }
  return i;
}

/**
 * The JSON object on one ASCII line, bytes[start, end), when it is flat and plain: string keys
 * without escapes (and none that JavaScript orders first or treats specially: a leading digit,
 * `__proto__`), values that are numbers (Python's bare NaN, Infinity, -Infinity too), strings
 * without escapes, true, false or null. The object is what parseLenientJson gives for that line.
 * Undefined for anything else (nesting, escapes, bad JSON): the caller parses the text instead.
 */
export function parseFlatJsonObject(
  bytes: Uint8Array,
  start: number,
  end: number,
  keys: KeyCache,
): Record<string, unknown> | undefined {
  const record = readFlatJsonObject(bytes, start, end, keys, false);
  return record !== undefined && skipBlanks(bytes, keys.next, end) === end ? record : undefined;
}

/**
 * The flat object (as parseFlatJsonObject) that starts at or after `start`, whitespace before it
 * skipped (line breaks too with `lines`); `keys.next` is then the index after its `}`.
 */
export function readFlatJsonObject(
  bytes: Uint8Array,
  start: number,
  end: number,
  keys: KeyCache,
  lines: boolean,
): Record<string, unknown> | undefined {
  let i = skipBlanks(bytes, start, end, lines);
  if (bytes[i] !== 123) return undefined;
  i = skipBlanks(bytes, i + 1, end, lines);
  const record: Record<string, unknown> = {};
  if (bytes[i] === 125) {
    keys.next = i + 1;
    return record;
  }
  for (let index = 0; ; index++) {
    if (bytes[i] !== QUOTE) return undefined;
    const keyStart = ++i;
    while (i < end && bytes[i] !== QUOTE) {
      const c = bytes[i] as number;
      if (c === BACKSLASH || c < 32) return undefined;
      i++;
    }
    if (i === end) return undefined;
    const keyEnd = i;
    const lead = bytes[keyStart] as number;
    if (lead >= 48 && lead <= 57) return undefined;
    if (lead === 95 && isWordAt(bytes, keyStart, keyEnd, '__proto__') && keyEnd - keyStart === 9)
      return undefined;
    const key = keys.key(bytes, keyStart, keyEnd, index);
    i = skipBlanks(bytes, i + 1, end, lines);
    if (bytes[i] !== 58) return undefined;
    i = skipBlanks(bytes, i + 1, end, lines);
    const c = bytes[i];
    let value: unknown;
    if (c === QUOTE) {
      const valueStart = ++i;
      while (i < end && bytes[i] !== QUOTE) {
        const d = bytes[i] as number;
        if (d === BACKSLASH || d < 32) return undefined;
        i++;
      }
      if (i === end) return undefined;
      value = keys.asciiText(bytes, valueStart, i);
      i++;
    } else if (c === 45 && bytes[i + 1] === 73) {
      if (!isWordAt(bytes, i, end, '-Infinity')) return undefined;
      value = Number.NEGATIVE_INFINITY;
      i += 9;
    } else if (c === 45 || (c !== undefined && c >= 48 && c <= 57)) {
      const numberEnd = jsonNumberEnd(bytes, i, end);
      if (numberEnd < 0) return undefined;
      const x = parseDecimal(bytes, i, numberEnd);
      value = Number.isNaN(x) ? Number(keys.asciiText(bytes, i, numberEnd)) : x;
      i = numberEnd;
    } else if (c === 78 && isWordAt(bytes, i, end, 'NaN')) {
      value = Number.NaN;
      i += 3;
    } else if (c === 73 && isWordAt(bytes, i, end, 'Infinity')) {
      value = Number.POSITIVE_INFINITY;
      i += 8;
    } else if (c === 116 && isWordAt(bytes, i, end, 'true')) {
      value = true;
      i += 4;
    } else if (c === 102 && isWordAt(bytes, i, end, 'false')) {
      value = false;
      i += 5;
    } else if (c === 110 && isWordAt(bytes, i, end, 'null')) {
      value = null;
      i += 4;
    } else {
      return undefined;
    }
    record[key] = value;
    i = skipBlanks(bytes, i, end, lines);
    if (bytes[i] === 44) {
      i = skipBlanks(bytes, i + 1, end, lines);
      continue;
    }
    if (bytes[i] !== 125) return undefined;
    keys.next = i + 1;
    return record;
  }
}
