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

/** Python's bare non-finite words, each quoted as a string no JSON text can hold raw (it starts with NUL). */
const SENTINEL: Readonly<Record<string, number>> = Object.assign(Object.create(null), {
  '\u0000NaN': Number.NaN,
  '\u0000Infinity': Number.POSITIVE_INFINITY,
  '\u0000-Infinity': Number.NEGATIVE_INFINITY,
});

function revive(_key: string, value: unknown): unknown {
  if (typeof value === 'string' && value.charCodeAt(0) === 0) {
    const n = SENTINEL[value];
    if (n !== undefined) return n;
  }
  return value;
}

/** `text` with every bare NaN / Infinity / -Infinity outside a string replaced by its sentinel string. */
function quoteNonFinite(text: string): string {
  const parts: string[] = [];
  let from = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
      continue;
    }
    if (c === 34) {
      inString = true;
      continue;
    }
    let word: string | undefined;
    if (c === 78 /* N */ && text.startsWith('NaN', i)) word = 'NaN';
    else if (c === 73 /* I */ && text.startsWith('Infinity', i)) word = 'Infinity';
    else if (c === 45 /* - */ && text.startsWith('-Infinity', i)) word = '-Infinity';
    if (word === undefined) continue;
    parts.push(text.slice(from, i), `"\\u0000${word}"`);
    i += word.length - 1;
    from = i + 1;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/** Whether no value of `v` lies deeper than MAX_DEPTH (the root at depth 0), as the full parser counts. */
function withinDepth(v: unknown, depth: number): boolean {
  if (typeof v !== 'object' || v === null) return true;
  if (depth >= MAX_DEPTH) return Array.isArray(v) ? v.length === 0 : Object.keys(v).length === 0;
  if (Array.isArray(v)) {
    for (const x of v) if (typeof x === 'object' && x !== null && !withinDepth(x, depth + 1)) return false;
    return true;
  }
  for (const key in v) {
    const x = (v as Record<string, unknown>)[key];
    if (typeof x === 'object' && x !== null && !withinDepth(x, depth + 1)) return false;
  }
  return true;
}

const NOT_FAST = Symbol('not fast');

/**
 * The value of `text` by V8's JSON.parse (the same values, keys and numbers as the full parser:
 * last duplicate key wins, `__proto__` is data), or NOT_FAST when it fails, when the text needs
 * the NaN rewrite and holds an escaped NUL a sentinel could be mistaken for, or when it nests
 * too deep; the full parser then decides and says where.
 */
function parseFast(text: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    if ((!text.includes('NaN') && !text.includes('Infinity')) || text.includes('\\u0000')) return NOT_FAST;
    try {
      value = JSON.parse(quoteNonFinite(text), revive);
    } catch {
      return NOT_FAST;
    }
  }
  // Fewer characters than levels cannot nest too deep.
  return text.length <= MAX_DEPTH || withinDepth(value, 0) ? value : NOT_FAST;
}

/**
 * Parse JSON, also accepting the bare `NaN`, `Infinity` and `-Infinity` that Python's `json` writes.
 * Pure; never throws: a syntax error comes back with its 1-based line and column and what was expected.
 * Nesting deeper than 512 levels is refused. O(length). The fast path is V8's JSON.parse (with
 * Python's words quoted first when it fails on them); only text it refuses is read again here, to
 * say where and why.
 */
export function parseLenientJson(text: string): LenientJsonResult {
  const fast = parseFast(text);
  if (fast !== NOT_FAST) return { ok: true, value: fast };
  return parseLocated(text);
}

/** The full parser: the same values as parseFast, and the position and reason of a syntax error. */
function parseLocated(text: string): LenientJsonResult {
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
