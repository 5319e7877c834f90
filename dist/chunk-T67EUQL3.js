#!/usr/bin/env node
import { createRequire as __tsCreateRequire } from 'node:module';
const require = __tsCreateRequire(import.meta.url);
import {
  ROW_SUM_TOLERANCE,
  engineFinding,
  judgeDeadRelu,
  judgeGradients,
  judgeInputRange,
  judgeLossInput,
  judgeUpdates
} from "./chunk-KXDAP4B2.js";
import {
  PROBE_LOG,
  PROBE_SUMMARY
} from "./chunk-FRJY3IZZ.js";
import {
  readLog
} from "./chunk-RYQD4E5P.js";
import "./chunk-AKW4DGKN.js";
import "./chunk-RAPCEA5V.js";
import "./chunk-C7LI433E.js";
import {
  likelyCauses
} from "./chunk-IVAHBH75.js";
import {
  medianOf
} from "./chunk-2UQ3NV2F.js";
import {
  fmt
} from "./chunk-4CRTBN4C.js";
import "./chunk-M6VOV3UD.js";
import "./chunk-5PJNC2MI.js";
import "./chunk-JKA35KAE.js";
import "./chunk-I44QFZY6.js";
import {
  finiteOrNull
} from "./chunk-QOWQGCTV.js";
import {
  _enum,
  _gte,
  array,
  boolean,
  custom,
  int,
  literal,
  nullable,
  object,
  optional,
  record,
  string
} from "./chunk-ZTXSPX4O.js";
import {
  parseLenientJson
} from "./chunk-EC6D2AOC.js";
import "./chunk-EJA7YNZZ.js";
import "./chunk-KLT3S7YO.js";

// src/runner/read-probe.ts
import { readFile } from "node:fs/promises";
import { join } from "node:path";

// src/core/probe-summary.ts
var n = custom((v) => typeof v === "number", "expected a number (NaN and Infinity allowed)");
var maybe = nullable(n);
var lossInput = object({
  dim: int(),
  shape: array(int()),
  min: optional(n),
  max: optional(n),
  zero_fraction: optional(n),
  classes: optional(int()),
  row_sum_error: optional(n),
  logsumexp_error: optional(n),
  calls: optional(int())
});
var ProbeSummarySchema = object({
  version: literal(1),
  torch: nullable(string()),
  check: string(),
  /** Why the probe switched itself off; null while it ran. */
  off: nullable(string()),
  backward_calls: int().check(_gte(0)),
  optimizer_steps: int().check(_gte(0)),
  optimizers: int().check(_gte(0)),
  zero_grad_calls: int().check(_gte(0)),
  capped: nullable(object({ reason: _enum(["max_steps", "max_time"]), steps: int(), seconds: n })),
  max_steps: nullable(int()),
  max_time: nullable(n),
  fix_batch: boolean(),
  loaders: int().check(_gte(0)),
  fixed_loaders: int().check(_gte(0)),
  batch_problem: nullable(string()),
  loss_inputs: record(string(), lossInput),
  input: nullable(
    object({
      floating: boolean(),
      shape: optional(array(int())),
      count: optional(int()),
      min: optional(n),
      max: optional(n),
      mean: optional(n),
      std: optional(n)
    })
  ),
  params: array(
    object({
      name: string(),
      kernel: boolean(),
      steps: array(int()),
      grad_norms: array(maybe),
      update_ratios: array(maybe)
    })
  ),
  relu: record(string(), object({ units: int().check(_gte(0)), dead: n })),
  modes: record(string(), object({ type: string(), calls: int() }))
});
function parseProbeSummary(raw, source) {
  const parsed = ProbeSummarySchema.safeParse(raw);
  if (parsed.success) return { ok: true, summary: parsed.data };
  const first = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ");
  return {
    ok: false,
    problem: `${source} is not a probe summary this trainspotter reads (${first}); the probe and trainspotter must come from the same version.`
  };
}

