#!/usr/bin/env node
import { createRequire as __tsCreateRequire } from 'node:module';
const require = __tsCreateRequire(import.meta.url);
import {
  InputError
} from "./chunk-I44QFZY6.js";

// src/ingest/concat-bytes.ts
function concatBytes(parts) {
  if (parts.length === 1) return parts[0];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

// src/runner/regular-file.ts
import { readFile, stat } from "node:fs/promises";
function specialFileKind(info) {
  if (info.isFile() || info.isDirectory()) return void 0;
  if (info.isFIFO()) return "a FIFO (named pipe)";
  if (info.isSocket()) return "a socket";
  if (info.isCharacterDevice()) return "a character device";
  if (info.isBlockDevice()) return "a block device";
  return "not a regular file";
}
function specialFileError(path, info, what) {
  const kind = specialFileKind(info);
  if (kind === void 0) return void 0;
  return new InputError(
    `${path} is ${kind}, not a regular file or folder; ${what} must be a file the command writes (reading a pipe or device could wait forever).`
  );
}
async function readRegularFile(path, what, maxBytes) {
  const info = await stat(path);
  const special = specialFileError(path, info, what);
  if (special) throw special;
  if (info.isDirectory()) throw new InputError(`${path} is a folder; ${what} must be a file.`);
  if (info.size > maxBytes)
    throw new InputError(
      `${path} is ${info.size.toLocaleString("en-US")} bytes; ${what} may be at most ${maxBytes.toLocaleString("en-US")}.`
    );
  return readFile(path, "utf8");
}

// src/core/python-floats.ts
var PYTHON_FLOATS = Object.assign(/* @__PURE__ */ Object.create(null), {
  nan: Number.NaN,
  "-nan": Number.NaN,
  inf: Number.POSITIVE_INFINITY,
  "+inf": Number.POSITIVE_INFINITY,
  infinity: Number.POSITIVE_INFINITY,
  "+infinity": Number.POSITIVE_INFINITY,
  "-inf": Number.NEGATIVE_INFINITY,
  "-infinity": Number.NEGATIVE_INFINITY
});
function pythonNonFinite(x) {
  if (Number.isNaN(x)) return "nan";
  if (x === Number.POSITIVE_INFINITY) return "inf";
  if (x === Number.NEGATIVE_INFINITY) return "-inf";
  return void 0;
}

// src/ingest/step-keys.ts
var STEP_KEYS = ["step", "global_step", "iteration", "iter", "epoch"];

export {
  concatBytes,
  PYTHON_FLOATS,
  pythonNonFinite,
  STEP_KEYS,
  specialFileError,
  readRegularFile
};
