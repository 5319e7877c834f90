/** 10^0 … 10^22: every one is exact in a double. */
const POW10 = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));
/** Dekker's splitter for doubles, 2^27 + 1. */
const SPLITTER = 134217729;
/** The halves of each 10^k for the exact product x · 10^k (Dekker's TwoProduct). */
const POW10_HI = POW10.map((d) => SPLITTER * d - (SPLITTER * d - d));
const POW10_LO = POW10.map((d, k) => d - (POW10_HI[k] as number));
const TWO_24 = 16777216;
/** 2^-50: the relative margin above the rounding error of the residual below. */
const MARGIN = 2 ** -50;

const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);
/** Index of the word holding the sign, exponent and top of the mantissa. */
const HI = (() => {
  bits[0] = 1;
  return words[1] === 0x3ff00000 ? 1 : 0;
})();
const LO = 1 - HI;

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
    bits[0] = x;
    const hi = words[HI] as number;
    // A power of two has a closer neighbour below: left to the slow path.
    if ((hi & 0xfffff) === 0 && words[LO] === 0) return Number.NaN;
    words[HI] = ((hi >>> 20) - 52) << 20;
    words[LO] = 0;
    const ulp = bits[0] as number;
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

function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}

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
  let i = start;
  while (i < end && isBlank(bytes[i] as number)) i++;
  while (end > i && isBlank(bytes[end - 1] as number)) end--;
  if (i === end) return Number.NaN;
  let negative = false;
  const sign0 = bytes[i] as number;
  if (sign0 === 45) {
    negative = true;
    i++;
  } else if (sign0 === 43) {
    i++;
  }
  // The significant digits as head · 10^tailDigits + tail: head holds the first 15, tail up to 4 more.
  // One tight loop over a run of digits, entered again after the point: no per-digit test of
  // where the digit sits; leading zeros are skipped before it.
  let head = 0;
  let tail = 0;
  let tailDigits = 0;
  let significant = 0;
  let scale = 0;
  const digitsStart = i;
  let fractionStart = -1;
  while (i < end && bytes[i] === 48) i++;
  for (;;) {
    for (; i < end; i++) {
      const d = (bytes[i] as number) - 48;
      if (d < 0 || d > 9) break;
      if (significant < 15) head = head * 10 + d;
      else if (significant < 19) {
        tail = tail * 10 + d;
        tailDigits++;
      } else return Number.NaN;
      significant++;
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
  let c = bytes[i] as number;
  if (digits === 0) return Number.NaN;
  if (i < end) {
    if (c !== 101 && c !== 69) return Number.NaN;
    i++;
    let sign = 1;
    c = bytes[i] as number;
    if (c === 45 || c === 43) {
      if (c === 45) sign = -1;
      i++;
    }
    if (i === end) return Number.NaN;
    let e = 0;
    for (; i < end; i++) {
      const d = (bytes[i] as number) - 48;
      if (d < 0 || d > 9) return Number.NaN;
      if (e < 100000) e = e * 10 + d;
    }
    scale += sign * e;
  }
  let x: number;
  if (significant === 0) {
    x = 0;
  } else {
    let h = head;
    let l = 0;
    if (tailDigits > 0) {
      // head · 10^k + tail, exactly, as h + l: head split at 2^24 so each product is exact.
      const p10 = POW10[tailDigits] as number;
      const upper = Math.floor(head / TWO_24);
      const big = upper * p10 * TWO_24;
      const small = (head - upper * TWO_24) * p10 + tail;
      h = big + small;
      l = small - (h - big);
    }
    if (l === 0) {
      // Exact operands: one correctly rounded operation (Clinger's fast path).
      if (scale === 0) x = h;
      else if (scale < 0 && scale >= -22) x = h / (POW10[-scale] as number);
      else if (scale > 0 && scale <= 22) x = h * (POW10[scale] as number);
      else return Number.NaN;
    } else if (scale === 0) {
      x = h;
    } else if (scale < 0 && scale >= -22) {
      x = divideLong(h, l, -scale);
      if (Number.isNaN(x)) return Number.NaN;
    } else return Number.NaN;
  }
  return negative ? -x : x;
}
