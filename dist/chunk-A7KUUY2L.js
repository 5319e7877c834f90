#!/usr/bin/env node
import { createRequire as __tsCreateRequire } from 'node:module';
const require = __tsCreateRequire(import.meta.url);
import {
  renderSummary
} from "./chunk-PS7LUI5B.js";

// src/render/report-md.ts
function renderReportMarkdown(report) {
  return renderSummary(
    { reports: [report], headSha: report.run.git?.sha ?? "", comparison: report.comparison },
    { markers: false, limit: Number.MAX_SAFE_INTEGER }
  );
}

export {
  renderReportMarkdown
};
