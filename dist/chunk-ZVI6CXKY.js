#!/usr/bin/env node
import { createRequire as __tsCreateRequire } from 'node:module';
const require = __tsCreateRequire(import.meta.url);
import {
  EVAL_SPLITS,
  VALIDATION_SPLITS,
  evalFileSchema,
  parseEvalFile,
  validateEvalFile
} from "./chunk-V5FW74KN.js";
import "./chunk-6NW4LEBQ.js";
import "./chunk-AWXJJ3QC.js";
import "./chunk-ZTXSPX4O.js";
import "./chunk-EC6D2AOC.js";
import "./chunk-EJA7YNZZ.js";
import "./chunk-KLT3S7YO.js";
export {
  EVAL_SPLITS,
  VALIDATION_SPLITS,
  evalFileSchema,
  parseEvalFile,
  validateEvalFile
};
