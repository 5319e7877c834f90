/** Token kinds of a printed line. No token: the kind after a line's last token. */
export const NONE = 0;
export const WORD = 1;
/** A number: `0.23`, `-0.00`, `3.18e+16`, `nan`, `inf`, `95%`. */
export const NUM = 2;
/** Two numbers joined by `/` without spaces: `3/10`, `200/2983`. */
export const FRAC = 3;
/** Number-like text that is no value: a date, a clock `00:01`, a number with a unit `12s`, `5ms/step`. */
export const JUNK = 4;
/** One punctuation character: `: = , ; | ( ) [ ] { } < > ' "`, a lone `-`, anything else. */
export const DELIM = 5;

/** Most tokens read from one line; the rest of a longer line is ignored. */
export const MAX_TOKENS = 1024;

/**
 * The tokens of one line, in reusable parallel arrays (no allocation per token). For WORD and
 * JUNK `start`/`end` index the line; NUM holds its value in `value`; FRAC its numerator in `value`
 * and denominator in `value2`; DELIM its character code in `value`. `gap[i]` is 1 when spaces
 * come before token i.
 */
export class LineTokens {
  /** Two more than MAX_TOKENS: the two kinds after the last token are NONE (see `endTokens`). */
  readonly kind = new Uint8Array(MAX_TOKENS + 2);
  readonly start = new Int32Array(MAX_TOKENS);
  readonly end = new Int32Array(MAX_TOKENS);
  readonly value = new Float64Array(MAX_TOKENS);
  readonly value2 = new Float64Array(MAX_TOKENS);
  readonly gap = new Uint8Array(MAX_TOKENS);
  count = 0;
  line = '';
  /**
   * Two 32-bit hashes of the line's shape: the kinds, spacing, words and punctuation of its
   * tokens, not its numbers. Lines of one shape (every print of one logging call) hash alike.
   */
  hash1 = 0;
  hash2 = 0;

  /** The text of token i. */
  text(i: number): string {
    return this.line.slice(this.start[i], this.end[i]);
  }

  /** Whether token i is the delimiter `ch` (a character code). */
  isDelim(i: number, ch: number): boolean {
    return i >= 0 && this.kind[i] === DELIM && this.value[i] === ch;
  }
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isSpace = (c: number) => c === 32 || c === 9;

/** `nan`, `inf`, `infinity` (any case) as numbers; undefined for other words. */
function specialNumber(line: string, s: number, e: number): number | undefined {
  const n = e - s;
  if (n !== 3 && n !== 8) return undefined;
  const w = line.slice(s, e).toLowerCase();
  if (w === 'nan') return Number.NaN;
  if (w === 'inf' || w === 'infinity') return Number.POSITIVE_INFINITY;
  return undefined;
}

/** Powers of ten that are exact doubles. */
const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);

/**
 * The number in line[s, e), commas of digit groups removed. Plain decimals of up to 15 digits are
 * read without allocating (an exact integer over an exact power of ten is correctly rounded, as
 * parsing is); anything else (an exponent, more digits) is parsed from its text.
 */
function numberValue(line: string, s: number, e: number): number {
  let i = s;
  let negative = false;
  const sign = line.charCodeAt(i);
  if (sign === 45 || sign === 43) {
    negative = sign === 45;
    i++;
  }
  let mantissa = 0;
  let digitsSeen = 0;
  let scale = -1;
  for (; i < e; i++) {
    const c = line.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      digitsSeen++;
      if (scale >= 0) scale++;
    } else if (c === 46 && scale < 0) {
      scale = 0;
    } else if (c === 44) {
      // a thousands separator
    } else {
      break;
    }
  }
  if (i === e && digitsSeen > 0 && digitsSeen <= 15) {
    const v = scale > 0 ? mantissa / (POW10[scale] as number) : mantissa;
    return negative ? -v : v;
  }
  const text = line.slice(s, e);
  return text.includes(',') ? +text.replaceAll(',', '') : +text;
}

/** End of the digits from i. */
function digits(line: string, i: number): number {
  while (i < line.length && isDigit(line.charCodeAt(i))) i++;
  return i;
}

