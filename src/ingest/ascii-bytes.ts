/** The high bit of each byte of a 32-bit word, as an int32 (0x80808080 is no small integer). */
const HIGH_BITS = 0x80808080 | 0;

/**
 * Whether every byte of a block is below 0x80. The readers' byte fast paths ask it of every block
 * they read, so its speed shows: the shell passes a faster one than isAscii where its runtime has
 * one (ParserOptions.isAscii; the runner passes Node's own, which checks many bytes per instruction).
 */
export type AsciiCheck = (bytes: Uint8Array) => boolean;

/**
 * Whether every byte is below 0x80, checked four bytes at a time. On Int32 words: Uint32 words
 * over 2^31 are no small integers, and the optimised code then gave up on each block (60
 * deoptimisations reading the 59 MB bench file).
 */
export function isAscii(b: Uint8Array): boolean {
  let i = 0;
  const n = b.length;
  for (; i < n && (b.byteOffset + i) % 4 !== 0; i++) if ((b[i] as number) >= 0x80) return false;
  // A short piece that ends before the next word boundary is done (a view must start on one).
  if (i === n) return true;
  const words = new Int32Array(b.buffer, b.byteOffset + i, (n - i) >>> 2);
  const m = words.length;
  let any = 0;
  let w = 0;
  for (; w + 4 <= m; w += 4)
    any |=
      (words[w] as number) | (words[w + 1] as number) | (words[w + 2] as number) | (words[w + 3] as number);
  for (; w < m; w++) any |= words[w] as number;
  if ((any & HIGH_BITS) !== 0) return false;
  for (let j = i + m * 4; j < n; j++) if ((b[j] as number) >= 0x80) return false;
  return true;
}

/**
 * Makes the string of `bytes[start, end)`, which are all ASCII. The readers' byte fast paths
 * make one for every new key and every text cell, so its speed shows: the shell passes a faster
 * one than portableAsciiText where its runtime has one (ParserOptions.asciiText; the runner
 * passes Node's latin1 Buffer slice, a plain copy).
 */
export type AsciiText = (bytes: Uint8Array, start: number, end: number) => string;

const latin1 = new TextDecoder('latin1');

/** AsciiText with the Encoding API alone: the same strings, made more slowly. */
export const portableAsciiText: AsciiText = (bytes, start, end) => latin1.decode(bytes.subarray(start, end));

/** Whether `b[i, i + n)` (seen also through `view`) holds the bytes `ref[from, from + n)` (`refView`): four at a time. */
export function sameBytes(
  b: Uint8Array,
  view: DataView,
  i: number,
  ref: Uint8Array,
  refView: DataView,
  from: number,
  n: number,
): boolean {
  let k = 0;
  for (; k + 4 <= n; k += 4)
    if (view.getInt32(i + k, true) !== refView.getInt32(from + k, true)) return false;
  for (; k < n; k++) if (b[i + k] !== ref[from + k]) return false;
  return true;
}
