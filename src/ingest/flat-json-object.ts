import type { AsciiText } from './ascii-bytes.js';
import { fractionEnd, jsonNumberValue, readJsonNumber } from './json-number.js';
import { RecordTemplate } from './record-template.js';

const QUOTE = 34;
const BACKSLASH = 92;

/**
 * The keys of the previous records by position, so a key repeated on every line is decoded once,
 * and the decoder every string of the records is made with.
 */
export class KeyCache {
  /** Where the last object read ended (readFlatJsonFields). */
  next = 0;
  /**
   * The fields of the last object read by readFlatJsonFields, in order, duplicates kept:
   * `fieldNames[i]` and `fieldValues[i]` for i < `fieldCount`. Overwritten by the next read.
   */
  readonly fieldNames: string[] = [];
  readonly fieldValues: unknown[] = [];
  fieldCount = 0;
  /** The last all-numbers object read field by field, to read the next ones like it by. */
  readonly template = new RecordTemplate();
  /** Where the value of each field of the object being read starts and ends (start −1: not a number). */
  readonly valueStarts: number[] = [];
  readonly valueEnds: number[] = [];
  /**
   * Objects read field by field in a row. The template is made again from the second (or when
   * there is none): train and eval records that alternate keep the train one.
   */
  withoutTemplate = 0;
  private readonly bytes: Uint8Array[] = [];
  private readonly names: string[] = [];

  constructor(readonly asciiText: AsciiText) {}

  /**
   * Where the `index`-th key of the previous record ends (at its closing quote) when the key
   * starting at `start` is the same, else -1; its name is then `name(index)`. A cached key holds
   * no quote, backslash or control byte, so matching it also checks the key is plain.
   */
  match(bytes: Uint8Array, start: number, end: number, index: number): number {
    const known = this.bytes[index];
    if (known === undefined) return -1;
    const stop = start + known.length;
    if (stop >= end || bytes[stop] !== QUOTE) return -1;
    for (let i = 0; i < known.length; i++) if (known[i] !== bytes[start + i]) return -1;
    return stop;
  }

  /** The name of the `index`-th key last made. */
  name(index: number): string {
    return this.names[index] as string;
  }

  /** The key at bytes[start, end) (plain ASCII), remembered as the `index`-th of its record. */
  make(bytes: Uint8Array, start: number, end: number, index: number): string {
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
  return fractionEnd(bytes, i, end);
}

/**
 * readFlatJsonFields on the line that starts at `start`, found as it is read: the index of the
 * line's `\n` when the line (without it, and without a `\r` before it) holds a flat object and
 * blanks only, its fields then in `keys`; else -1. The bytes hold whole lines, each ending with
 * `\n`; no token of an object holds a control byte, so reading one never passes a line's end.
 */
export function flatObjectLineEnd(bytes: Uint8Array, start: number, keys: KeyCache): number {
  if (!readFlatJsonFields(bytes, start, bytes.length, keys, false)) return -1;
  const i = skipBlanks(bytes, keys.next, bytes.length);
  if (bytes[i] === 10) return i;
  return bytes[i] === 13 && bytes[i + 1] === 10 ? i + 1 : -1;
}

/**
 * Whether a flat, plain JSON object of ASCII text starts at or after `start` (blanks before it
 * skipped, line breaks too with `lines`): string keys without escapes (and none that JavaScript
 * orders first or treats specially: a leading digit, `__proto__`), values that are numbers
 * (Python's bare NaN, Infinity, -Infinity too), strings without escapes, true, false or null.
 * Its fields are then in `keys.fieldNames` / `keys.fieldValues`, in order, a repeated key
 * repeated (JSON.parse's object keeps its first place and its last value), the values those
 * parseLenientJson gives; `keys.next` is the index after its `}`. False for anything else
 * (nesting, escapes, a byte that is not ASCII, bad JSON): the caller parses the text instead.
 */
export function readFlatJsonFields(
  bytes: Uint8Array,
  start: number,
  end: number,
  keys: KeyCache,
  lines: boolean,
): boolean {
  const template = keys.template;
  if (template.count > 0) {
    const next = template.read(bytes, start, end, keys.fieldNames, keys.fieldValues, keys.asciiText);
    if (next >= 0) {
      keys.fieldCount = template.count;
      keys.next = next;
      keys.withoutTemplate = 0;
      return true;
    }
  }
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
    let key: string;
    const known = keys.match(bytes, keyStart, end, index);
    if (known >= 0) {
      key = keys.name(index);
      i = known;
    } else {
      while (i < end && bytes[i] !== QUOTE) {
        const c = bytes[i] as number;
        if (c === BACKSLASH || c < 32 || c >= 128) return false;
        i++;
      }
      if (i === end) return false;
      const keyEnd = i;
      const lead = bytes[keyStart] as number;
      if (lead >= 48 && lead <= 57) return false;
      if (lead === 95 && isWordAt(bytes, keyStart, keyEnd, '__proto__') && keyEnd - keyStart === 9)
        return false;
      key = keys.make(bytes, keyStart, keyEnd, index);
    }
    i = skipBlanks(bytes, i + 1, end, lines);
    if (bytes[i] !== 58) return false;
    i = skipBlanks(bytes, i + 1, end, lines);
    const c = bytes[i];
    let value: unknown;
    keys.valueStarts[index] = -1;
    if (c === QUOTE) {
      const valueStart = ++i;
      while (i < end && bytes[i] !== QUOTE) {
        const d = bytes[i] as number;
        if (d === BACKSLASH || d < 32 || d >= 128) return false;
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
      const numberEnd = readJsonNumber(bytes, i, end, keys.asciiText);
      if (numberEnd < 0) return false;
      value = jsonNumberValue[0];
      keys.valueStarts[index] = i;
      keys.valueEnds[index] = numberEnd;
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
    keys.withoutTemplate++;
    if (template.count === 0 || keys.withoutTemplate >= 2) remember(bytes, start, keys);
    return true;
  }
}

/** The object just read, field by field, as the template when its values are all numbers. */
function remember(bytes: Uint8Array, start: number, keys: KeyCache): void {
  const count = keys.fieldCount;
  for (let k = 0; k < count; k++) if ((keys.valueStarts[k] as number) < 0) return;
  keys.template.set(bytes, start, keys.next, keys.valueStarts, keys.valueEnds, keys.fieldNames, count);
}
