#!/usr/bin/env node
import { createRequire as __tsCreateRequire } from 'node:module';
const require = __tsCreateRequire(import.meta.url);
import {
  renderReportMarkdown
} from "./chunk-A7KUUY2L.js";
import "./chunk-PS7LUI5B.js";
import {
  buildReport
} from "./chunk-ID3GK6ZB.js";
import {
  checkBuiltReport
} from "./chunk-3HTVLBLC.js";
import {
  judgingDefaults
} from "./chunk-BQVUO3CN.js";
import {
  VERSION
} from "./chunk-VZETYKEV.js";
import {
  parseCommandArgs
} from "./chunk-UJ3H4VI4.js";
import {
  EXIT
} from "./chunk-HHMXH6D6.js";
import {
  sparkline
} from "./chunk-CA5X57XI.js";
import "./chunk-G2BISDRW.js";
import {
  engineFinding,
  judgeDeadRelu,
  judgeGradients,
  judgeInputRange,
  judgeLossInput,
  judgeUpdates
} from "./chunk-KXDAP4B2.js";
import {
  findingEntry,
  findingsStatus
} from "./chunk-2MOSWTVO.js";
import {
  sampleCurve
} from "./chunk-OSBNGU4J.js";
import "./chunk-LVBYK5GF.js";
import "./chunk-MCGYQ4LT.js";
import {
  judgeCurve,
  judgeInitLoss,
  judgeOverfit,
  judgeValidation
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
import {
  InputError
} from "./chunk-I44QFZY6.js";
import {
  finiteOrNull
} from "./chunk-QOWQGCTV.js";
import "./chunk-V5FW74KN.js";
import "./chunk-6NW4LEBQ.js";
import "./chunk-AWXJJ3QC.js";
import "./chunk-ZTXSPX4O.js";
import "./chunk-EC6D2AOC.js";
import "./chunk-EJA7YNZZ.js";
import "./chunk-KLT3S7YO.js";

// src/cli/demo.ts
import { mkdir, writeFile } from "node:fs/promises";
import { join as join2, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";

// src/engines/tfjs/demo/bugs.ts
var DEMO_BUGS = {
  flip_sign: {
    what: "the loss is written by hand as mean(sum(y \xB7 log_softmax(z))) \u2014 the minus sign is missing",
    expected: /flipped sign|sign of the loss/i
  },
  lr_high: {
    what: "learning rate 0.3 instead of 1e-3 (a typo in the exponent)",
    expected: /learning rate too high/i
  },
  lr_low: { what: "learning rate 1e-6 instead of 1e-3", expected: /learning rate too low/i },
  unnormalised_inputs: {
    what: "raw pixel bytes 0\u2013255 go into the model: the division by 255 was dropped",
    expected: /not normalised|normali[sz]/i
  },
  labels_shuffled: {
    what: "training labels shuffled with their own permutation, no longer matching the images",
    expected: /labels/i
  },
  softmax_into_loss: {
    what: "the last layer has activation 'softmax' and its output goes to a loss that expects logits",
    expected: /softmax/i
  },
  relu_on_logits: {
    what: "the last layer has activation 'relu': the logits cannot be negative",
    expected: /ReLU on the (output|logits)/i
  },
  frozen_layer: {
    what: "the first layer is left trainable = false (from a fine-tuning experiment)",
    expected: /frozen|never change/i
  }
};
var DEMO_BUG_NAMES = Object.keys(DEMO_BUGS);
function isDemoBug(name) {
  return Object.hasOwn(DEMO_BUGS, name);
}

// src/engines/tfjs/rng.ts
function seededRandom(seed) {
  let a = seed >>> 0 || 2654435769;
  return () => {
    a = a + 1831565813 >>> 0;
    let t = a;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}
function permutation(n, random) {
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = out[i];
    out[i] = out[j];
    out[j] = t;
  }
  return out;
}

// src/engines/tfjs/demo/digits.ts
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
var STORED = 28;
var DIGIT_SIDE = 14;
var DIGIT_PIXELS = DIGIT_SIDE * DIGIT_SIDE;
function digitsFolder() {
  const require2 = createRequire(import.meta.url);
  return join(dirname(require2.resolve("mnist/package.json")), "src", "digits");
}
function pool(raw, offset, out, at) {
  for (let r = 0; r < DIGIT_SIDE; r++) {
    for (let c = 0; c < DIGIT_SIDE; c++) {
      const p = offset + 2 * r * STORED + 2 * c;
      const mean = ((raw[p] ?? 0) + (raw[p + 1] ?? 0) + (raw[p + STORED] ?? 0) + (raw[p + STORED + 1] ?? 0)) / 4;
      out[at + r * DIGIT_SIDE + c] = Math.round(255 * mean);
    }
  }
}
function loadDigits(trainPerClass = 300, valPerClass = 100) {
  const key = `${trainPerClass}/${valPerClass}`;
  let sets = cache.get(key);
  if (!sets) {
    sets = readDigits(trainPerClass, valPerClass);
    cache.set(key, sets);
  }
  return sets;
}
var cache = /* @__PURE__ */ new Map();
async function readDigits(trainPerClass, valPerClass) {
  const folder = digitsFolder();
  const per = trainPerClass + valPerClass;
  const train = {
    pixels: new Uint8Array(10 * trainPerClass * DIGIT_PIXELS),
    labels: new Int32Array(10 * trainPerClass)
  };
  const val = {
    pixels: new Uint8Array(10 * valPerClass * DIGIT_PIXELS),
    labels: new Int32Array(10 * valPerClass)
  };
  const files = await Promise.all(
    Array.from({ length: 10 }, (_, d) => readFile(join(folder, `${d}.json`), "utf8"))
  );
  files.forEach((text, digit) => {
    const raw = JSON.parse(text).data;
    const count = Math.floor(raw.length / (STORED * STORED));
    if (count < per) {
      throw new Error(`mnist package: digit ${digit} has ${count} images, the demo needs ${per}.`);
    }
    for (let i = 0; i < per; i++) {
      const toTrain = i < trainPerClass;
      const split = toTrain ? train : val;
      const k = toTrain ? digit * trainPerClass + i : digit * valPerClass + (i - trainPerClass);
      pool(raw, i * STORED * STORED, split.pixels, k * DIGIT_PIXELS);
      split.labels[k] = digit;
    }
  });
  return { train, val };
}

// src/engines/tfjs/demo/demo-module.ts
var HIDDEN = 48;
function demoModule(bug) {
  const compile = {
    optimizer: "adam",
    learningRate: bug === "lr_high" ? 0.3 : bug === "lr_low" ? 1e-6 : 3e-3,
    batchSize: 64,
    epochs: 4,
    outputs: "logits",
    ...bug === "flip_sign" ? {
      // negative log-likelihood by hand, minus sign forgotten
      loss: (tf, labels, logits) => tf.mean(tf.sum(tf.mul(labels, tf.logSoftmax(logits)), -1))
    } : {}
  };
  return {
    compile,
    createModel(tf, { seed }) {
      const lastActivation = bug === "softmax_into_loss" ? "softmax" : bug === "relu_on_logits" ? "relu" : "linear";
      const model = tf.sequential({
        layers: [
          tf.layers.dense({
            name: "hidden",
            inputShape: [DIGIT_PIXELS],
            units: HIDDEN,
            activation: "relu",
            kernelInitializer: tf.initializers.heNormal({ seed })
          }),
          tf.layers.dropout({ name: "dropout", rate: 0.1, seed: seed + 1 }),
          tf.layers.dense({
            name: "logits",
            units: 10,
            activation: lastActivation,
            kernelInitializer: tf.initializers.glorotNormal({ seed: seed + 2 })
          })
        ]
      });
      if (bug === "frozen_layer") {
        const first = model.layers[0];
        if (first) first.trainable = false;
      }
      return model;
    },
    async loadData(tf, { seed }) {
      const { train, val } = await loadDigits();
      const toX = (split) => tf.tidy(() => {
        const bytes = tf.tensor2d(split.pixels, [split.labels.length, DIGIT_PIXELS], "float32");
        if (bug === "unnormalised_inputs") return bytes;
        return tf.div(bytes, 255);
      });
      let yTrain = train.labels;
      if (bug === "labels_shuffled") {
        const order = permutation(yTrain.length, seededRandom(seed + 7));
        yTrain = Int32Array.from(order, (i) => train.labels[i]);
      }
      return {
        xTrain: toX(train),
        yTrain: tf.tensor1d(yTrain, "int32"),
        xVal: toX(val),
        yVal: tf.tensor1d(val.labels, "int32"),
        classes: 10
      };
    }
  };
}

// src/engines/tfjs/demo/demo-reference.json
var demo_reference_default = {
  source: "clean demo, seeds 1-10, TensorFlow.js cpu backend (bench/demo-reference.ts)",
  metrics: {
    "val/accuracy": {
      value: 0.9127,
      std: 42e-4,
      runs: 10,
      better: "higher",
      tolerance: 0.03
    },
    "val/loss": {
      value: 0.3516,
      std: 82e-4,
      runs: 10,
      better: "lower",
      tolerance: 0.1
    }
  }
};

// src/engines/tfjs/demo/reference.ts
var DEMO_REFERENCE = demo_reference_default;

// src/engines/tfjs/checks/baseline.ts
var BASELINE_Z = 2.33;
var BASELINE_MIN_GAIN = 0.05;
function judgeBaseline(s) {
  const base = Math.max(s.priorAccuracy, s.zeroedAccuracy);
  const p = Math.min(Math.max(s.priorAccuracy, 1e-6), 1 - 1e-6);
  const z = (s.accuracy - base) / Math.sqrt(p * (1 - p) / Math.max(1, s.n));
  const evidence = {
    val_examples: s.n,
    val_accuracy: finiteOrNull(s.accuracy),
    majority_class_accuracy: finiteOrNull(s.priorAccuracy),
    zeroed_inputs_accuracy: finiteOrNull(s.zeroedAccuracy),
    z: finiteOrNull(z),
    train_loss_fell: s.trainLossFell
  };
  const seen = `val accuracy ${fmt(s.accuracy)} vs ${fmt(s.priorAccuracy)} for the majority class and ${fmt(s.zeroedAccuracy)} with zeroed inputs`;
  if (z >= BASELINE_Z && s.accuracy - base >= BASELINE_MIN_GAIN) {
    return engineFinding("baseline", "baseline_ok", "pass", `Inputs matter: ${seen}.`, evidence);
  }
  return engineFinding(
    "baseline",
    "inputs_ignored",
    s.trainLossFell ? "fail" : "warn",
    `No better than an input-independent baseline: ${seen} (z = ${fmt(z)}).`,
    evidence,
    s.trainLossFell ? [
      "labels do not match the inputs (shuffled or misaligned separately from them)",
      "train and validation pre-processed differently",
      "inputs do not reach the model (zeroed, constant or detached)"
    ] : [
      "training did not progress: see the loss curve",
      "inputs do not reach the model (zeroed, constant or detached)"
    ]
  );
}

// src/engines/tfjs/checks/modes.ts
var MODE_GAP_FACTOR = 1.5;
var MODE_GAP_ABS = 0.1;
function judgeModes(s) {
  const evidence = {
    mode_layers: s.layers.join(", "),
    deterministic_inference: s.deterministic,
    train_mode_loss: finiteOrNull(s.trainModeLoss),
    inference_mode_loss: finiteOrNull(s.inferenceModeLoss)
  };
  if (s.layers.length === 0) {
    return engineFinding(
      "modes",
      "modes_ok",
      "pass",
      "No layer behaves differently in training and inference.",
      evidence
    );
  }
  const losses = `loss on a training batch ${fmt(s.trainModeLoss)} in training mode, ${fmt(s.inferenceModeLoss)} in inference mode`;
  if (!s.deterministic) {
    return engineFinding(
      "modes",
      "modes_differ",
      "fail",
      `Inference is not deterministic: two passes over one batch differ (${s.layers.join(", ")}); ${losses}.`,
      evidence,
      ["train/eval mode set up wrong: dropout or noise still applied at inference"]
    );
  }
  if (s.trainModeLoss >= 0 && !(s.inferenceModeLoss <= MODE_GAP_FACTOR * s.trainModeLoss + MODE_GAP_ABS)) {
    return engineFinding(
      "modes",
      "modes_differ",
      "warn",
      `Inference mode does much worse than training mode on the same batch: ${losses}.`,
      evidence,
      [
        "train/eval mode set up wrong: batch-norm moving statistics do not match the batches (momentum, or not updated)"
      ]
    );
  }
  return engineFinding(
    "modes",
    "modes_ok",
    "pass",
    `Training and inference modes agree (${s.layers.join(", ")}): ${losses}.`,
    evidence
  );
}

// src/engines/tfjs/measure.ts
function inputStats(tf, x) {
  const [mean, variance, min, max] = tf.tidy(() => {
    const { mean: mean2, variance: variance2 } = tf.moments(x);
    return tf.stack([mean2, variance2, tf.min(x), tf.max(x)]);
  }).dataSync();
  return {
    mean,
    std: Math.sqrt(variance),
    min,
    max,
    count: x.size
  };
}
function outputStats(tf, model, x, expects) {
  const [min, max, rowSumError, zeroFraction] = tf.tidy(() => {
    const out = model.predict(x);
    const rowSum = tf.sum(out, -1);
    return tf.stack([
      tf.min(out),
      tf.max(out),
      tf.max(tf.abs(tf.sub(rowSum, 1))),
      tf.mean(tf.cast(tf.equal(out, 0), "float32"))
    ]);
  }).dataSync();
  return {
    min,
    max,
    rowSumError,
    zeroFraction,
    expects
  };
}
function evaluate(tf, model, loss, x, y) {
  const [l, a] = tf.tidy(() => {
    const out = model.predict(x);
    const correct = tf.equal(tf.argMax(out, -1), tf.argMax(y, -1));
    return tf.stack([loss(y, out), tf.mean(tf.cast(correct, "float32"))]);
  }).dataSync();
  return { loss: l, accuracy: a };
}
function activationName(layer) {
  const config = layer.getConfig();
  if (layer.getClassName() === "ReLU") return "relu";
  return typeof config.activation === "string" ? config.activation : void 0;
}
function reluStats(tf, model, x) {
  const hidden = model.layers.slice(0, -1).filter((l) => activationName(l) === "relu");
  if (hidden.length === 0) return [];
  const probe = tf.model({ inputs: model.inputs, outputs: hidden.map((l) => l.output) });
  const stats = tf.tidy(() => {
    const outs = probe.predict(x);
    return (Array.isArray(outs) ? outs : [outs]).map((a) => {
      const flat = tf.reshape(a, [a.shape[0] ?? 1, -1]);
      const alive = tf.greater(tf.max(flat, 0), 0);
      return [flat.shape[1] ?? 0, tf.sum(tf.logicalNot(alive)).dataSync()[0]];
    });
  });
  return hidden.map((l, i) => ({ layer: l.name, units: stats[i]?.[0] ?? 0, dead: stats[i]?.[1] ?? 0 }));
}
var MODE_LAYERS = /* @__PURE__ */ new Set([
  "Dropout",
  "SpatialDropout1D",
  "SpatialDropout2D",
  "AlphaDropout",
  "GaussianDropout",
  "GaussianNoise",
  "BatchNormalization"
]);
function modeStats(tf, model, loss, x, y) {
  const layers = model.layers.filter((l) => MODE_LAYERS.has(l.getClassName()));
  const [same, trainLoss, inferLoss] = tf.tidy(() => {
    const a = model.predict(x);
    const b = model.predict(x);
    const train = loss(y, model.apply(x, { training: true }));
    return tf.stack([tf.cast(tf.all(tf.equal(a, b)), "float32"), train, loss(y, a)]);
  }).dataSync();
  return {
    layers: layers.map((l) => l.name),
    deterministic: same === 1,
    trainModeLoss: trainLoss,
    inferenceModeLoss: inferLoss
  };
}

// src/engines/tfjs/setup.ts
function makeOptimizer(tf, compile) {
  const lr = compile.learningRate ?? 1e-3;
  if (!(lr > 0 && Number.isFinite(lr))) {
    throw new InputError(`compile.learningRate must be a positive number, got ${lr}.`);
  }
  if (compile.optimizer === "sgd") return tf.train.sgd(lr);
  if (compile.optimizer === "rmsprop") return tf.train.rmsprop(lr);
  return tf.train.adam(lr);
}
function makeLoss(tf, compile) {
  const custom = compile.loss;
  if (custom) return (labels, outputs) => custom(tf, labels, outputs);
  if (compile.outputs === "probabilities") {
    return (labels, outputs) => tf.neg(tf.mean(tf.sum(tf.mul(labels, tf.log(tf.clipByValue(outputs, 1e-7, 1))), -1)));
  }
  return (labels, outputs) => tf.losses.softmaxCrossEntropy(labels, outputs);
}
function oneHotLabels(tf, y, classes, what) {
  if (y.rank === 1) return tf.tidy(() => tf.cast(tf.oneHot(tf.cast(y, "int32"), classes), "float32"));
  if (y.rank === 2 && y.shape[1] === classes) return tf.cast(y, "float32");
  throw new InputError(
    `loadData: ${what} has shape [${y.shape.join(", ")}]; expected class indices [n] or one-hot rows [n, ${classes}].`
  );
}
function checkData(data) {
  const problems = [];
  if (!Number.isInteger(data.classes) || data.classes < 2)
    problems.push(`classes is ${data.classes}; expected an integer \u2265 2`);
  const pairs = [
    ["xTrain", data.xTrain, "yTrain", data.yTrain],
    ["xVal", data.xVal, "yVal", data.yVal]
  ];
  for (const [xn, x, yn, y] of pairs) {
    if (x.shape[0] !== y.shape[0])
      problems.push(`${xn} has ${x.shape[0]} examples but ${yn} has ${y.shape[0]}`);
    if ((x.shape[0] ?? 0) < 1) problems.push(`${xn} is empty`);
  }
  if (problems.length > 0) throw new InputError(`loadData returned bad data: ${problems.join("; ")}.`);
}

// src/engines/tfjs/train-loop.ts
function watchedKernels(model) {
  return model.layers.flatMap(
    (layer) => layer.weights.filter((w) => w.shape.length >= 2).map((w) => ({
      name: w.name,
      layer: layer.name,
      variable: w.read(),
      trainable: layer.trainable && w.trainable
    }))
  );
}
async function trainLoop(tf, model, optimizer, loss, options) {
  const kernels = watchedKernels(model);
  const traces = kernels.map((k) => ({
    name: k.name,
    layer: k.layer,
    trainable: k.trainable,
    gradNorms: [],
    updateRatios: []
  }));
  const losses = new Float64Array(options.steps);
  let trainMs = 0;
  for (let step = 0; step < options.steps; step++) {
    const started = performance.now();
    const { x, y } = options.batch(step);
    const vars = model.trainableWeights.map((w) => w.read());
    const { value, grads } = tf.variableGrads(
      () => loss(y, model.apply(x, { training: true })),
      vars
    );
    const probe = options.probeEvery > 0 && step % options.probeEvery === 0;
    const trained = kernels.map((k) => k.trainable ? grads[k.variable.name] : void 0);
    let gradNorms;
    let before = [];
    if (probe) {
      gradNorms = tf.tidy(() => tf.stack(trained.map((g) => g ? tf.norm(g) : tf.scalar(Number.NaN)))).dataSync();
      before = kernels.map((k) => tf.clone(k.variable));
    }
    optimizer.applyGradients(grads);
    if (probe && gradNorms) {
      const ratios = tf.tidy(
        () => tf.stack(
          kernels.map(
            (k, i) => tf.div(tf.norm(tf.sub(k.variable, before[i])), tf.norm(before[i]))
          )
        )
      ).dataSync();
      traces.forEach((t, i) => {
        if (!trained[i]) return;
        t.gradNorms.push(gradNorms?.[i]);
        t.updateRatios.push(ratios[i]);
      });
      tf.dispose(before);
    }
    losses[step] = value.dataSync()[0];
    tf.dispose([value, x, y, ...Object.values(grads)]);
    trainMs += performance.now() - started;
    await options.onStep?.(step, losses[step]);
  }
  return { losses, kernels: traces, trainMs };
}

// src/engines/tfjs/run-engine.ts
function series(name, split, steps, values) {
  const metric = name.split("/").pop() ?? name;
  return { name, metric, split, steps: Float64Array.from(steps), values: Float64Array.from(values) };
}
var TRAIN_LOG_EVERY = 4;
function windowMean(s, k) {
  const steps = [];
  const values = [];
  for (let at = 0; at < s.values.length; at += k) {
    const end = Math.min(s.values.length, at + k);
    let sum = 0;
    for (let i = at; i < end; i++) sum += s.values[i];
    steps.push(s.steps[end - 1]);
    values.push(sum / (end - at));
  }
  return series(s.name, s.split, steps, values);
}
function relativeFall(values) {
  const k = Math.max(1, Math.floor(values.length / 10));
  const start = medianOf(values, 0, k);
  const end = medianOf(values, values.length - k, values.length);
  return (start - end) / Math.abs(start);
}
function classCounts(labels, classes) {
  const counts = new Array(classes).fill(0);
  for (const c of labels) counts[c] = (counts[c] ?? 0) + 1;
  return counts;
}
async function runEngine(module, options) {
  const { tf } = options.backend;
  const began = performance.now();
  const progress = options.onProgress ?? (() => {
  });
  const compile = module.compile ?? {};
  const seed = options.seed;
  const loss = makeLoss(tf, compile);
  const data = await module.loadData(tf, { seed });
  checkData(data);
  const yTrain = oneHotLabels(tf, data.yTrain, data.classes, "yTrain");
  const yVal = oneHotLabels(tf, data.yVal, data.classes, "yVal");
  const nTrain = data.xTrain.shape[0] ?? 0;
  const batchSize = Math.min(compile.batchSize ?? 64, nTrain);
  const epochs = options.epochs ?? compile.epochs ?? 3;
  const perEpoch = Math.max(1, Math.floor(nTrain / batchSize));
  const steps = perEpoch * epochs;
  const random = seededRandom(seed);
  const orders = Array.from({ length: epochs }, () => permutation(nTrain, random));
  const take = (x, idx) => tf.tidy(() => tf.gather(x, tf.tensor1d(idx, "int32")));
  const batchIdx = (step) => {
    const order = orders[Math.floor(step / perEpoch)];
    const at = step % perEpoch * batchSize;
    return order.subarray(at, at + batchSize);
  };
  const first = batchIdx(0);
  const xFirst = take(data.xTrain, first);
  const model = await module.createModel(tf, { seed });
  const inputs = judgeInputRange(inputStats(tf, xFirst));
  const lossInput = judgeLossInput(outputStats(tf, model, xFirst, compile.outputs ?? "logits"));
  tf.dispose(xFirst);
  const initial = new Map(watchedKernels(model).map((k) => [k.name, tf.clone(k.variable)]));
  const valEvery = Math.max(1, Math.round(steps / (options.valPoints ?? 12)));
  const valSteps = [0];
  const val0 = evaluate(tf, model, loss, data.xVal, yVal);
  const valLoss = [val0.loss];
  const valAcc = [val0.accuracy];
  progress(
    `smoke: ${steps} steps (${epochs} epochs of ${perEpoch} batches of ${batchSize}) on ${options.backend.name}`
  );
  const smoke = await trainLoop(tf, model, makeOptimizer(tf, compile), loss, {
    steps,
    probeEvery: options.probeEvery ?? 10,
    batch: (step) => {
      const idx = batchIdx(step);
      return { x: take(data.xTrain, idx), y: take(yTrain, idx) };
    },
    onStep: (step, value) => {
      if ((step + 1) % valEvery !== 0 && step + 1 !== steps) return;
      const v = evaluate(tf, model, loss, data.xVal, yVal);
      valSteps.push(step + 1);
      valLoss.push(v.loss);
      valAcc.push(v.accuracy);
      if (valSteps.length % 3 === 0 || step + 1 === steps) {
        progress(
          `smoke: step ${step + 1}/${steps} epoch ${Math.ceil((step + 1) / perEpoch)}/${epochs} loss ${value.toPrecision(3)} val_loss ${v.loss.toPrecision(3)} val_acc ${v.accuracy.toFixed(3)}`
        );
      }
    }
  });
  const stepsPerSecond = steps / (smoke.trainMs / 1e3);
  const rawLoss = series(
    "train/loss",
    "train",
    Array.from({ length: steps }, (_, i) => i),
    smoke.losses
  );
  const trainLoss = windowMean(rawLoss, TRAIN_LOG_EVERY);
  const valLossSeries = series("val/loss", "val", valSteps, valLoss);
  const valAccSeries = series("val/accuracy", "val", valSteps, valAcc);
  const probes = smoke.kernels.map((k) => {
    const init = initial.get(k.name);
    const variable = watchedKernels(model).find((w) => w.name === k.name)?.variable;
    const changed = init && variable ? tf.tidy(() => tf.any(tf.notEqual(init, variable)).dataSync()[0] === 1) : true;
    return { ...k, changed, frozenOnPurpose: (compile.frozenLayers ?? []).includes(k.layer) };
  });
  tf.dispose([...initial.values()]);
  const evalIdx = batchIdx(0).subarray(0, Math.min(256, batchSize));
  const xb = take(data.xTrain, evalIdx);
  const yb = take(yTrain, evalIdx);
  const xv = tf.tidy(() => tf.slice(data.xVal, 0, Math.min(256, data.xVal.shape[0] ?? 0)));
  const relu = judgeDeadRelu(reluStats(tf, model, xv));
  const modes = judgeModes(modeStats(tf, model, loss, xb, yb));
  const final = evaluate(tf, model, loss, data.xVal, yVal);
  const zeros = tf.zerosLike(data.xVal);
  const zeroed = evaluate(tf, model, loss, zeros, yVal);
  const trainCounts = classCounts(
    tf.tidy(() => tf.argMax(yTrain, -1)).dataSync(),
    data.classes
  );
  const valCounts = classCounts(tf.tidy(() => tf.argMax(yVal, -1)).dataSync(), data.classes);
  const majority = trainCounts.indexOf(Math.max(...trainCounts));
  const nVal = data.xVal.shape[0] ?? 0;
  const baseline = judgeBaseline({
    n: nVal,
    accuracy: final.accuracy,
    priorAccuracy: (valCounts[majority] ?? 0) / nVal,
    zeroedAccuracy: zeroed.accuracy,
    trainLossFell: relativeFall(smoke.losses) >= 0.02
  });
  tf.dispose([xb, yb, xv, zeros]);
  model.dispose();
  const smokeFindings = [
    judgeCurve(trainLoss),
    judgeValidation(trainLoss, valLossSeries),
    judgeInitLoss(rawLoss, data.classes),
    inputs,
    lossInput,
    judgeGradients(probes),
    judgeUpdates(probes),
    relu,
    baseline,
    modes
  ];
  const overfitSteps = options.overfitSteps ?? 200;
  const fixed = permutation(nTrain, seededRandom(seed + 1)).subarray(
    0,
    Math.min(options.overfitBatch ?? 32, nTrain)
  );
  const xo = take(data.xTrain, fixed);
  const yo = take(yTrain, fixed);
  const overfitModel = await module.createModel(tf, { seed });
  progress(`overfit: ${overfitSteps} steps on one batch of ${fixed.length}`);
  const overfit = await trainLoop(tf, overfitModel, makeOptimizer(tf, compile), loss, {
    steps: overfitSteps,
    probeEvery: 0,
    batch: () => ({ x: tf.clone(xo), y: tf.clone(yo) }),
    onStep: (step, value) => {
      if ((step + 1) % 50 === 0)
        progress(`overfit: step ${step + 1}/${overfitSteps} loss ${value.toPrecision(3)}`);
    }
  });
  tf.dispose([xo, yo, yTrain, yVal, data.xTrain, data.yTrain, data.xVal, data.yVal]);
  overfitModel.dispose();
  const overfitLoss = series(
    "overfit/loss",
    "train",
    Array.from({ length: overfitSteps }, (_, i) => i),
    overfit.losses
  );
  const overfitFindings = [judgeOverfit(overfitLoss)];
  const finalMetrics = {
    "val/accuracy": final.accuracy,
    "val/loss": Number.isFinite(final.loss) ? final.loss : null,
    "train/loss": Number.isFinite(smoke.losses[steps - 1]) ? smoke.losses[steps - 1] : null
  };
  const defaults = judgingDefaults();
  const gate = { ...defaults.gate, ...options.gate };
  const b = options.backend;
  const smokeCheck = {
    name: "smoke",
    status: findingsStatus("smoke", smokeFindings, gate),
    summary: `Trained ${steps} steps in process on TensorFlow.js backend '${b.name}' (${b.package}) at ${stepsPerSecond.toFixed(1)} steps/s; val accuracy ${final.accuracy.toFixed(3)}.`,
    durationMs: smoke.trainMs,
    findings: smokeFindings.map(findingEntry),
    gpu: {
      present: b.gpu,
      used: b.gpu,
      backend: b.name,
      package: b.package,
      steps_per_second: stepsPerSecond
    },
    curves: [sampleCurve(trainLoss), sampleCurve(valLossSeries), sampleCurve(valAccSeries)]
  };
  const overfitCheck = {
    name: "overfit",
    status: findingsStatus("overfit", overfitFindings, gate),
    summary: `Trained ${overfitSteps} steps on one fixed batch of ${fixed.length} examples.`,
    durationMs: overfit.trainMs,
    findings: overfitFindings.map(findingEntry),
    gpu: null,
    curves: [sampleCurve(overfitLoss)]
  };
  const checks = [
    { report: smokeCheck, finalMetrics, gaps: null },
    { report: overfitCheck, finalMetrics: {}, gaps: null }
  ];
  const report = buildReport(
    checks,
    { ...defaults, gate, ...options.reference ? { reference: options.reference } : {} },
    {
      seed,
      startedAt: options.startedAt,
      durationMs: performance.now() - began,
      trainspotterVersion: options.trainspotterVersion,
      configPath: null
    }
  );
  return { report, series: [trainLoss, valLossSeries, valAccSeries, overfitLoss], stepsPerSecond };
}

// src/engines/tfjs/tf.ts
var NATIVE = ["@tensorflow/tfjs-node-gpu", "@tensorflow/tfjs-node"];
var loaded;
function exportsOf(mod) {
  return mod.default ?? mod;
}
async function load(preferNative) {
  if (preferNative) {
    for (const pkg of NATIVE) {
      try {
        const mod = await import(pkg);
        const tf2 = mod.default ?? mod;
        await tf2.ready();
        return { tf: tf2, name: tf2.getBackend(), package: pkg, gpu: pkg.endsWith("-gpu") };
      } catch {
      }
    }
  }
  const [core, layers] = await Promise.all([
    import("./chunk-RE5CROUV.js"),
    import("./chunk-3YQR7SBN.js"),
    import("./chunk-O7QINB7T.js")
  ]);
  const tf = { ...exportsOf(core), ...exportsOf(layers) };
  tf.env().set("PROD", true);
  await tf.setBackend("cpu");
  await tf.ready();
  return { tf, name: tf.getBackend(), package: "@tensorflow/tfjs-backend-cpu", gpu: false };
}
function loadTf(options = {}) {
  loaded ??= load(options.preferNative ?? true);
  return loaded;
}

// src/cli/demo.ts
var USAGE = `trainspotter demo [--bug ${DEMO_BUG_NAMES.join("|")} | --module FILE] [--seed N] [--out DIR]`;
async function loadUserModule(path) {
  let loaded2;
  try {
    loaded2 = await import(pathToFileURL(path).href);
  } catch (error) {
    throw new InputError(
      `--module ${path}: cannot be loaded (${error.message}). Give an ES module (.mjs or .js).`
    );
  }
  const missing = ["createModel", "loadData"].filter((name) => typeof loaded2[name] !== "function");
  if (missing.length > 0) {
    throw new InputError(
      `--module ${path}: exports no ${missing.join(" and no ")} function; it must export createModel(tf, {seed}) and loadData(tf, {seed}) (docs/tfjs-engine.md).`
    );
  }
  return loaded2;
}
var MARK = { pass: "\u2714", warn: "!", fail: "\u2718" };
async function demoCommand(args, io) {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      bug: { type: "string" },
      module: { type: "string" },
      seed: { type: "string" },
      out: { type: "string" }
    },
    USAGE
  );
  if (positionals.length > 0)
    throw new InputError(`unexpected argument '${positionals[0]}'.
Usage: ${USAGE}`);
  const bug = values.bug;
  if (bug !== void 0 && !isDemoBug(bug)) {
    throw new InputError(`--bug '${bug}' is not in the gallery; choose one of ${DEMO_BUG_NAMES.join(", ")}.`);
  }
  if (bug !== void 0 && values.module !== void 0) {
    throw new InputError(
      "--bug injects a bug into the built-in demo model; it cannot be combined with --module."
    );
  }
  const seed = values.seed === void 0 ? 1 : Number(values.seed);
  if (!Number.isSafeInteger(seed) || seed < 0)
    throw new InputError(`--seed must be a whole number \u2265 0, got '${values.seed}'.`);
  const out = resolve(io.cwd, values.out ?? join2(".trainspotter", "demo"));
  const backend = await loadTf();
  const userModule = values.module === void 0 ? void 0 : resolve(io.cwd, values.module);
  io.stdout(
    userModule ? `trainspotter demo: your TF.js module ${relative(io.cwd, userModule) || userModule}, seed ${seed}
` : `trainspotter demo: an MLP on real MNIST digits (the mnist package), seed ${seed}, ${bug ? `bug ${bug}: ${DEMO_BUGS[bug].what}` : "no bug injected"}
`
  );
  const module = userModule ? await loadUserModule(userModule) : demoModule(bug);
  const started = Date.now();
  const result = await runEngine(module, {
    backend,
    seed,
    reference: userModule ? null : DEMO_REFERENCE,
    startedAt: new Date(started).toISOString(),
    trainspotterVersion: VERSION,
    onProgress: (line) => io.stdout(`  ${line}
`)
  });
  const report = checkBuiltReport(JSON.parse(JSON.stringify(result.report)), "the demo report");
  io.stdout("\nLoss curves:\n");
  for (const s of result.series.filter((c) => c.metric === "loss")) {
    io.stdout(`  ${s.name.padEnd(13)} ${sparkline(s.values, 40)}
`);
  }
  io.stdout("\nVerdicts:\n");
  for (const check of report.checks) {
    for (const f of check.findings) {
      const cause = f.severity === "pass" || f.causes.length === 0 ? "" : ` \u2014 likely: ${f.causes[0]}`;
      io.stdout(
        `  ${MARK[f.severity]} ${f.severity.padEnd(4)} ${check.name.padEnd(7)} ${f.verdict.padEnd(21)} ${f.summary}${cause}
`
      );
    }
  }
  for (const r of report.comparison?.results ?? []) {
    const mark = r.outcome === "regressed" ? MARK.fail : r.outcome === "inconclusive" ? MARK.warn : MARK.pass;
    io.stdout(`  ${mark} ${r.outcome.padEnd(12)} ${r.metric} vs the known result: ${r.message}
`);
  }
  io.stdout(
    `
Backend '${backend.name}' (${backend.package}): ${result.stepsPerSecond.toFixed(1)} steps/s; ${((Date.now() - started) / 1e3).toFixed(1)} s in all.
`
  );
  await mkdir(out, { recursive: true });
  const json = join2(out, "report.json");
  const markdown = join2(out, "report.md");
  await writeFile(json, `${JSON.stringify(report, null, 2)}
`);
  await writeFile(markdown, renderReportMarkdown(report));
  io.stdout(`Wrote ${relative(io.cwd, json)} and ${relative(io.cwd, markdown)}.
Status: ${report.status}
`);
  return report.status === "fail" ? EXIT.failed : EXIT.ok;
}
export {
  demoCommand
};
