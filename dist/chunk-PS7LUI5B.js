#!/usr/bin/env node
import { createRequire as __tsCreateRequire } from 'node:module';
const require = __tsCreateRequire(import.meta.url);
import {
  curveSparkline,
  decisiveNumbers,
  statusIcon,
  statusLabel
} from "./chunk-CA5X57XI.js";
import {
  codeBlock,
  escapeMarkdown,
  fmtNum,
  fmtP
} from "./chunk-G2BISDRW.js";
import {
  checkProportion
} from "./chunk-MCGYQ4LT.js";
import {
  robustZ,
  rollingMedian
} from "./chunk-2UQ3NV2F.js";
import {
  worseStatus,
  worstStatus,
  zCdf,
  zQuantile
} from "./chunk-5PJNC2MI.js";
import {
  finiteOrNull
} from "./chunk-QOWQGCTV.js";

// src/core/stats/difference-of-gaps-test.ts
function variance(end2, what) {
  if (end2.n === null) return 0;
  checkProportion(end2.p, end2.n, what);
  return end2.p * (1 - end2.p) / end2.n;
}
function differenceOfGapsTest(pr, base, confidence = 0.95) {
  const difference = pr.to.p - pr.from.p - (base.to.p - base.from.p);
  const v = variance(pr.to, "PR gap (to)") + variance(pr.from, "PR gap (from)") + variance(base.to, "base gap (to)") + variance(base.from, "base gap (from)");
  if (!(v > 0)) {
    return { difference, se: null, z: null, pValue: difference === 0 ? 1 : null, lower: null, upper: null };
  }
  const se = Math.sqrt(v);
  const z = difference / se;
  const half = zQuantile(1 - (1 - confidence) / 2) * se;
  return {
    difference,
    se,
    z,
    pValue: Math.min(1, 2 * zCdf(-Math.abs(z))),
    lower: difference - half,
    upper: difference + half
  };
}

// src/core/compare-gaps.ts
function end(report, at) {
  if (at === "irreducible")
    return report.irreducible && { p: report.irreducible.error, n: report.irreducible.n };
  const s = report.splits.find((x) => x.split === at);
  return s ? { p: s.error, n: s.n } : null;
}
function compareGaps(pr, base, confidence = pr.confidence) {
  return pr.gaps.flatMap((gap) => {
    const baseGap = base.gaps.find((g) => g.name === gap.name);
    const prFrom = end(pr, gap.from);
    const prTo = end(pr, gap.to);
    const baseFrom = end(base, gap.from);
    const baseTo = end(base, gap.to);
    if (!baseGap || !prFrom || !prTo || !baseFrom || !baseTo) return [];
    const r = differenceOfGapsTest({ from: prFrom, to: prTo }, { from: baseFrom, to: baseTo }, confidence);
    return [
      {
        name: gap.name,
        pr: gap.value,
        base: baseGap.value,
        difference: r.difference,
        lower: r.lower,
        upper: r.upper,
        pValue: r.pValue
      }
    ];
  });
}