/** End of a plain number starting at i (after any sign): digits (`3,815` grouped), a fraction, an exponent. */
function numberEnd(line: string, i: number): number {
  const from = i;
  i = digits(line, i);
  if (i - from <= 3) {
    // thousands separators, as `f"{n:,}"` prints them: exactly three digits after each comma
    while (
      line.charCodeAt(i) === 44 &&
      isDigit(line.charCodeAt(i + 1)) &&
      isDigit(line.charCodeAt(i + 2)) &&
      isDigit(line.charCodeAt(i + 3)) &&
      !isDigit(line.charCodeAt(i + 4)) &&
      line.charCodeAt(i + 4) !== 46
    ) {
      i += 4;
    }
  }
  if (line.charCodeAt(i) === 46 && isDigit(line.charCodeAt(i + 1))) i = digits(line, i + 1);
  else if (line.charCodeAt(i) === 46 && !isLetter(line.charCodeAt(i + 1))) i++; // `3.` as in "3. epoch"
  const e = line.charCodeAt(i);
  if (e === 101 || e === 69) {
    let j = i + 1;
    const sign = line.charCodeAt(j);
    if (sign === 43 || sign === 45) j++;
    if (isDigit(line.charCodeAt(j))) i = digits(line, j);
  }
  return i;
}

/** End of a word from i: letters, digits, `_`, `@`, and `.`, `/`, `-` between letters or digits. */
function wordEnd(line: string, i: number): number {
  const n = line.length;
  while (i < n) {
    const c = line.charCodeAt(i);
    if (isLetter(c) || isDigit(c) || c === 64) {
      i++;
    } else if ((c === 46 || c === 47 || c === 45) && i + 1 < n) {
      const d = line.charCodeAt(i + 1);
      if (isLetter(d) || (c !== 45 && isDigit(d))) i++;
      else break;
    } else {
      break;
    }
  }
  return i;
}

/**
 * Whether `c` ends number-like junk: a space or tab, or a delimiter that ends a value
 * (`, ; | ] ) } ' "` and `< > [ (`).
 */
