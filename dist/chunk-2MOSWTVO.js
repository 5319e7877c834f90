#!/usr/bin/env node
import { createRequire as __tsCreateRequire } from 'node:module';
const require = __tsCreateRequire(import.meta.url);
import {
  sampleCurve
} from "./chunk-OSBNGU4J.js";
import {
  decomposeErrors
} from "./chunk-LVBYK5GF.js";
import {
  analyzeSeries,
  isLossLike,
  judgeOverfit,
  likelyCauses
} from "./chunk-IVAHBH75.js";
import {
  fmt
} from "./chunk-4CRTBN4C.js";
import {
  worseStatus
} from "./chunk-5PJNC2MI.js";
import {
  REPRODUCIBILITY_JUDGE,
  finiteOrNull,
  judgeNamed,
  verdictSpec
} from "./chunk-QOWQGCTV.js";

// src/core/judge-reproducibility.ts
var key = (s) => `${s.run ?? ""}\0${s.name}`;
function relativeDifference(a, b) {
  if (Object.is(a, b) || a === b) return 0;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return Number.POSITIVE_INFINITY;
  return Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));
}
function judgeReproducibility(first, second, tolerance = 0) {
  const tol = Number.isFinite(tolerance) && tolerance > 0 ? tolerance : 0;
  const again = new Map(second.filter(isLossLike).map((s) => [key(s), s]));
  let compared = 0;
  let largest = 0;
  let exact = true;
  let earliest = null;
  const names = [];
  for (const a of first.filter(isLossLike)) {
    const b = again.get(key(a));
    if (!b) continue;
    const at = /* @__PURE__ */ new Map();
    for (let i = 0; i < b.steps.length; i++) at.set(b.steps[i], b.values[i]);
    let used = false;
    for (let i = 0; i < a.steps.length; i++) {
      const step = a.steps[i];
      const vb = at.get(step);
      if (vb === void 0) continue;
      used = true;
      compared++;
      const va = a.values[i];
      const d = relativeDifference(va, vb);
      if (d > 0) exact = false;
      if (d > largest) largest = d;
      if (d > tol && (earliest === null || step < earliest.step)) {
        earliest = { series: a.name, step, first: va, second: vb, relative: d };
      }
    }
    if (used) names.push(a.name);
  }
  const verdict = compared === 0 ? "not_comparable" : earliest ? "diverges" : exact ? "identical" : "within_tolerance";
  const evidence = {
    points_compared: compared,
    series_compared: names.length,
    tolerance: tol,
    largest_relative_difference: finiteOrNull(largest)
  };
  const runs = `two runs with the same seed (${names.join(", ") || "no common loss"})`;
  let summary;
  if (verdict === "not_comparable") {
    summary = "The two runs logged no loss at a common step; nothing to compare.";
  } else if (earliest) {
    evidence.first_divergent_step = earliest.step;
    evidence.first_divergent_series = earliest.series;
    evidence.first_value = finiteOrNull(earliest.first);
    evidence.second_value = finiteOrNull(earliest.second);
    evidence.relative_difference_there = finiteOrNull(earliest.relative);
    summary = `Not reproducible: ${runs} diverge from step ${fmt(earliest.step)} (${earliest.series} ${fmt(earliest.first)} vs ${fmt(earliest.second)}, ${fmt(100 * earliest.relative)} % apart; largest difference ${fmt(100 * largest)} %, tolerance ${fmt(100 * tol)} %).`;
  } else if (exact) {
    summary = `Reproducible: ${runs} are identical at all ${compared} common points.`;
  } else {
    summary = `Reproducible within tolerance: ${runs} differ by at most ${fmt(100 * largest)} % (tolerance ${fmt(100 * tol)} %) over ${compared} common points.`;
  }
  return {
    series: names.join(", ") || "loss",
    judge: "reproducibility",
    verdict,
    severity: REPRODUCIBILITY_JUDGE.verdicts[verdict].severity,
    summary,
    evidence,
    causes: likelyCauses(verdict)
  };
}

