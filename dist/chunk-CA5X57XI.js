#!/usr/bin/env node
import { createRequire as __tsCreateRequire } from 'node:module';
const require = __tsCreateRequire(import.meta.url);
import {
  fmtNum,
  fmtP
} from "./chunk-G2BISDRW.js";
import {
  JUDGES
} from "./chunk-QOWQGCTV.js";

// src/render/labels.ts
var STATUS_LABEL = {
  pass: "\u2705 pass",
  warn: "\u26A0\uFE0F warn",
  fail: "\u274C fail",
  error: "\u{1F4A5} error",
  skipped: "\u23ED\uFE0F skipped",
  regressed: "\u274C regressed",
  improved: "\u{1F680} improved",
  unchanged: "\u2705 unchanged",
  inconclusive: "\u2754 inconclusive"
};
function statusLabel(status) {
  return (STATUS_LABEL[status] ?? status).replace(" ", "\xA0");
}
function statusIcon(status) {
  return (STATUS_LABEL[status] ?? "").split(" ")[0] ?? "";
}
function decisiveNumbers(evidence) {
  return JUDGES.flatMap((j) => j.decisive?.(evidence, FORMAT) ?? []).join(", ");
}
var FORMAT = { num: fmtNum, p: fmtP };

// src/render/sparkline.ts
var BARS = ["\u2581", "\u2582", "\u2583", "\u2584", "\u2585", "\u2586", "\u2587", "\u2588"];
var NON_FINITE_MARK = "\xD7";
function downsample(values, width) {
  const n = values.length;
  if (n <= width) return Array.from(values);
  const out = [];
  const means = [];
  const maxes = [];
  for (let b = 0; b < width; b++) {
    const lo = Math.floor(b * n / width);
    const hi = Math.floor((b + 1) * n / width);
    let sum = 0;
    let count = 0;
    let max = Number.NEGATIVE_INFINITY;
    let bad = false;
    for (let i = lo; i < hi; i++) {
      const v = values[i];
      if (!Number.isFinite(v)) {
        bad = true;
        continue;
      }
      sum += v;
      count++;
      if (v > max) max = v;
    }
    means.push(bad || count === 0 ? Number.NaN : sum / count);
    maxes.push(max);
  }
  for (let b = 0; b < width; b++) {
    const mean = means[b];
    const max = maxes[b];
    const prev = means[b - 1] ?? mean;
    const next = means[b + 1] ?? mean;
    const local = Math.max(Math.abs(mean - prev), Math.abs(next - mean), Math.abs(mean) * 0.05);
    out.push(Number.isFinite(mean) && max - mean > 4 * local ? max : mean);
  }
  return out;
}
function sparkline(values, width = 24) {
  const points = downsample(values, width);
  const finite = points.filter(Number.isFinite);
  if (finite.length === 0) return NON_FINITE_MARK.repeat(points.length);
  let min = Math.min(...finite);
  let max = Math.max(...finite);
  const useLog = min > 0 && max / min > 100;
  const scale = (v) => useLog ? Math.log10(v) : v;
  min = scale(min);
  max = scale(max);
  const span = max - min;
  return points.map((v) => {
    if (!Number.isFinite(v)) return NON_FINITE_MARK;
    if (span === 0) return BARS[3];
    const idx = Math.round((scale(v) - min) / span * (BARS.length - 1));
    return BARS[Math.max(0, Math.min(BARS.length - 1, idx))];
  }).join("");
}
function curveSparkline(curve) {
  return curve ? sparkline(
    curve.values.map((v) => v === null ? Number.NaN : v),
    20
  ) : "";
}

export {
  STATUS_LABEL,
  statusLabel,
  statusIcon,
  decisiveNumbers,
  sparkline,
  curveSparkline
};
