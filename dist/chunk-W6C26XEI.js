#!/usr/bin/env node
import { createRequire as __tsCreateRequire } from 'node:module';
const require = __tsCreateRequire(import.meta.url);

// src/core/lenient-json.ts
var MAX_DEPTH = 512;
var NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
var STRING = /"(?:[^"\\]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
var WORDS = [
  ["true", true],
  ["false", false],
  ["null", null],
  ["NaN", Number.NaN],
  ["Infinity", Number.POSITIVE_INFINITY],
  ["-Infinity", Number.NEGATIVE_INFINITY]
];
var JsonSyntaxError = class extends Error {
  constructor(offset, message) {
    super(message);
    this.offset = offset;
  }
  offset;
};
function parseLenientJson(text) {
  let i = 0;
  const fail = (expected) => {
    const found = i < text.length ? JSON.stringify(text.slice(i, i + 12)) : "the end of the file";
    throw new JsonSyntaxError(i, `expected ${expected}, found ${found}`);
  };
  const space = () => {
    while (i < text.length && " 	\n\r".includes(text[i] ?? "")) i++;
  };
  const after = (skip, v) => {
    i += skip;
    return v;
  };
  const str = (what) => {
    const start = i;
    const s = match(STRING);
    try {
      if (s !== void 0) return JSON.parse(s);
    } catch {
    }
    i = start;
    return fail(what);
  };
  const match = (re) => {
    re.lastIndex = i;
    const m = re.exec(text);
    if (m) i += m[0].length;
    return m?.[0];
  };
  const value = (depth) => {
    if (depth > MAX_DEPTH) throw new JsonSyntaxError(i, `nesting deeper than ${MAX_DEPTH} levels`);
    space();
    const ch = text[i];
    if (ch === "{") {
      i++;
      const obj = {};
      space();
      if (text[i] === "}") return after(1, obj);
      for (; ; ) {
        space();
        const key = str('a "quoted" key');
        space();
        if (text[i] !== ":") fail('":"');
        i++;
        Object.defineProperty(obj, key, {
          value: value(depth + 1),
          enumerable: true,
          writable: true,
          configurable: true
        });
        space();
        if (text[i] === ",") i++;
        else if (text[i] === "}") return after(1, obj);
        else fail('"," or "}"');
      }
    }
    if (ch === "[") {
      i++;
      const arr = [];
      space();
      if (text[i] === "]") return after(1, arr);
      for (; ; ) {
        arr.push(value(depth + 1));
        space();
        if (text[i] === ",") i++;
        else if (text[i] === "]") return after(1, arr);
        else fail('"," or "]"');
      }
    }
    if (ch === '"') return str("a well-formed string");
    for (const [word, v] of WORDS) {
      if (text.startsWith(word, i)) return after(word.length, v);
    }
    const n = match(NUMBER);
    return n === void 0 ? fail("a value") : Number(n);
  };
  try {
    const result = value(0);
    space();
    if (i < text.length) fail("the end of the file");
    return { ok: true, value: result };
  } catch (e) {
    if (!(e instanceof JsonSyntaxError)) throw e;
    const before = text.slice(0, e.offset).split("\n");
    return { ok: false, line: before.length, column: (before.at(-1)?.length ?? 0) + 1, problem: e.message };
  }
}

export {
  parseLenientJson
};
