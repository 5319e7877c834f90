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
} from "./chunk-M5RWZINO.js";
import "./chunk-Z7JUNXLS.js";
import "./chunk-HAJIRJYV.js";
import "./chunk-MCGYQ4LT.js";
import "./chunk-VHTXTREY.js";
import "./chunk-BPOGB3BL.js";
import "./chunk-5PJNC2MI.js";
import "./chunk-XCIQBHZN.js";
import "./chunk-I44QFZY6.js";
import "./chunk-QOWQGCTV.js";
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
