import { describe, expect, it } from 'vitest';
import { LineSplitter } from './line-splitter.js';
import { TailBuffer } from './tail-buffer.js';

function split(chunks: Array<string | Buffer>, max?: number): string[] {
  const lines: string[] = [];
  const s = new LineSplitter((l) => lines.push(l), max);
  for (const c of chunks) s.write(c);
  s.end();
  return lines;
}

describe('LineSplitter', () => {
  it('joins lines cut across chunks and ends lines at \\n, \\r\\n and \\r', () => {
    expect(split(['ab', 'c\nde', 'f\r', '\ng\rh'])).toEqual(['abc', 'def', 'g', 'h']);
    expect(split(['a\n\nb\n'])).toEqual(['a', '', 'b']);
    expect(split([''])).toEqual([]);
  });

  it('keeps a UTF-8 character that is cut between chunks whole', () => {
    const bytes = Buffer.from('loss → 0.5\n');
    expect(split([bytes.subarray(0, 6), bytes.subarray(6)])).toEqual(['loss → 0.5']);
  });

  it('cuts an overlong line and counts what it dropped', () => {
    expect(split(['x'.repeat(7), 'y'.repeat(5), '\nok\n'], 4)).toEqual(['xxxx … [8 more characters]', 'ok']);
  });
});

describe('TailBuffer', () => {
  it('keeps the newest lines in order', () => {
    const t = new TailBuffer(3);
    for (const l of ['a', 'b', 'c', 'd', 'e']) t.push(l);
    expect(t.lines()).toEqual(['c', 'd', 'e']);
    expect(t.count).toBe(5);
    expect(() => new TailBuffer(0)).toThrow(RangeError);
  });
});
