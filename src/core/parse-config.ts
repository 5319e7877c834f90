import {
  type Document,
  isMap,
  isScalar,
  LineCounter,
  type Node,
  type Pair,
  parseDocument,
  visit,
  type YAMLMap,
} from 'yaml';
import { type ConfigError, type ConfigResult, validateConfig } from './config.js';
import { type KeyPath, locateError, validationError } from './validation-error.js';

/**
 * Parse the text of a trainspotter.yml and validate it. Pure; never throws on bad input.
 * YAML syntax errors and every config error carry the line and column they point at
 * (for a missing key: the mapping that lacks it), sorted by position.
 */
export function parseConfig(text: string, source: string): ConfigResult {
  const lineCounter = new LineCounter();
  // The yaml library's own duplicate-key check compares every key with every other (32,000
  // keys: 47 s); duplicateKeyOffsets does it with one set per mapping.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const syntax = [
    ...doc.errors.map((e) => ({
      offset: e.pos[0],
      what: e.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? e.code,
    })),
    ...(doc.errors.length === 0
      ? duplicateKeyOffsets(doc).map((offset) => ({ offset, what: 'Map keys must be unique' }))
      : []),
  ];
  if (syntax.length > 0) {
    return {
      ok: false,
      errors: syntax.map(({ offset, what }) => {
        const pos = lineCounter.linePos(offset);
        return validationError(source, [], undefined, `YAML syntax error: ${what}`, {
          line: pos.line,
          column: pos.col,
        });
      }),
    };
  }
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    // Only an alias bomb gets here: the syntax is fine, the expansion is not.
    const detail = `YAML could not be read: ${e instanceof Error ? e.message : String(e)}`;
    return { ok: false, errors: [validationError(source, [], undefined, detail)] };
  }
  const result = validateConfig(raw, source);
  if (result.ok) return result;
  const index = new WeakMap<YAMLMap, Map<string, Pair>>();
  const located = result.errors.map((error) => {
    const offset = offsetOf(doc.contents, error.path, index);
    if (offset === undefined) return error;
    const pos = lineCounter.linePos(offset);
    return locateError(error, pos.line, pos.col);
  });
  return { ok: false, errors: sortByPosition(located) };
}

/** Where each key that repeats an earlier key of its mapping starts, in document order. Linear. */
function duplicateKeyOffsets(doc: Document): number[] {
  const offsets: number[] = [];
  visit(doc, {
    Map(_, map) {
      const seen = new Set<string>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        if (seen.has(key)) offsets.push(pair.key.range?.[0] ?? 0);
        else seen.add(key);
      }
    },
  });
  return offsets.sort((a, b) => a - b);
}

/** A mapping's pairs by key (the first of each), built once per mapping. */
function pairsOf(map: YAMLMap, index: WeakMap<YAMLMap, Map<string, Pair>>): Map<string, Pair> {
  let pairs = index.get(map);
  if (!pairs) {
    pairs = new Map();
    for (const p of map.items)
      if (isScalar(p.key) && !pairs.has(String(p.key.value))) pairs.set(String(p.key.value), p);
    index.set(map, pairs);
  }
  return pairs;
}

/** Offset of the key (for the last path element) or the nearest enclosing node that exists. */
function offsetOf(
  root: unknown,
  path: KeyPath,
  index: WeakMap<YAMLMap, Map<string, Pair>>,
): number | undefined {
  let node: unknown = root;
  let best = (root as Node | null)?.range?.[0];
  for (const part of path) {
    if (!isMap(node)) break;
    const pair = pairsOf(node, index).get(String(part));
    if (!pair) break;
    const keyStart = isScalar(pair.key) ? pair.key.range?.[0] : undefined;
    best = keyStart ?? best;
    node = pair.value;
  }
  return best;
}

function sortByPosition(errors: ConfigError[]): ConfigError[] {
  return errors
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (a.e.line ?? 0) - (b.e.line ?? 0) || (a.e.column ?? 0) - (b.e.column ?? 0) || a.i - b.i)
    .map(({ e }) => e);
}