// src/render/digest.ts
var LEVEL_ORDER = { error: 0, fail: 1, warn: 2, changed: 3 };
var ICON = { error: "\u{1F4A5}", fail: "\u274C", warn: "\u26A0\uFE0F", changed: "\u{1F500}" };
function onSeeds(seeds, total) {
  if (total <= 1) return "";
  if (seeds.length > 6) return ` on ${seeds.length} of ${total} seeds`;
  return ` on seed${seeds.length === 1 ? "" : "s"} ${seeds.join(", ")}`;
}
var pct = (x) => x === null ? "\u2013" : `${fmtNum(x * 100)} %`;
var pctAbs = (x) => pct(x === null ? null : Math.abs(x));
var OVERFIT_VERB = {
  plateaus: "plateaued at",
  not_near_zero: "stopped short at",
  goes_up: "went up to",
  explodes: "exploded to",
  oscillates: "oscillated, ending at"
};
function phrase(f) {
  const e = f.evidence;
  const series = f.series;
  const [train = series, val = "validation"] = series.split(" vs ");
  if (typeof e.first_non_finite_step === "number")
    return {
      lead: `${series} became ${String(e.first_non_finite_value ?? "non-finite")} at step`,
      value: fmtNum(e.first_non_finite_step),
      tail: ""
    };
  if (f.judge === "overfit" && f.verdict === "below_zero")
    return {
      lead: `${series} went below zero, to`,
      value: fmtNum(finiteOrNull(e.min_level)),
      tail: "(a loss cannot)"
    };
  if (f.judge === "overfit" && finiteOrNull(e.end_level) !== null) {
    const verb = e.trend_at_end === "still_decreasing" && f.verdict !== "goes_up" ? "still falling at" : OVERFIT_VERB[f.verdict] ?? "ended at";
    const goal = finiteOrNull(e.goal) ?? finiteOrNull(e.target);
    return {
      lead: `${series} ${verb}`,
      value: fmtNum(finiteOrNull(e.end_level)),
      tail: goal === null ? "" : `(needs \u2264 ${fmtNum(goal)})`
    };
  }
  if (f.judge === "init_loss" && finiteOrNull(e.initial_loss) !== null)
    return {
      lead: "initial loss",
      value: fmtNum(finiteOrNull(e.initial_loss)),
      tail: `(expected \u2212ln(1/C) = ${fmtNum(finiteOrNull(e.expected))})`
    };
  if (f.judge === "validation" && f.verdict === "overfitting" && finiteOrNull(e.overfitting_from_step) !== null)
    return {
      lead: `${val} rising from step`,
      value: fmtNum(finiteOrNull(e.overfitting_from_step)),
      tail: `while ${train} falls`
    };
  if (f.judge === "validation" && f.verdict === "not_generalising" && finiteOrNull(e.end_value ?? e.val_end) !== null)
    return {
      lead: `${val} did not improve (${fmtNum(finiteOrNull(e.val_start))} \u2192`,
      value: fmtNum(finiteOrNull(e.end_value ?? e.val_end)),
      tail: `) while ${train} fell ${pctAbs(finiteOrNull(e.train_change))}`
    };
  if (f.judge === "curve" && finiteOrNull(e.end_level) !== null && ["goes_up", "explodes", "plateaus"].includes(f.verdict))
    return {
      lead: `${series} ${f.verdict === "plateaus" ? "plateaued at" : f.verdict === "explodes" ? "exploded to" : "went up to"}`,
      value: fmtNum(finiteOrNull(e.end_level)),
      tail: `(from ${fmtNum(finiteOrNull(e.start_level))})`
    };
  return null;
}
function firstSentence(text) {
  const body = text.slice(0, 400).replace(/^Single-batch overfit( failed)?: /, "");
  const end2 = body.search(/\.(\s|$)/);
  return (end2 > 0 ? body.slice(0, end2) : body).slice(0, 220);
}
function joinPhrase(findings) {
  const first = findings[0];
  const p = phrase(first);
  if (!p) return firstSentence(first.summary);
  const values = findings.map((f) => phrase(f)?.value ?? null).filter((v) => v !== null);
  const unique = [...new Set(values)];
  const shown = unique.length > 3 ? `${unique[0]} \u2026 ${unique[unique.length - 1]}` : unique.join(", ");
  return `${p.lead} ${shown}${p.tail ? p.tail.startsWith(")") ? p.tail : ` ${p.tail}` : ""}`;
}
function checkProblems(reports) {
  const total = reports.length;
  const items = /* @__PURE__ */ new Map();
  const checkOnly = /* @__PURE__ */ new Map();
  const problems = [];
  const crashes = /* @__PURE__ */ new Map();
  for (const report of reports) {
    for (const check of report.checks) {
      const seed = report.run.seed;
      if (check.findings.length === 0) {
        const entry = checkOnly.get(check.name) ?? { check: check.name, seeds: [], statuses: /* @__PURE__ */ new Set() };
        entry.seeds.push(seed);
        entry.statuses.add(check.status);
        checkOnly.set(check.name, entry);
      }
      for (const f of check.findings) {
        const key = `${check.name}\0${f.series}\0${f.judge}`;
        const item = items.get(key) ?? { check: check.name, key, byseed: [] };
        item.byseed.push({ seed, finding: f });
        items.set(key, item);
      }
      const ownReason = check.failure ? check.failure.title : check.status === "error" ? check.summary : check.status !== "pass" && check.status !== "skipped" && check.findings.every((f) => f.severity === "pass") ? check.notes?.[0] ?? check.summary : null;
      const reasons = ownReason === null ? (check.notes ?? []).filter((n) => check.status !== "pass" && n) : [ownReason, ...(check.notes ?? []).filter((n) => n !== ownReason)];
      for (const why of reasons) {
        const key = `${check.name}\0${why}`;
        const level = check.status === "error" || check.failure ? "error" : check.status === "warn" ? "warn" : "fail";
        const entry = crashes.get(key) ?? { check, seeds: [], level, why };
        entry.seeds.push(seed);
        crashes.set(key, entry);
      }
    }
  }
  for (const c of crashes.values()) {
    const verb = c.level === "error" ? c.check.failure ? "crashed" : "could not be judged" : c.level === "warn" ? "warned" : "failed";
    problems.push({
      level: c.level,
      icon: ICON[c.level],
      what: `${c.check.name} ${verb}${onSeeds(c.seeds, total)}`,
      why: c.why,
      seeds: c.seeds.map((seed) => ({ seed, text: c.check.summary })),
      causes: [],
      ...c.check.failure ? { crash: { lines: c.check.failure.lines, advice: c.check.failure.advice } } : {},
      check: c.check.name
    });
  }
  let passed = 0;
  let skipped = 0;
  for (const entry of checkOnly.values()) {
    if (entry.statuses.has("skipped") && entry.statuses.size === 1) skipped++;
    else if ([...entry.statuses].every((s) => s === "pass" || s === "skipped")) passed++;
  }
  for (const item of items.values()) {
    const bad = item.byseed.filter((b) => b.finding.severity !== "pass");
    if (bad.length === 0) {
      passed++;
      continue;
    }
    const level = bad.some((b) => b.finding.severity === "fail") ? "fail" : "warn";
    const shown = bad.filter((b) => level === "fail" ? b.finding.severity === "fail" : true);
    const first = shown[0].finding;
    problems.push({
      level,
      icon: ICON[level],
      what: `${item.check} ${level === "fail" ? "failed" : "warned"}${onSeeds(
        shown.map((b) => b.seed),
        total
      )}`,
      why: joinPhrase(shown.map((b) => b.finding)),
      ...first.causes[0] ? { likely: first.causes[0] } : {},
      seeds: shown.map((b) => ({ seed: b.seed, text: b.finding.summary })),
      causes: first.causes,
      check: item.check
    });
  }
  return { problems, passed, skipped };
}
var outcomeMessage = (r) => r.message.replace(new RegExp(`^${r.outcome}: `), "");
function comparisonProblems(comparison) {
  const problems = [];
  let passed = 0;
  for (const r of comparison?.results ?? []) {
    const by = finiteOrNull(r.degradation);
    const p = finiteOrNull(r.pRegressionHolm) ?? finiteOrNull(r.pRegression);
    if (r.outcome === "unchanged") passed++;
    else if (r.outcome === "regressed")
      problems.push({
        level: "fail",
        icon: ICON.fail,
        what: `${r.metric} regressed`,
        why: `by ${fmtNum(by === null ? null : Math.abs(by))}${p === null ? "" : ` (${fmtP(p)})`}`,
        seeds: [],
        causes: [outcomeMessage(r)],
        check: null
      });
    else {
      const improved = r.outcome === "improved";
      const pi = finiteOrNull(r.pImprovementHolm) ?? finiteOrNull(r.pImprovement);
      problems.push({
        level: improved ? "changed" : "warn",
        icon: improved ? "\u{1F680}" : "\u2754",
        what: `${r.metric} ${r.outcome}`,
        why: improved ? `by ${fmtNum(by === null ? null : Math.abs(by))}${pi === null ? "" : ` (${fmtP(pi)})`}` : firstSentence(r.message.replace(/^inconclusive: /, "")),
        seeds: [],
        causes: [outcomeMessage(r)],
        check: null
      });
    }
  }
  return { problems, passed };
}
function gapAndBudgetProblems(input) {
  const problems = [];
  const flagged = input.reports.filter((r) => r.gaps?.validationOverfitting?.flagged);
  if (flagged.length > 0) {
    const first = flagged[0]?.gaps?.validationOverfitting;
    problems.push({
      level: "warn",
      icon: ICON.warn,
      what: `validation looks better than test${onSeeds(
        flagged.map((r) => r.run.seed),
        input.reports.length
      )}`,
      why: firstSentence(first?.message ?? ""),
      seeds: flagged.map((r) => ({
        seed: r.run.seed,
        text: r.gaps?.validationOverfitting?.message ?? ""
      })),
      causes: [],
      check: null
    });
  }
  const pr = input.reports[0]?.gaps;
  const base = input.base?.[0]?.gaps;
  if (pr && base) {
    for (const row of compareGaps(pr, base)) {
      if (row.lower === null || row.upper === null || row.lower <= 0 && row.upper >= 0) continue;
      const grew = row.lower > 0;
      problems.push({
        level: grew ? "warn" : "changed",
        icon: grew ? ICON.warn : "\u{1F680}",
        what: `${row.name.replace(/_/g, " ")} gap ${grew ? "grew" : "shrank"}`,
        why: `from ${pct(row.base)} on the base to ${pct(row.pr)} (${fmtP(row.pValue)})`,
        seeds: [],
        causes: [],
        check: null
      });
    }
  }
  const comparison = input.comparison ?? input.reports[0]?.comparison;
  for (const r of comparison?.results ?? []) {
    const seeds = r.seeds;
    if (typeof seeds?.message !== "string" || seeds.message === "") continue;
    problems.push({
      level: "warn",
      icon: ICON.warn,
      what: `${r.metric}: the PR's seeds disagree`,
      why: firstSentence(seeds.message),
      seeds: [],
      causes: [seeds.message],
      check: null
    });
  }
  for (const g of comparison?.trainValGaps ?? []) {
    if (!g.grew) continue;
    problems.push({
      level: "warn",
      icon: ICON.warn,
      what: `train/val gap of ${g.series} grew`,
      why: firstSentence(g.message),
      seeds: [],
      causes: [g.message],
      check: null
    });
  }
  for (const b of input.budget ?? []) {
    if (!b.refresh) continue;
    problems.push({
      level: "warn",
      icon: ICON.warn,
      what: `validation set ${b.fingerprint} is used up`,
      why: firstSentence(b.message),
      seeds: [],
      causes: [],
      check: null
    });
  }
  return problems;
}
function digest(input) {
  const checks = checkProblems(input.reports);
  const compared = comparisonProblems(input.comparison ?? input.reports[0]?.comparison);
  const problems = [...checks.problems, ...compared.problems, ...gapAndBudgetProblems(input)];
  problems.sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || b.seeds.length - a.seeds.length);
  return { problems, passed: checks.passed + compared.passed, skipped: checks.skipped };
}

