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
} from "./chunk-7IXYC7VP.js";
import "./chunk-YFY752S3.js";
import "./chunk-XHO5CTA7.js";
import "./chunk-MCGYQ4LT.js";
import "./chunk-RCYU2JGK.js";
import "./chunk-BPOGB3BL.js";
import "./chunk-KMY5I25K.js";
import "./chunk-WYOZ6ILC.js";
import "./chunk-6F26WUKE.js";
import "./chunk-M6VOV3UD.js";
import "./chunk-2TQQFGWZ.js";
import "./chunk-Z6SYUOIH.js";
import "./chunk-I44QFZY6.js";
import "./chunk-BLNY7VIH.js";
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
