#!/usr/bin/env node
import { createRequire as __tsCreateRequire } from 'node:module';
const require = __tsCreateRequire(import.meta.url);
import {
  medianOf
} from "./chunk-2UQ3NV2F.js";
import {
  fmt
} from "./chunk-4CRTBN4C.js";
import {
  finiteOrNull
} from "./chunk-QOWQGCTV.js";

// src/engines/tfjs/checks/finding.ts
function engineFinding(series, verdict, severity, summary, evidence, causes = []) {
  return { series, split: "train", judge: "engine", verdict, severity, summary, evidence, causes };
}

// src/engines/tfjs/checks/dead-relu.ts
var DEAD_RELU_WARN = 0.25;
var DEAD_RELU_FAIL = 0.5;
function judgeDeadRelu(layers) {
  const evidence = {};
  for (const l of layers) evidence[`dead_fraction ${l.layer}`] = l.units > 0 ? l.dead / l.units : 0;
  const list = layers.map((l) => `${l.layer} ${l.dead}/${l.units}`).join(", ");
  const worst = Math.max(0, ...Object.values(evidence));
  if (layers.length === 0) {
    return engineFinding("relu", "relu_ok", "pass", "No hidden ReLU layer to check.", evidence);
  }
  if (worst >= DEAD_RELU_WARN) {
    return engineFinding(
      "relu",
      "relu_dead",
      worst >= DEAD_RELU_FAIL ? "fail" : "warn",
      `${fmt(100 * worst)}% of a layer's ReLUs are dead (zero for a whole batch): ${list}.`,
      evidence,
      [
        "learning rate too high: large updates push units permanently negative",
        "bad initialisation or a large negative bias",
        "inputs not normalised"
      ]
    );
  }
  return engineFinding("relu", "relu_ok", "pass", `Dead ReLUs after training: ${list}.`, evidence);
}

// src/engines/tfjs/checks/gradients.ts
var GRAD_EXPLODE = 1e3;
var GRAD_VANISH_RATIO = 1e-4;
function median(xs) {
  return xs.length === 0 ? Number.NaN : medianOf(Float64Array.from(xs), 0, xs.length);
}
function judgeGradients(probes) {
  const medians = probes.map((p) => median(p.gradNorms));
  const evidence = { kernels: probes.length };
  probes.forEach((p, i) => {
    evidence[`grad_norm_median ${p.name}`] = finiteOrNull(medians[i]);
    evidence[`grad_norm_max ${p.name}`] = finiteOrNull(
      Math.max(...p.gradNorms.map((g) => Number.isFinite(g) ? g : Infinity), 0)
    );
  });
  const list = probes.map((p, i) => `${p.layer} ${fmt(medians[i])}`).join(", ");
  const bad = probes.filter((p) => p.gradNorms.some((g) => !(g <= GRAD_EXPLODE)));
  if (bad.length > 0) {
    const worst = Math.max(
      ...bad.flatMap((p) => p.gradNorms.map((g) => Number.isFinite(g) ? g : Infinity))
    );
    return engineFinding(
      "gradients",
      "gradients_exploding",
      "fail",
      `Gradients exploded in ${bad.map((p) => p.layer).join(", ")}: norm reached ${fmt(worst)} (limit ${fmt(GRAD_EXPLODE)}); median norms ${list}.`,
      evidence,
      [
        "learning rate too high",
        "numerical issue: check every exp, log and division",
        "inputs not normalised"
      ]
    );
  }
  const frozen = probes.filter((p) => !p.changed && !p.frozenOnPurpose);
  if (frozen.length > 0) {
    const how = frozen.map(
      (p) => `${p.layer} (${p.trainable ? "trainable, no gradient reached it" : "trainable = false"})`
    );
    return engineFinding(
      "gradients",
      "weights_frozen",
      "fail",
      `Weights never changed during training in ${how.join(", ")}.`,
      { ...evidence, frozen: frozen.map((p) => p.name).join(", ") },
      [
        "layer frozen by mistake (trainable = false left on); list it in frozenLayers if it is meant to be",
        "gradients not flowing through the whole model (a detached or unused layer)"
      ]
    );
  }
  const largest = Math.max(...medians.filter(Number.isFinite), 0);
  const vanishing = probes.filter(
    (p, i) => p.gradNorms.length > 0 && !(medians[i] >= GRAD_VANISH_RATIO * largest)
  );
  if (vanishing.length > 0 || largest === 0) {
    return engineFinding(
      "gradients",
      "gradients_vanishing",
      "fail",
      `Gradients vanish in ${vanishing.map((p) => p.layer).join(", ") || "every layer"}: median norms ${list}.`,
      evidence,
      [
        "gradients not flowing through the whole model (saturated activations, dead ReLUs)",
        "incorrect input to the loss (softmax instead of logits, a ReLU on the output)"
      ]
    );
  }
  return engineFinding(
    "gradients",
    "gradients_ok",
    "pass",
    `Gradients flow through every layer: median norms ${list}.`,
    evidence
  );
}

