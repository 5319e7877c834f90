#!/usr/bin/env node
import { createRequire as __tsCreateRequire } from 'node:module';
const require = __tsCreateRequire(import.meta.url);
import {
  CheckReportSchema,
  CurveSchema,
  FailureSchema,
  FindingSchema,
  REPORT_SCHEMA_VERSION,
  ReportSchema,
  checkBuiltReport,
  validateReport
} from "./chunk-3HTVLBLC.js";
import "./chunk-BQVUO3CN.js";
import "./chunk-LVBYK5GF.js";
import "./chunk-MCGYQ4LT.js";
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
  CheckReportSchema,
  CurveSchema,
  FailureSchema,
  FindingSchema,
  REPORT_SCHEMA_VERSION,
  ReportSchema,
  checkBuiltReport,
  validateReport
};
