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
} from "./chunk-WE3ACXMV.js";
import "./chunk-OIZKN7DR.js";
import "./chunk-MCGYQ4LT.js";
import "./chunk-HPO2542I.js";
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
  CheckReportSchema,
  CurveSchema,
  FailureSchema,
  FindingSchema,
  REPORT_SCHEMA_VERSION,
  ReportSchema,
  checkBuiltReport,
  validateReport
};
