#!/usr/bin/env node
import { createRequire as __tsCreateRequire } from 'node:module';
const require = __tsCreateRequire(import.meta.url);
import {
  finiteOrNull
} from "./chunk-QOWQGCTV.js";

// src/core/curve-sample.ts
function sampleCurve(series, maxPoints = 120) {
  const n = series.values.length;
  const steps = [];
  const values = [];
  const push = (i) => {
    const v = series.values[i];
    steps.push(series.steps[i]);
    values.push(finiteOrNull(v));
  };
  if (n <= maxPoints) {
    for (let i = 0; i < n; i++) push(i);
  } else {
    const buckets = Math.max(1, Math.floor(maxPoints / 2));
    for (let b = 0; b < buckets; b++) {
      const lo = Math.floor(b * n / buckets);
      const hi = Math.floor((b + 1) * n / buckets);
      let minI = -1;
      let maxI = -1;
      let badI = -1;
      for (let i = lo; i < hi; i++) {
        const v = series.values[i];
        if (!Number.isFinite(v)) {
          if (badI < 0) badI = i;
          continue;
        }
        if (minI < 0 || v < series.values[minI]) minI = i;
        if (maxI < 0 || v > series.values[maxI]) maxI = i;
      }
      const keep = [...new Set([minI, maxI, badI].filter((i) => i >= 0))].sort((a, c) => a - c);
      const chosen = keep.length <= 2 ? keep : [badI, Math.abs(maxI - lo) > Math.abs(minI - lo) ? maxI : minI];
      for (const i of chosen.sort((a, c) => a - c)) push(i);
    }
  }
  return {
    series: series.name,
    split: series.split,
    ...series.run === void 0 ? {} : { run: series.run },
    points: n,
    steps,
    values
  };
}
function boundReportCurves(report, maxPoints = 240) {
  const long = (c) => c.steps.length > maxPoints || c.values.length > maxPoints;
  if (!report.checks.some((check) => check.curves.some(long))) return report;
  const bound = (c) => {
    if (!long(c)) return c;
    const n = Math.min(c.steps.length, c.values.length);
    const sampled = sampleCurve(
      {
        name: c.series,
        metric: c.series,
        split: c.split,
        ...c.run === void 0 ? {} : { run: c.run },
        steps: Float64Array.from(c.steps.slice(0, n)),
        values: Float64Array.from(c.values.slice(0, n), (v) => v ?? Number.NaN)
      },
      120
    );
    return { ...sampled, points: c.points };
  };
  return { ...report, checks: report.checks.map((check) => ({ ...check, curves: check.curves.map(bound) })) };
}

export {
  sampleCurve,
  boundReportCurves
};
