import { describe, expect, it } from 'vitest';
import { isAscii } from './ascii-bytes.js';

describe('isAscii', () => {
  it('finds one byte ≥ 0x80 wherever it sits: before the first word, in the unrolled words, the last words, the tail', () => {
    const buffer = new Uint8Array(64);
    for (let offset = 0; offset < 4; offset++) {
      for (const length of [0, 1, 3, 4, 5, 16, 17, 19, 37]) {
        const view = buffer.subarray(offset, offset + length);
        view.fill(0x41);
        expect(isAscii(view), `offset ${offset} length ${length}`).toBe(true);
        for (let at = 0; at < length; at++) {
          for (const high of [0x80, 0xff, 0xc3]) {
            view[at] = high;
            expect(isAscii(view), `offset ${offset} length ${length} byte ${at} = ${high}`).toBe(false);
            view[at] = 0x7f;
            expect(isAscii(view)).toBe(true);
            view[at] = 0x41;
          }
        }
      }
    }
  });
});
