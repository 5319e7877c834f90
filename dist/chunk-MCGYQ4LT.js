#!/usr/bin/env node
import { createRequire as __tsCreateRequire } from 'node:module';
const require = __tsCreateRequire(import.meta.url);
import {
  InputError
} from "./chunk-I44QFZY6.js";

// src/core/stats/proportion.ts
function checkProportion(p, n, what) {
  if (!(p >= 0 && p <= 1)) {
    throw new InputError(
      `${what}: expected a proportion in [0, 1], got ${p}. Give errors and accuracies as fractions, not percentages.`
    );
  }
  if (!Number.isInteger(n) || n < 1) {
    throw new InputError(`${what}: expected the number of examples n as a positive integer, got ${n}.`);
  }
}

export {
  checkProportion
};