// src/render/fit-sections.ts
var size = (lines) => lines.reduce((n, l) => n + l.length + 1, 0);
var open = (summary) => [`<details><summary>${summary}</summary>`, ""];
var CLOSE = ["</details>", ""];
function fitSections(sections, budget) {
  const kept = sections.map(() => null);
  const foldsOpen = /* @__PURE__ */ new Set();
  let left = budget;
  let cut = false;
  const order = sections.map((_s, i) => i).sort((a, b) => (sections[a]?.priority ?? 0) - (sections[b]?.priority ?? 0));
  for (const i of order) {
    const section = sections[i];
    const wrap = section.fold && !foldsOpen.has(section.fold) ? size([...open(section.fold), ...CLOSE]) : 0;
    const room = left - wrap;
    const all = section.build(Math.max(0, room));
    if (all.length === 0) continue;
    const whole = size(all);
    let lines = null;
    if (whole <= room) lines = [...all];
    else {
      cut = true;
      if (section.trimmable) {
        const part = [];
        let used = 0;
        for (const line of all) {
          if (used + line.length + 1 > room - 2) break;
          part.push(line);
          used += line.length + 1;
        }
        if (part.filter((l) => l !== "").length >= (section.minLines ?? 2)) lines = [...part, ""];
      }
    }
    if (!lines) continue;
    kept[i] = lines;
    left -= size(lines) + wrap;
    if (section.fold) foldsOpen.add(section.fold);
  }
  const out = [];
  let fold;
  sections.forEach((section, i) => {
    const lines = kept[i];
    if (!lines) return;
    if (section.fold !== fold) {
      if (fold) out.push(...CLOSE);
      if (section.fold) out.push(...open(section.fold));
      fold = section.fold;
    }
    out.push(...lines);
  });
  if (fold) out.push(...CLOSE);
  return { lines: out, cut };
}

