import type { Tensor } from '@tensorflow/tfjs-core';
import { buildReport } from '../../core/build-report.js';
import { type Config, judgingDefaults } from '../../core/config.js';
import { sampleCurve } from '../../core/curve-sample.js';
import { findingEntry, findingsStatus, type JudgedCheck } from '../../core/judge-check.js';
import { judgeCurve } from '../../core/judge-curve.js';
import { judgeInitLoss } from '../../core/judge-init-loss.js';
import { judgeOverfit } from '../../core/judge-overfit.js';
import { judgeValidation } from '../../core/judge-validation.js';
import type { CheckReport, Report } from '../../core/report.js';
import type { Series } from '../../core/series.js';
import { medianOf } from '../../core/stats/select.js';
import { judgeBaseline } from './checks/baseline.js';
import { judgeDeadRelu } from './checks/dead-relu.js';
import { judgeGradients, type WeightProbe } from './checks/gradients.js';
import { judgeInputRange } from './checks/input-range.js';
import { judgeLossInput } from './checks/loss-input.js';
import { judgeModes } from './checks/modes.js';
import { judgeUpdates } from './checks/updates.js';
import { evaluate, inputStats, modeStats, outputStats, reluStats } from './measure.js';
import type { TfjsModule } from './module.js';
import { permutation, seededRandom } from './rng.js';
import { checkData, makeLoss, makeOptimizer, oneHotLabels } from './setup.js';
import type { TfBackend } from './tf.js';
import { trainLoop, watchedKernels } from './train-loop.js';

/** A known result for one final metric, as committed in demo-reference.json. */
export interface EngineReferenceMetric {
  readonly value: number;
  readonly std?: number;
  readonly runs?: number;
  readonly better: 'higher' | 'lower';
  readonly tolerance: number;
}

export interface EngineReference {
  readonly source: string;
  readonly metrics: Readonly<Record<string, EngineReferenceMetric>>;
}

export interface EngineOptions {
  readonly backend: TfBackend;
  readonly seed: number;
  /** Smoke-train epochs; default the module's compile.epochs, else 3. */
  readonly epochs?: number;
  /** Single-batch overfit: steps (default 200) on a batch of this many examples (default 32). */
  readonly overfitSteps?: number;
  readonly overfitBatch?: number;
  /** Probe gradients and updates every this many steps; default 10. */
  readonly probeEvery?: number;
  /** About how many validation evaluations the smoke train makes; default 12. */
  readonly valPoints?: number;
  readonly reference?: EngineReference | null;
  /** What each kind of finding does (trainspotter.yml's `gate`); unset keys take their defaults. */
  readonly gate?: Partial<Config['gate']>;
  /** Run facts the shell knows. */
  readonly startedAt: string;
  readonly trainspotterVersion: string;
  readonly onProgress?: (line: string) => void;
}

export interface EngineResult {
  readonly report: Report;
  /** The full curves (the report holds them downsampled), for sparklines. */
  readonly series: readonly Series[];
  readonly stepsPerSecond: number;
}

function series(name: string, split: Series['split'], steps: number[], values: ArrayLike<number>): Series {
  const metric = name.split('/').pop() ?? name;
  return { name, metric, split, steps: Float64Array.from(steps), values: Float64Array.from(values) };
}

/**
 * Steps per logged train-loss point. A 64-example batch's loss swings 2× from step to step late
 * in training, which reads as oscillation; loggers average a few steps (Lightning's
 * log_every_n_steps, Keras' running mean), and so does the engine.
 */
const TRAIN_LOG_EVERY = 4;

/** Means of consecutive windows of `k` points, each at its window's last step. */
function windowMean(s: Series, k: number): Series {
  const steps: number[] = [];
  const values: number[] = [];
  for (let at = 0; at < s.values.length; at += k) {
    const end = Math.min(s.values.length, at + k);
    let sum = 0;
    for (let i = at; i < end; i++) sum += s.values[i] as number;
    steps.push(s.steps[end - 1] as number);
    values.push(sum / (end - at));
  }
  return series(s.name, s.split, steps, values);
}

