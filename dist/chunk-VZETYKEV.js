#!/usr/bin/env node
import { createRequire as __tsCreateRequire } from 'node:module';
const require = __tsCreateRequire(import.meta.url);

// src/core/version.ts
var VERSION = true ? "0.1.0" : "dev";

export {
  VERSION
};
