import { parseDecimal } from './parse-decimal.js';
import { DELIM, FRAC, JUNK, type LineTokens, MAX_TOKENS, NUM, WORD } from './printed-tokens.js';

const SPACE = 32;
const TAB = 9;
const DOT = 46;
const SLASH = 47;
const COLON = 58;
const DASH = 45;
const PLUS = 43;
const COMMA = 44;
const PERCENT = 37;

const isDigit = (c: number) => c >= 48 && c <= 57;
const isWordByte = (c: number) =>
  (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || isDigit(c) || c === 64;

/** End of the digits from i (at most end). */
function digitsEnd(b: Uint8Array, i: number, end: number): number {
  while (i < end && isDigit(b[i] as number)) i++;
  return i;
}

/**
 * End of a plain number from i: digits, an optional fraction (`.` and digits), an optional
 * exponent (`e`, a sign, digits); −1 when no digit starts it. The tokenizer ends such a number at
 * the same byte when the byte after it is none of those that change its reading (see
 * `endsNumber`).
 */
function unsignedEnd(b: Uint8Array, i: number, end: number): number {
  const e = digitsEnd(b, i, end);
  if (e === i) return -1;
  i = e;
  if (i + 1 < end && b[i] === DOT && isDigit(b[i + 1] as number)) i = digitsEnd(b, i + 1, end);
  const x = b[i];
  if (i < end && (x === 101 || x === 69)) {
    let j = i + 1;
    if (j < end && (b[j] === PLUS || b[j] === DASH)) j++;
    if (j < end && isDigit(b[j] as number)) i = digitsEnd(b, j, end);
  }
  return i;
}

/** End of a number with an optional sign from i, or −1. */
function signedEnd(b: Uint8Array, i: number, end: number): number {
  const c = b[i];
  return unsignedEnd(b, i < end && (c === DASH || c === PLUS) ? i + 1 : i, end);
}

/** End of a date or clock from i (`2024-05-01`, `12:00:00`): digits, then groups of `-`/`:`/`.` and digits, the first by `-` or `:`; or −1. */
function stampEnd(b: Uint8Array, i: number, end: number): number {
  const from = i;
  i = digitsEnd(b, i, end);
  if (i === from || i >= end || !(b[i] === DASH || b[i] === COLON)) return -1;
  let groups = 0;
  while (i + 1 < end && (b[i] === DASH || b[i] === COLON || b[i] === DOT) && isDigit(b[i + 1] as number)) {
    i = digitsEnd(b, i + 1, end);
    groups++;
  }
  return groups > 0 ? i : -1;
}

/** Bytes that end a stamp as the tokenizer's junk ends (spaces and the delimiters after a value). */
function endsJunk(c: number): boolean {
  return (
    c === SPACE ||
    c === TAB ||
    c === COMMA ||
    c === 59 ||
    c === 124 ||
    c === 93 ||
    c === 41 ||
    c === 125 ||
    c === 39 ||
    c === 34 ||
    c === 60 ||
    c === 62 ||
    c === 91 ||
    c === 40
  );
}

/**
 * Whether a number (a fraction when `frac`) is read by the tokenizer just as `unsignedEnd` ends it
 * when `c` follows it and `d` follows that (−1: the line ends; −2: a slot begins, any digit).
 * Not: a word byte, `/`, `%`, `.`; `:`, `-`, `,` before a digit (a clock, a date, digit groups);
 * after a fraction, `:` or `-` at all.
 */
function endsNumber(c: number, d: number, frac: boolean): boolean {
  if (c === -1) return true;
  if (isWordByte(c) || c === SLASH || c === PERCENT || c === DOT) return false;
  if (c === COLON || c === DASH) return !frac && d !== -2 && !isDigit(d);
  if (c === COMMA) return d !== -2 && !isDigit(d);
  return true;
}

/**
 * The fixed bytes and number slots of one line shape, learnt from a line the tokenizer read: a
 * later line whose bytes outside the slots are the same, and whose slots hold plain numbers
 * (dates and clocks where the line had them), tokenizes into the same tokens, so it is read
 * without the tokenizer: `match` writes the values of its number tokens and the shape's hashes
 * into the LineTokens.
 */
export class LineTemplate {
  /** Line number (or any clock) of the last match, for choosing which template to replace. */
  used = 0;

  private constructor(
    private readonly fixed: Uint8Array,
    /** Fixed run r is fixed[runStart[r], runStart[r + 1]); slot s sits between runs s and s + 1. */
    private readonly runStart: Int32Array,
    private readonly slotKind: Uint8Array,
    private readonly slotToken: Int32Array,
    readonly hash1: number,
    readonly hash2: number,
  ) {}

  /**
   * The template of the line `bytes[start, end)` (ASCII, no line break), which `t` holds
   * tokenized; undefined when a slot or its neighbours could be read otherwise in another line
   * of the shape (the tokens then are what the general path gives on every line).
   */
  static learn(bytes: Uint8Array, start: number, end: number, t: LineTokens): LineTemplate | undefined {
    const n = t.count;
    if (n === 0 || n >= MAX_TOKENS || t.line.length !== end - start) return undefined;
    // no control bytes: a terminal would show the line otherwise (`\r`, `\b`, colour codes)
    for (let c = start; c < end; c++) {
      const b = bytes[c] as number;
      if ((b < SPACE && b !== TAB) || b >= 127) return undefined;
    }
    const fixed: number[] = [];
    const runStart: number[] = [0];
    const slotKind: number[] = [];
    const slotToken: number[] = [];
    let at = start;
    for (let j = 0; j < n; j++) {
      const kind = t.kind[j] as number;
      const s = start + (t.start[j] as number);
      const e = start + (t.end[j] as number);
      if (kind === WORD || kind === DELIM) continue;
      // the byte before a slot must end whatever came before (a word, a sign, a point would take it in)
      if (s > start) {
        const p = bytes[s - 1] as number;
        if (s === at || isWordByte(p) || p === DOT || p === DASH || p === PLUS || p === SLASH)
          return undefined;
      }
      for (let c = at; c < s; c++) fixed.push(bytes[c] as number);
      runStart.push(fixed.length);
      slotKind.push(kind);
      slotToken.push(j);
      at = e;
    }
    if (slotKind.length === 0) return undefined;
    for (let c = at; c < end; c++) fixed.push(bytes[c] as number);
    runStart.push(fixed.length);
    const template = new LineTemplate(
      Uint8Array.from(fixed),
      Int32Array.from(runStart),
      Uint8Array.from(slotKind),
      Int32Array.from(slotToken),
      t.hash1,
      t.hash2,
    );
    return template.checked(bytes, start, end, t) ? template : undefined;
  }

  /** Whether each slot's follower keeps its reading, and the line itself matches with the tokenizer's values. */
  private checked(bytes: Uint8Array, start: number, end: number, t: LineTokens): boolean {
    const { fixed, runStart, slotKind, slotToken } = this;
    for (let s = 0; s < slotKind.length; s++) {
      const a = runStart[s + 1] as number;
      const b = runStart[s + 2] as number;
      const c = a < b ? (fixed[a] as number) : s + 1 < slotKind.length ? -3 : -1;
      const d = a + 1 < b ? (fixed[a + 1] as number) : s + 1 < slotKind.length ? -2 : -1;
      if (c === -3) return false; // two slots side by side
      const kind = slotKind[s];
      if (kind === JUNK ? c !== -1 && !endsJunk(c) : !endsNumber(c, d, kind === FRAC)) return false;
    }
    const read = Array.from(slotToken, (j) => [t.value[j], t.value2[j]]);
    if (!this.match(bytes, start, end, t)) return false;
    for (let s = 0; s < slotKind.length; s++) {
      const j = slotToken[s] as number;
      const [v, v2] = read[s] as number[];
      if (slotKind[s] === JUNK) continue;
      if (!Object.is(t.value[j], v)) return false;
      if (slotKind[s] === FRAC && !Object.is(t.value2[j], v2)) return false;
    }
    return true;
  }

  /**
   * Whether `bytes[start, end)` is a line of this shape; if so, writes the values of its number
   * tokens (NUM, FRAC) into `t.value`/`t.value2` and the shape's hashes into `t` (nothing else of
   * `t` is written). A number that parseDecimal leaves undecided is no match.
   */
  match(bytes: Uint8Array, start: number, end: number, t: LineTokens): boolean {
    const { fixed, runStart, slotKind, slotToken } = this;
    const slots = slotKind.length;
    let i = start;
    for (let s = 0; ; s++) {
      const a = runStart[s] as number;
      const len = (runStart[s + 1] as number) - a;
      if (i + len > end) return false;
      for (let k = 0; k < len; k++) if (bytes[i + k] !== fixed[a + k]) return false;
      i += len;
      if (s === slots) break;
      const kind = slotKind[s];
      let e: number;
      if (kind === JUNK) {
        e = stampEnd(bytes, i, end);
        if (e < 0) return false;
      } else {
        const j = slotToken[s] as number;
        e = signedEnd(bytes, i, end);
        if (e < 0) return false;
        const v = parseDecimal(bytes, i, e);
        if (Number.isNaN(v)) return false;
        t.value[j] = v;
        if (kind === FRAC) {
          if (e >= end || bytes[e] !== SLASH) return false;
          const e2 = unsignedEnd(bytes, e + 1, end);
          if (e2 < 0) return false;
          const v2 = parseDecimal(bytes, e + 1, e2);
          if (Number.isNaN(v2)) return false;
          t.value2[j] = v2;
          e = e2;
        } else if (kind !== NUM) {
          return false;
        }
      }
      i = e;
    }
    if (i !== end) return false;
    t.hash1 = this.hash1;
    t.hash2 = this.hash2;
    return true;
  }
}
