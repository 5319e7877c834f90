#!/usr/bin/env node
import { createRequire as __tsCreateRequire } from 'node:module';
const require = __tsCreateRequire(import.meta.url);
import {
  decisiveNumbers,
  sparkline
} from "./chunk-CA5X57XI.js";
import {
  escapeControl,
  fmtNum
} from "./chunk-G2BISDRW.js";

// src/render/terminal.ts
var MARK = { pass: "\u2713", warn: "!", fail: "\u2717" };
function pad(text, width) {
  return text.length >= width ? text : text + " ".repeat(width - text.length);
}
var clean = escapeControl;
function renderAnalyzeText(logs) {
  const out = [];
  for (const log of logs) {
    out.push(`${clean(log.path)}  (${clean(log.format)})`);
    for (const w of log.warnings) out.push(`  warning: ${clean(w)}`);
    if (log.findings.length === 0) {
      const names = log.series.map((s) => s.name).join(", ");
      out.push(`  no loss-like series to judge${names ? ` (series: ${clean(names)})` : ""}`);
    }
    const width = Math.min(40, Math.max(8, ...log.findings.map((f) => f.series.length)));
    for (const f of log.findings) {
      const s = log.series.find((x) => x.name === f.series || `${x.run}: ${x.name}` === f.series);
      const trend = typeof f.evidence.trend_at_end === "string" ? ` (${f.evidence.trend_at_end.replace("_", " ")})` : "";
      out.push(
        `  ${MARK[f.severity] ?? " "} ${pad(clean(f.series), width)}  ${pad(f.verdict + trend, 28)}  ${pad(decisiveNumbers(f.evidence), 44)}  ${s ? sparkline(s.values) : ""}`
      );
      if (f.severity !== "pass") {
        out.push(`      ${clean(f.summary)}`);
        for (const c of f.causes) out.push(`      - ${clean(c)}`);
      }
    }
    out.push("");
  }
  return out.join("\n");
}
function renderRunText(report, paths) {
  const out = [""];
  for (const c of report.checks) {
    out.push(`${pad(c.name, 8)} ${pad(c.status, 7)} ${clean(c.summary)}`);
    for (const f of c.findings.filter((x) => x.severity !== "pass")) {
      out.push(`         ${clean(f.series)}: ${f.verdict} \u2014 ${clean(f.summary)}`);
      for (const cause of f.causes) out.push(`           - ${clean(cause)}`);
    }
    if (c.failure) {
      for (const line of c.failure.lines.slice(-4)) out.push(`         | ${clean(line)}`);
      for (const a of c.failure.advice) out.push(`           - ${clean(a)}`);
    }
  }
  for (const r of report.comparison?.results ?? [])
    out.push(`${pad("known", 8)} ${pad(r.outcome, 7)} ${clean(r.metric)}: ${clean(r.message)}`);
  for (const m of report.comparison?.missing ?? [])
    out.push(`${pad("known", 8)} ${pad("missing", 7)} ${clean(m)}: not produced by this run`);
  out.push(
    "",
    `status: ${report.status}   (${fmtNum(report.run.durationMs / 1e3)} s)   report: ${paths.markdown}, ${paths.json}`,
    ""
  );
  return out.join("\n");
}
function renderComparisonText(comparison) {
  const out = [`reference: ${clean(comparison.source ?? "known result")}`];
  for (const r of comparison.results)
    out.push(`  ${pad(r.outcome, 13)} ${pad(clean(r.metric), 20)} ${clean(r.message)}`);
  for (const m of comparison.missing)
    out.push(`  ${pad("missing", 13)} ${pad(clean(m), 20)} not in both sides' reports`);
  for (const g of comparison.trainValGaps ?? [])
    out.push(`  ${pad(g.grew ? "gap grew" : "gap", 13)} ${clean(g.message)}`);
  out.push(`status: ${comparison.status}`, "");
  return out.join("\n");
}

export {
  renderAnalyzeText,
  renderRunText,
  renderComparisonText
};
