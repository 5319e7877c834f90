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
} from "./chunk-2MOSWTVO.js";
import "./chunk-OSBNGU4J.js";
import "./chunk-LVBYK5GF.js";
import "./chunk-MCGYQ4LT.js";
import "./chunk-IVAHBH75.js";
import "./chunk-2UQ3NV2F.js";
import "./chunk-4CRTBN4C.js";
import "./chunk-M6VOV3UD.js";
import "./chunk-5PJNC2MI.js";
import "./chunk-JKA35KAE.js";
import "./chunk-I44QFZY6.js";
import "./chunk-QOWQGCTV.js";
import "./chunk-V5FW74KN.js";
import "./chunk-6NW4LEBQ.js";
import "./chunk-AWXJJ3QC.js";
import "./chunk-ZTXSPX4O.js";
import "./chunk-EC6D2AOC.js";
import "./chunk-EJA7YNZZ.js";
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
