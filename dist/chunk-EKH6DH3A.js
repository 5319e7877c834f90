#!/usr/bin/env node
import { createRequire as __tsCreateRequire } from 'node:module';
const require = __tsCreateRequire(import.meta.url);
import {
  validateConfig
} from "./chunk-BQVUO3CN.js";
import {
  LineCounter,
  isMap,
  isScalar,
  parseDocument,
  visit
} from "./chunk-C7LI433E.js";
import {
  InputError
} from "./chunk-I44QFZY6.js";
import {
  locateError,
  validationError
} from "./chunk-6NW4LEBQ.js";

// src/core/parse-config.ts
function parseConfig(text, source) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const syntax = [
    ...doc.errors.map((e) => ({
      offset: e.pos[0],
      what: e.message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "") ?? e.code
    })),
    ...doc.errors.length === 0 ? duplicateKeyOffsets(doc).map((offset) => ({ offset, what: "Map keys must be unique" })) : []
  ];
  if (syntax.length > 0) {
    return {
      ok: false,
      errors: syntax.map(({ offset, what }) => {
        const pos = lineCounter.linePos(offset);
        return validationError(source, [], void 0, `YAML syntax error: ${what}`, {
          line: pos.line,
          column: pos.col
        });
      })
    };
  }
  let raw;
  try {
    raw = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    const detail = `YAML could not be read: ${e instanceof Error ? e.message : String(e)}`;
    return { ok: false, errors: [validationError(source, [], void 0, detail)] };
  }
  const result = validateConfig(raw, source);
  if (result.ok) return result;
  const index = /* @__PURE__ */ new WeakMap();
  const located = result.errors.map((error) => {
    const offset = offsetOf(doc.contents, error.path, index);
    if (offset === void 0) return error;
    const pos = lineCounter.linePos(offset);
    return locateError(error, pos.line, pos.col);
  });
  return { ok: false, errors: sortByPosition(located) };
}
function duplicateKeyOffsets(doc) {
  const offsets = [];
  visit(doc, {
    Map(_, map) {
      const seen = /* @__PURE__ */ new Set();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        if (seen.has(key)) offsets.push(pair.key.range?.[0] ?? 0);
        else seen.add(key);
      }
    }
  });
  return offsets.sort((a, b) => a - b);
}
function pairsOf(map, index) {
  let pairs = index.get(map);
  if (!pairs) {
    pairs = /* @__PURE__ */ new Map();
    for (const p of map.items)
      if (isScalar(p.key) && !pairs.has(String(p.key.value))) pairs.set(String(p.key.value), p);
    index.set(map, pairs);
  }
  return pairs;
}
function offsetOf(root, path, index) {
  let node = root;
  let best = root?.range?.[0];
  for (const part of path) {
    if (!isMap(node)) break;
    const pair = pairsOf(node, index).get(String(part));
    if (!pair) break;
    const keyStart = isScalar(pair.key) ? pair.key.range?.[0] : void 0;
    best = keyStart ?? best;
    node = pair.value;
  }
  return best;
}
function sortByPosition(errors) {
  return errors.map((e, i) => ({ e, i })).sort((a, b) => (a.e.line ?? 0) - (b.e.line ?? 0) || (a.e.column ?? 0) - (b.e.column ?? 0) || a.i - b.i).map(({ e }) => e);
}

// src/runner/find-config.ts
import { access } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
var CONFIG_LOCATIONS = [
  "trainspotter.yml",
  "trainspotter.yaml",
  ".github/trainspotter.yml",
  ".github/trainspotter.yaml"
];
async function findConfig(root, explicit) {
  const candidates = explicit ? [resolve(root, explicit)] : CONFIG_LOCATIONS.map((p) => join(root, p));
  for (const path of candidates) {
    try {
      await access(path);
      const dir = dirname(path);
      return { path, projectDir: dir.endsWith(`${"/"}.github`) ? dirname(dir) : dir };
    } catch {
    }
  }
  throw new InputError(
    explicit ? `--config ${explicit}: no such file (looked at ${candidates[0]}). Give the path of your trainspotter.yml.` : `no trainspotter.yml in ${root} (looked for ${CONFIG_LOCATIONS.join(", ")}). Create one (see README.md, "Config") or pass --config FILE.`
  );
}

export {
  parseConfig,
  findConfig
};