// src/engines/pytorch/loss-input.ts
var LOG_PROB_TOLERANCE = 1e-3;
var evidence = (fn, s) => ({
  function: fn,
  min: finiteOrNull(s.min ?? Number.NaN),
  max: finiteOrNull(s.max ?? Number.NaN),
  row_sum_error: finiteOrNull(s.row_sum_error ?? Number.NaN),
  logsumexp_error: finiteOrNull(s.logsumexp_error ?? Number.NaN),
  zero_fraction: finiteOrNull(s.zero_fraction ?? Number.NaN)
});
var seen = (s) => `values ${fmt(s.min ?? Number.NaN)} to ${fmt(s.max ?? Number.NaN)}, rows sum to 1 within ${fmt(s.row_sum_error ?? Number.NaN)}, logsumexp of a row within ${fmt(s.logsumexp_error ?? Number.NaN)} of 0`;
function judgeNll(s) {
  const e = evidence("nll_loss", s);
  const min = s.min ?? Number.NaN;
  const max = s.max ?? Number.NaN;
  if (min >= 0 && max <= 1 && (s.row_sum_error ?? Number.POSITIVE_INFINITY) <= ROW_SUM_TOLERANCE) {
    return engineFinding(
      "loss input",
      "loss_input_softmaxed",
      "fail",
      `nll_loss expects log-probabilities but gets probabilities: ${seen(s)}.`,
      e,
      [
        "incorrect input to the loss: softmax where log_softmax belongs before nll_loss (or use cross_entropy on the logits)"
      ]
    );
  }
  if (!(max <= LOG_PROB_TOLERANCE) || !((s.logsumexp_error ?? Number.NaN) <= LOG_PROB_TOLERANCE)) {
    return engineFinding(
      "loss input",
      "loss_input_not_log_probabilities",
      "fail",
      `nll_loss expects log-probabilities but gets values that are not: ${seen(s)}.`,
      e,
      [
        "incorrect input to the loss: nll_loss needs log_softmax outputs; give raw logits to cross_entropy instead"
      ]
    );
  }
  return engineFinding(
    "loss input",
    "loss_input_ok",
    "pass",
    `nll_loss gets log-probabilities: ${seen(s)}.`,
    e
  );
}
function judgeBce(s) {
  const e = evidence("binary_cross_entropy", s);
  const range = `values ${fmt(s.min ?? Number.NaN)} to ${fmt(s.max ?? Number.NaN)}`;
  if (!((s.min ?? Number.NaN) >= 0 && (s.max ?? Number.NaN) <= 1)) {
    return engineFinding(
      "loss input",
      "loss_input_not_probabilities",
      "fail",
      `BCELoss expects probabilities in [0, 1] but gets ${range}: logits, most likely.`,
      e,
      [
        "incorrect input to the loss: logits given to BCELoss; use BCEWithLogitsLoss on the logits (or apply a sigmoid)"
      ]
    );
  }
  return engineFinding("loss input", "loss_input_ok", "pass", `BCELoss gets probabilities: ${range}.`, e);
}
function judgeLossInputs(inputs) {
  const out = [];
  for (const [fn, s] of Object.entries(inputs)) {
    if (s.min === void 0 || s.max === void 0) continue;
    if (fn === "cross_entropy" && s.dim >= 2) {
      const f = judgeLossInput({
        min: s.min,
        max: s.max,
        rowSumError: s.row_sum_error ?? Number.POSITIVE_INFINITY,
        zeroFraction: s.zero_fraction ?? 0,
        expects: "logits"
      });
      out.push({ ...f, summary: `cross_entropy: ${f.summary}`, evidence: { function: fn, ...f.evidence } });
    } else if (fn === "nll_loss" && s.dim >= 2) out.push(judgeNll(s));
    else if (fn === "binary_cross_entropy") out.push(judgeBce(s));
  }
  return out;
}
function classesOf(inputs) {
  for (const fn of ["cross_entropy", "nll_loss"]) {
    const s = inputs[fn];
    if (s && s.dim >= 2 && s.classes !== void 0 && s.classes >= 2) return s.classes;
  }
  return void 0;
}

