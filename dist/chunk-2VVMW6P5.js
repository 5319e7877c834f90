#!/usr/bin/env node
import { createRequire as __tsCreateRequire } from 'node:module';
const require = __tsCreateRequire(import.meta.url);
import {
  parseCommandArgs,
  positiveInt
} from "./chunk-UJ3H4VI4.js";
import {
  EXIT
} from "./chunk-HHMXH6D6.js";
import {
  renderAnalyzeText
} from "./chunk-BLFIYWTN.js";
import "./chunk-CA5X57XI.js";
import "./chunk-G2BISDRW.js";
import {
  readLogStream,
  readLogs
} from "./chunk-RYQD4E5P.js";
import "./chunk-AKW4DGKN.js";
import "./chunk-RAPCEA5V.js";
import "./chunk-C7LI433E.js";
import {
  analyzeSeries,
  worstSeverity
} from "./chunk-IVAHBH75.js";
import "./chunk-2UQ3NV2F.js";
import "./chunk-4CRTBN4C.js";
import "./chunk-M6VOV3UD.js";
import "./chunk-5PJNC2MI.js";
import "./chunk-JKA35KAE.js";
import {
  InputError
} from "./chunk-I44QFZY6.js";
import "./chunk-QOWQGCTV.js";
import "./chunk-EC6D2AOC.js";
import "./chunk-EJA7YNZZ.js";
import "./chunk-KLT3S7YO.js";

// src/cli/analyze.ts
import { resolve } from "node:path";
var USAGE = "trainspotter analyze FILE|FOLDER|-... [--json] [--overfit] [--classes N] [--format ID]";
var STDIN = "-";
async function readStdin(io, opts) {
  if (io.stdin === void 0) throw new InputError("analyze -: there is no standard input to read here.");
  return readLogStream("stdin", io.stdin, { ...opts, fallback: "printed-text" });
}
async function analyzeCommand(args, io) {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      json: { type: "boolean" },
      overfit: { type: "boolean" },
      classes: { type: "string" },
      format: { type: "string" }
    },
    USAGE
  );
  if (positionals.length === 0) {
    io.stderr(`trainspotter analyze: give at least one log file or folder.
Usage: ${USAGE}
`);
    return EXIT.usage;
  }
  const classes = positiveInt("classes", values.classes);
  const logs = [];
  if (positionals.filter((p) => p === STDIN).length > 1) {
    io.stderr(`trainspotter analyze: standard input (-) can be read once.
Usage: ${USAGE}
`);
    return EXIT.usage;
  }
  for (const path of positionals) {
    const format = values.format ? { format: values.format } : {};
    const loaded = path === STDIN ? [await readStdin(io, format)] : await readLogs(resolve(io.cwd, path), format);
    for (const log of loaded) {
      const findings = analyzeSeries(log.series, {
        ...values.overfit ? { overfit: true } : {},
        ...classes === void 0 ? {} : { classes }
      });
      logs.push({ path: log.path, format: log.format, series: log.series, findings, warnings: log.warnings });
    }
  }
  const failed = logs.some((l) => worstSeverity(l.findings) === "fail");
  if (values.json) {
    const files = logs.map((l) => ({
      path: l.path,
      format: l.format,
      warnings: l.warnings,
      series: l.findings.map((f) => ({
        name: f.series,
        split: f.split ?? null,
        judge: f.judge,
        verdict: f.verdict,
        severity: f.severity,
        summary: f.summary,
        evidence: f.evidence,
        causes: f.causes
      }))
    }));
    io.stdout(`${JSON.stringify({ files }, null, 2)}
`);
  } else {
    io.stdout(renderAnalyzeText(logs));
  }
  return failed ? EXIT.failed : EXIT.ok;
}
export {
  analyzeCommand
};