/** Relative fall of a loss from its first to its last tenth (medians). */
function relativeFall(values: Float64Array): number {
  const k = Math.max(1, Math.floor(values.length / 10));
  const start = medianOf(values, 0, k);
  const end = medianOf(values, values.length - k, values.length);
  return (start - end) / Math.abs(start);
}

function classCounts(labels: Float32Array | Int32Array | Uint8Array, classes: number): number[] {
  const counts = new Array<number>(classes).fill(0);
  for (const c of labels) counts[c] = (counts[c] ?? 0) + 1;
  return counts;
}

/**
 * Runs a TensorFlow.js model module in process: the smoke train (curve, validation, initial
 * loss and the engine's own checks), the single-batch overfit and the comparison with a known
 * result, and assembles report.json. Deterministic for a seed on one backend.
 * @throws InputError when the module's data or compile options are bad.
 */
export async function runEngine(module: TfjsModule, options: EngineOptions): Promise<EngineResult> {
  const { tf } = options.backend;
  const began = performance.now();
  const progress = options.onProgress ?? (() => {});
  const compile = module.compile ?? {};
  const seed = options.seed;
  const loss = makeLoss(tf, compile);
  const data = await module.loadData(tf, { seed });
  checkData(data);
  const yTrain = oneHotLabels(tf, data.yTrain, data.classes, 'yTrain');
  const yVal = oneHotLabels(tf, data.yVal, data.classes, 'yVal');
  const nTrain = data.xTrain.shape[0] ?? 0;
  const batchSize = Math.min(compile.batchSize ?? 64, nTrain);
  const epochs = options.epochs ?? compile.epochs ?? 3;
  const perEpoch = Math.max(1, Math.floor(nTrain / batchSize));
  const steps = perEpoch * epochs;
  const random = seededRandom(seed);
  const orders = Array.from({ length: epochs }, () => permutation(nTrain, random));
  const take = (x: Tensor, idx: Int32Array) => tf.tidy(() => tf.gather(x, tf.tensor1d(idx, 'int32')));
  const batchIdx = (step: number) => {
    const order = orders[Math.floor(step / perEpoch)] as Int32Array;
    const at = (step % perEpoch) * batchSize;
    return order.subarray(at, at + batchSize);
  };

  // --- smoke train --------------------------------------------------------------------------
  const first = batchIdx(0);
  const xFirst = take(data.xTrain, first);
  const model = await module.createModel(tf, { seed });
  const inputs = judgeInputRange(inputStats(tf, xFirst));
  const lossInput = judgeLossInput(outputStats(tf, model, xFirst, compile.outputs ?? 'logits'));
  tf.dispose(xFirst);
  const initial = new Map(watchedKernels(model).map((k) => [k.name, tf.clone(k.variable)]));
  const valEvery = Math.max(1, Math.round(steps / (options.valPoints ?? 12)));
  const valSteps: number[] = [0];
  const val0 = evaluate(tf, model, loss, data.xVal, yVal);
  const valLoss: number[] = [val0.loss];
  const valAcc: number[] = [val0.accuracy];
  progress(
    `smoke: ${steps} steps (${epochs} epochs of ${perEpoch} batches of ${batchSize}) on ${options.backend.name}`,
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
          `smoke: step ${step + 1}/${steps} epoch ${Math.ceil((step + 1) / perEpoch)}/${epochs} loss ${value.toPrecision(3)} val_loss ${v.loss.toPrecision(3)} val_acc ${v.accuracy.toFixed(3)}`,
        );
      }
    },
  });
  const stepsPerSecond = steps / (smoke.trainMs / 1000);
  const rawLoss = series(
    'train/loss',
    'train',
    Array.from({ length: steps }, (_, i) => i),
    smoke.losses,
  );
  const trainLoss = windowMean(rawLoss, TRAIN_LOG_EVERY);
  const valLossSeries = series('val/loss', 'val', valSteps, valLoss);
  const valAccSeries = series('val/accuracy', 'val', valSteps, valAcc);

  const probes: WeightProbe[] = smoke.kernels.map((k) => {
    const init = initial.get(k.name);
    const variable = watchedKernels(model).find((w) => w.name === k.name)?.variable;
    const changed =
      init && variable ? tf.tidy(() => tf.any(tf.notEqual(init, variable)).dataSync()[0] === 1) : true;
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
    tf.tidy(() => tf.argMax(yTrain, -1)).dataSync() as Int32Array,
    data.classes,
  );
  const valCounts = classCounts(tf.tidy(() => tf.argMax(yVal, -1)).dataSync() as Int32Array, data.classes);
  const majority = trainCounts.indexOf(Math.max(...trainCounts));
  const nVal = data.xVal.shape[0] ?? 0;
  const baseline = judgeBaseline({
    n: nVal,
    accuracy: final.accuracy,
    priorAccuracy: (valCounts[majority] ?? 0) / nVal,
    zeroedAccuracy: zeroed.accuracy,
    trainLossFell: relativeFall(smoke.losses) >= 0.02,
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
    modes,
  ];

  // --- single-batch overfit -----------------------------------------------------------------
  const overfitSteps = options.overfitSteps ?? 200;
  const fixed = permutation(nTrain, seededRandom(seed + 1)).subarray(
    0,
    Math.min(options.overfitBatch ?? 32, nTrain),
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
    },
  });
  tf.dispose([xo, yo, yTrain, yVal, data.xTrain, data.yTrain, data.xVal, data.yVal]);
  overfitModel.dispose();
  const overfitLoss = series(
    'overfit/loss',
    'train',
    Array.from({ length: overfitSteps }, (_, i) => i),
    overfit.losses,
  );
  const overfitFindings = [judgeOverfit(overfitLoss)];

  // --- report -------------------------------------------------------------------------------
  const finalMetrics: Record<string, number | null> = {
    'val/accuracy': final.accuracy,
    'val/loss': Number.isFinite(final.loss) ? final.loss : null,
    'train/loss': Number.isFinite(smoke.losses[steps - 1] as number)
      ? (smoke.losses[steps - 1] as number)
      : null,
  };
  const defaults = judgingDefaults();
  const gate = { ...defaults.gate, ...options.gate };
  const b = options.backend;
  const smokeCheck: CheckReport = {
    name: 'smoke',
    status: findingsStatus('smoke', smokeFindings, gate),
    summary: `Trained ${steps} steps in process on TensorFlow.js backend '${b.name}' (${b.package}) at ${stepsPerSecond.toFixed(1)} steps/s; val accuracy ${final.accuracy.toFixed(3)}.`,
    durationMs: smoke.trainMs,
    findings: smokeFindings.map(findingEntry),
    gpu: {
      present: b.gpu,
      used: b.gpu,
      backend: b.name,
      package: b.package,
      steps_per_second: stepsPerSecond,
    },
    curves: [sampleCurve(trainLoss), sampleCurve(valLossSeries), sampleCurve(valAccSeries)],
  };
  const overfitCheck: CheckReport = {
    name: 'overfit',
    status: findingsStatus('overfit', overfitFindings, gate),
    summary: `Trained ${overfitSteps} steps on one fixed batch of ${fixed.length} examples.`,
    durationMs: overfit.trainMs,
    findings: overfitFindings.map(findingEntry),
    gpu: null,
    curves: [sampleCurve(overfitLoss)],
  };
  const checks: JudgedCheck[] = [
    { report: smokeCheck, finalMetrics, gaps: null },
    { report: overfitCheck, finalMetrics: {}, gaps: null },
  ];
  const report = buildReport(
    checks,
    { ...defaults, gate, ...(options.reference ? { reference: options.reference } : {}) },
    {
      seed,
      startedAt: options.startedAt,
      durationMs: performance.now() - began,
      trainspotterVersion: options.trainspotterVersion,
      configPath: null,
    },
  );
  return { report, series: [trainLoss, valLossSeries, valAccSeries, overfitLoss], stepsPerSecond };
}
