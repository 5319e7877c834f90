import { type AsciiText, portableAsciiText } from './ascii-bytes.js';
import { jsonNumberEnd, KeyCache, readFlatJsonFields } from './flat-json-object.js';

/** Nesting this deep in a value outside log_history is left to JSON.parse. */
const MAX_DEPTH = 64;

function skipSpace(b: Uint8Array, i: number, end: number): number {
  for (; i < end; i++) {
    const c = b[i];
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) break;
  }
  return i;
}

/** The index after the JSON string at `i` (escapes checked), or -1. */
function stringEnd(b: Uint8Array, i: number, end: number): number {
  if (b[i] !== 34) return -1;
  for (i++; i < end; i++) {
    const c = b[i] as number;
    if (c === 34) return i + 1;
    if (c < 32 || c >= 128) return -1;
    if (c === 92) {
      const e = b[++i];
      if (e === 117) {
        for (let k = 1; k <= 4; k++) {
          const h = (b[i + k] as number) | 0x20;
          if (!((h >= 48 && h <= 57) || (h >= 97 && h <= 102))) return -1;
        }
        i += 4;
      } else if (
        e !== 34 &&
        e !== 92 &&
        e !== 47 &&
        e !== 98 &&
        e !== 102 &&
        e !== 110 &&
        e !== 114 &&
        e !== 116
      ) {
        return -1;
      }
    }
  }
  return -1;
}

function literalEnd(b: Uint8Array, i: number, end: number, word: string): number {
  if (i + word.length > end) return -1;
  for (let k = 0; k < word.length; k++) if (b[i + k] !== word.charCodeAt(k)) return -1;
  return i + word.length;
}

/** The index after the strict JSON value at `i` (no NaN or Infinity), or -1. */
function valueEnd(b: Uint8Array, i: number, end: number, depth: number): number {
  const c = b[i];
  if (c === 34) return stringEnd(b, i, end);
  if (c === 45 || (c !== undefined && c >= 48 && c <= 57)) return jsonNumberEnd(b, i, end);
  if (c === 116) return literalEnd(b, i, end, 'true');
  if (c === 102) return literalEnd(b, i, end, 'false');
  if (c === 110) return literalEnd(b, i, end, 'null');
  if ((c !== 123 && c !== 91) || depth >= MAX_DEPTH) return -1;
  const close = c === 123 ? 125 : 93;
  i = skipSpace(b, i + 1, end);
  if (b[i] === close) return i + 1;
  for (;;) {
    if (c === 123) {
      i = stringEnd(b, i, end);
      if (i < 0) return -1;
      i = skipSpace(b, i, end);
      if (b[i] !== 58) return -1;
      i = skipSpace(b, i + 1, end);
    }
    i = valueEnd(b, i, end, depth + 1);
    if (i < 0) return -1;
    i = skipSpace(b, i, end);
    if (b[i] === close) return i + 1;
    if (b[i] !== 44) return -1;
    i = skipSpace(b, i + 1, end);
  }
}

const LOG_HISTORY = new TextEncoder().encode('"log_history"');

function isLogHistoryKey(b: Uint8Array, start: number, stop: number): boolean {
  if (stop - start !== LOG_HISTORY.length) return false;
  for (let k = 0; k < LOG_HISTORY.length; k++) if (b[start + k] !== LOG_HISTORY[k]) return false;
  return true;
}

/** Receives the entries of log_history in order, each as its fields (LogHistory.addFields). */
export interface EntrySink {
  addFields(names: readonly string[], values: readonly unknown[], count: number, i: number): void;
}

/**
 * The fast path of trainer_state.json, straight from its bytes: a plain ASCII document (strict
 * JSON, one `log_history` of flat entries) gives `history` the very entries JSON.parse would,
 * without the text or the parse tree; then true. False for anything else (non-ASCII, NaN
 * outside log_history, nested entries ...), which the caller reads the text way, for its
 * messages; `history` may then hold some entries already.
 */
export function readTrainerStateBytes(
  b: Uint8Array,
  history: EntrySink,
  asciiText: AsciiText = portableAsciiText,
): boolean {
  // No pass of its own for ASCII: every byte is a token's (ASCII by the grammar) or a string's,
  // and the string scans refuse the others.
  const end = b.length;
  const keys = new KeyCache(asciiText);
  let seen = false;
  let i = skipSpace(b, 0, end);
  if (b[i] !== 123) return false;
  i = skipSpace(b, i + 1, end);
  if (b[i] !== 125) {
    for (;;) {
      const keyStart = i;
      i = stringEnd(b, i, end);
      if (i < 0) return false;
      const isHistory = isLogHistoryKey(b, keyStart, i);
      i = skipSpace(b, i, end);
      if (b[i] !== 58) return false;
      i = skipSpace(b, i + 1, end);
      if (isHistory) {
        if (seen || b[i] !== 91) return false;
        seen = true;
        i = skipSpace(b, i + 1, end);
        if (b[i] !== 93) {
          for (let n = 0; ; n++) {
            if (!readFlatJsonFields(b, i, end, keys, true)) return false;
            history.addFields(keys.fieldNames, keys.fieldValues, keys.fieldCount, n);
            i = skipSpace(b, keys.next, end);
            if (b[i] === 93) break;
            if (b[i] !== 44) return false;
            i++;
          }
        }
        i++;
      } else {
        i = valueEnd(b, i, end, 1);
        if (i < 0) return false;
      }
      i = skipSpace(b, i, end);
      if (b[i] === 125) break;
      if (b[i] !== 44) return false;
      i = skipSpace(b, i + 1, end);
    }
  }
  return seen && skipSpace(b, i + 1, end) === end;
}
