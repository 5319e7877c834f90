import { describe, expect, it } from 'vitest';
import { isAscii, portableAsciiText } from '../ingest/ascii-bytes.js';
import { nodeAsciiText, nodeIsAscii } from './node-ascii-text.js';

describe("Node's ASCII helpers, which the runner hands to every parser", () => {
  it('nodeIsAscii agrees with isAscii on views that start and end anywhere in a larger buffer', () => {
    const buffer = new Uint8Array(200).fill(0x41);
    // High bytes just outside a view must not count: each view sits between two of them.
    for (let offset = 1; offset < 9; offset++) {
      for (const length of [0, 1, 7, 16, 31, 32, 33, 64, 100]) {
        buffer.fill(0x41);
        buffer[offset - 1] = 0xff;
        buffer[offset + length] = 0xff;
        const view = buffer.subarray(offset, offset + length);
        expect(nodeIsAscii(view), `offset ${offset} length ${length}`).toBe(true);
        for (let at = 0; at < length; at++) {
          view[at] = 0x80;
          expect(nodeIsAscii(view), `offset ${offset} length ${length} byte ${at}`).toBe(false);
          expect(isAscii(view)).toBe(false);
          view[at] = 0x7f;
          expect(nodeIsAscii(view)).toBe(true);
          view[at] = 0x41;
        }
      }
    }
  });

  it('nodeAsciiText makes the same strings as portableAsciiText from a view inside a larger buffer', () => {
    const bytes = new TextEncoder().encode('xx step=12 loss=0.5\tacc 1e-3 yy');
    const view = bytes.subarray(2, bytes.length - 2);
    for (const [start, end] of [
      [0, 0],
      [0, 4],
      [5, 13],
      [0, view.length],
    ] as const) {
      expect(nodeAsciiText(view, start, end)).toBe(portableAsciiText(view, start, end));
    }
  });
});
