import type { z } from 'zod';
import { didYouMean } from './did-you-mean.js';

/** A key path inside a document: object keys and array indices. */
export type KeyPath = readonly (string | number)[];

/**
 * One problem found while validating a user's file (config, eval file). Validation gathers all of
 * them; `message` is the complete line to show: `file[:line:column]: what is wrong, and what is allowed`.
 */
export interface ValidationError {
  /** The file (or other input) it came from, as given to the validator. */
  readonly source: string;
  readonly path: KeyPath;
  /** `path` as written in messages, e.g. `checks.smoke.timeout`, `reference.metrics["test/accuracy"]`. */
  readonly key: string;
  /** The offending value as found; undefined when the key is missing. */
  readonly value: unknown;
  /** The sentence without the location prefix, naming the key, the bad value and what is allowed. */
  readonly detail: string;
  /** 1-based position in the source text, when the reader knows it. */
  readonly line?: number;
  readonly column?: number;
  readonly message: string;
}

/** Build a ValidationError; `detail` is the sentence after the location prefix. */
export function validationError(
  source: string,
  path: KeyPath,
  value: unknown,
  detail: string,
  position?: { line: number; column: number },
): ValidationError {
  const where = position ? `${source}:${position.line}:${position.column}` : source;
  return {
    source,
    path,
    key: formatKeyPath(path),
    value,
    detail,
    ...position,
    message: `${where}: ${detail}`,
  };
}

/** The same error, located at a line and column of its source. */
export function locateError(error: ValidationError, line: number, column: number): ValidationError {
  return validationError(error.source, error.path, error.value, error.detail, { line, column });
}

/** `['checks', 'smoke', 'timeout']` → `checks.smoke.timeout`; odd keys are quoted in brackets. */
export function formatKeyPath(path: KeyPath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(part)) out += out === '' ? part : `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out;
}

/** A value as it would be written in the file, shortened to stay readable in one line. */
export function showValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** The value at `path` inside `root`, or undefined when any step is missing. */
export function valueAt(root: unknown, path: KeyPath): unknown {
  let cur = root;
  for (const part of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[part];
  }
  return cur;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'number' && Number.isInteger(value)) return 'an integer';
  return `a ${typeof value}`;
}

const EXPECTED: Record<string, string> = {
  object: 'a mapping',
  record: 'a mapping',
  array: 'a list',
  string: 'a string',
  number: 'a number',
  int: 'an integer',
  boolean: 'true or false',
};

/**
 * Turn zod issues into ValidationErrors naming key, value and what is allowed. `knownKeys(path)`
 * lists the keys allowed in the mapping at `path`, for "unknown key ...; did you mean ..." suggestions.
 */
export function issuesToErrors(
  issues: readonly z.core.$ZodIssue[],
  raw: unknown,
  source: string,
  knownKeys: (path: KeyPath) => readonly string[],
): ValidationError[] {
  const errors: ValidationError[] = [];
  for (const issue of issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const value = valueAt(raw, path);
    const key = `\`${formatKeyPath(path) || '(top level)'}\``;
    const add = (detail: string) => errors.push(validationError(source, path, value, detail));
    switch (issue.code) {
      case 'unrecognized_keys': {
        const allowed = knownKeys(path);
        for (const k of issue.keys) {
          const hint = didYouMean(k, allowed);
          const full = formatKeyPath([...path, k]);
          const list = allowed.length ? ` Allowed here: ${allowed.join(', ')}.` : '';
          errors.push(
            validationError(
              source,
              [...path, k],
              valueAt(raw, [...path, k]),
              `unknown key \`${full}\`${hint ? `; did you mean \`${hint}\`?` : '.'}${list}`,
            ),
          );
        }
        break;
      }
      case 'invalid_type': {
        const expected = EXPECTED[issue.expected] ?? issue.expected;
        add(
          value === undefined
            ? `${key} is missing; expected ${expected}.`
            : `${key} is ${showValue(value)} (${typeName(value)}); expected ${expected}.`,
        );
        break;
      }
      case 'invalid_value': {
        const options = issue.values.map((v) => JSON.stringify(v));
        const hint = typeof value === 'string' ? didYouMean(value, issue.values.map(String)) : undefined;
        const what = value === undefined ? 'is missing' : `is ${showValue(value)}`;
        add(
          `${key} ${what}; allowed: ${options.join(', ')}${hint ? ` (did you mean ${JSON.stringify(hint)}?)` : ''}.`,
        );
        break;
      }
      case 'too_small':
      case 'too_big': {
        const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
        const op =
          issue.code === 'too_small'
            ? issue.inclusive
              ? 'at least'
              : 'more than'
            : issue.inclusive
              ? 'at most'
              : 'less than';
        const unit =
          issue.origin === 'string' ? ' characters long' : issue.origin === 'array' ? ' items' : '';
        add(`${key} is ${showValue(value)}; it must be ${op} ${String(bound)}${unit}.`);
        break;
      }
      case 'invalid_union':
        add(`${key} is ${showValue(value)}; ${issue.message}`);
        break;
      default:
        // Custom refinements phrase their own problem after the value.
        add(value === undefined ? `${key} ${issue.message}` : `${key} ${showValue(value)} ${issue.message}`);
    }
  }
  return errors;
}

interface WalkableDef {
  type: string;
  shape?: Record<string, z.core.$ZodType>;
  innerType?: z.core.$ZodType;
  in?: z.core.$ZodType;
  valueType?: z.core.$ZodType;
  element?: z.core.$ZodType;
}

const defOf = (schema: z.core.$ZodType): WalkableDef => schema._zod.def as unknown as WalkableDef;

/** Strip wrappers (optional, default, transform ...) down to the schema that parses the value. */
function unwrap(schema: z.core.$ZodType): z.core.$ZodType {
  let cur = schema;
  for (;;) {
    const def = defOf(cur);
    const next = def.type === 'pipe' ? def.in : def.innerType;
    if (!next) return cur;
    cur = next;
  }
}

/** For a zod schema, a function listing the keys allowed in the mapping at a key path. */
export function zodKnownKeys(schema: z.core.$ZodType): (path: KeyPath) => readonly string[] {
  return (path) => {
    let cur: z.core.$ZodType | undefined = unwrap(schema);
    for (const part of path) {
      if (!cur) return [];
      const def = defOf(cur);
      const next: z.core.$ZodType | undefined =
        def.type === 'object' ? def.shape?.[String(part)] : (def.valueType ?? def.element);
      cur = next ? unwrap(next) : undefined;
    }
    const shape = cur ? defOf(cur).shape : undefined;
    return shape ? Object.keys(shape) : [];
  };
}
