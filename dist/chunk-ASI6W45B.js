#!/usr/bin/env node
import { createRequire as __tsCreateRequire } from 'node:module';
const require = __tsCreateRequire(import.meta.url);
import {
  runTrainspotter
} from "./chunk-LON7LFZP.js";
import "./chunk-S2L45LUM.js";
import {
  renderReportMarkdown
} from "./chunk-KWS6OR7K.js";
import "./chunk-FEG6DP5D.js";
import {
  VERSION
} from "./chunk-VZETYKEV.js";
import "./chunk-J2N6XAV7.js";
import "./chunk-RAPCEA5V.js";
import "./chunk-3KJ5RSR6.js";
import "./chunk-MCGYQ4LT.js";
import "./chunk-53VC5JTZ.js";
import "./chunk-X5KXXCJR.js";
import "./chunk-ILWOCPPV.js";
import {
  renderRunText
} from "./chunk-67ZXEKPL.js";
import {
  parseCommandArgs
} from "./chunk-UJ3H4VI4.js";
import {
  EXIT
} from "./chunk-HHMXH6D6.js";
import "./chunk-NETVZWOL.js";
import "./chunk-CV53OCDI.js";
import {
  escapeControl
} from "./chunk-G2BISDRW.js";
import "./chunk-W6C26XEI.js";
import {
  CHECK_NAMES
} from "./chunk-MWQILFPR.js";
import "./chunk-5XSIUHWO.js";
import "./chunk-UXYWLNNH.js";
import "./chunk-IWWKMT5L.js";
import "./chunk-SVLNU5MS.js";
import {
  InputError
} from "./chunk-I44QFZY6.js";
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
  for (const name of names) {
    if (!CHECK_NAMES.includes(name)) {
      throw new InputError(`--check ${name}: unknown check; expected one of ${CHECK_NAMES.join(", ")}.`);
    }
  }
  return names;
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
    renderMarkdown: renderReportMarkdown,
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
  io.stdout(
    renderRunText(report, { json: relative(io.cwd, paths.json), markdown: relative(io.cwd, paths.markdown) })
  );
  return report.status === "fail" ? EXIT.failed : report.status === "error" ? EXIT.usage : EXIT.ok;
}
export {
  runCommandLine
};