// src/engines/tfjs/checks/input-range.ts
var INPUT_MAX_ABS = 20;
var INPUT_MAX_SCALE = 5;
function judgeInputRange(s) {
  const maxAbs = Math.max(Math.abs(s.min), Math.abs(s.max));
  const evidence = {
    mean: finiteOrNull(s.mean),
    std: finiteOrNull(s.std),
    min: finiteOrNull(s.min),
    max: finiteOrNull(s.max),
    values: s.count,
    max_abs_limit: INPUT_MAX_ABS,
    scale_limit: INPUT_MAX_SCALE
  };
  const range = `range ${fmt(s.min)} to ${fmt(s.max)}, mean ${fmt(s.mean)}, std ${fmt(s.std)}`;
  const finite = [s.mean, s.std, s.min, s.max].every(Number.isFinite);
  if (!finite || maxAbs > INPUT_MAX_ABS || s.std > INPUT_MAX_SCALE || Math.abs(s.mean) > INPUT_MAX_SCALE) {
    return engineFinding(
      "inputs",
      "inputs_unnormalised",
      "fail",
      finite ? `Inputs are not normalised: a training batch has ${range} (expected within \xB1${INPUT_MAX_ABS}, std and |mean| \u2264 ${INPUT_MAX_SCALE}).` : `Inputs hold NaN or Infinity: a training batch has ${range}.`,
      evidence,
      [
        "inputs not normalised: scale them (pixels / 255) or standardise them to mean 0, std 1",
        "pre-processing differs from what the model was built for"
      ]
    );
  }
  return engineFinding("inputs", "inputs_ok", "pass", `Inputs look normalised: ${range}.`, evidence);
}

// src/engines/tfjs/checks/updates.ts
var UPDATE_MIN = 1e-4;
var UPDATE_MAX = 0.3;
function judgeUpdates(probes) {
  const trained = probes.filter((p) => p.updateRatios.length > 0);
  const medians = trained.map((p) => median(p.updateRatios));
  const evidence = {
    min_healthy: UPDATE_MIN,
    max_healthy: UPDATE_MAX
  };
  trained.forEach((p, i) => {
    evidence[`update_ratio_median ${p.name}`] = finiteOrNull(medians[i]);
  });
  const list = trained.map((p, i) => `${p.layer} ${fmt(medians[i])}`).join(", ");
  const top = Math.max(...medians.map((m) => Number.isNaN(m) ? Infinity : m), 0);
  const peaks = trained.map((p) => Math.max(...p.updateRatios.map((r) => Number.isNaN(r) ? Infinity : r)));
  const peak = Math.max(0, ...peaks);
  evidence.update_ratio_peak = finiteOrNull(peak);
  if (trained.length > 0 && peak > UPDATE_MAX) {
    return engineFinding(
      "updates",
      "updates_too_large",
      "fail",
      `Updates are too large: \u2016\u0394w\u2016/\u2016w\u2016 reached ${fmt(peak)} in one step; medians ${list} (healthy ${fmt(UPDATE_MIN)}\u2013${fmt(UPDATE_MAX)}, ~1e-3 for SGD).`,
      evidence,
      ["learning rate too high", "numerical issue: check every exp, log and division"]
    );
  }
  if (trained.length > 0 && top < UPDATE_MIN) {
    return engineFinding(
      "updates",
      "updates_too_small",
      "fail",
      `Updates are too small: \u2016\u0394w\u2016/\u2016w\u2016 per step ${list} (healthy ${fmt(UPDATE_MIN)}\u2013${fmt(UPDATE_MAX)}, ~1e-3 for SGD).`,
      evidence,
      ["learning rate too low", "too much regularisation or gradient clipping"]
    );
  }
  return engineFinding(
    "updates",
    "updates_ok",
    "pass",
    trained.length > 0 ? `Update-to-weight ratios per step: ${list}.` : "No trained kernel to measure.",
    evidence
  );
}

// src/engines/tfjs/checks/loss-input.ts
var ROW_SUM_TOLERANCE = 1e-3;
var RELU_ZERO_FRACTION = 0.05;
function judgeLossInput(s) {
  const evidence = {
    expects: s.expects,
    min: finiteOrNull(s.min),
    max: finiteOrNull(s.max),
    row_sum_error: finiteOrNull(s.rowSumError),
    zero_fraction: finiteOrNull(s.zeroFraction)
  };
  const seen = `outputs range ${fmt(s.min)} to ${fmt(s.max)}, rows sum to 1 within ${fmt(s.rowSumError)}, ${fmt(100 * s.zeroFraction)}% exact zeros`;
  if (s.expects === "logits") {
    if (s.min >= 0 && s.max <= 1 && s.rowSumError <= ROW_SUM_TOLERANCE) {
      return engineFinding(
        "loss input",
        "loss_input_softmaxed",
        "fail",
        `The loss expects logits but gets probabilities: ${seen}.`,
        evidence,
        [
          "incorrect input to the loss: softmax output fed to a loss that expects logits (remove the softmax, or use a loss on probabilities)"
        ]
      );
    }
    if (s.min >= 0 && s.zeroFraction >= RELU_ZERO_FRACTION) {
      return engineFinding(
        "loss input",
        "loss_input_relu",
        "fail",
        `The logits are never negative and often exactly 0: ${seen}.`,
        evidence,
        [
          "incorrect input to the loss: a ReLU on the output layer clips the logits at 0 (make the last layer linear)"
        ]
      );
    }
  }
  return engineFinding(
    "loss input",
    "loss_input_ok",
    "pass",
    `The loss gets ${s.expects}: ${seen}.`,
    evidence
  );
}

export {
  engineFinding,
  judgeDeadRelu,
  judgeGradients,
  judgeInputRange,
  judgeUpdates,
  ROW_SUM_TOLERANCE,
  judgeLossInput
};
