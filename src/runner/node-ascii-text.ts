import { isAscii as isAsciiBuffer } from 'node:buffer';
import type { AsciiCheck, AsciiText } from '../ingest/ascii-bytes.js';

/** Buffer's own latin1 slice: what `toString('latin1', s, e)` calls, without its argument checks. */
type Latin1Slicing = { latin1Slice(start: number, end: number): string };

/**
 * ASCII bytes as a string by Node's latin1 Buffer slice: a plain copy, many times faster than a
 * TextDecoder. The runner hands it to every log parser (ParserOptions.asciiText); the pure
 * readers in src/ingest may not reach for Buffer themselves.
 */
export const nodeAsciiText: AsciiText = (bytes, start, end) =>
  (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length) as unknown as Latin1Slicing).latin1Slice(
    start,
    end,
  );

/**
 * Node's own ASCII check (node:buffer isAscii, simdutf): many bytes per instruction, where the
 * portable isAscii reads four. The runner hands it to every log parser (ParserOptions.isAscii).
 */
export const nodeIsAscii: AsciiCheck = isAsciiBuffer;