// src/engines/pytorch/training-loop.ts
var CHANCE_FRACTION = 0.98;
var CHANCE_MIN_POINTS = 20;
var BELOW_ZERO_FRACTION = 0.1;
function judgeZeroGrad(s) {
  if (s.zero_grad_calls > 0) return void 0;
  const manual = s.optimizers === 0;
  const steps = manual ? s.backward_calls : s.optimizer_steps;
  if (steps < 2) return void 0;
  const what = manual ? `backward() ran ${steps} times` : `optimizer.step() ran ${steps} times`;
  return engineFinding(
    "gradients",
    "gradients_accumulate",
    manual ? "warn" : "fail",
    `${what} but zero_grad() was never called: every step adds the new gradient to all the earlier ones${manual ? " (unless the script zeroes them by hand)" : ""}.`,
    { steps, zero_grad_calls: s.zero_grad_calls, optimizers: s.optimizers },
    [
      "optimizer.zero_grad() (or model.zero_grad()) missing from the training loop: gradients accumulate across steps"
    ]
  );
}
function judgeNonFiniteGradients(s) {
  let first;
  for (const p of s.params) {
    p.grad_norms.forEach((g, i) => {
      const step = p.steps[i] ?? Number.POSITIVE_INFINITY;
      if (g !== null && !Number.isFinite(g) && (first === void 0 || step < first.step)) {
        first = { step, name: p.name, value: g };
      }
    });
  }
  if (!first) return void 0;
  return engineFinding(
    "gradients",
    "gradients_non_finite",
    "fail",
    `The gradient of ${first.name} is ${String(first.value)} at optimizer step ${first.step} (the first measured step with a non-finite gradient).`,
    { step: first.step, parameter: first.name, grad_norm: String(first.value) },
    likelyCauses("non_finite")
  );
}
function tailMedian(values) {
  const finite = Float64Array.from(values.filter(Number.isFinite));
  if (finite.length === 0) return Number.NaN;
  const from = Math.floor(finite.length * 0.75);
  return medianOf(finite, from, finite.length);
}
function judgeChance(loss, classes, crossEntropy) {
  const out = [];
  const finite = loss.values.filter(Number.isFinite);
  const first = finite[0] ?? Number.NaN;
  const lowest = finite.reduce((m, v) => Math.min(m, v), Number.POSITIVE_INFINITY);
  if (crossEntropy && lowest < -BELOW_ZERO_FRACTION * Math.abs(first)) {
    out.push({
      series: loss.name,
      split: "train",
      judge: "engine",
      verdict: "below_zero",
      severity: "fail",
      summary: `The loss reaches ${fmt(lowest)}, but the script's loss is a cross-entropy, which cannot fall below 0: the sign is flipped.`,
      evidence: { lowest: finiteOrNull(lowest), first: finiteOrNull(first) },
      causes: likelyCauses("below_zero")
    });
    return out;
  }
  if (classes === void 0 || finite.length < CHANCE_MIN_POINTS) return out;
  const chance = Math.log(classes);
  const tail = tailMedian(loss.values);
  const evidence2 = { classes, chance, tail_median: finiteOrNull(tail), points: finite.length };
  if (tail >= CHANCE_FRACTION * chance) {
    out.push(
      engineFinding(
        loss.name,
        "chance_level",
        "fail",
        `The loss is not learning: its last quarter has median ${fmt(tail)}, at or above chance level ln(${classes}) = ${fmt(chance)}.`,
        evidence2,
        likelyCauses("plateaus")
      )
    );
  }
  return out;
}
function judgeEvalModes(s) {
  const modules = Object.entries(s.modes);
  if (modules.length === 0) return void 0;
  const list = modules.map(([name, m]) => `${name} (${m.type}, ${m.calls} calls)`).join(", ");
  return engineFinding(
    "modes",
    "modes_differ",
    "warn",
    `Forward passes without gradients (evaluation) ran with modules still in training mode: ${list}.`,
    { modules: modules.map(([name]) => name).join(", ") },
    [
      "train/eval mode set up wrong: call model.eval() before evaluating (and model.train() after); dropout stays on and batch-norm updates its statistics in training mode"
    ]
  );
}