// src/render/chart-data.ts
var CHART_POINTS = 80;
var LOG_SPAN = 100;
var SPIKE_Z = 6;
function finitePoints(curve) {
  const steps = [];
  const values = [];
  curve.values.forEach((v, i) => {
    const step = curve.steps[i];
    if (v !== null && Number.isFinite(v) && step !== void 0 && Number.isFinite(step)) {
      steps.push(step);
      values.push(v);
    }
  });
  return { curve, steps, values };
}
function spikeIndexes(ys) {
  const n = ys.length;
  if (n < 5) return /* @__PURE__ */ new Set();
  const trend = rollingMedian(ys, 7);
  const resid = ys.map((y, i) => y - trend[i]);
  const z = robustZ(resid);
  const spread = Math.max(...ys) - Math.min(...ys);
  const median = (a) => a.sort((x, y) => x - y)[Math.floor(a.length / 2)];
  const out = /* @__PURE__ */ new Set();
  for (let i = 1; i < n - 1; i++) {
    if (!(z[i] > SPIKE_Z && resid[i] > 0.1 * spread)) continue;
    const before = median(ys.slice(Math.max(0, i - 3), i));
    const after = median(ys.slice(i + 1, i + 4));
    const height = ys[i] - Math.max(before, after);
    if (height > 0.1 * spread && Math.abs(before - after) < 0.25 * height) out.add(i);
  }
  return out.size > Math.max(3, Math.ceil(0.02 * n)) ? /* @__PURE__ */ new Set() : out;
}
function grid(all, x0, x1) {
  if (x1 === x0) return [x0];
  const first = all[0];
  const d = (first.steps[1] ?? x1) - (first.steps[0] ?? x0);
  const even = d > 0 && all.every(
    (p) => p.steps.every((s, i) => i === 0 || Math.abs(s - p.steps[i - 1] - d) < 1e-9)
  ) && all.every(
    (p) => Math.abs((p.steps[0] - x0) / d - Math.round((p.steps[0] - x0) / d)) < 1e-9
  );
  const count = even ? Math.round((x1 - x0) / d) + 1 : CHART_POINTS;
  const integer = all.every((p) => p.steps.every(Number.isInteger));
  const n = Math.max(2, Math.min(count, CHART_POINTS, integer ? x1 - x0 + 1 : CHART_POINTS));
  return Array.from({ length: n }, (_, k) => x0 + (x1 - x0) * k / (n - 1));
}
function resample(steps, ys, spikes, xs) {
  const half = xs.length > 1 ? (xs[1] - xs[0]) / 2 : 0.5;
  let j = 0;
  return xs.map((x) => {
    while (j < steps.length && steps[j] < x - half) j++;
    let sum = 0;
    let count = 0;
    let spike = null;
    for (let k = j; k < steps.length && steps[k] <= x + half; k++) {
      if (spikes.has(k)) spike = Math.max(spike ?? Number.NEGATIVE_INFINITY, ys[k]);
      else {
        sum += ys[k];
        count++;
      }
    }
    if (spike !== null) return spike;
    if (count > 0) return sum / count;
    const after = steps.findIndex((s) => s > x);
    if (after <= 0) return after === 0 ? ys[0] : ys[ys.length - 1];
    const [sa, sb, ya, yb] = [steps[after - 1], steps[after], ys[after - 1], ys[after]];
    return ya + (yb - ya) * (x - sa) / (sb - sa);
  });
}
function chartData(curves) {
  const points = curves.map(finitePoints).filter((p) => p.values.length > 0);
  if (points.length === 0) return null;
  const positive = points.every((p) => p.values.every((v) => v > 0));
  const spikeSets = points.map((p) => spikeIndexes(positive ? p.values.map(Math.log10) : p.values));
  const calm = points.flatMap((p, i) => p.values.filter((_, k) => !spikeSets[i]?.has(k)));
  const lo = Math.min(...calm);
  const hi = Math.max(...calm);
  const log = positive && hi / lo > LOG_SPAN;
  const toY = log ? Math.log10 : (v) => v;
  const x0 = Math.min(...points.map((p) => p.steps[0]));
  const x1 = Math.max(...points.map((p) => p.steps[p.steps.length - 1]));
  const xs = grid(points, x0, x1);
  const [yLo, yHi] = [toY(lo), toY(hi)];
  const pad = (yHi - yLo) * 0.05 || Math.abs(yHi) * 0.05 || 1;
  const yMin = !log && lo >= 0 ? Math.max(0, yLo - pad) : yLo - pad;
  const yMax = yHi + pad;
  const spikes = [];
  const lines = points.map((p, i) => {
    const set = spikeSets[i];
    for (const k of set) spikes.push({ step: p.steps[k], value: p.values[k] });
    const ys = resample(p.steps, p.values.map(toY), set, xs);
    return { curve: p.curve, ys: ys.map((y) => Math.min(yMax, Math.max(yMin, y))) };
  });
  let nonFinite = null;
  for (const c of curves) {
    const i = c.values.indexOf(null);
    const step = c.steps[i];
    if (i >= 0 && step !== void 0 && (nonFinite === null || step < nonFinite.step))
      nonFinite = { series: c.series, step };
  }
  return { x0, x1: xs[xs.length - 1], lines, log, yMin, yMax, spikes, nonFinite };
}

