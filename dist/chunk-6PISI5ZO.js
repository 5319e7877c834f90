#!/usr/bin/env node
import { createRequire as __tsCreateRequire } from 'node:module';
const require = __tsCreateRequire(import.meta.url);
import {
  evalMetrics,
  findingEntry,
  findingsStatus,
  judgeCheck,
  overfitSeries
} from "./chunk-DIDP5AFL.js";
import "./chunk-GOXFUYSB.js";
import "./chunk-JPZD7QNZ.js";
import "./chunk-MCGYQ4LT.js";
import "./chunk-KDYNAJBJ.js";
import "./chunk-X5KXXCJR.js";
import "./chunk-W6C26XEI.js";
import "./chunk-UEULNJY3.js";
import "./chunk-UXYWLNNH.js";
import "./chunk-IWWKMT5L.js";
import "./chunk-65T24VUM.js";
import "./chunk-I44QFZY6.js";
import "./chunk-KLT3S7YO.js";
export {
  evalMetrics,
  findingEntry,
  findingsStatus,
  judgeCheck,
  overfitSeries
};
