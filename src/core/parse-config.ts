import { isMap, isScalar, LineCounter, type Node, parseDocument } from 'yaml';
import { type ConfigError, type ConfigResult, validateConfig } from './config.js';
import { type KeyPath, locateError, validationError } from './validation-error.js';

/**
 * Parse the text of a trainspotter.yml and validate it. Pure; never throws on bad input.
 * YAML syntax errors and every config error carry the line and column they point at
 * (for a missing key: the mapping that lacks it), sorted by position.
 */
export function parseConfig(text: string, source: string): ConfigResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((e) => {
        const pos = lineCounter.linePos(e.pos[0]);
        const what = e.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? e.code;
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
  const located = result.errors.map((error) => {
    const offset = offsetOf(doc.contents, error.path);
    if (offset === undefined) return error;
    const pos = lineCounter.linePos(offset);
    return locateError(error, pos.line, pos.col);
  });
  return { ok: false, errors: sortByPosition(located) };
}

/** Offset of the key (for the last path element) or the nearest enclosing node that exists. */
function offsetOf(root: unknown, path: KeyPath): number | undefined {
  let node: unknown = root;
  let best = (root as Node | null)?.range?.[0];
  for (const part of path) {
    if (!isMap(node)) break;
    const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(part));
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