// src/render/mermaid.ts
var LINE_COLOURS = [
  { name: "blue", hex: "#0072B2" },
  { name: "orange", hex: "#E69F00" },
  { name: "green", hex: "#009E73" },
  { name: "pink", hex: "#CC79A7" }
];
function safeLabel(text, max = 80) {
  return text.replace(/\u2212/g, "-").replace(/[^A-Za-z0-9 _./:()%+,-]/g, "_").slice(0, max);
}
function chartNumber(value, decimals) {
  if (Math.abs(value) >= 1e21) return BigInt(Math.round(value)).toString();
  const fixed = value.toFixed(Math.max(0, Math.min(20, decimals)));
  const cut = fixed.includes(".") ? fixed.replace(/0+$/, "").replace(/\.$/, "") : fixed;
  return cut === "-0" ? "0" : cut;
}
function decimalsFor(span) {
  return span > 0 ? Math.max(0, Math.ceil(-Math.log10(span)) + 3) : 6;
}
function stepUnit(x1) {
  if (Math.abs(x1) >= 1e7) return { div: 1e6, label: "step (millions)" };
  if (Math.abs(x1) >= 1e5) return { div: 1e3, label: "step (thousands)" };
  return { div: 1, label: "step" };
}
function notes(data, names) {
  const out = [];
  if (data.spikes.length > 0) {
    const top = data.spikes.reduce((a, b) => b.value > a.value ? b : a);
    out.push(
      data.spikes.length === 1 ? `spike to ${fmtNum(top.value)} at step ${fmtNum(top.step)} cut off` : `${data.spikes.length} spikes cut off, highest ${fmtNum(top.value)} at step ${fmtNum(top.step)}`
    );
  }
  if (data.nonFinite) {
    const who = names.length > 1 ? `${data.nonFinite.series} ` : "";
    out.push(`${who}non-finite from step ${fmtNum(data.nonFinite.step)}`);
  }
  return out.length ? ` (${out.join("; ")})` : "";
}
function mermaidChart(title, curves, yLabel = "value") {
  const data = chartData(curves.slice(0, LINE_COLOURS.length));
  if (!data) return "";
  const names = data.lines.map((l) => l.curve.series);
  const legend = data.lines.map((l, i) => `${safeLabel(l.curve.series, 30)} ${LINE_COLOURS[i]?.name}`);
  const palette = data.lines.map((_, i) => LINE_COLOURS[i]?.hex).join(",");
  const unit = stepUnit(data.x1);
  const x1 = data.x1 === data.x0 ? data.x0 + 1 : data.x1;
  const xDecimals = decimalsFor((x1 - data.x0) / unit.div);
  const yDecimals = decimalsFor(data.yMax - data.yMin);
  const unitY = 10 ** -yDecimals;
  const yMin = data.yMin === 0 ? 0 : Math.floor(data.yMin / unitY) * unitY;
  const yMax = Math.ceil(data.yMax / unitY) * unitY;
  const init = {
    xyChart: { height: 360 },
    themeVariables: { xyChart: { plotColorPalette: palette } }
  };
  return [
    "```mermaid",
    `%%{init: ${JSON.stringify(init)}}%%`,
    "xychart-beta",
    `  title "${safeLabel(`${title}: ${legend.join(", ")}`, 120)}${safeLabel(notes(data, names), 100)}"`,
    `  x-axis "${unit.label}" ${chartNumber(data.x0 / unit.div, xDecimals)} --> ${chartNumber(x1 / unit.div, xDecimals)}`,
    `  y-axis "${safeLabel(data.log ? `log10 ${yLabel}` : yLabel, 60)}" ${chartNumber(yMin, yDecimals)} --> ${chartNumber(yMax, yDecimals)}`,
    ...data.lines.map(
      (l) => `  line "${safeLabel(l.curve.series, 30)}" [${l.ys.map((y) => chartNumber(y >= data.yMax ? yMax : Math.max(yMin, y), yDecimals)).join(", ")}]`
    ),
    "```"
  ].join("\n");
}

