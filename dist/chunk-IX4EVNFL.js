#!/usr/bin/env node
import { createRequire as __tsCreateRequire } from 'node:module';
const require = __tsCreateRequire(import.meta.url);
import {
  renderAnalyzeText,
  renderComparisonText,
  renderRunText
} from "./chunk-5CQJIPVV.js";
import "./chunk-GVP3EZXR.js";
import "./chunk-G2BISDRW.js";
import "./chunk-BLNY7VIH.js";
import "./chunk-KLT3S7YO.js";
export {
  renderAnalyzeText,
  renderComparisonText,
  renderRunText
};
