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
} from "./chunk-HKGAHGCG.js";
import "./chunk-7J5NOXEH.js";
import "./chunk-XHO5CTA7.js";
import "./chunk-MCGYQ4LT.js";
import "./chunk-RCYU2JGK.js";
import "./chunk-BPOGB3BL.js";
import "./chunk-2TQQFGWZ.js";
import "./chunk-Z6SYUOIH.js";
import "./chunk-I44QFZY6.js";
import "./chunk-BLNY7VIH.js";
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
