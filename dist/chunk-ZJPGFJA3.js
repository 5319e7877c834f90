#!/usr/bin/env node
import { createRequire as __tsCreateRequire } from 'node:module';
const require = __tsCreateRequire(import.meta.url);
import {
  DEFAULT_METRICS,
  OUTPUT_LOG,
  STDOUT_METRICS
} from "./chunk-FRJY3IZZ.js";
import {
  readLog,
  readLogs
} from "./chunk-RYQD4E5P.js";
import "./chunk-AKW4DGKN.js";
import "./chunk-RAPCEA5V.js";
import "./chunk-C7LI433E.js";
import "./chunk-IVAHBH75.js";
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

// src/runner/read-check-logs.ts
import { stat, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";

// src/core/series-steps.ts
function lastOf(arrays) {
  let last = Number.NEGATIVE_INFINITY;
  for (const a of arrays) {
    for (let i = 0; i < a.length; i++) {
      const v = a[i];
      if (Number.isFinite(v) && v > last) last = v;
    }
  }
  return Number.isFinite(last) ? last : Number.NaN;
}
function onStepsOf(steps, own, target) {
  const ownLast = lastOf(own.map((s) => s.steps));
  const targetLast = lastOf(target);
  if (!(ownLast > 0) || !(targetLast > 0)) return steps;
  const scale = (targetLast + 1) / ownLast;
  return steps.map((p) => Number.isFinite(p) ? Math.max(0, Math.round(p * scale) - 1) : p);
}

// src/runner/read-check-logs.ts
async function exists(path) {
  return stat(path).then(
    () => true,
    () => false
  );
}
async function readCheckLogs(src) {
  const pick = (logs) => logs.map((l) => ({ path: l.path, format: l.format, series: l.series }));
  if (src.metrics !== void 0 && src.metrics !== STDOUT_METRICS) {
    return pick(await readLogs(resolve(src.projectDir, src.metrics)));
  }
  const written = join(src.outDir, DEFAULT_METRICS);
  if (src.metrics === void 0 && await exists(written)) return pick(await readLogs(written));
  if (src.metrics === void 0 && src.probeLogs !== void 0 && src.probeLogs.length > 0) {
    const printed = src.check === "overfit" ? void 0 : await printedBesideProbe(src, src.probeLogs);
    return pick(printed ? [...src.probeLogs, printed] : src.probeLogs);
  }
  const log = await readOutput(src);
  if (log.series.length > 0) return pick([log]);
  const why = src.metrics === void 0 ? `checks.${src.check}: no \`metrics\` is configured and the command wrote no $TRAINSPOTTER_OUT/${DEFAULT_METRICS}, so its printed output was read` : `checks.${src.check}: \`metrics: stdout\`, so the command's printed output was read`;
  const dropped = src.outputDroppedBytes ? ` (its first 64 MiB; ${src.outputDroppedBytes} bytes more were not kept)` : "";
  const found = log.warnings.at(-1) ?? `${log.path} held no metric lines`;
  throw new InputError(
    `${why}${dropped}, and ${found} Or name the log file the command writes in \`checks.${src.check}.metrics\`.`
  );
}
async function readOutput(src) {
  const path = join(src.outDir, OUTPUT_LOG);
  await writeFile(path, src.output ?? new Uint8Array(0));
  return readLog(path, { format: "printed-text" });
}
async function printedBesideProbe(src, probeLogs) {
  const log = await readOutput(src).catch(() => void 0);
  const held = log?.series.filter((s) => s.split === "val" || s.split === "test") ?? [];
  if (!log || held.length === 0) return void 0;
  const probeSteps = probeLogs.flatMap((l) => l.series).map((s) => s.steps);
  return {
    ...log,
    series: held.map((s) => ({ ...s, steps: onStepsOf(s.steps, log.series, probeSteps) }))
  };
}
export {
  readCheckLogs
};
