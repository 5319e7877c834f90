/** Whether every byte is below 0x80, checked four bytes at a time. */
export function isAscii(b: Uint8Array): boolean {
  let i = 0;
  const n = b.length;
  for (; i < n && (b.byteOffset + i) % 4 !== 0; i++) if ((b[i] as number) >= 0x80) return false;
  // A short piece that ends before the next word boundary is done (a view must start on one).
  if (i === n) return true;
  const words = new Uint32Array(b.buffer, b.byteOffset + i, (n - i) >>> 2);
  let any = 0;
  for (let w = 0; w < words.length; w++) any |= words[w] as number;
  if (any & 0x80808080) return false;
  for (let j = i + words.length * 4; j < n; j++) if ((b[j] as number) >= 0x80) return false;
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
