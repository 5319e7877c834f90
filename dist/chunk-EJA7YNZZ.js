#!/usr/bin/env node
import { createRequire as __tsCreateRequire } from 'node:module';
const require = __tsCreateRequire(import.meta.url);

// src/core/is-mapping.ts
function isMapping(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

export {
  isMapping
};