// src/core/judge-check.ts
function gated(severity, action, gatable2 = false) {
  if (severity === "pass" || action === "off") return "pass";
  return action === "fail" && (severity === "fail" || gatable2) ? "fail" : "warn";
}
function gateFor(check, finding, gate) {
  const spec = judgeNamed(finding.judge).gate;
  return spec === "check" ? gate[check] : gate[spec.key];
}
function findingEntry(f) {
  return { ...f, evidence: { ...f.evidence }, causes: [...f.causes] };
}
function findingsStatus(check, findings, gate) {
  let status = "pass";
  for (const f of findings) {
    status = worseStatus(status, gated(f.severity, gateFor(check, f, gate), gatable(f)));
  }
  return status;
}
function gatable(f) {
  return verdictSpec(f.judge, f.verdict)?.gatable === true;
}
function lastValues(logs) {
  const out = /* @__PURE__ */ Object.create(null);
  for (const log of logs) {
    for (const s of log.series) {
      for (let i = s.values.length - 1; i >= 0; i--) {
        const v = s.values[i];
        if (Number.isFinite(v)) {
          out[s.run === void 0 ? s.name : `${s.name} (${s.run})`] = v;
          break;
        }
      }
    }
  }
  return out;
}
function evalMetrics(file) {
  const out = /* @__PURE__ */ Object.create(null);
  for (const [split, result] of Object.entries(file.splits)) {
    if (!result) continue;
    const accuracy = file.metric === "accuracy" ? result.value : 1 - result.value;
    out[`${split}/accuracy`] = accuracy;
    out[`${split}/error`] = 1 - accuracy;
  }
  for (const [name, value] of Object.entries(file.extra)) out[name] = value;
  return out;
}
function gapInput(file, config) {
  const splits = {};
  for (const [split, r] of Object.entries(file.splits)) {
    if (r)
      splits[split] = file.metric === "accuracy" ? { accuracy: r.value, n: r.n } : { error: r.value, n: r.n };
  }
  const irreducible = config.checks.eval?.irreducible_error ?? config.checks.eval?.baseline_error;
  return { splits, ...irreducible === void 0 ? {} : { irreducible: { error: irreducible } } };
}
function overfitSeries(series) {
  const losses = series.filter((s) => isLossLike(s) && s.split !== "val" && s.split !== "test");
  return losses.find((s) => s.metric === "loss") ?? losses[0];
}
function logProblem(j) {
  if (j.obs.failure || !j.obs.logError) return;
  j.status = worseStatus(j.status, "error");
  j.notes.push(j.obs.logError);
}
var CHECK_JUDGES = {
  smoke: {
    judgeLogs(j) {
      const { obs, series, thresholds, classes } = j;
      if (series.length > 0) {
        j.findings.push(
          ...analyzeSeries(series, {
            ...thresholds ? { thresholds } : {},
            ...classes === void 0 ? {} : { classes }
          })
        );
      }
      if (obs.repeat) {
        if (obs.repeat.failure) j.notes.push(`the repeated smoke run failed: ${obs.repeat.failure.title}`);
        const tolerance = j.config.checks.smoke?.reproducibility?.tolerance ?? 0;
        j.findings.push(
          judgeReproducibility(
            series,
            obs.repeat.logs.flatMap((l) => l.series),
            tolerance
          )
        );
      }
    },
    judgeOutputs(j) {
      logProblem(j);
      if (!j.obs.failure && !j.obs.logError && j.findings.length === 0) {
        j.status = worseStatus(j.status, "error");
        j.notes.push(
          `no loss-like series among ${j.series.map((s) => s.name).join(", ") || "no series at all"}`
        );
      }
    }
  },
  overfit: {
    judgeLogs(j) {
      const { obs, series, thresholds, classes } = j;
      if (obs.probe?.batchProblem) {
        j.status = worseStatus(j.status, "error");
        return;
      }
      if (series.length === 0) return;
      const loss = overfitSeries(series);
      if (loss) {
        const target = j.config.checks.overfit?.target;
        j.findings.push(
          judgeOverfit(loss, {
            ...thresholds ? { thresholds } : {},
            ...target === void 0 ? {} : { target },
            ...classes === void 0 ? {} : { classes }
          })
        );
      } else {
        j.status = worseStatus(j.status, "error");
        j.notes.push(`no training loss among the series read (${series.map((s) => s.name).join(", ")})`);
      }
    },
    judgeOutputs: logProblem
  },
  eval: {
    judgeLogs() {
    },
    judgeOutputs(j) {
      const { obs, config } = j;
      if (obs.evalFile) {
        j.gaps = decomposeErrors(gapInput(obs.evalFile, config), { alpha: config.thresholds.alpha });
        if (j.gaps.validationOverfitting?.flagged) {
          j.status = worseStatus(j.status, gated("fail", config.gate.validation_overfitting));
          j.notes.push("validation looks significantly better than test");
        }
      } else {
        logProblem(j);
      }
      if (!obs.failure && obs.evalError) {
        j.status = worseStatus(j.status, "error");
        j.notes.push(obs.evalError);
      }
    }
  }
};
function judgeCheck(obs, config) {
  const series = obs.logs.flatMap((l) => l.series);
  const j = {
    obs,
    config,
    series,
    thresholds: config.thresholds.curve,
    classes: config.classes ?? obs.probe?.classes,
    status: "pass",
    notes: [],
    findings: [],
    gaps: null
  };
  if (obs.failure) {
    j.status = "fail";
    j.notes.push(obs.failure.title);
  }
  const check = CHECK_JUDGES[obs.name];
  check.judgeLogs(j);
  if (obs.probe) {
    j.findings.push(...obs.probe.findings);
    j.notes.push(...obs.probe.notes);
    if (obs.probe.notes.length > 0) j.status = worseStatus(j.status, "warn");
  }
  j.status = worseStatus(j.status, findingsStatus(obs.name, j.findings, config.gate));
  check.judgeOutputs(j);
  const { findings, notes, gaps } = j;
  let status = j.status;
  const gpu = obs.gpu;
  if (gpu?.present && !gpu.used) {
    const required = config.checks[obs.name]?.require_gpu === true;
    status = worseStatus(status, required ? "fail" : gated("fail", config.gate.gpu_unused));
    notes.push(`a GPU is present but the training never used it${required ? " (require_gpu: true)" : ""}`);
  }
  const failing = findings.filter((f) => f.severity !== "pass");
  const summary = notes.length > 0 ? notes.join("; ") : failing.length > 0 ? failing.map((f) => `${f.series}: ${f.verdict}`).join(", ") : findings.length > 0 ? `${findings.length} verdict${findings.length === 1 ? "" : "s"}, all passing` : "ok";
  const capped = obs.probe?.capped;
  const curves = series.filter(isLossLike).slice(0, 12).map((s) => sampleCurve(s));
  const report = {
    name: obs.name,
    status,
    summary: capped ? `${summary}; ${capped}` : summary,
    notes,
    ...capped ? { capped } : {},
    command: obs.command,
    exitCode: obs.exitCode,
    durationMs: obs.durationMs,
    metrics: obs.logs.map((l) => ({ path: l.path, format: l.format })),
    findings: findings.map(findingEntry),
    failure: obs.failure ?? null,
    gpu: obs.gpu,
    curves
  };
  const finalMetrics = { ...lastValues(obs.logs), ...obs.evalFile ? evalMetrics(obs.evalFile) : {} };
  return { report, finalMetrics, gaps };
}

export {
  gateFor,
  findingEntry,
  findingsStatus,
  evalMetrics,
  overfitSeries,
  CHECK_JUDGES,
  judgeCheck
};