export function endsJunk(c: number): boolean {
  return (
    isSpace(c) ||
    c === 44 ||
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

/** End of number-like junk: anything up to a byte that `endsJunk`. */
function junkEnd(line: string, i: number): number {
  const n = line.length;
  while (i < n && !endsJunk(line.charCodeAt(i))) i++;
  return i;
}

/** Whether the number ending at `e` is followed by `ms` or `s` and nothing more of a word (`12ms,` but not `5ms/step`, `3sec`). */
function timed(line: string, e: number, after: number): boolean {
  const u = after === 109 && line.charCodeAt(e + 1) === 115 ? e + 2 : after === 115 ? e + 1 : -1;
  if (u < 0) return false;
  const c = u < line.length ? line.charCodeAt(u) : 32;
  return !isLetter(c) && !isDigit(c) && c !== 47 && c !== 95;
}

/**
 * Whether token j is a `:` or `=` written right after a word, for a duration in `ms` (`step_avg:146.99ms`),
 * or for one in `s` when the word names a time (`train_time:`, not COCO's `Done (t=18.50s)`).
 */
function keyed(t: LineTokens, j: number, millis: boolean): boolean {
  return (
    t.kind[j] === DELIM &&
    (t.value[j] === 58 || t.value[j] === 61) &&
    t.gap[j] === 0 &&
    j > 0 &&
    t.kind[j - 1] === WORD &&
    (millis ||
      t
        .text(j - 1)
        .toLowerCase()
        .includes('time'))
  );
}

/**
 * Splits one line into tokens in a single left-to-right pass (no regular expressions, no
 * backtracking). O(line length); at most MAX_TOKENS tokens.
 */
export function tokenize(line: string, t: LineTokens): void {
  t.line = line;
  let k = 0;
  let i = 0;
  const n = line.length;
  let gap = 1;
  t.hash1 = 0x811c9dc5;
  t.hash2 = 0x9747b28c;
  let folded = 0;
  while (i < n && k < MAX_TOKENS) {
    // fold finished tokens (a merge below may still rewrite the last two)
    while (folded < k - 2) foldToken(t, folded++);
    const c = line.charCodeAt(i);
    if (isSpace(c)) {
      gap = 1;
      i++;
      continue;
    }
    t.gap[k] = gap;
    gap = 0;
    t.start[k] = i;
    const next = i + 1 < n ? line.charCodeAt(i + 1) : 0;
    const signed =
      (c === 45 || c === 43) && (isDigit(next) || (next === 46 && isDigit(line.charCodeAt(i + 2))));
    const signedWord = c === 45 && (next === 110 || next === 78 || next === 105 || next === 73);
    if (isDigit(c) || (c === 46 && isDigit(next)) || signed) {
      const from = signed ? i + 1 : i;
      let e = numberEnd(line, from);
      const after = e < n ? line.charCodeAt(e) : 0;
      if (after === 47 && isDigit(line.charCodeAt(e + 1))) {
        // a fraction `3/10`; `1/2/3` or `3/10s` is junk
        const e2 = numberEnd(line, e + 1);
        const after2 = e2 < n ? line.charCodeAt(e2) : 0;
        if (after2 === 47 || isLetter(after2) || after2 === 58 || after2 === 45) {
          t.kind[k] = JUNK;
          e = junkEnd(line, e2);
        } else {
          t.kind[k] = FRAC;
          t.value[k] = numberValue(line, i, e);
          t.value2[k] = numberValue(line, e + 1, e2);
          e = e2;
        }
      } else if (after === 37) {
        t.kind[k] = NUM; // a percentage keeps its number
        t.value[k] = numberValue(line, i, e);
        e++;
      } else if (timed(line, e, after) && k > 0 && t.gap[k] === 0 && keyed(t, k - 1, after === 109)) {
        // `train_time:56124ms`, `step_avg:146.99ms`: a time right after its key keeps its number
        t.kind[k] = NUM;
        t.value[k] = numberValue(line, i, e);
        e += after === 109 ? 2 : 1;
      } else if (
        isLetter(after) ||
        (after === 58 && isDigit(line.charCodeAt(e + 1))) ||
        (after === 45 && isDigit(line.charCodeAt(e + 1))) ||
        (after === 46 && isDigit(line.charCodeAt(e + 1)))
      ) {
        t.kind[k] = JUNK; // 12s, 5ms/step, 00:01, 2023-05-15, 1.2.3
        e = junkEnd(line, e);
      } else {
        t.kind[k] = NUM;
        t.value[k] = numberValue(line, i, e);
        // `200/ 2983` and `1 / 200`, as fixed-width formats print them
        if (k >= 2 && t.kind[k - 1] === DELIM && t.value[k - 1] === 47 && t.kind[k - 2] === NUM) {
          k -= 2;
          t.kind[k] = FRAC;
          t.value2[k] = numberValue(line, i, e);
        }
      }
      t.end[k] = e;
      i = e;
    } else if (isLetter(c) || signedWord) {
      const from = signedWord ? i + 1 : i;
      const e = wordEnd(line, from);
      const special = e > from ? specialNumber(line, from, e) : undefined;
      if (special !== undefined) {
        t.kind[k] = NUM;
        t.value[k] = signedWord ? -special : special;
      } else if (signedWord) {
        t.kind[k] = DELIM;
        t.value[k] = c;
        t.end[k] = i + 1;
        i++;
        k++;
        continue;
      } else {
        t.kind[k] = WORD;
      }
      t.end[k] = e;
      i = e;
    } else {
      t.kind[k] = DELIM;
      t.value[k] = c;
      t.end[k] = i + 1;
      i++;
    }
    k++;
  }
  endTokens(t, k);
  while (folded < k) foldToken(t, folded++);
  t.hash1 >>>= 0;
  t.hash2 >>>= 0;
}

/**
 * Ends the line's tokens after `count`: readers look up to two tokens ahead (`loss : 0.5`), and
 * past the end they see NONE, never a token an earlier, longer line left in the arrays.
 */
export function endTokens(t: LineTokens, count: number): void {
  t.count = count;
  t.kind[count] = NONE;
  t.kind[count + 1] = NONE;
}

/** Folds a finished token's kind, spacing and (words, punctuation) characters into the line's hashes. */
function foldToken(t: LineTokens, j: number): void {
  const kind = t.kind[j] as number;
  const mark = kind * 2 + (t.gap[j] as number);
  let h1 = Math.imul(t.hash1 ^ mark, 0x01000193);
  let h2 = Math.imul(t.hash2 ^ mark, 0x5bd1e995);
  if (kind === WORD || kind === DELIM) {
    const line = t.line;
    const e = t.end[j] as number;
    for (let c = t.start[j] as number; c < e; c++) {
      const ch = line.charCodeAt(c);
      h1 = Math.imul(h1 ^ ch, 0x01000193);
      h2 = Math.imul(h2 ^ ch, 0x5bd1e995);
    }
  }
  t.hash1 = h1;
  t.hash2 = h2;
}
