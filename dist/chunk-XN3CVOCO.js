#!/usr/bin/env node
import { createRequire as __tsCreateRequire } from 'node:module';
const require = __tsCreateRequire(import.meta.url);
import {
  buildReport,
  compareFinalMetrics
} from "./chunk-ACBRNNI7.js";
import "./chunk-MWQILFPR.js";
import "./chunk-5XSIUHWO.js";
import "./chunk-UXYWLNNH.js";
import "./chunk-IWWKMT5L.js";
import "./chunk-SVLNU5MS.js";
import "./chunk-I44QFZY6.js";
import "./chunk-KLT3S7YO.js";
export {
  buildReport,
  compareFinalMetrics
};