// src/engines/pytorch/judge-probe.ts
function weightProbes(s) {
  return s.params.filter((p) => p.kernel).map((p) => {
    const grads = p.grad_norms.filter((g) => g !== null);
    return {
      name: p.name,
      layer: p.name.includes(".") ? p.name.slice(0, p.name.lastIndexOf(".")) : p.name,
      trainable: true,
      frozenOnPurpose: false,
      gradNorms: grads,
      // null: a step without a weight copy (a large model); NaN stays, as the judge reads it
      updateRatios: p.update_ratios.filter((r) => r !== null),
      changed: grads.some((g) => g !== 0)
    };
  });
}
function judgeProbe(s, loss) {
  const notes = [];
  if (s.off) notes.push(`the PyTorch probe switched itself off (${s.off}); its findings are partial`);
  const findings = [];
  if (s.input?.floating && s.input.min !== void 0) {
    const f = judgeInputRange({
      mean: s.input.mean ?? Number.NaN,
      std: s.input.std ?? Number.NaN,
      min: s.input.min,
      max: s.input.max ?? Number.NaN,
      count: s.input.count ?? 0
    });
    findings.push(f.severity === "fail" && s.input.min < 0 ? { ...f, severity: "warn" } : f);
  }
  findings.push(...judgeLossInputs(s.loss_inputs));
  const classes = classesOf(s.loss_inputs);
  const crossEntropy = Object.keys(s.loss_inputs).length > 0;
  if (loss) findings.push(...judgeChance(loss, classes, crossEntropy));
  const zeroGrad = judgeZeroGrad(s);
  if (zeroGrad) findings.push(zeroGrad);
  const nonFinite = judgeNonFiniteGradients(s);
  if (nonFinite) findings.push(nonFinite);
  const probes = weightProbes(s);
  if (probes.length > 0) {
    findings.push(judgeGradients(probes));
    if (s.optimizers > 0) findings.push(judgeUpdates(probes));
  }
  const relu = Object.entries(s.relu).map(([layer, r]) => ({ layer, units: r.units, dead: r.dead }));
  if (relu.length > 0) findings.push(judgeDeadRelu(relu));
  const modes = judgeEvalModes(s);
  if (modes) findings.push(modes);
  let batchProblem;
  if (s.fix_batch && (s.batch_problem || s.fixed_loaders === 0)) {
    batchProblem = `could not fix a batch: ${s.batch_problem ?? "the script iterated no torch.utils.data.DataLoader"}`;
    notes.push(batchProblem);
  }
  const unit = s.optimizers > 0 ? "optimizer steps" : "backward() calls";
  const capped = s.capped ? `stopped after ${s.capped.steps} ${unit} (${s.capped.reason}: ${s.capped.reason === "max_steps" ? s.max_steps : `${s.max_time}s`})` : void 0;
  return {
    findings,
    notes,
    ...batchProblem ? { batchProblem } : {},
    ...capped ? { capped } : {},
    ...classes === void 0 ? {} : { classes }
  };
}

// src/runner/read-probe.ts
async function readProbe(outDir) {
  const summaryPath = join(outDir, PROBE_SUMMARY);
  let text;
  try {
    text = await readFile(summaryPath, "utf8");
  } catch {
    return void 0;
  }
  const json = parseLenientJson(text);
  const parsed = json.ok ? parseProbeSummary(json.value, summaryPath) : { ok: false, problem: `${summaryPath}: ${json.problem}` };
  if (!parsed.ok) return { logs: [], findings: [], notes: [parsed.problem] };
  let logs = [];
  const notes = [];
  if (parsed.summary.backward_calls > 0) {
    try {
      logs = [await readLog(join(outDir, PROBE_LOG), { format: "jsonl" })];
    } catch (error) {
      notes.push(error instanceof Error ? error.message : String(error));
    }
  } else {
    notes.push("the PyTorch probe saw torch imported but no backward() call");
  }
  const loss = logs[0]?.series.find((s) => s.name === "loss");
  const verdicts = judgeProbe(parsed.summary, loss);
  return { ...verdicts, notes: [...verdicts.notes, ...notes], logs };
}
export {
  readProbe
};
