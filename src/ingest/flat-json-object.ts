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
  /**
   * The fields of the last object read by readFlatJsonFields, in order, duplicates kept:
   * `fieldNames[i]` and `fieldValues[i]` for i < `fieldCount`. Overwritten by the next read.
   */
  readonly fieldNames: string[] = [];
  readonly fieldValues: unknown[] = [];
  fieldCount = 0;
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
    // Internalised (the key of an object literal is): a property store with this name then
    // finds it at once instead of looking the string up in V8's string table on every record.
    const name = Object.keys({ [this.asciiText(bytes, start, end)]: 0 })[0] as string;
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
  return parseFlatJsonFields(bytes, start, end, keys) ? fieldsObject(keys) : undefined;
}

/**
 * parseFlatJsonObject without the object: whether the line holds one, its fields then in
 * `keys.fieldNames` / `keys.fieldValues` (in order, a repeated key repeated). A reader that
 * takes the fields as they are makes no object per record.
 */
export function parseFlatJsonFields(bytes: Uint8Array, start: number, end: number, keys: KeyCache): boolean {
  return readFlatJsonFields(bytes, start, end, keys, false) && skipBlanks(bytes, keys.next, end) === end;
}

/** The object of the fields last read: a repeated key keeps its first place and its last value, as JSON.parse does. */
function fieldsObject(keys: KeyCache): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (let i = 0; i < keys.fieldCount; i++) record[keys.fieldNames[i] as string] = keys.fieldValues[i];
  return record;
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
  return readFlatJsonFields(bytes, start, end, keys, lines) ? fieldsObject(keys) : undefined;
}

/** readFlatJsonObject's reading: whether an object starts there, its fields then in `keys`. */
function readFlatJsonFields(
  bytes: Uint8Array,
  start: number,
  end: number,
  keys: KeyCache,
  lines: boolean,
): boolean {
  let i = skipBlanks(bytes, start, end, lines);
  if (bytes[i] !== 123) return false;
  i = skipBlanks(bytes, i + 1, end, lines);
  keys.fieldCount = 0;
  if (bytes[i] === 125) {
    keys.next = i + 1;
    return true;
  }
  for (let index = 0; ; index++) {
    if (bytes[i] !== QUOTE) return false;
    const keyStart = ++i;
    while (i < end && bytes[i] !== QUOTE) {
      const c = bytes[i] as number;
      if (c === BACKSLASH || c < 32) return false;
      i++;
    }
    if (i === end) return false;
    const keyEnd = i;
    const lead = bytes[keyStart] as number;
    if (lead >= 48 && lead <= 57) return false;
    if (lead === 95 && isWordAt(bytes, keyStart, keyEnd, '__proto__') && keyEnd - keyStart === 9)
      return false;
    const key = keys.key(bytes, keyStart, keyEnd, index);
    i = skipBlanks(bytes, i + 1, end, lines);
    if (bytes[i] !== 58) return false;
    i = skipBlanks(bytes, i + 1, end, lines);
    const c = bytes[i];
    let value: unknown;
    if (c === QUOTE) {
      const valueStart = ++i;
      while (i < end && bytes[i] !== QUOTE) {
        const d = bytes[i] as number;
        if (d === BACKSLASH || d < 32) return false;
        i++;
      }
      if (i === end) return false;
      value = keys.asciiText(bytes, valueStart, i);
      i++;
    } else if (c === 45 && bytes[i + 1] === 73) {
      if (!isWordAt(bytes, i, end, '-Infinity')) return false;
      value = Number.NEGATIVE_INFINITY;
      i += 9;
    } else if (c === 45 || (c !== undefined && c >= 48 && c <= 57)) {
      const numberEnd = jsonNumberEnd(bytes, i, end);
      if (numberEnd < 0) return false;
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
      return false;
    }
    keys.fieldNames[index] = key;
    keys.fieldValues[index] = value;
    keys.fieldCount = index + 1;
    i = skipBlanks(bytes, i, end, lines);
    if (bytes[i] === 44) {
      i = skipBlanks(bytes, i + 1, end, lines);
      continue;
    }
    if (bytes[i] !== 125) return false;
    keys.next = i + 1;
    return true;
  }
}