// src/render/result-sections.ts
var TOP_PROBLEMS = 6;
var MAX_FINDING_ROWS = 30;
var Lines = class extends Array {
  chars = 0;
  add(...lines) {
    for (const l of lines) this.chars += l.length + 1;
    this.push(...lines);
  }
};
var shortCause = (cause) => cause.split(/: | \(/)[0] ?? cause;
function problemLine(p) {
  const likely = p.likely ? ` \u2014 likely ${escapeMarkdown(shortCause(p.likely), 120)}` : "";
  const joint = p.why.startsWith("by ") || p.why.startsWith("from ") ? " " : ": ";
  return `- ${p.icon} **${escapeMarkdown(p.what, 160)}**${joint}${escapeMarkdown(p.why, 300)}${likely}`;
}
var RANK = { pass: 0, skipped: 0, warn: 1, fail: 2, error: 3 };
var worst = (reports) => reports.reduce((w, r) => (RANK[r.status] ?? 0) > (RANK[w] ?? 0) ? r.status : w, "pass");
function context(input, sha, overall) {
  const seeds = input.reports.map((r) => r.run.seed);
  const counts = Object.entries(
    input.reports.reduce((acc, r) => {
      acc[r.status] = (acc[r.status] ?? 0) + 1;
      return acc;
    }, {})
  ).map(([status, n]) => `${n} ${status}`).join(", ");
  const agree = worst(input.reports) === overall;
  const seedText = input.reports.length === 1 && !sha ? `Seed ${seeds[0]}` : `${seeds.length} seed${seeds.length === 1 ? "" : "s"} (${seeds.join(", ")}): ${agree ? counts : "their own checks pass, the comparison fails"}`;
  const base = input.base?.length ? ` Base${input.baseRef ? ` ${escapeMarkdown(input.baseRef, 100)}` : ""}: ${statusLabel(worst(input.base))}.` : "";
  return `${sha ? `Commit \`${sha}\`, ${seedText.charAt(0).toLowerCase()}${seedText.slice(1)}` : seedText}.${base}`;
}
function headLines(input, d, sha, overall) {
  const out = [];
  if (input.notes?.length) out.push(...input.notes.map((n2) => `- \u26A0\uFE0F ${escapeMarkdown(n2, 600)}`), "");
  if (input.reports.length === 0) return [...out, "No report was produced for this commit.", ""];
  const top = d.problems.slice(0, TOP_PROBLEMS);
  if (top.length) {
    out.push(...top.map(problemLine));
    if (d.problems.length > top.length) out.push(`- \u2026 and ${d.problems.length - top.length} more, below`);
    out.push("");
  }
  const n = d.passed;
  const passed = n === 0 ? "" : (
    // counted per verdict (a check's finding on one series, a compared metric), not per check
    `\u2705 ${top.length ? `${n} other` : n === 1 ? "The one" : `All ${n}`} verdict${n === 1 ? "" : "s"} passed${d.skipped ? `, ${d.skipped} skipped` : ""}.`
  );
  out.push([passed, context(input, sha, overall)].filter(Boolean).join(" "), "");
  return out;
}
function whyLines(d, max, seeds) {
  const out = new Lines();
  for (const p of d.problems) {
    if (out.chars > max) break;
    const accounts = p.seeds.filter((s) => s.text && s.text !== p.why);
    if (accounts.length === 0 && !p.crash && p.causes.length === 0) continue;
    out.add(`**${p.icon} ${escapeMarkdown(p.what, 160)}**`, "");
    const named = seeds > 1;
    for (const s of accounts) out.add(`- ${named ? `seed ${s.seed}: ` : ""}${escapeMarkdown(s.text, 600)}`);
    if (accounts.length) out.add("");
    if (p.crash) {
      if (p.crash.lines.length) out.add(codeBlock(p.crash.lines.join("\n").replace(/@/g, "@\u200B")), "");
      out.add(...p.crash.advice.map((a) => `- ${escapeMarkdown(a, 400)}`), "");
    }
    if (p.causes.length) {
      out.add(...p.check ? ["Likely causes:", ""] : [], ...p.causes.map((c) => `- ${escapeMarkdown(c, 400)}`), "");
    }
  }
  return [...out];
}
function sameCheck(report, checks, index) {
  const check = checks[index];
  if (!report || !check) return void 0;
  const occurrence = checks.slice(0, index).filter((c) => c.name === check.name).length;
  return report.checks.filter((c) => c.name === check.name)[occurrence];
}
var metricOf = (series) => series.replace(/^(train[_/]?)/, "");
var quantity = (series) => /loss/i.test(series) ? "loss" : metricOf(series);
function checkCharts(check, baseCheck) {
  const blocks = [];
  if (baseCheck) {
    for (const curve of check.curves) {
      const base = baseCheck.curves.find((c) => c.series === curve.series && c.split === curve.split);
      const lines = base ? [
        { ...curve, series: "PR" },
        { ...base, series: "base" }
      ] : [curve];
      const chart = mermaidChart(`${check.name} ${curve.series}`, lines, quantity(curve.series));
      if (chart) blocks.push(chart, "");
    }
    return blocks;
  }
  const trains = check.curves.filter((c) => c.split !== "val" && c.split !== "test");
  for (const train of trains.length > 0 ? trains : check.curves) {
    const partners = check.curves.filter(
      (c) => c !== train && c.split === "val" && c.series.endsWith(metricOf(train.series))
    );
    const chart = mermaidChart(check.name, [train, ...partners], quantity(train.series));
    if (chart) blocks.push(chart, "");
  }
  return blocks;
}
function chartLines(input, d, max) {
  const first = input.reports[0];
  if (!first) return [];
  const troubled = new Set(d.problems.map((p) => p.check));
  const order = first.checks.map((check, index) => ({ check, index })).sort((a, b) => Number(troubled.has(b.check.name)) - Number(troubled.has(a.check.name)));
  const out = new Lines();
  for (const { check, index } of order) {
    if (out.chars > max) break;
    out.add(...checkCharts(check, sameCheck(input.base?.[0], first.checks, index)));
  }
  return [...out];
}
function chartsSummary(input) {
  if (!input.base?.length) return "Loss curves";
  const base = input.baseRef ? `base ${escapeMarkdown(input.baseRef, 60)}` : "base";
  return `Loss curves: PR blue, ${base} orange (seed ${input.reports[0]?.run.seed ?? 0})`;
}
function checkLines(input, max) {
  const first = input.reports[0];
  if (!first) return [];
  const out = new Lines();
  out.add("### Checks", "");
  for (const [index, check] of first.checks.entries()) {
    if (out.chars > max) break;
    out.add(`**${check.name}**`, "");
    for (const [s, report] of input.reports.entries()) {
      if (out.chars > max) break;
      const c = s === 0 ? check : sameCheck(report, first.checks, index);
      const seed = input.reports.length > 1 ? `seed ${report.run.seed} ` : "";
      if (!c) {
        out.add(`- ${seed}not run`);
        continue;
      }
      if (c.findings.length === 0) {
        out.add(`- ${seed}${statusLabel(c.status)}: ${escapeMarkdown(c.summary, 300)}`);
        continue;
      }
      const drawn = /* @__PURE__ */ new Set();
      for (const [i, f] of c.findings.entries()) {
        if (out.chars > max) break;
        if (i === MAX_FINDING_ROWS) {
          out.add(`- ${seed}\u2026 and ${c.findings.length - i} more findings`);
          break;
        }
        const numbers = decisiveNumbers(f.evidence);
        const spark = drawn.has(f.series) ? "" : curveSparkline(c.curves.find((x) => x.series === f.series));
        drawn.add(f.series);
        const mark = f.severity === "pass" ? "\u2705" : f.severity === "warn" ? "\u26A0\uFE0F" : "\u274C";
        const verdict = f.severity === "pass" ? escapeMarkdown(f.verdict, 60) : `**${escapeMarkdown(f.verdict, 60)}**`;
        out.add(
          `- ${seed}${mark} ${escapeMarkdown(f.series)}: ${verdict}${numbers ? ` \u2014 ${escapeMarkdown(numbers)}` : ""}${spark ? ` \`${spark}\`` : ""}`
        );
      }
    }
    out.add("");
  }
  return [...out];
}
function comparisonLines(input) {
  const c = input.comparison ?? input.reports[0]?.comparison;
  if (!c || c.results.length === 0 && c.missing.length === 0) return [];
  const order = { regressed: 0, inconclusive: 1, improved: 2, unchanged: 3 };
  const results = [...c.results].sort((a, b) => (order[a.outcome] ?? 9) - (order[b.outcome] ?? 9));
  const out = ["### Comparison with the reference", ""];
  if (c.source) out.push(`Reference: ${escapeMarkdown(c.source, 300)}`, "");
  for (const r of results) {
    const message = r.message.replace(new RegExp(`^${r.outcome}: `), "");
    out.push(`- ${statusIcon(r.outcome)} **${escapeMarkdown(r.metric)}** ${r.outcome}: ${escapeMarkdown(message, 400)}`);
  }
  if (c.missing.length) out.push(`- Not produced by this run: ${c.missing.map((m) => escapeMarkdown(m)).join(", ")}`);
  out.push("");
  return out;
}
var pct2 = (x) => x === null ? "\u2013" : `${fmtNum(x * 100)} %`;
var gapName = (name) => escapeMarkdown(name.replace(/_/g, " "));
function gapLines(input) {
  const pr = input.reports[0]?.gaps;
  if (!pr) return [];
  const base = input.base?.[0]?.gaps;
  const out = ["### Evaluation gaps", ""];
  out.push(`Errors: ${pr.splits.map((s) => `${escapeMarkdown(s.split)} ${pct2(s.error)} (n=${s.n})`).join(", ")}`, "");
  if (base) {
    out.push(
      `Against base${input.baseRef ? ` ${escapeMarkdown(input.baseRef, 100)}` : ""} (${fmtNum(pr.confidence * 100)} % interval of the difference; positive: the PR's gap is larger):`,
      "",
      ...compareGaps(pr, base).map(
        (r) => `- ${gapName(r.name)}: PR ${pct2(r.pr)}, base ${pct2(r.base)}, difference ${pct2(r.difference)}${r.lower === null ? "" : ` (${pct2(r.lower)} \u2026 ${pct2(r.upper)})`}, ${fmtP(r.pValue)}`
      )
    );
  } else {
    out.push(
      ...pr.gaps.map((g) => `- ${gapName(g.name)}: ${pct2(g.value)} (${pct2(g.lower)} \u2026 ${pct2(g.upper)})`)
    );
  }
  out.push("");
  return out;
}
function overfittingLines(input) {
  const flags = input.reports.flatMap((r) => {
    const v = r.gaps?.validationOverfitting;
    return v ? [{ seed: r.run.seed, flag: v }] : [];
  });
  if (flags.length === 0) return [];
  const flagged = flags.filter((f) => f.flag.flagged);
  const out = ["### Overfitting to validation", ""];
  if (flagged.length > 0) {
    out.push(
      `\u26A0\uFE0F Validation looks significantly better than test in ${flagged.length} of ${flags.length} seeds.`,
      "",
      ...flagged.map((f) => `- seed ${f.seed}: ${escapeMarkdown(f.flag.message, 400)}`)
    );
  } else {
    out.push(`\u2705 ${escapeMarkdown(flags[0].flag.message, 400)}`);
  }
  out.push("");
  return out;
}
function budgetLines(input) {
  const budget = input.budget ?? [];
  if (budget.length === 0) return [];
  return [
    "### Validation-reuse budget",
    "",
    ...budget.map(
      (b) => `- ${b.refresh ? "\u26A0\uFE0F" : "\u2705"} ${escapeMarkdown(b.fingerprint, 40)} (n = ${b.n}): ${b.evaluations} evaluations, \u03B5 = ${fmtNum(b.epsilon)}, tolerance ${fmtNum(b.tolerance)}${b.refresh ? ` \u2014 **refresh your validation set**: ${escapeMarkdown(b.message, 400)}` : ", within tolerance"}`
    ),
    ""
  ];
}
function runLines(input, max) {
  const out = new Lines();
  out.add("### Runs", "");
  for (const report of input.reports) {
    if (out.chars > max) break;
    out.add(
      `**seed ${report.run.seed}**: ${statusLabel(report.status)}, trainspotter ${escapeMarkdown(report.run.trainspotterVersion, 40)}, ${fmtNum(report.run.durationMs / 1e3)} s`,
      ""
    );
    for (const check of report.checks) {
      const command = check.command?.trim() ? `\`${escapeMarkdown(check.command, 200)}\`, ` : "";
      const gpu = check.gpu;
      const smi = gpu?.present && "names" in gpu ? gpu : null;
      const gpuText = gpu?.present ? `, GPU ${escapeMarkdown((smi?.names ?? []).join(", "))}: peak ${fmtNum(smi?.peakMemoryMiB ?? null)} MiB, ${fmtNum(smi?.peakUtilizationPct ?? null)} % utilisation${gpu.used ? "" : " \u2014 **never used by the training**"}` : "";
      const logs = (check.metrics ?? []).map((m) => `, log \`${escapeMarkdown(m.path, 200)}\` (${escapeMarkdown(m.format)})`).join("");
      out.add(
        `- ${check.name}: ${command}exit ${check.exitCode ?? "\u2013"}, ${fmtNum((check.durationMs ?? 0) / 1e3)} s${gpuText}${logs}`
      );
    }
    out.add("");
  }
  return [...out];
}

