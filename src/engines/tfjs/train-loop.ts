import type { Optimizer, Scalar, Tensor, Variable } from '@tensorflow/tfjs-core';
import type { LayersModel } from '@tensorflow/tfjs-layers';
import type { Tf } from './tf.js';

/** The loss of a batch from one-hot labels and the model's outputs. */
export type BatchLoss = (labels: Tensor, outputs: Tensor) => Scalar;

/** A kernel (weight matrix) the loop watches; biases start at 0 and have no useful ratio. */
interface Watched {
  readonly name: string;
  readonly layer: string;
  readonly variable: Variable;
  readonly trainable: boolean;
}

/** What the loop measured of one kernel at its probed steps. */
export interface KernelTrace {
  readonly name: string;
  readonly layer: string;
  readonly trainable: boolean;
  readonly gradNorms: number[];
  readonly updateRatios: number[];
}

export interface LoopOptions {
  readonly steps: number;
  /** The batch of step `s` (0-based): tensors the loop disposes after the step. */
  readonly batch: (step: number) => { x: Tensor; y: Tensor };
  /** Measure gradient norms and update ratios every this many steps (0: never). */
  readonly probeEvery: number;
  /** Called after each step with the loss it was computed at (before the update). */
  readonly onStep?: (step: number, loss: number) => void | Promise<void>;
}

export interface LoopResult {
  /** The loss of each step's batch before that step's update: losses[0] is the loss at init. */
  readonly losses: Float64Array;
  readonly kernels: KernelTrace[];
  /** Wall time of the steps alone, without the callbacks. Milliseconds. */
  readonly trainMs: number;
}

/** The kernels of a model, trainable or not. */
export function watchedKernels(model: LayersModel): Watched[] {
  return model.layers.flatMap((layer) =>
    layer.weights
      .filter((w) => w.shape.length >= 2)
      .map((w) => ({
        name: w.name,
        layer: layer.name,
        variable: w.read() as Variable,
        trainable: layer.trainable && w.trainable,
      })),
  );
}

/**
 * Trains `model` for `options.steps` steps with `optimizer`, reading each step's loss (one
 * device sync, as model.fit does) and, every `probeEvery` steps, each kernel's gradient norm and
 * ‖Δw‖/‖w‖ of its update (one more sync).
 */
export async function trainLoop(
  tf: Tf,
  model: LayersModel,
  optimizer: Optimizer,
  loss: BatchLoss,
  options: LoopOptions,
): Promise<LoopResult> {
  const kernels = watchedKernels(model);
  const traces: KernelTrace[] = kernels.map((k) => ({
    name: k.name,
    layer: k.layer,
    trainable: k.trainable,
    gradNorms: [],
    updateRatios: [],
  }));
  const losses = new Float64Array(options.steps);
  let trainMs = 0;
  for (let step = 0; step < options.steps; step++) {
    const started = performance.now();
    const { x, y } = options.batch(step);
    const vars = model.trainableWeights.map((w) => w.read() as Variable);
    const { value, grads } = tf.variableGrads(
      () => loss(y, model.apply(x, { training: true }) as Tensor),
      vars,
    );
    const probe = options.probeEvery > 0 && step % options.probeEvery === 0;
    const trained = kernels.map((k) => (k.trainable ? grads[k.variable.name] : undefined));
    let gradNorms: Float32Array | undefined;
    let before: Tensor[] = [];
    if (probe) {
      gradNorms = tf
        .tidy(() => tf.stack(trained.map((g) => (g ? tf.norm(g) : tf.scalar(Number.NaN)))))
        .dataSync() as Float32Array;
      before = kernels.map((k) => tf.clone(k.variable));
    }
    optimizer.applyGradients(grads);
    if (probe && gradNorms) {
      const ratios = tf
        .tidy(() =>
          tf.stack(
            kernels.map((k, i) =>
              tf.div(tf.norm(tf.sub(k.variable, before[i] as Tensor)), tf.norm(before[i] as Tensor)),
            ),
          ),
        )
        .dataSync();
      traces.forEach((t, i) => {
        if (!trained[i]) return;
        t.gradNorms.push(gradNorms?.[i] as number);
        t.updateRatios.push(ratios[i] as number);
      });
      tf.dispose(before);
    }
    losses[step] = value.dataSync()[0] as number;
    tf.dispose([value, x, y, ...Object.values(grads)]);
    trainMs += performance.now() - started;
    await options.onStep?.(step, losses[step] as number);
  }
  return { losses, kernels: traces, trainMs };
}
