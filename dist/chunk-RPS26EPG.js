#!/usr/bin/env node
import { createRequire as __tsCreateRequire } from 'node:module';
const require = __tsCreateRequire(import.meta.url);
import {
  CHECK_JUDGES,
  evalMetrics,
  findingEntry,
  findingsStatus,
  gateFor,
  judgeCheck,
  overfitSeries
} from "./chunk-Q5ZL7B4G.js";
import "./chunk-OSBNGU4J.js";
import "./chunk-HAJIRJYV.js";
import "./chunk-MCGYQ4LT.js";
import "./chunk-VHTXTREY.js";
import "./chunk-BPOGB3BL.js";
import "./chunk-52UVJYIN.js";
import "./chunk-WYOZ6ILC.js";
import "./chunk-6F26WUKE.js";
import "./chunk-M6VOV3UD.js";
import "./chunk-5PJNC2MI.js";
import "./chunk-XCIQBHZN.js";
import "./chunk-I44QFZY6.js";
import "./chunk-QOWQGCTV.js";
import "./chunk-KLT3S7YO.js";
export {
  CHECK_JUDGES,
  evalMetrics,
  findingEntry,
  findingsStatus,
  gateFor,
  judgeCheck,
  overfitSeries
};
