#!/usr/bin/env node
import { createRequire as __tsCreateRequire } from 'node:module';
const require = __tsCreateRequire(import.meta.url);
import {
  renderReportMarkdown
} from "./chunk-4TE2IWP2.js";
import "./chunk-NGXQ44BR.js";
import "./chunk-MCGYQ4LT.js";
import {
  STATUS_LABEL,
  decisiveNumbers
} from "./chunk-CA5X57XI.js";
import "./chunk-G2BISDRW.js";
import "./chunk-WYOZ6ILC.js";
import "./chunk-M6VOV3UD.js";
import "./chunk-5PJNC2MI.js";
import "./chunk-I44QFZY6.js";
import "./chunk-QOWQGCTV.js";
import "./chunk-KLT3S7YO.js";
export {
  STATUS_LABEL,
  decisiveNumbers,
  renderReportMarkdown
};
