#!/usr/bin/env node
import { createRequire as __tsCreateRequire } from 'node:module';
const require = __tsCreateRequire(import.meta.url);
import {
  renderAnalyzeText,
  renderComparisonText,
  renderRunText
} from "./chunk-BLFIYWTN.js";
import "./chunk-CA5X57XI.js";
import "./chunk-G2BISDRW.js";
import "./chunk-QOWQGCTV.js";
import "./chunk-KLT3S7YO.js";
export {
  renderAnalyzeText,
  renderComparisonText,
  renderRunText
};
