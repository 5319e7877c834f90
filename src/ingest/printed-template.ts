import { sameBytes } from './ascii-bytes.js';
import { parseDecimal } from './parse-decimal.js';
import {
  DELIM,
  endsJunk,
  endTokens,
  FRAC,
  JUNK,
  LineTokens,
  MAX_TOKENS,
  NUM,
  WORD,
} from './printed-tokens.js';

const SPACE = 32;
const NEWLINE = 10;
const CR = 13;
const TAB = 9;
const DOT = 46;
const SLASH = 47;
const COLON = 58;
const DASH = 45;
const PLUS = 43;
const COMMA = 44;
const PERCENT = 37;

const isDigit = (c: number) => c >= 48 && c <= 57;
const isLower = (c: number) => (c >= 97 && c <= 122) || c === 95;
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

/** 10^0 … 10^15, each exact. */
const POW10 = Array.from({ length: 16 }, (_, k) => Number(`1e${k}`));
/** Where readNumber leaves the value it read. */
const read = new Float64Array(1);

/**
 * Reads the number that `signedEnd` (`unsignedEnd` unless `signed`) ends, into `read[0]`: the
 * double `Number()` gives for its text (as the tokenizer reads it); returns its end, or −1 when
 * there is none or parseDecimal leaves it undecided. Up to 15 digits without an exponent are an
 * exact integer over an exact power of ten: one correctly rounded division.
 */
function readNumber(b: Uint8Array, i: number, end: number, signed: boolean): number {
  const from = i;
  const c = b[i];
  const negative = signed && c === DASH;
  if (signed && i < end && (c === DASH || c === PLUS)) i++;
  let mantissa = 0;
  let d = i;
  for (; d < end; d++) {
    const x = (b[d] as number) - 48;
    if (x < 0 || x > 9) break;
    mantissa = mantissa * 10 + x;
  }
  if (d === i) return -1;
  let digits = d - i;
  let scale = 0;
  if (d + 1 < end && b[d] === DOT && isDigit(b[d + 1] as number)) {
    const f = d + 1;
    for (d = f; d < end; d++) {
      const x = (b[d] as number) - 48;
      if (x < 0 || x > 9) break;
      mantissa = mantissa * 10 + x;
    }
    scale = d - f;
    digits += scale;
  }
  const x = b[d];
  if (d < end && (x === 101 || x === 69)) {
    const e = unsignedEnd(b, i, end);
    if (e > d) {
      const v = parseDecimal(b, from, e);
      if (Number.isNaN(v)) return -1;
      read[0] = v;
      return e;
    }
  }
  if (digits > 15) {
    const v = parseDecimal(b, from, d);
    if (Number.isNaN(v)) return -1;
    read[0] = v;
    return d;
  }
  const v = scale > 0 ? mantissa / (POW10[scale] as number) : mantissa;
  read[0] = negative ? -v : v;
  return d;
}

/** End of a number with an optional sign from i, or −1. */
function signedEnd(b: Uint8Array, i: number, end: number): number {
  const c = b[i];
  return unsignedEnd(b, i < end && (c === DASH || c === PLUS) ? i + 1 : i, end);
}

/** Longest number with a unit read as junk (`12s`, `5ms/step`): shorter than `1warnings.warn`, which drops a line. */
const MAX_UNIT_JUNK = 12;

/**
 * End of junk from i, as the tokenizer reads it there: a number followed by `-`, `:` or `.` and
 * a digit (`2024-05-01`, `12:00:00`, `1.2.3`), or, where `units`, by a letter (`12s`,
 * `5ms/step`); then anything up to a byte that `endsJunk`. Only digits, lower-case letters and
 * `.:/%_+-` are taken (nothing that makes the line one never read: `Warning:`, `Traceback`,
 * colour codes), junk with letters at most MAX_UNIT_JUNK bytes; −1 for anything else.
 */
