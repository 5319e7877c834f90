#!/usr/bin/env node
import { createRequire as __tsCreateRequire } from 'node:module';
const require = __tsCreateRequire(import.meta.url);
import {
  en_default
} from "./chunk-AWXJJ3QC.js";
import {
  config,
  globalRegistry
} from "./chunk-ZTXSPX4O.js";

// src/core/zod-english.ts
config(en_default());
function described(schema, description) {
  globalRegistry.add(schema, { ...globalRegistry.get(schema), description });
  return schema;
}

// src/core/did-you-mean.ts
function editDistance(a, b) {
  const rows = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const prev = rows[i - 1] ?? [];
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      }
      cur.push(d);
    }
    rows.push(cur);
  }
  return rows[a.length]?.[b.length] ?? 0;
}
function didYouMean(word, candidates) {
  let best;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return bestDistance <= (word.length < 6 ? 1 : 2) ? best : void 0;
}

// src/core/validation-error.ts
function validationError(source, path, value, detail, position) {
  const where = position ? `${source}:${position.line}:${position.column}` : source;
  return {
    source,
    path,
    key: formatKeyPath(path),
    value,
    detail,
    ...position,
    message: `${where}: ${detail}`
  };
}
function locateError(error, line, column) {
  return validationError(error.source, error.path, error.value, error.detail, { line, column });
}
function formatKeyPath(path) {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(part)) out += out === "" ? part : `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out;
}
function showValue(value) {
  if (value === void 0) return "nothing";
  if (typeof value === "number" && !Number.isFinite(value)) return String(value);
  let text;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
function valueAt(root, path) {
  let cur = root;
  for (const part of path) {
    if (cur === null || typeof cur !== "object") return void 0;
    cur = cur[part];
  }
  return cur;
}
function typeName(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "number" && Number.isInteger(value)) return "an integer";
  return `a ${typeof value}`;
}
var EXPECTED = {
  object: "a mapping",
  record: "a mapping",
  array: "a list",
  string: "a string",
  number: "a number",
  int: "an integer",
  boolean: "true or false"
};
function issuesToErrors(issues, raw, source, knownKeys) {
  const errors = [];
  for (const issue of issues) {
    const path = issue.path.filter((p) => typeof p !== "symbol");
    const value = valueAt(raw, path);
    const key = `\`${formatKeyPath(path) || "(top level)"}\``;
    const add = (detail) => errors.push(validationError(source, path, value, detail));
    switch (issue.code) {
      case "unrecognized_keys": {
        const allowed = knownKeys(path);
        for (const k of issue.keys) {
          const hint = didYouMean(k, allowed);
          const full = formatKeyPath([...path, k]);
          const list = allowed.length ? ` Allowed here: ${allowed.join(", ")}.` : "";
          errors.push(
            validationError(
              source,
              [...path, k],
              valueAt(raw, [...path, k]),
              `unknown key \`${full}\`${hint ? `; did you mean \`${hint}\`?` : "."}${list}`
            )
          );
        }
        break;
      }
      case "invalid_type": {
        const expected = EXPECTED[issue.expected] ?? issue.expected;
        add(
          value === void 0 ? `${key} is missing; expected ${expected}.` : `${key} is ${showValue(value)} (${typeName(value)}); expected ${expected}.`
        );
        break;
      }
      case "invalid_value": {
        const options = issue.values.map((v) => JSON.stringify(v));
        const hint = typeof value === "string" ? didYouMean(value, issue.values.map(String)) : void 0;
        const what = value === void 0 ? "is missing" : `is ${showValue(value)}`;
        add(
          `${key} ${what}; allowed: ${options.join(", ")}${hint ? ` (did you mean ${JSON.stringify(hint)}?)` : ""}.`
        );
        break;
      }
      case "too_small":
      case "too_big": {
        const bound = issue.code === "too_small" ? issue.minimum : issue.maximum;
        const op = issue.code === "too_small" ? issue.inclusive ? "at least" : "more than" : issue.inclusive ? "at most" : "less than";
        const unit = issue.origin === "string" ? " characters long" : issue.origin === "array" ? " items" : "";
        add(`${key} is ${showValue(value)}; it must be ${op} ${String(bound)}${unit}.`);
        break;
      }
      case "invalid_union":
        add(`${key} is ${showValue(value)}; ${issue.message}`);
        break;
      default:
        add(value === void 0 ? `${key} ${issue.message}` : `${key} ${showValue(value)} ${issue.message}`);
    }
  }
  return errors;
}
var defOf = (schema) => schema._zod.def;
function unwrap(schema) {
  let cur = schema;
  for (; ; ) {
    const def = defOf(cur);
    const next = def.type === "pipe" ? def.in : def.innerType;
    if (!next) return cur;
    cur = next;
  }
}
function zodKnownKeys(schema) {
  return (path) => {
    let cur = unwrap(schema);
    for (const part of path) {
      if (!cur) return [];
      const def = defOf(cur);
      const next = def.type === "object" ? def.shape?.[String(part)] : def.valueType ?? def.element;
      cur = next ? unwrap(next) : void 0;
    }
    const shape = cur ? defOf(cur).shape : void 0;
    return shape ? Object.keys(shape) : [];
  };
}

export {
  described,
  validationError,
  locateError,
  issuesToErrors,
  zodKnownKeys
};
