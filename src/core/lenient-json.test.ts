import { describe, expect, it } from 'vitest';
import { parseLenientJson } from './lenient-json.js';

describe('parseLenientJson', () => {
  it('reads JSON and the bare NaN / Infinity / -Infinity Python writes', () => {
    const text = '{"a": NaN, "b": [Infinity, -Infinity, 1.5e3, -0, true, null], "c": "NaN \\u0041 \\"x\\""}';
    expect(parseLenientJson(text)).toEqual({
      ok: true,
      value: { a: Number.NaN, b: [Infinity, -Infinity, 1500, -0, true, null], c: 'NaN A "x"' },
    });
  });

  it('keeps a "__proto__" key as data', () => {
    const r = parseLenientJson('{"__proto__": {"polluted": 1}}');
    expect(r.ok && Object.keys(r.value as object)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ['{"a": NaN,\n "b": }', 2, 7, 'expected a value, found "}"'],
    ['{"a": 1,\n  "b" 2}', 2, 7, 'expected ":", found "2}"'],
    ['', 1, 1, 'expected a value, found the end of the file'],
    ['[NaN, nan]', 1, 7, 'expected a value, found "nan]"'],
    ['[1,]', 1, 4, 'expected a value, found "]"'],
    ['[1] x', 1, 5, 'expected the end of the file, found "x"'],
    ['{"a": "tab\tinside"}', 1, 7, 'expected a well-formed string, found "\\"tab\\tinside\\""'],
    ['{"a": 1', 1, 8, 'expected "," or "}", found the end of the file'],
  ])('locates the syntax error in %j', (text, line, column, problem) => {
    expect(parseLenientJson(text)).toEqual({ ok: false, line, column, problem });
  });

  it('refuses absurd nesting instead of overflowing the stack', () => {
    expect(parseLenientJson('['.repeat(100_000))).toMatchObject({
      ok: false,
      problem: 'nesting deeper than 512 levels',
    });
  });
});
