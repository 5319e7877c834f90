/** 10^0 … 10^22: every one is exact in a double. */
const POW10 = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));
/** Dekker's splitter for doubles, 2^27 + 1. */
const SPLITTER = 134217729;
/** The halves of each 10^k for the exact product x · 10^k (Dekker's TwoProduct). */
const POW10_HI = POW10.map((d) => SPLITTER * d - (SPLITTER * d - d));
const POW10_LO = POW10.map((d, k) => d - (POW10_HI[k] as number));
/** 2^-53: x · 2^-53 is half a unit in the last place of x, or more when x is no power of two. */
const TWO_M53 = 2 ** -53;
/** 2^-50: the relative margin above the rounding error of the residual below. */
const MARGIN = 2 ** -50;

/**
 * Exactly `w / 10^q` rounded to the nearest double, for an integer w = h + l (h = fl(w),
 * 2^53 ≤ w < 10^19) and 1 ≤ q ≤ 22; NaN when too close to a tie to decide. A candidate x is
 * checked with the exact residual w − x·10^q (TwoProduct) against half a unit in the last place,
 * and moved by one unit when it is the neighbour.
 */
function divideLong(h: number, l: number, q: number): number {
  const d = POW10[q] as number;
  const dh = POW10_HI[q] as number;
  const dl = POW10_LO[q] as number;
  let x = h / d;
  for (let attempt = 0; attempt < 2; attempt++) {
    // x > 0 is normal here: x + x·2^-53 rounds up to x + ulp(x), or back to x on a tie,
    // which happens exactly when x is a power of two (which has a closer neighbour below).
    const ulp = x + x * TWO_M53 - x;
    if (ulp === 0) return Number.NaN;
    const p = x * d;
    const t = SPLITTER * x;
    const xh = t - (t - x);
    const xl = x - xh;
    const pe = xh * dh - p + xh * dl + xl * dh + xl * dl;
    const s = h - p; // exact: p is within a factor 2 of h (Sterbenz)
    const r = s - pe + l;
    const margin = (Math.abs(s) + Math.abs(pe) + Math.abs(l)) * MARGIN;
    const half = d * ulp * 0.5;
    const ar = Math.abs(r);
    if (ar + margin < half) return x;
    if (ar - margin <= half) return Number.NaN;
    x = r > 0 ? x + ulp : x - ulp;
  }
  return Number.NaN;
}

/** Four spaces, as a little-endian word. */
const SPACES = 0x20202020;
/** XOR with this makes each digit byte of a word its value (0–9), and every other byte ≥ 10. */
const ZEROS = 0x30303030;
/** Added to such a word, it sets the high bit of each byte ≥ 10 (a carry out only leaves one). */
const NON_DIGIT = 0x76767676;
/** The high bit of each byte of a word, as an int32. */
const HIGH_BITS = 0x80808080 | 0;

/** The DataView of the bytes readDecimal last read: blocks are read cell after cell. */
let viewBytes: Uint8Array | undefined;
let lastView: DataView = new DataView(new ArrayBuffer(0));

function viewOf(bytes: Uint8Array): DataView {
  if (bytes !== viewBytes) {
    lastView = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    viewBytes = bytes;
  }
  return lastView;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}

/** parseDecimal's result slot: readDecimal writes doubles there, so none is boxed on the way. */
const slot = new Float64Array(1);

/**
 * The number written in ASCII in `bytes[start, end)`, the very double `Number()` gives for that
 * text, or NaN when the text is not a plain decimal this routine converts exactly (the caller
 * then falls back to `Number` on the string; the value is never NaN otherwise).
 *
 * Decided here: spaces and tabs around, an optional sign, digits with an optional point (`.5`,
 * `5.`), an optional exponent, at most 19 significant digits, and a value that is exact by
 * Clinger's fast path (≤ 2^53 times or over 10^0…10^22) or a quotient of a long mantissa by
 * 10^1…10^22 (the 16–17 digits Python and JavaScript print). Not decided: `nan`, `inf`, hex,
 * more digits, larger exponents, anything else.
 */
export function parseDecimal(bytes: Uint8Array, start: number, end: number): number {
  return readDecimal(bytes, start, end, slot, 0) === end ? (slot[0] as number) : Number.NaN;
}

/**
 * Reads the plain decimal that starts at `bytes[start]`, as parseDecimal decides them: spaces and
 * tabs, the number, spaces and tabs, stopping before `end` or at the first byte that cannot
 * continue it (a comma, a line break ...). Writes its double (the very one `Number()` gives for
 * the text read) to `out[k]` and returns the index of the first byte not read; returns -1, and
 * writes nothing, when what starts there is no decimal parseDecimal decides. The bytes it reads
 * are only digits, signs, points, `e`/`E`, spaces and tabs: a byte scanner may resume after them.
 */
