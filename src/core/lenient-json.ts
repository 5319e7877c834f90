export type LenientJsonResult =
  | { ok: true; value: unknown }
  | { ok: false; line: number; column: number; problem: string };

const MAX_DEPTH = 512;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const STRING = /"(?:[^"\\]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const WORDS: [string, unknown][] = [
  ['true', true],
  ['false', false],
  ['null', null],
  ['NaN', Number.NaN],
  ['Infinity', Number.POSITIVE_INFINITY],
  ['-Infinity', Number.NEGATIVE_INFINITY],
];

class JsonSyntaxError extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Parse JSON, also accepting the bare `NaN`, `Infinity` and `-Infinity` that Python's `json` writes.
 * Pure; never throws: a syntax error comes back with its 1-based line and column and what was expected.
 * Nesting deeper than 512 levels is refused. O(length).
 */
export function parseLenientJson(text: string): LenientJsonResult {
  let i = 0;
  const fail = (expected: string): never => {
    const found = i < text.length ? JSON.stringify(text.slice(i, i + 12)) : 'the end of the file';
    throw new JsonSyntaxError(i, `expected ${expected}, found ${found}`);
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] ?? '')) i++;
  };
  const after = <T>(skip: number, v: T): T => {
    i += skip;
    return v;
  };
  const str = (what: string): string => {
    const start = i;
    const s = match(STRING);
    try {
      if (s !== undefined) return JSON.parse(s) as string; // throws on raw control characters
    } catch {}
    i = start;
    return fail(what);
  };
  const match = (re: RegExp): string | undefined => {
    re.lastIndex = i;
    const m = re.exec(text);
    if (m) i += m[0].length;
    return m?.[0];
  };
  const value = (depth: number): unknown => {
    if (depth > MAX_DEPTH) throw new JsonSyntaxError(i, `nesting deeper than ${MAX_DEPTH} levels`);
    space();
    const ch = text[i];
    if (ch === '{') {
      i++;
      const obj: Record<string, unknown> = {};
      space();
      if (text[i] === '}') return after(1, obj);
      for (;;) {
        space();
        const key = str('a "quoted" key');
        space();
        if (text[i] !== ':') fail('":"');
        i++;
        // defineProperty, so that a key "__proto__" is data and not the prototype.
        Object.defineProperty(obj, key, {
          value: value(depth + 1),
          enumerable: true,
          writable: true,
          configurable: true,
        });
        space();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return after(1, obj);
        else fail('"," or "}"');
      }
    }
    if (ch === '[') {
      i++;
      const arr: unknown[] = [];
      space();
      if (text[i] === ']') return after(1, arr);
      for (;;) {
        arr.push(value(depth + 1));
        space();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return after(1, arr);
        else fail('"," or "]"');
      }
    }
    if (ch === '"') return str('a well-formed string');
    for (const [word, v] of WORDS) {
      if (text.startsWith(word, i)) return after(word.length, v);
    }
    const n = match(NUMBER);
    return n === undefined ? fail('a value') : Number(n);
  };
  try {
    const result = value(0);
    space();
    if (i < text.length) fail('the end of the file');
    return { ok: true, value: result };
  } catch (e) {
    if (!(e instanceof JsonSyntaxError)) throw e;
    const before = text.slice(0, e.offset).split('\n');
    return { ok: false, line: before.length, column: (before.at(-1)?.length ?? 0) + 1, problem: e.message };
  }
}
