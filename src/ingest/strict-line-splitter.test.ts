import { describe, expect, it } from 'vitest';
import { InputError } from '../core/errors.js';
import { type AsciiText, portableAsciiText } from './ascii-bytes.js';
import { StrictLineSplitter } from './strict-line-splitter.js';

const utf8 = (s: string) => new TextEncoder().encode(s);

function split(
  bytes: Uint8Array,
  chunk = bytes.length,
  max?: number,
  asciiText?: AsciiText,
): [string, number][] {
  const out: [string, number][] = [];
  const s = new StrictLineSplitter('log.txt', (line, n) => out.push([line, n]), {
    maxLineBytes: max,
    asciiText,
  });
  for (let at = 0; at < bytes.length; at += Math.max(1, chunk)) s.write(bytes.subarray(at, at + chunk));
  s.end();
  return out;
}

describe('StrictLineSplitter', () => {
  it('gives the same lines and numbers when ASCII lines are made one by one (asciiText)', () => {
    const texts = [
      'a\r\nb\n\nc',
      '\uFEFFstep 1 loss 2\r\nstep 2 loss 1\n',
      'é 1\nloss: 2\n\n\r\nx',
      '\n\nlast',
    ];
    const counting: AsciiText = (bytes, start, end) => {
      made++;
      return portableAsciiText(bytes, start, end);
    };
    let made = 0;
    for (const text of texts) {
      for (const chunk of [1, 3, 64]) {
        expect(split(utf8(text), chunk, undefined, counting), `${JSON.stringify(text)} by ${chunk}`).toEqual(
          split(utf8(text), chunk),
        );
      }
    }
    expect(made).toBeGreaterThan(0);
  });

  it('splits LF and CRLF lines, keeps empty lines and reads a last line without newline', () => {
    expect(split(utf8('a\r\nb\n\nc'))).toEqual([
      ['a', 1],
      ['b', 2],
      ['', 3],
      ['c', 4],
    ]);
  });

  it('takes chunks that start off a 4-byte boundary and end before the next (found by the fuzz suite)', () => {
    const out: string[] = [];
    const s = new StrictLineSplitter('log.txt', (line) => out.push(line));
    const b = utf8('a\n\nb\n');
    for (const piece of [b.subarray(0, 2), b.subarray(2, 3), b.subarray(3)]) s.write(piece);
    s.end();
    expect(out).toEqual(['a', '', 'b']);
  });

  it('drops a UTF-8 BOM at the start only', () => {
    expect(split(utf8('\uFEFFstep,loss\n1,\uFEFF2\n'))).toEqual([
      ['step,loss', 1],
      ['1,\uFEFF2', 2],
    ]);
  });

  it('gives the same lines whatever the chunking, even inside multi-byte characters and CRLF', () => {
    const text = 'ünïcödé — 损失\r\n{"loss": 1}\r\nlast 🚂';
    const whole = split(utf8(text));
    expect(whole.map(([l]) => l)).toEqual(['ünïcödé — 损失', '{"loss": 1}', 'last 🚂']);
    for (const chunk of [1, 2, 3, 5, 7]) expect(split(utf8(text), chunk)).toEqual(whole);
  });

  it('keeps a replacement character that is really in the file', () => {
    expect(split(utf8('a\uFFFDb\n'))).toEqual([['a\uFFFDb', 1]]);
  });

  it('refuses invalid UTF-8 naming the line', () => {
    const bytes = new Uint8Array([...utf8('ok\nok\n'), 0x66, 0xff, 0xfe, 0x0a]);
    expect(() => split(bytes)).toThrow(
      new InputError(
        'log.txt: line 3 is not valid UTF-8 text; this is not a text log (expected UTF-8 JSON or CSV)',
      ),
    );
  });

  it('stops at a line over the limit without holding more than the limit', () => {
    const mib = new Uint8Array(1024 * 1024).fill(0x61);
    const s = new StrictLineSplitter('huge.jsonl', () => {});
    s.write(utf8('{"loss": 1}\n'));
    let written = 0;
    const feed = () => {
      for (;;) {
        s.write(mib);
        written++;
      }
    };
    expect(feed).toThrow(InputError);
    expect(feed).toThrow(/huge\.jsonl: line 2 is longer than 16 MiB; this is not a text log/);
    expect(written).toBe(16);
  });

  it('applies the limit to a line inside one large chunk', () => {
    expect(() => split(utf8(`${'x'.repeat(40)}\nshort\n`), undefined, 32)).toThrow(
      'log.txt: line 1 is longer than 32 bytes; this is not a text log',
    );
    expect(split(utf8(`${'x'.repeat(32)}\n`), undefined, 32)).toHaveLength(1);
  });
});