function junkAt(b: Uint8Array, i: number, end: number, units: boolean): number {
  const e = signedEnd(b, i, end);
  if (e < 0 || e >= end) return -1;
  const c = b[e] as number;
  const unit = isLower(c);
  if (
    unit ? !units : !(e + 1 < end && (c === DASH || c === COLON || c === DOT) && isDigit(b[e + 1] as number))
  )
    return -1;
  let lettered = false;
  let k = e;
  for (; k < end; k++) {
    const x = b[k] as number;
    if (isLower(x)) {
      lettered = true;
      continue;
    }
    if (isDigit(x) || x === DOT || x === COLON || x === SLASH || x === PERCENT || x === DASH || x === PLUS)
      continue;
    if (endsJunk(x)) break;
    return -1;
  }
  return lettered && k - i > MAX_UNIT_JUNK ? -1 : k;
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
 * (dates, clocks and numbers with units where the line had them), tokenizes into the same
 * tokens, so it is read without the tokenizer: `match` checks it, and `write` puts in LineTokens
 * just what the tokenizer would (kinds, spacing, positions, numbers, punctuation, hashes).
 */
export class LineTemplate {
  /** Line number (or any clock) of the last match, for choosing which template to replace. */
  used = 0;
  /** While matching: where each fixed run begins, where each slot ends, its numbers. */
  private runAt: Int32Array;
  private slotEnd: Int32Array;
  private slotValue: Float64Array;
  private slotValue2: Float64Array;
  /** The same of the line matched last, kept until the next match. */
  private keptRunAt: Int32Array;
  private keptSlotEnd: Int32Array;
  private keptValue: Float64Array;
  private keptValue2: Float64Array;
  private keptStart = 0;
  /** Views of `fixed` and `junk`, for comparing four bytes at a time. */
  private readonly fixedView: DataView;
  private readonly junkView: DataView;

  private constructor(
    private readonly fixed: Uint8Array,
    /** Fixed run r is fixed[runStart[r], runStart[r + 1]); slot s sits between runs s and s + 1. */
    private readonly runStart: Int32Array,
    private readonly slotKind: Uint8Array,
    /** The token each slot is. */
    private readonly slotToken: Int32Array,
    /** The junk slots' bytes in the learnt line: slot s's are junk[junkStart[s], junkStart[s + 1]) (none for numbers). */
    private readonly junk: Uint8Array,
    private readonly junkStart: Int32Array,
    /** 1 where a junk slot may hold a number with a unit: no `:` or `=` right before it (`time:12s` is a time). */
    private readonly slotUnits: Uint8Array,
    /** Per token: kind, spacing before it, and its place: a slot (−1 − slot) or a fixed run (run, offset, length). */
    private readonly tokenKind: Uint8Array,
    private readonly tokenGap: Uint8Array,
    private readonly tokenRun: Int32Array,
    private readonly tokenOffset: Int32Array,
    private readonly tokenLength: Int32Array,
    readonly hash1: number,
    readonly hash2: number,
  ) {
    this.runAt = new Int32Array(runStart.length - 1);
    this.slotEnd = new Int32Array(slotKind.length);
    this.slotValue = new Float64Array(slotKind.length);
    this.slotValue2 = new Float64Array(slotKind.length);
    this.keptRunAt = new Int32Array(runStart.length - 1);
    this.keptSlotEnd = new Int32Array(slotKind.length);
    this.keptValue = new Float64Array(slotKind.length);
    this.keptValue2 = new Float64Array(slotKind.length);
    this.fixedView = new DataView(fixed.buffer, fixed.byteOffset, fixed.length);
    this.junkView = new DataView(junk.buffer, junk.byteOffset, junk.length);
  }

  /**
   * The template of the line `bytes[start, end)` (ASCII, no line break, as read: no redraw,
   * colour, nothing cut off), which `t` holds tokenized; undefined when a slot or its neighbours
   * could be read otherwise in another line of the shape.
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
    const slotUnits: number[] = [];
    const slotToken: number[] = [];
    const junk: number[] = [];
    const junkStart: number[] = [0];
    const tokenRun = new Int32Array(n);
    const tokenOffset = new Int32Array(n);
    const tokenLength = new Int32Array(n);
    let at = start;
    for (let j = 0; j < n; j++) {
      const kind = t.kind[j] as number;
      const s = start + (t.start[j] as number);
      const e = start + (t.end[j] as number);
      if (kind === WORD || kind === DELIM) {
        tokenRun[j] = runStart.length - 1;
        tokenOffset[j] = s - at;
        tokenLength[j] = e - s;
        continue;
      }
      // the byte before a slot must end whatever came before (a word, a sign, a point would take it in)
      const p = s > start ? (bytes[s - 1] as number) : SPACE;
      if (s > start && (s === at || isWordByte(p) || p === DOT || p === DASH || p === PLUS || p === SLASH))
        return undefined;
      for (let c = at; c < s; c++) fixed.push(bytes[c] as number);
      runStart.push(fixed.length);
      tokenRun[j] = -1 - slotKind.length;
      slotKind.push(kind);
      slotToken.push(j);
      if (kind === JUNK) for (let c = s; c < e; c++) junk.push(bytes[c] as number);
      junkStart.push(junk.length);
      slotUnits.push(p === COLON || p === 61 ? 0 : 1);
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
      Uint8Array.from(junk),
      Int32Array.from(junkStart),
      Uint8Array.from(slotUnits),
      t.kind.slice(0, n),
      t.gap.slice(0, n),
      tokenRun,
      tokenOffset,
      tokenLength,
      t.hash1,
      t.hash2,
    );
    return template.checked(bytes, start, end, t) ? template : undefined;
  }

  /** Whether each slot's follower keeps its reading, and the line itself gives the tokenizer's tokens. */
  private checked(bytes: Uint8Array, start: number, end: number, t: LineTokens): boolean {
    const { fixed, runStart, slotKind } = this;
    for (let s = 0; s < slotKind.length; s++) {
      const a = runStart[s + 1] as number;
      const b = runStart[s + 2] as number;
      const c = a < b ? (fixed[a] as number) : s + 1 < slotKind.length ? -3 : -1;
      const d = a + 1 < b ? (fixed[a + 1] as number) : s + 1 < slotKind.length ? -2 : -1;
      if (c === -3) return false; // two slots side by side
      const kind = slotKind[s];
      if (kind === JUNK ? c !== -1 && !endsJunk(c) : !endsNumber(c, d, kind === FRAC)) return false;
    }
    if (this.match(bytes, start, end) !== end) return false;
    const mine = scratch();
    this.write(mine);
    for (let j = 0; j < t.count; j++) {
      const kind = t.kind[j];
      if (mine.kind[j] !== kind || mine.gap[j] !== t.gap[j]) return false;
      if (mine.start[j] !== t.start[j] || mine.end[j] !== t.end[j]) return false;
      if (kind !== WORD && kind !== JUNK && !Object.is(mine.value[j], t.value[j])) return false;
      if (kind === FRAC && !Object.is(mine.value2[j], t.value2[j])) return false;
    }
    return mine.count === t.count && mine.hash1 === t.hash1 && mine.hash2 === t.hash2;
  }

  /**
   * Whether a line of this shape starts at `bytes[start]`, ending at `limit` or before a line
   * break (`\n`, `\r\n`); returns where it ends (before its break), or −1. When it is one,
   * `write` gives its tokens. A number that parseDecimal leaves undecided is no match.
   */
  match(
    bytes: Uint8Array,
    start: number,
    limit: number,
    view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length),
  ): number {
    const { fixed, runStart, slotKind, slotUnits, runAt, slotEnd, slotValue, slotValue2, junk, junkStart } =
      this;
    const { fixedView, junkView } = this;
    const slots = slotKind.length;
    let i = start;
    for (let s = 0; ; s++) {
      const a = runStart[s] as number;
      const len = (runStart[s + 1] as number) - a;
      if (i + len > limit || !sameBytes(bytes, view, i, fixed, fixedView, a, len)) return -1;
      runAt[s] = i;
      i += len;
      if (s === slots) break;
      const kind = slotKind[s];
      let e: number;
      if (kind === JUNK) {
        // most often the junk of the learnt line again (the date, the hour): ended by the run after it
        const from = junkStart[s] as number;
        const to = junkStart[s + 1] as number;
        e =
          i + to - from <= limit && sameBytes(bytes, view, i, junk, junkView, from, to - from)
            ? i + to - from
            : junkAt(bytes, i, limit, slotUnits[s] === 1);
        if (e < 0) return -1;
      } else {
        e = readNumber(bytes, i, limit, true);
        if (e < 0) return -1;
        slotValue[s] = read[0] as number;
        if (kind === FRAC) {
          if (e >= limit || bytes[e] !== SLASH) return -1;
          e = readNumber(bytes, e + 1, limit, false);
          if (e < 0) return -1;
          slotValue2[s] = read[0] as number;
        } else if (kind !== NUM) {
          return -1;
        }
      }
      slotEnd[s] = e;
      i = e;
    }
    if (!(i === limit || bytes[i] === NEWLINE || (bytes[i] === CR && bytes[i + 1] === NEWLINE))) return -1;
    this.runAt = this.keptRunAt;
    this.keptRunAt = runAt;
    this.slotEnd = this.keptSlotEnd;
    this.keptSlotEnd = slotEnd;
    this.slotValue = this.keptValue;
    this.keptValue = slotValue;
    this.slotValue2 = this.keptValue2;
    this.keptValue2 = slotValue2;
    this.keptStart = start;
    return i;
  }

  /** Writes the numbers of the line matched last (its NUM and FRAC tokens' values) and the shape's hashes into `t`. */
  writeNumbers(t: LineTokens): void {
    const { slotKind, slotToken, keptValue, keptValue2 } = this;
    for (let s = 0; s < slotKind.length; s++) {
      const kind = slotKind[s];
      if (kind === JUNK) continue;
      const j = slotToken[s] as number;
      t.value[j] = keptValue[s] as number;
      if (kind === FRAC) t.value2[j] = keptValue2[s] as number;
    }
    t.hash1 = this.hash1;
    t.hash2 = this.hash2;
  }

  /** Writes the tokens of the line matched last into `t`, as `tokenize` would. */
  write(t: LineTokens): void {
    const { tokenKind, tokenRun, tokenOffset, tokenLength, runStart, keptStart: start } = this;
    const { keptRunAt: runAt, keptSlotEnd: slotEnd, keptValue: slotValue, keptValue2: slotValue2 } = this;
    const n = tokenKind.length;
    t.kind.set(tokenKind);
    t.gap.set(this.tokenGap);
    for (let j = 0; j < n; j++) {
      const r = tokenRun[j] as number;
      if (r >= 0) {
        const from = (runAt[r] as number) - start + (tokenOffset[j] as number);
        t.start[j] = from;
        t.end[j] = from + (tokenLength[j] as number);
        if (tokenKind[j] === DELIM)
          t.value[j] = this.fixed[(runStart[r] as number) + (tokenOffset[j] as number)] as number;
        continue;
      }
      const s = -1 - r;
      t.start[j] = (runAt[s] as number) + (runStart[s + 1] as number) - (runStart[s] as number) - start;
      t.end[j] = (slotEnd[s] as number) - start;
      const kind = tokenKind[j];
      if (kind === JUNK) continue;
      t.value[j] = slotValue[s] as number;
      if (kind === FRAC) t.value2[j] = slotValue2[s] as number;
    }
    endTokens(t, n);
    t.hash1 = this.hash1;
    t.hash2 = this.hash2;
  }
}

let spare: LineTokens | undefined;

/** Tokens for checking a template against the tokenizer. */
function scratch(): LineTokens {
  spare ??= new LineTokens();
  return spare;
}
