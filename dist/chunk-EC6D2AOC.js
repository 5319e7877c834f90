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
var SENTINEL = Object.assign(/* @__PURE__ */ Object.create(null), {
  "\0NaN": Number.NaN,
  "\0Infinity": Number.POSITIVE_INFINITY,
  "\0-Infinity": Number.NEGATIVE_INFINITY
});
function revive(_key, value) {
  if (typeof value === "string" && value.charCodeAt(0) === 0) {
    const n = SENTINEL[value];
    if (n !== void 0) return n;
  }
  return value;
}
function quoteNonFinite(text) {
  const parts = [];
  let from = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
      continue;
    }
    if (c === 34) {
      inString = true;
      continue;
    }
    let word;
    if (c === 78 && text.startsWith("NaN", i)) word = "NaN";
    else if (c === 73 && text.startsWith("Infinity", i)) word = "Infinity";
    else if (c === 45 && text.startsWith("-Infinity", i)) word = "-Infinity";
    if (word === void 0) continue;
    parts.push(text.slice(from, i), `"\\u0000${word}"`);
    i += word.length - 1;
    from = i + 1;
  }
  parts.push(text.slice(from));
  return parts.join("");
}
function withinDepth(v, depth) {
  if (typeof v !== "object" || v === null) return true;
  if (depth >= MAX_DEPTH) return Array.isArray(v) ? v.length === 0 : Object.keys(v).length === 0;
  if (Array.isArray(v)) {
    for (const x of v) if (typeof x === "object" && x !== null && !withinDepth(x, depth + 1)) return false;
    return true;
  }
  for (const key in v) {
    const x = v[key];
    if (typeof x === "object" && x !== null && !withinDepth(x, depth + 1)) return false;
  }
  return true;
}
var NOT_FAST = /* @__PURE__ */ Symbol("not fast");
function parseFast(text) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    if (!text.includes("NaN") && !text.includes("Infinity") || text.includes("\\u0000")) return NOT_FAST;
    try {
      value = JSON.parse(quoteNonFinite(text), revive);
    } catch {
      return NOT_FAST;
    }
  }
  return text.length <= MAX_DEPTH || withinDepth(value, 0) ? value : NOT_FAST;
}
function parseLenientJson(text) {
  const fast = parseFast(text);
  if (fast !== NOT_FAST) return { ok: true, value: fast };
  return parseLocated(text);
}
function parseLocated(text) {
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
