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

  it('leaves strings holding those words alone', () => {
    expect(parseLenientJson('{"note": "NaN at Infinity \\"NaN\\"", "loss": NaN, "NaN": 1}')).toEqual({
      ok: true,
      value: { note: 'NaN at Infinity "NaN"', loss: Number.NaN, NaN: 1 },
    });
  });

  it('reads an escaped NUL before NaN as a string, not as a number', () => {
    expect(parseLenientJson('{"a": "\\u0000NaN", "b": NaN}')).toEqual({
      ok: true,
      value: { a: '\u0000NaN', b: Number.NaN },
    });
  });

  it('gives the same values as JSON.parse where that reads the text', () => {
    const text = '{"a": [1, -0, 1e400, "x\\ny"], "a": {"b": null}, "c": 0.1}';
    expect(parseLenientJson(text)).toEqual({ ok: true, value: JSON.parse(text) });
  });

  it('refuses nesting deeper than 512 levels even where JSON.parse reads it', () => {
    const deep = `${'['.repeat(513)}1${']'.repeat(513)}`;
    expect(parseLenientJson(deep)).toMatchObject({ ok: false, problem: 'nesting deeper than 512 levels' });
    const edge = `${'['.repeat(512)}1${']'.repeat(512)}`;
    expect(parseLenientJson(edge).ok).toBe(true);
    expect(parseLenientJson(`${'['.repeat(513)}${']'.repeat(513)}`).ok).toBe(true);
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