export function readDecimal(
  bytes: Uint8Array,
  start: number,
  end: number,
  out: Float64Array,
  k: number,
): number {
  const view = viewOf(bytes);
  // Spaces are skipped a word at a time within [start, end); digits are read a word at a time
  // wherever the word lies within the bytes, and what the word holds past `end` is cut off.
  const wordEnd = bytes.length - 3;
  let i = start;
  while (i + 4 <= end && view.getInt32(i, true) === SPACES) i += 4;
  while (i < end && isBlank(bytes[i] as number)) i++;
  if (i === end) return -1;
  let negative = false;
  const sign0 = bytes[i] as number;
  if (sign0 === 45) {
    negative = true;
    i++;
  } else if (sign0 === 43) {
    i++;
  }
  // The significant digits as a · 10^(n−8) + b for n of them: a holds the first 8 (a small
  // integer), b the rest (at most 11, exact in a double). Digits are taken four at a time from a
  // little-endian word (SWAR: which of its bytes are digits, and their value, without a branch
  // per digit), one run before the point and one after; leading zeros are skipped before.
  let a = 0;
  let b = 0;
  let significant = 0;
  let scale = 0;
  const digitsStart = i;
  let fractionStart = -1;
  while (i < end && bytes[i] === 48) i++;
  for (;;) {
    for (;;) {
      let m: number;
      let v: number;
      let more: boolean;
      if (i < wordEnd) {
        const x = view.getInt32(i, true) ^ ZEROS;
        const flags = ((x + NON_DIGIT) | 0 | x) & HIGH_BITS;
        m = flags === 0 ? 4 : (31 - Math.clz32(flags & -flags)) >> 3;
        if (m > end - i) m = end - i;
        if (m <= 0) break;
        // The m digits in the top lanes, zeros below; then pairs, then the four digits' value.
        const y = m === 4 ? x : x << (32 - 8 * m);
        const t = (Math.imul(y, 10) + (y >> 8)) & 0x00ff00ff;
        v = (t & 0xff) * 100 + (t >>> 16);
        more = m === 4;
      } else {
        const d = i < end ? (bytes[i] as number) - 48 : -1;
        if (d < 0 || d > 9) break;
        m = 1;
        v = d;
        more = true;
      }
      const total = significant + m;
      if (total <= 8) a = a * (POW10[m] as number) + v;
      else if (significant >= 8) {
        if (total > 19) return -1;
        b = b * (POW10[m] as number) + v;
      } else {
        // The run crosses from a into b: its first 8 − significant digits go to a.
        const p = POW10[total - 8] as number;
        const top = Math.floor(v / p);
        a = a * (POW10[8 - significant] as number) + top;
        b = v - top * p;
      }
      significant = total;
      i += m;
      if (!more) break;
    }
    if (fractionStart >= 0 || i === end || bytes[i] !== 46) break;
    fractionStart = ++i;
    if (significant === 0) while (i < end && bytes[i] === 48) i++;
  }
  let digits = i - digitsStart;
  if (fractionStart >= 0) {
    digits--; // the point
    scale = fractionStart - i;
  }
  if (digits === 0) return -1;
  let c = bytes[i] as number;
  if (i < end && (c === 101 || c === 69)) {
    i++;
    let sign = 1;
    c = bytes[i] as number;
    if (i < end && (c === 45 || c === 43)) {
      if (c === 45) sign = -1;
      i++;
    }
    const exponentStart = i;
    let e = 0;
    for (; i < end; i++) {
      const d = (bytes[i] as number) - 48;
      if (d < 0 || d > 9) break;
      if (e < 100000) e = e * 10 + d;
    }
    if (i === exponentStart) return -1;
    scale += sign * e;
  }
  let x: number;
  if (significant === 0) {
    x = 0;
  } else {
    // The digits exactly as h + l (h = fl(w)): a · 10^k is exact for k ≤ 11 (a · 5^k < 2^53),
    // and the sum is error-free (Fast2Sum: a has 8 digits, so its part is the larger).
    let h = a;
    let l = 0;
    if (significant > 8) {
      const big = a * (POW10[significant - 8] as number);
      h = big + b;
      l = b - (h - big);
    }
    if (l === 0) {
      // Exact operands: one correctly rounded operation (Clinger's fast path).
      if (scale === 0) x = h;
      else if (scale < 0 && scale >= -22) x = h / (POW10[-scale] as number);
      else if (scale > 0 && scale <= 22) x = h * (POW10[scale] as number);
      else return -1;
    } else if (scale === 0) {
      x = h;
    } else if (scale < 0 && scale >= -22) {
      x = divideLong(h, l, -scale);
      if (Number.isNaN(x)) return -1;
    } else return -1;
  }
  while (i < end && isBlank(bytes[i] as number)) i++;
  out[k] = negative ? -x : x;
  return i;
}
