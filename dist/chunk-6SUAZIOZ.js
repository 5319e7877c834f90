#!/usr/bin/env node
import { createRequire as __tsCreateRequire } from 'node:module';
const require = __tsCreateRequire(import.meta.url);
import {
  sampleCurve
} from "./chunk-GOXFUYSB.js";
import {
  EVAL_SPLITS
} from "./chunk-3KJ5RSR6.js";
import {
  checkProportion
} from "./chunk-MCGYQ4LT.js";
import {
  analyzeSeries,
  isLossLike,
  judgeOverfit,
  likelyCauses
} from "./chunk-53VC5JTZ.js";
import {
  fmt
} from "./chunk-UXYWLNNH.js";
import {
  worseStatus
} from "./chunk-IWWKMT5L.js";
import {
  zCdf,
  zQuantile
} from "./chunk-SVLNU5MS.js";
import {
  InputError
} from "./chunk-I44QFZY6.js";

// src/core/stats/wilson-interval.ts
function wilsonInterval(p, n, confidence = 0.95) {
  checkProportion(p, n, "wilsonInterval");
  const z = zQuantile(1 - (1 - confidence) / 2);
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = z / denom * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
  return {
    lower: p === 0 ? 0 : Math.max(0, centre - half),
    upper: p === 1 ? 1 : Math.min(1, centre + half)
  };
}

// src/core/stats/newcombe-interval.ts
function newcombeInterval(a, b, confidence = 0.95) {
  const wa = wilsonInterval(a.p, a.n, confidence);
  const wb = wilsonInterval(b.p, b.n, confidence);
  const difference = a.p - b.p;
  return {
    difference,
    lower: difference - Math.sqrt((a.p - wa.lower) ** 2 + (wb.upper - b.p) ** 2),
    upper: difference + Math.sqrt((wa.upper - a.p) ** 2 + (b.p - wb.lower) ** 2)
  };
}

// src/core/stats/two-proportion-z-test.ts
function twoProportionZTest(a, b, alternative = "two-sided") {
  checkProportion(a.p, a.n, "twoProportionZTest (first)");
  checkProportion(b.p, b.n, "twoProportionZTest (second)");
  const difference = a.p - b.p;
  const pooled = (a.p * a.n + b.p * b.n) / (a.n + b.n);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / a.n + 1 / b.n));
  if (!(se > 0)) return { difference, z: null, pValue: 1 };
  const z = difference / se;
  const pValue = alternative === "greater" ? zCdf(-z) : alternative === "less" ? zCdf(z) : Math.min(1, 2 * zCdf(-Math.abs(z)));
  return { difference, z, pValue };
}

// src/core/validation-overfit-flag.ts
function pct(x) {
  return `${Number((x * 100).toPrecision(3))} %`;
}
function validationOverfitFlag(testVal, test, options) {
  const { alpha, minEffect } = options;
  if (!(alpha > 0 && alpha < 1)) throw new InputError(`gaps: alpha must be in (0, 1), got ${alpha}.`);
  if (!(minEffect >= 0)) throw new InputError(`gaps: minEffect must be a fraction \u2265 0, got ${minEffect}.`);
  const r = twoProportionZTest(test, testVal, "greater");
  const significant = r.pValue < alpha;
  const large = r.difference >= minEffect;
  const flagged = significant && large;
  const seen = `test-val error ${pct(testVal.p)} (n = ${testVal.n}) vs test error ${pct(test.p)} (n = ${test.n}), one-sided p = ${Number(r.pValue.toPrecision(2))}`;
  const message = flagged ? `validation looks significantly better than test: ${seen}. The model has likely been fit to the validation set (small validation set, lots of tuning): resample the validation set.` : significant ? `validation is better than test by less than ${pct(minEffect)}: ${seen}; not flagged.` : `validation does not look significantly better than test: ${seen}.`;
  return {
    flagged,
    testValError: testVal.p,
    testError: test.p,
    difference: r.difference,
    z: r.z,
    pValue: r.pValue,
    alpha,
    minEffect,
    message
  };
}

// src/core/gaps.ts
var GAP_DEFINITIONS = [
  { name: "avoidable_bias", from: "irreducible", to: "train" },
  { name: "variance", from: "train", to: "train_val" },
  { name: "distribution_shift", from: "train_val", to: "test_val" },
  { name: "validation_overfitting", from: "test_val", to: "test" }
];
function splitError(split, input, confidence) {
  const error = "error" in input ? input.error : 1 - input.accuracy;
  checkProportion(error, input.n, `eval split '${split}' (${"error" in input ? "error" : "accuracy"})`);
  return { split, error, n: input.n, ...wilsonInterval(error, input.n, confidence) };
}
function gapInterval(to, from, confidence) {
  if (from.n === null) {
    const w = wilsonInterval(to.p, to.n, confidence);
    return { lower: w.lower - from.p, upper: w.upper - from.p };
  }
  return newcombeInterval(to, { p: from.p, n: from.n }, confidence);
}
function decomposeErrors(input, options = {}) {
  const { confidence = 0.95, alpha = 0.05, minEffect = 0.01 } = options;
  if (!(confidence > 0 && confidence < 1))
    throw new InputError(`gaps: confidence must be in (0, 1), got ${confidence}.`);
  const splits = EVAL_SPLITS.flatMap((s) => {
    const given = input.splits[s];
    return given === void 0 ? [] : [splitError(s, given, confidence)];
  });
  const bySplit = new Map(splits.map((s) => [s.split, s]));
  let irreducible = null;
  if (input.irreducible !== void 0) {
    const { error, n } = input.irreducible;
    if (n === void 0) {
      if (!(error >= 0 && error <= 1)) {
        throw new InputError(`gaps: irreducible error must be a fraction in [0, 1], got ${error}.`);
      }
    } else {
      checkProportion(error, n, "gaps: irreducible error");
    }
    irreducible = { error, n: n ?? null };
  }
  const gaps = [];
  for (const def of GAP_DEFINITIONS) {
    const to = bySplit.get(def.to);
    const from = def.from === "irreducible" ? irreducible : bySplit.get(def.from);
    if (to === void 0 || from === null || from === void 0) continue;
    const interval = gapInterval({ p: to.error, n: to.n }, { p: from.error, n: from.n }, confidence);
    gaps.push({ ...def, value: to.error - from.error, lower: interval.lower, upper: interval.upper });
  }
  const testVal = bySplit.get("test_val");
  const test = bySplit.get("test");
  const validationOverfitting = testVal && test ? validationOverfitFlag(
    { p: testVal.error, n: testVal.n },
    { p: test.error, n: test.n },
    { alpha, minEffect }
  ) : null;
  return { confidence, irreducible, splits, gaps, validationOverfitting };
}

