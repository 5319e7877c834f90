#!/usr/bin/env node
import { createRequire as __tsCreateRequire } from 'node:module';
const require = __tsCreateRequire(import.meta.url);
import {
  InputError
} from "./chunk-I44QFZY6.js";

// src/cli/args.ts
import { parseArgs } from "node:util";
function parseCommandArgs(args, options, usage) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new InputError(`${message}
Usage: ${usage}`);
  }
}
function positiveInt(option, value) {
  if (value === void 0) return void 0;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) {
    throw new InputError(`--${option} must be a positive whole number, got '${value}'.`);
  }
  return n;
}

export {
  parseCommandArgs,
  positiveInt
};
