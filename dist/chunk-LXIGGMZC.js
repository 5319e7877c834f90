#!/usr/bin/env node
import { createRequire as __tsCreateRequire } from 'node:module';
const require = __tsCreateRequire(import.meta.url);
import {
  evalMetrics,
  findingEntry,
  findingsStatus,
  judgeCheck,
  overfitSeries
} from "./chunk-6SUAZIOZ.js";
import "./chunk-GOXFUYSB.js";
import "./chunk-3KJ5RSR6.js";
import "./chunk-MCGYQ4LT.js";
import "./chunk-53VC5JTZ.js";
import "./chunk-X5KXXCJR.js";
import "./chunk-W6C26XEI.js";
import "./chunk-5XSIUHWO.js";
import "./chunk-UXYWLNNH.js";
import "./chunk-IWWKMT5L.js";
import "./chunk-SVLNU5MS.js";
import "./chunk-I44QFZY6.js";
import "./chunk-KLT3S7YO.js";
export {
  evalMetrics,
  findingEntry,
  findingsStatus,
  judgeCheck,
  overfitSeries
};
