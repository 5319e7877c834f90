import type { AsciiText } from './ascii-bytes.js';
import { readDecimal } from './parse-decimal.js';

/** Integers of at most this many digits are exact in a double, so their digits give the value. */
const EXACT_INTEGER_DIGITS = 15;

/** readJsonNumber's value: a double written here is not boxed on the way. */
export const jsonNumberValue = new Float64Array(1);

function isDigit(c: number | undefined): boolean {
  return c !== undefined && c >= 48 && c <= 57;
}

/** Where the fraction and exponent after the integer digits of a JSON number (at `i`) end, or -1. */
export function fractionEnd(bytes: Uint8Array, i: number, end: number): number {
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
 * Reads the JSON number (RFC 8259 grammar) that starts at `bytes[i]`, a `-` or a digit: its
 * value, the one JSON.parse gives, goes to `jsonNumberValue[0]`, and the index after it is
 * returned (after blanks that follow it, too, when readDecimal read it); -1 when no JSON number
 * starts there. Where it ends depends only on the bytes up to the first one after it.
 */
export function readJsonNumber(bytes: Uint8Array, i: number, end: number, asciiText: AsciiText): number {
  // The integer digits are summed as they are checked: steps and epochs need nothing more.
  const numberStart = i;
  const negative = bytes[i] === 45;
  if (negative) i++;
  const first = i;
  let integer = 0;
  for (; i < end; i++) {
    const d = (bytes[i] as number) - 48;
    if (d < 0 || d > 9) break;
    integer = integer * 10 + d;
  }
  const digits = i - first;
  if (digits === 0 || (bytes[first] === 48 && digits > 1)) return -1;
  const after = bytes[i];
  if (after !== 46 && after !== 101 && after !== 69 && digits <= EXACT_INTEGER_DIGITS) {
    jsonNumberValue[0] = negative ? -integer : integer;
    return i;
  }
  // readDecimal reads the fraction and exponent as it converts them (one pass, not a grammar
  // check and then a conversion); it also takes `5.`, which JSON does not.
  if (after !== 46 || isDigit(bytes[i + 1])) {
    const read = readDecimal(bytes, numberStart, end, jsonNumberValue, 0);
    if (read >= 0) return read;
  }
  const numberEnd = fractionEnd(bytes, i, end);
  if (numberEnd < 0) return -1;
  jsonNumberValue[0] = Number(asciiText(bytes, numberStart, numberEnd));
  return numberEnd;
}
