#!/usr/bin/env node
import { createRequire as __tsCreateRequire } from 'node:module';
const require = __tsCreateRequire(import.meta.url);
import {
  postComment
} from "./chunk-EOGGKNOX.js";
import "./chunk-D7HK3ULT.js";
import "./chunk-7CONQ3E2.js";
import "./chunk-XWI5CQMH.js";
import {
  info,
  setOutput
} from "./chunk-OVVUEQKR.js";
import {
  renderReportMarkdown
} from "./chunk-A7KUUY2L.js";
import "./chunk-PS7LUI5B.js";
import {
  validateReport
} from "./chunk-3HTVLBLC.js";
import "./chunk-BQVUO3CN.js";
import {
  STATUS_LABEL
} from "./chunk-CA5X57XI.js";
import "./chunk-G2BISDRW.js";
import "./chunk-LVBYK5GF.js";
import "./chunk-MCGYQ4LT.js";
import "./chunk-2UQ3NV2F.js";
import "./chunk-M6VOV3UD.js";
import {
  worstStatus
} from "./chunk-5PJNC2MI.js";
import "./chunk-JKA35KAE.js";
import {
  InputError
} from "./chunk-I44QFZY6.js";
import "./chunk-QOWQGCTV.js";
import "./chunk-V5FW74KN.js";
import "./chunk-6NW4LEBQ.js";
import "./chunk-AWXJJ3QC.js";
import "./chunk-ZTXSPX4O.js";
import "./chunk-EC6D2AOC.js";
import "./chunk-EJA7YNZZ.js";
import "./chunk-KLT3S7YO.js";

// src/action/comment-reports.ts
import { resolve } from "node:path";

// src/action/read-reports.ts
import { lstat, readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
var REPORT_LIMITS = { maxBytes: 4 * 1024 * 1024, maxFiles: 32, maxDepth: 4 };
async function findReportFiles(dir, depth, out) {
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort(
    (a, b) => a.name.localeCompare(b.name)
  )) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && depth < REPORT_LIMITS.maxDepth) await findReportFiles(path, depth + 1, out);
    else if (entry.isFile() && entry.name === "report.json") out.push(path);
    if (out.length > REPORT_LIMITS.maxFiles)
      throw new InputError(
        `input reports: more than ${REPORT_LIMITS.maxFiles} report.json files under ${dir}; download only this run's trainspotter-report-* artifacts.`
      );
  }
}
async function readReports(path) {
  const stat = await lstat(path).catch(() => void 0);
  if (!stat) throw new InputError(`input reports: no such file or folder '${path}'.`);
  const files = [];
  if (stat.isDirectory()) await findReportFiles(path, 0, files);
  else if (stat.isFile()) files.push(path);
  if (files.length === 0)
    throw new InputError(
      `input reports: no report.json under '${path}'. Download the trainspotter-report-* artifacts there.`
    );
  const problems = [];
  const reports = [];
  for (const file of files) {
    const name = stat.isDirectory() ? relative(path, file) : file;
    const size = (await lstat(file)).size;
    if (size > REPORT_LIMITS.maxBytes) {
      problems.push(`${name}: ${size} bytes, more than the ${REPORT_LIMITS.maxBytes} a report may have.`);
      continue;
    }
    let raw;
    try {
      raw = JSON.parse(await readFile(file, "utf8"));
    } catch (error) {
      problems.push(`${name}: not JSON (${error instanceof Error ? error.message : String(error)}).`);
      continue;
    }
    try {
      reports.push({ file: name, report: validateReport(raw, name) });
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error));
    }
  }
  if (problems.length > 0) throw new InputError(`input reports: ${problems.join("\n")}`);
  return reports;
}

// src/action/reports-md.ts
function worstReportStatus(reports) {
  return worstStatus(
    reports.map((r) => r.status),
    "pass"
  );
}
function renderReportsMarkdown(reports) {
  if (reports.length === 1 && reports[0]) return renderReportMarkdown(reports[0]);
  const worst = worstReportStatus(reports);
  const sorted = [...reports].sort((a, b) => a.run.seed - b.run.seed);
  const seeds = sorted.map((r) => `${r.run.seed}: ${STATUS_LABEL[r.status] ?? r.status}`).join(", ");
  const parts = sorted.map(
    (r) => renderReportMarkdown(r).replace(/^## trainspotter: (.*)$/m, `### Seed ${r.run.seed}: $1`)
  );
  return `## trainspotter: ${STATUS_LABEL[worst] ?? worst} (${reports.length} seeds)

Seeds ${seeds}.

${parts.join("\n")}`;
}

// src/action/comment-reports.ts
async function commentOnReports(inputs, env, workspace, payload, summarize) {
  const found = await readReports(resolve(workspace, inputs.reports));
  info(`trainspotter: report mode, ${found.length} report(s): ${found.map((f) => f.file).join(", ")}`);
  const reports = found.map((f) => f.report);
  const status = worstReportStatus(reports);
  const markdown = renderReportsMarkdown(reports);
  setOutput("status", status);
  const notes = await postComment(inputs, env, env.GITHUB_EVENT_NAME, payload, status, markdown);
  await summarize(`${markdown}${notes.map((n) => `
> ${n}
`).join("")}`);
}
export {
  commentOnReports
};
