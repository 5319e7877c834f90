#!/usr/bin/env node
import { createRequire as __tsCreateRequire } from 'node:module';
const require = __tsCreateRequire(import.meta.url);
import {
  endGroup,
  error,
  getInput,
  info,
  setFailed,
  setOutput,
  setSecret,
  startGroup,
  summary,
  warning
} from "./chunk-OVVUEQKR.js";
import {
  isCheckName,
  loadOnce,
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
  escapeMarkdown
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

// src/action/run-action.ts
import { readFile } from "node:fs/promises";
import { relative, resolve } from "node:path";

// src/action/annotations.ts
function checkLine(configText, name) {
  const lines = configText.split(/\r?\n/);
  const checks = lines.findIndex((l) => /^checks\s*:/.test(l));
  if (checks < 0) return void 0;
  const pattern = new RegExp(`^\\s+${name}\\s*:`);
  for (let i = checks + 1; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (/^\S/.test(line) && !line.startsWith("#")) return void 0;
    if (pattern.test(line)) return i + 1;
  }
  return void 0;
}
function reportAnnotations(report, file, lineOf = () => void 0) {
  const out = [];
  for (const check of report.checks) {
    if (check.status !== "fail" && check.status !== "error" && check.status !== "warn") continue;
    const bad = check.findings.filter((f) => f.severity !== "pass");
    const what = check.failure?.title ?? bad.map((f) => `${f.series} ${f.verdict}`).join(", ");
    const message = [
      check.summary,
      ...check.failure ? [check.failure.title, ...check.failure.advice] : [],
      ...bad.map((f) => `${f.series}: ${f.verdict} \u2014 ${f.summary}`)
    ].join("\n");
    const line = file === void 0 ? void 0 : lineOf(check.name);
    out.push({
      level: check.status === "warn" ? "warning" : "error",
      title: `trainspotter ${check.name}: ${check.status}${what ? ` (${what})` : ""}`,
      message,
      ...file === void 0 ? {} : { file },
      ...line === void 0 ? {} : { startLine: line }
    });
  }
  return out;
}
function configAnnotations(errors, file) {
  return errors.map((e) => ({
    level: "error",
    title: `trainspotter: invalid ${file}`,
    message: e.message,
    file,
    ...e.line === void 0 ? {} : { startLine: e.line },
    ...e.column === void 0 ? {} : { startColumn: e.column }
  }));
}

// src/action/command-env.ts
var WITHHELD = /* @__PURE__ */ new Set([
  "ACTIONS_RUNTIME_TOKEN",
  "ACTIONS_RUNTIME_URL",
  "ACTIONS_RESULTS_URL",
  "ACTIONS_CACHE_URL",
  "ACTIONS_ID_TOKEN_REQUEST_TOKEN",
  "ACTIONS_ID_TOKEN_REQUEST_URL",
  "GITHUB_TOKEN"
]);
function commandEnv(env) {
  const out = {};
  for (const [key, value] of Object.entries(env)) {
    if (value === void 0 || key.startsWith("INPUT_") || WITHHELD.has(key)) continue;
    out[key] = value;
  }
  return out;
}

// src/action/fork-gate.ts
var PR_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_target", "pull_request_review"]);
function decideForkGate(input) {
  if (!input.eventName || !PR_EVENTS.has(input.eventName)) return { run: true, why: "not a pull request" };
  const pr = input.payload?.pull_request;
  if (!pr) return { run: true, why: "no pull request in the event payload" };
  const base = pr.base?.repo?.full_name;
  const head = pr.head?.repo?.full_name ?? "(deleted fork)";
  if (base !== void 0 && head === base) return { run: true, why: "same-repository pull request" };
  if (input.runnerEnvironment === "github-hosted") return { run: true, why: "GitHub-hosted runner" };
  if (input.allowUnapprovedForks) return { run: true, why: "allow-unapproved-forks is true" };
  const labelled = (pr.labels ?? []).some((l) => l.name === input.approvalLabel);
  const stale = input.payload.action === "synchronize";
  if (labelled && !stale) return { run: true, why: `approved with the label ${input.approvalLabel}` };
  return {
    run: false,
    pr: pr.number,
    headRepo: head,
    headSha: pr.head?.sha,
    label: input.approvalLabel,
    stale: labelled
  };
}

// src/action/inputs.ts
var COMMENT_MODES = ["auto", "always", "never"];
function bool(name, raw, fallback, problems) {
  if (raw === "") return fallback;
  if (/^(true|yes|1)$/i.test(raw)) return true;
  if (/^(false|no|0)$/i.test(raw)) return false;
  problems.push(`input ${name}: '${raw}' is not a boolean; use true or false.`);
  return fallback;
}
function parseInputs(get) {
  const problems = [];
  const config = get("config");
  const reports = get("reports");
  const checksRaw = get("checks");
  const checks = [];
  for (const c of checksRaw.split(/[\s,]+/).filter((c2) => c2 !== "")) {
    if (isCheckName(c)) checks.push(c);
    else problems.push(`input checks: unknown check '${c}'; expected some of ${CHECK_NAMES.join(", ")}.`);
  }
  const seedRaw = get("seed");
  const seed = seedRaw === "" ? void 0 : Number(seedRaw);
  if (seed !== void 0 && (!Number.isSafeInteger(seed) || seed < 0))
    problems.push(`input seed: '${seedRaw}' is not a whole number \u2265 0.`);
  const commentRaw = get("comment") || "auto";
  if (!COMMENT_MODES.includes(commentRaw))
    problems.push(`input comment: '${commentRaw}' is not one of ${COMMENT_MODES.join(", ")}.`);
  const inputs = {
    ...config ? { config } : {},
    ...checks.length > 0 ? { checks } : {},
    ...seed === void 0 ? {} : { seed },
    workingDirectory: get("working-directory") || ".",
    githubToken: get("github-token"),
    comment: commentRaw,
    artifactName: get("artifact-name"),
    allowUnapprovedForks: bool("allow-unapproved-forks", get("allow-unapproved-forks"), false, problems),
    approvalLabel: get("approval-label") || "trainspotter:ok-to-test",
    gpuTelemetry: bool("gpu-telemetry", get("gpu-telemetry"), true, problems),
    ...reports ? { reports } : {}
  };
  if (problems.length > 0) throw new InputError(problems.join("\n"));
  return inputs;
}

// src/action/outputs.ts
function reportOutputs(report, paths) {
  const failed = report.checks.filter((c) => c.status === "fail" || c.status === "error");
  const warned = report.checks.filter((c) => c.status === "warn");
  const kinds = report.checks.flatMap((c) => c.failure ? [c.failure.kind] : []);
  const regressed = report.comparison?.results.filter((r) => r.outcome === "regressed").map((r) => r.metric);
  return {
    status: report.status,
    "report-json": paths.json,
    "report-md": paths.markdown,
    "failed-checks": String(failed.length),
    "warned-checks": String(warned.length),
    "failed-check-names": failed.map((c) => c.name).join(","),
    "failure-kinds": [...new Set(kinds)].join(","),
    "regressed-metrics": (regressed ?? []).join(",")
  };
}

// src/action/random-token.ts
import { closeSync, openSync, readSync } from "node:fs";
function randomToken() {
  const bytes = Buffer.alloc(16);
  let fd;
  try {
    fd = openSync("/dev/urandom", "r");
    if (readSync(fd, bytes, 0, bytes.length, null) === bytes.length) return bytes.toString("hex");
  } catch {
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
  return process.getBuiltinModule("node:crypto").randomBytes(16).toString("hex");
}

// src/action/refusal-md.ts
function code(text) {
  return `\`${text.replace(/[`\r\n]/g, "")}\``;
}
function renderRefusalMarkdown(gate) {
  const pr = gate.pr === void 0 ? "this pull request" : `pull request #${gate.pr}`;
  const sha = gate.headSha ? ` (head commit ${code(gate.headSha.slice(0, 40))})` : "";
  return [
    "## trainspotter: \u{1F512} not run",
    "",
    `${pr} comes from the fork **${escapeMarkdown(gate.headRepo)}**${sha} and this job runs on a self-hosted runner, so trainspotter did not run its commands: they are the fork's code, and nobody has approved them yet.`,
    "",
    ...gate.stale ? [
      `The label ${code(gate.label)} is on the pull request, but this run is for a new push: an approval holds for the commit it was given for.`,
      ""
    ] : [],
    `**To approve**, a maintainer reviews the change at this head commit, then ${gate.stale ? "removes and re-adds" : "adds"} the label ${code(gate.label)}. Adding the label starts a new run when the workflow lists \`labeled\` in its \`on.pull_request.types\` (or \`pull_request_target\`); re-running this job does not see the label, because a re-run replays the event it started from. Each push needs a new approval: the trainspotter app removes the label when the head commit changes.`,
    "",
    'To run fork pull requests without approval (only on ephemeral runners that hold no secrets), set `allow-unapproved-forks: true`. See docs/action.md, "Fork safety".',
    ""
  ].join("\n");
}

