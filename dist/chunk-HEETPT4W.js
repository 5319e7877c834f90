#!/usr/bin/env node
import { createRequire as __tsCreateRequire } from 'node:module';
const require = __tsCreateRequire(import.meta.url);
import {
  renderReportMarkdown
} from "./chunk-A7KUUY2L.js";
import "./chunk-PS7LUI5B.js";
import {
  STATUS_LABEL,
  decisiveNumbers
} from "./chunk-CA5X57XI.js";
import "./chunk-G2BISDRW.js";
import "./chunk-MCGYQ4LT.js";
import "./chunk-2UQ3NV2F.js";
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
