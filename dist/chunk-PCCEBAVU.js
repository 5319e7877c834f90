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
} from "./chunk-WC4AID6G.js";
import "./chunk-OSBNGU4J.js";
import "./chunk-OIZKN7DR.js";
import "./chunk-MCGYQ4LT.js";
import "./chunk-J3MTL25R.js";
import "./chunk-WYOZ6ILC.js";
import "./chunk-6F26WUKE.js";
import "./chunk-M6VOV3UD.js";
import "./chunk-5PJNC2MI.js";
import "./chunk-JKA35KAE.js";
import "./chunk-I44QFZY6.js";
import "./chunk-QOWQGCTV.js";
import "./chunk-RDUR3OBD.js";
import "./chunk-OUR3CF6V.js";
import "./chunk-BPOGB3BL.js";
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