// src/render/train-val-gap-section.ts
var ratio = (v) => {
  const x = finiteOrNull(v);
  return x === null ? "\u2013" : `${fmtNum(x)}\xD7`;
};
function trainValGapLines(comparison) {
  const gaps = comparison?.trainValGaps ?? [];
  if (gaps.length === 0) return [];
  const grew = gaps.filter((g) => g.grew).length;
  const out = [
    grew > 0 ? `### Train/val gap grew (${grew})` : "### Train/val gap against the base branch",
    ""
  ];
  for (const g of gaps) {
    out.push(
      `- ${escapeMarkdown(g.series)}: val/train ${ratio(g.baseRatio)} on the base, ${ratio(g.prRatio)} on the PR (\xD7${fmtNum(finiteOrNull(g.growth))}${g.grew ? ", **grew**" : ""}, ${fmtP(finiteOrNull(g.pValue))})`
    );
  }
  out.push("");
  return out;
}

// src/render/pr-comment.ts
var COMMENT_MARKER = "<!-- trainspotter -->";
var GITHUB_COMMENT_LIMIT = 65536;
var TRUNCATION_NOTE = "\u2026 truncated to fit GitHub's 65,536-character limit";
function worstStatus2(reports) {
  return worstStatus(
    reports.map((r) => r.status),
    "pass"
  );
}
function overallStatus(input) {
  if (input.reports.length === 0) return "error";
  const status = worstStatus2(input.reports);
  const compared = input.comparison?.status;
  return compared ? worseStatus(status, compared) : status;
}
function cleanSha(sha) {
  return sha.replace(/[^0-9a-fA-F]/g, "").slice(0, 64);
}
function renderSummary(input, options = {}) {
  const limit = options.limit ?? GITHUB_COMMENT_LIMIT;
  const sha = cleanSha(input.headSha).slice(0, 12);
  const d = digest(input);
  const overall = overallStatus(input);
  const head = [
    ...options.markers === false ? [] : [COMMENT_MARKER, `<!-- trainspotter:sha=${cleanSha(input.headSha)} -->`],
    ...options.heading === false ? [] : [`## trainspotter: ${statusLabel(overall).replace("\xA0", " ")}`, ""],
    ...headLines(input, d, sha, overall)
  ];
  const results = "All results";
  const sections = [
    {
      priority: 1,
      build: (max) => whyLines(d, max, input.reports.length),
      trimmable: true,
      fold: "What went wrong, and what to try"
    },
    { priority: 7, build: (max) => chartLines(input, d, max), trimmable: false, fold: chartsSummary(input) },
    { priority: 2, build: (max) => checkLines(input, max), trimmable: true, fold: results, minLines: 3 },
    { priority: 3, build: () => comparisonLines(input), trimmable: true, fold: results, minLines: 3 },
    { priority: 4, build: () => gapLines(input), trimmable: true, fold: results, minLines: 3 },
    {
      priority: 4.5,
      build: () => trainValGapLines(input.comparison ?? input.reports[0]?.comparison),
      trimmable: true,
      fold: results
    },
    { priority: 5, build: () => overfittingLines(input), trimmable: true, fold: results },
    { priority: 5, build: () => budgetLines(input), trimmable: true, fold: results, minLines: 3 },
    { priority: 6, build: (max) => runLines(input, max), trimmable: false, fold: results }
  ];
  const note = ["", `_${TRUNCATION_NOTE}_`, ""];
  const reserve = [...head, ...note].reduce((n, l) => n + l.length + 1, 0) + 16;
  const { lines, cut } = fitSections(sections, limit - reserve);
  const body = [...head, ...lines, ...cut ? note : []];
  const text = `${body.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd()}
`;
  return text.length <= limit ? text : `${text.slice(0, limit - TRUNCATION_NOTE.length - 2)}
${TRUNCATION_NOTE}`;
}
function renderPrComment(input, options = {}) {
  return renderSummary(input, options);
}

export {
  digest,
  COMMENT_MARKER,
  overallStatus,
  renderSummary,
  renderPrComment
};
