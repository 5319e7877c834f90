#!/usr/bin/env node
import { createRequire as __tsCreateRequire } from 'node:module';
const require = __tsCreateRequire(import.meta.url);
import {
  compareFinalMetrics,
  finalTrainValGaps
} from "./chunk-ID3GK6ZB.js";
import {
  validateReport
} from "./chunk-3HTVLBLC.js";
import {
  findConfig,
  parseConfig
} from "./chunk-EKH6DH3A.js";
import "./chunk-BQVUO3CN.js";
import {
  parseCommandArgs
} from "./chunk-UJ3H4VI4.js";
import {
  EXIT
} from "./chunk-HHMXH6D6.js";
import {
  renderComparisonText
} from "./chunk-BLFIYWTN.js";
import "./chunk-CA5X57XI.js";
import "./chunk-G2BISDRW.js";
import "./chunk-C7LI433E.js";
import "./chunk-LVBYK5GF.js";
import "./chunk-MCGYQ4LT.js";
import "./chunk-4CRTBN4C.js";
import "./chunk-M6VOV3UD.js";
import "./chunk-5PJNC2MI.js";
import "./chunk-JKA35KAE.js";
import {
  InputError
} from "./chunk-I44QFZY6.js";
import "./chunk-QOWQGCTV.js";
import "./chunk-V5FW74KN.js";
import "./chunk-6NW4LEBQ.js";
import "./chunk-AWXJJ3QC.js";
import "./chunk-ZTXSPX4O.js";
import {
  parseLenientJson
} from "./chunk-EC6D2AOC.js";
import "./chunk-EJA7YNZZ.js";
import "./chunk-KLT3S7YO.js";

// src/cli/compare.ts
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
var USAGE = "trainspotter compare PR_REPORT... --reference BASE_REPORT...|FILE [--config FILE] [--json]";
async function readText(path) {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    throw new InputError(
      `${path}: cannot be read (${error.message}). Give the path of a report.json.`
    );
  }
}
async function loadConfig(path) {
  const parsed = parseConfig(await readText(path), path);
  if (!parsed.ok) throw new InputError(parsed.errors.map((e) => e.message).join("\n"));
  return parsed.config;
}
function defaultConfig() {
  const parsed = parseConfig('checks:\n  smoke:\n    run: "true"\n', "defaults");
  if (!parsed.ok) throw new InputError("internal: default config invalid");
  return parsed.config;
}
async function seedsOf(paths, cwd) {
  const out = [];
  const labels = [];
  const gaps = [];
  for (const p of paths) {
    const path = resolve(cwd, p);
    const json = parseLenientJson(await readText(path));
    if (!json.ok) {
      throw new InputError(
        `${path} line ${json.line}, column ${json.column}: ${json.problem}; expected a report.json.`
      );
    }
    const report = validateReport(json.value, path);
    out.push(report.finalMetrics);
    labels.push(String(report.run.seed));
    gaps.push(finalTrainValGaps(report));
  }
  return { metrics: out, labels, gaps };
}
async function compareCommand(args, io) {
  const at = args.indexOf("--reference");
  let end = at + 1;
  while (at >= 0 && end < args.length && !args[end].startsWith("--")) end++;
  const references = at >= 0 ? args.slice(at + 1, end) : [];
  const rest = at >= 0 ? [...args.slice(0, at), ...args.slice(end)] : args;
  const { values, positionals } = parseCommandArgs(
    rest,
    { config: { type: "string" }, json: { type: "boolean" } },
    USAGE
  );
  if (positionals.length === 0 || references.length === 0) {
    io.stderr(`trainspotter compare: give PR reports and --reference.
Usage: ${USAGE}
`);
    return EXIT.usage;
  }
  const pr = await seedsOf(positionals, io.cwd);
  const refs = references.map((r) => resolve(io.cwd, r));
  const first = refs[0];
  const isReport = refs.length > 1 || first.endsWith(".json");
  let config;
  let base;
  if (isReport) {
    base = await seedsOf(refs, io.cwd);
    const found = values.config ? await findConfig(io.cwd, values.config) : await findConfig(io.cwd).catch(() => void 0);
    config = found ? await loadConfig(found.path) : defaultConfig();
  } else {
    config = await loadConfig(first);
    if (!config.reference) {
      throw new InputError(
        `${first} has no \`reference\` section; give saved base reports or a trainspotter.yml with one.`
      );
    }
  }
  const comparison = compareFinalMetrics(pr.metrics, config, base?.metrics, {
    prLabels: pr.labels,
    ...base ? { trainValGaps: { pr: pr.gaps, base: base.gaps } } : {}
  });
  if (!comparison || comparison.results.length === 0 && comparison.missing.length === 0) {
    throw new InputError("no metric to compare: the reports share no final metric with a known direction.");
  }
  io.stdout(values.json ? `${JSON.stringify(comparison, null, 2)}
` : renderComparisonText(comparison));
  return comparison.status === "fail" ? EXIT.failed : EXIT.ok;
}
export {
  compareCommand
};