// src/action/run-action.ts
function annotate(a) {
  const props = {
    title: a.title,
    ...a.file === void 0 ? {} : { file: a.file },
    ...a.startLine === void 0 ? {} : { startLine: a.startLine },
    ...a.startColumn === void 0 ? {} : { startColumn: a.startColumn }
  };
  if (a.level === "error") error(a.message, props);
  else warning(a.message, props);
}
async function readEvent(env) {
  if (!env.GITHUB_EVENT_PATH) return void 0;
  try {
    return JSON.parse(await readFile(env.GITHUB_EVENT_PATH, "utf8"));
  } catch (error2) {
    throw new InputError(
      `GITHUB_EVENT_PATH ${env.GITHUB_EVENT_PATH}: cannot read the event payload (${error2 instanceof Error ? error2.message : String(error2)}).`
    );
  }
}
async function summarize(env, markdown) {
  if (env.GITHUB_STEP_SUMMARY) await summary.addRaw(markdown).write();
  else info(markdown);
}
function commandsOff() {
  const token = `trainspotter-${randomToken()}`;
  return { off: `::stop-commands::${token}`, on: `::${token}::` };
}
async function runAction(env, write) {
  const inputs = parseInputs((name) => getInput(name));
  if (inputs.githubToken) setSecret(inputs.githubToken);
  const workspace = resolve(env.GITHUB_WORKSPACE ?? process.cwd());
  const cwd = resolve(workspace, inputs.workingDirectory);
  const eventName = env.GITHUB_EVENT_NAME;
  const payload = await readEvent(env);
  if (inputs.reports) {
    const { commentOnReports } = await import("./chunk-NYUETPX6.js");
    await commentOnReports(
      { ...inputs, reports: inputs.reports },
      env,
      workspace,
      payload,
      (md) => summarize(env, md)
    );
    return;
  }
  const gate = decideForkGate({
    eventName,
    payload,
    runnerEnvironment: env.RUNNER_ENVIRONMENT,
    allowUnapprovedForks: inputs.allowUnapprovedForks,
    approvalLabel: inputs.approvalLabel
  });
  if (!gate.run) {
    await summarize(env, renderRefusalMarkdown(gate));
    setOutput("status", "refused");
    const why = gate.stale ? `the label '${gate.label}' approved an earlier commit` : `without the label '${gate.label}'`;
    setFailed(
      `trainspotter did not run: pull request from the fork ${gate.headRepo} on a self-hosted runner, ${why}. A maintainer approves the head commit by adding that label; see the job summary.`
    );
    return;
  }
  info(`trainspotter ${VERSION}: running (${gate.why}).`);
  const loadPublishing = loadOnce(
    () => Promise.all([
      import("./chunk-HEETPT4W.js"),
      import("./chunk-NLOU6GDK.js"),
      import("./chunk-VHIVWF33.js")
    ])
  );
  const markers = commandsOff();
  const result = await runTrainspotter({
    cwd,
    ...inputs.config ? { config: inputs.config } : {},
    ...inputs.checks ? { only: inputs.checks } : {},
    ...inputs.seed === void 0 ? {} : { seed: inputs.seed },
    env: commandEnv(env),
    gpu: inputs.gpuTelemetry,
    version: VERSION,
    renderMarkdown: async (report2) => (await loadPublishing())[0].renderReportMarkdown(report2),
    onCommandStarted: loadPublishing,
    onLine: (line) => write(`${line}
`),
    onCheckStart: (name) => {
      startGroup(`trainspotter ${name}`);
      write(`${markers.off}
`);
    },
    onCheckEnd: () => {
      write(`${markers.on}
`);
      endGroup();
    }
  });
  if (!result.ok) {
    const file = relative(workspace, result.configPath);
    for (const a of configAnnotations(result.errors, file)) annotate(a);
    await summarize(
      env,
      [
        "## trainspotter: \u{1F4A5} invalid config",
        "",
        `${result.errors.length} problem(s) in \`${file}\`; nothing was run:`,
        "",
        ...result.errors.map((e) => `- ${escapeMarkdown(e.message, 1e3)}`),
        ""
      ].join("\n")
    );
    setOutput("status", "error");
    setFailed(`trainspotter: ${file} is not a valid config (${result.errors.length} problem(s)).`);
    return;
  }
  const { report, paths, markdown } = result;
  const configText = await readFile(result.configPath, "utf8");
  const configFile = relative(workspace, result.configPath);
  for (const a of reportAnnotations(report, configFile, (name) => checkLine(configText, name))) annotate(a);
  for (const [name, value] of Object.entries(reportOutputs(report, paths))) setOutput(name, value);
  const [, { uploadReport }, { postComment }] = await loadPublishing();
  const notes = (await Promise.all([
    uploadReport(inputs, report.run.seed, paths, env),
    postComment(inputs, env, eventName, payload, report.status, markdown)
  ])).flat();
  await summarize(env, `${markdown}${notes.map((n) => `
> ${n}
`).join("")}`);
  if (report.status === "fail" || report.status === "error") {
    const bad = report.checks.filter((c) => c.status === "fail" || c.status === "error").map((c) => c.name);
    setFailed(
      `trainspotter: ${report.status} (${bad.join(", ") || "known-result comparison"}); see the job summary.`
    );
  } else if (report.status === "warn") {
    warning("trainspotter: warnings only; the job passes. See the job summary.", {
      title: "trainspotter: warn"
    });
  }
}

// src/action/main.ts
async function run(env = process.env) {
  try {
    await runAction(env, (text) => process.stdout.write(text));
  } catch (error2) {
    const message = error2 instanceof InputError ? error2.message : `internal error (a bug in trainspotter, please report it): ${error2 instanceof Error ? error2.stack ?? error2.message : String(error2)}`;
    setOutput("status", "error");
    if (env.GITHUB_STEP_SUMMARY) {
      await summary.addRaw("## trainspotter: \u{1F4A5} error\n\n").addCodeBlock(message).addRaw("\n").write().catch(() => void 0);
    }
    setFailed(`trainspotter: ${message}`);
  }
}
export {
  run
};