// src/core/judge-reproducibility.ts
var SEVERITY = {
  identical: "pass",
  within_tolerance: "pass",
  diverges: "fail",
  not_comparable: "warn"
};
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
    largest_relative_difference: Number.isFinite(largest) ? largest : null
  };
  const runs = `two runs with the same seed (${names.join(", ") || "no common loss"})`;
  let summary;
  if (verdict === "not_comparable") {
    summary = "The two runs logged no loss at a common step; nothing to compare.";
  } else if (earliest) {
    evidence.first_divergent_step = earliest.step;
    evidence.first_divergent_series = earliest.series;
    evidence.first_value = Number.isFinite(earliest.first) ? earliest.first : null;
    evidence.second_value = Number.isFinite(earliest.second) ? earliest.second : null;
    evidence.relative_difference_there = Number.isFinite(earliest.relative) ? earliest.relative : null;
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
    severity: SEVERITY[verdict],
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
  if (finding.judge === "init_loss") return gate.init_loss;
  if (finding.judge === "validation") return gate.validation;
  if (finding.judge === "reproducibility") return gate.reproducibility;
  return gate[check];
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
  return f.judge === "validation" && f.verdict !== "too_short" || f.judge === "reproducibility";
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
function judgeCheck(obs, config) {
  const series = obs.logs.flatMap((l) => l.series);
  const findings = [];
  let status = "pass";
  const notes = [];
  const thresholds = config.thresholds.curve;
  if (obs.failure) {
    status = "fail";
    notes.push(obs.failure.title);
  }
  const classes = config.classes ?? obs.probe?.classes;
  if (obs.name === "smoke" && series.length > 0) {
    findings.push(
      ...analyzeSeries(series, {
        ...thresholds ? { thresholds } : {},
        ...classes === void 0 ? {} : { classes }
      })
    );
  }
  if (obs.probe?.batchProblem && obs.name === "overfit") {
    status = worseStatus(status, "error");
  } else if (obs.name === "overfit" && series.length > 0) {
    const loss = overfitSeries(series);
    if (loss) {
      const target = config.checks.overfit?.target;
      findings.push(
        judgeOverfit(loss, {
          ...thresholds ? { thresholds } : {},
          ...target === void 0 ? {} : { target },
          ...classes === void 0 ? {} : { classes }
        })
      );
    } else {
      status = worseStatus(status, "error");
      notes.push(`no training loss among the series read (${series.map((s) => s.name).join(", ")})`);
    }
  }
  if (obs.name === "smoke" && obs.repeat) {
    if (obs.repeat.failure) notes.push(`the repeated smoke run failed: ${obs.repeat.failure.title}`);
    const tolerance = config.checks.smoke?.reproducibility?.tolerance ?? 0;
    findings.push(
      judgeReproducibility(
        series,
        obs.repeat.logs.flatMap((l) => l.series),
        tolerance
      )
    );
  }
  if (obs.probe) {
    findings.push(...obs.probe.findings);
    notes.push(...obs.probe.notes);
    if (obs.probe.notes.length > 0) status = worseStatus(status, "warn");
  }
  status = worseStatus(status, findingsStatus(obs.name, findings, config.gate));
  let gaps = null;
  if (obs.name === "eval" && obs.evalFile) {
    gaps = decomposeErrors(gapInput(obs.evalFile, config), { alpha: config.thresholds.alpha });
    if (gaps.validationOverfitting?.flagged) {
      status = worseStatus(status, gated("fail", config.gate.validation_overfitting));
      notes.push("validation looks significantly better than test");
    }
  }
  const needsLog = obs.name !== "eval";
  if (!obs.failure && obs.logError && (needsLog || !obs.evalFile)) {
    status = worseStatus(status, "error");
    notes.push(obs.logError);
  }
  if (!obs.failure && obs.name === "eval" && obs.evalError) {
    status = worseStatus(status, "error");
    notes.push(obs.evalError);
  }
  if (!obs.failure && needsLog && !obs.logError && findings.length === 0 && obs.name === "smoke") {
    status = worseStatus(status, "error");
    notes.push(`no loss-like series among ${series.map((s) => s.name).join(", ") || "no series at all"}`);
  }
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
  findingEntry,
  findingsStatus,
  evalMetrics,
  overfitSeries,
  judgeCheck
};
