#!/usr/bin/env node
import { createRequire as __tsCreateRequire } from 'node:module';
const require = __tsCreateRequire(import.meta.url);

// src/cli/io.ts
var EXIT = { ok: 0, failed: 1, usage: 2 };

export {
  EXIT
};
