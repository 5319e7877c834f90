#!/usr/bin/env node
import { createRequire as __tsCreateRequire } from 'node:module';
const require = __tsCreateRequire(import.meta.url);
import {
  isCheckName,
  runTrainspotter
} from "./chunk-J6FTUPTZ.js";
import "./chunk-EKH6DH3A.js";
import {
  CHECK_NAMES
} from "./chunk-BQVUO3CN.js";
import {
  VERSION
} from "./chunk-VZETYKEV.js";
import {
  parseCommandArgs
} from "./chunk-UJ3H4VI4.js";
import {
  EXIT
} from "./chunk-HHMXH6D6.js";
import {
  escapeControl
} from "./chunk-G2BISDRW.js";
import "./chunk-FRJY3IZZ.js";
import "./chunk-AKW4DGKN.js";
import "./chunk-RAPCEA5V.js";
import "./chunk-C7LI433E.js";
import "./chunk-JKA35KAE.js";
import {
  InputError
} from "./chunk-I44QFZY6.js";
import "./chunk-QOWQGCTV.js";
import "./chunk-6NW4LEBQ.js";
import "./chunk-AWXJJ3QC.js";
import "./chunk-ZTXSPX4O.js";
import "./chunk-EJA7YNZZ.js";
import "./chunk-KLT3S7YO.js";

// src/cli/run.ts
import { relative } from "node:path";
var USAGE = `trainspotter run [--config FILE] [--check ${CHECK_NAMES.join("|")}]... [--seed N] [--out DIR] [--no-gpu]`;
function parseSeed(value) {
  if (value === void 0) return void 0;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0)
    throw new InputError(`--seed must be a whole number \u2265 0, got '${value}'.`);
  return n;
}
function parseChecks(values) {
  if (!values || values.length === 0) return void 0;
  const names = values.flatMap((v) => v.split(",")).map((v) => v.trim());
  const checks = [];
  for (const name of names) {
    if (!isCheckName(name))
      throw new InputError(`--check ${name}: unknown check; expected one of ${CHECK_NAMES.join(", ")}.`);
    checks.push(name);
  }
  return checks;
}
async function runCommandLine(args, io) {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      config: { type: "string" },
      check: { type: "string", multiple: true },
      seed: { type: "string" },
      out: { type: "string" },
      "no-gpu": { type: "boolean" }
    },
    USAGE
  );
  if (positionals.length > 0)
    throw new InputError(`unexpected argument '${positionals[0]}'.
Usage: ${USAGE}`);
  const only = parseChecks(values.check);
  const seed = parseSeed(values.seed);
  const result = await runTrainspotter({
    cwd: io.cwd,
    ...values.config === void 0 ? {} : { config: values.config },
    ...only ? { only } : {},
    ...seed === void 0 ? {} : { seed },
    ...values.out === void 0 ? {} : { out: values.out },
    env: io.env,
    gpu: values["no-gpu"] !== true,
    version: VERSION,
    // The renderers (and the statistics the report's digest uses) load once the checks have run.
    renderMarkdown: async (report2) => (await import("./chunk-HEETPT4W.js")).renderReportMarkdown(report2),
    onLine: (line) => io.stdout(`${line}
`)
  });
  if (!result.ok) {
    const n = result.errors.length;
    io.stderr(`trainspotter run: ${n} problem${n === 1 ? "" : "s"} in ${result.configPath}:
`);
    for (const e of result.errors) io.stderr(`  - ${escapeControl(e.message)}
`);
    return EXIT.usage;
  }
  const { report, paths } = result;
  const { renderRunText } = await import("./chunk-ION4NBFO.js");
  io.stdout(
    renderRunText(report, { json: relative(io.cwd, paths.json), markdown: relative(io.cwd, paths.markdown) })
  );
  return report.status === "fail" ? EXIT.failed : report.status === "error" ? EXIT.usage : EXIT.ok;
}
export {
  runCommandLine
};
