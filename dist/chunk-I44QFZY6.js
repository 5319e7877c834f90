#!/usr/bin/env node
import { createRequire as __tsCreateRequire } from 'node:module';
const require = __tsCreateRequire(import.meta.url);

// src/core/errors.ts
var InputError = class extends Error {
  name = "InputError";
};
var InternalError = class extends Error {
  name = "InternalError";
  constructor(message) {
    super(`internal error (a bug in trainspotter, please report it): ${message}`);
  }
};

export {
  InputError,
  InternalError
};
