import type { Tensor } from '@tensorflow/tfjs-core';
import type { LayersModel } from '@tensorflow/tfjs-layers';
import type { ReluLayerStats } from './checks/dead-relu.js';
import type { InputStats } from './checks/input-range.js';
import type { OutputStats } from './checks/loss-input.js';
import type { ModeStats } from './checks/modes.js';
import type { Tf } from './tf.js';
import type { BatchLoss } from './train-loop.js';

/** Mean, std, min and max of every value of `x`. */
export function inputStats(tf: Tf, x: Tensor): InputStats {
  const [mean, variance, min, max] = tf
    .tidy(() => {
      const { mean, variance } = tf.moments(x);
      return tf.stack([mean, variance, tf.min(x), tf.max(x)]);
    })
    .dataSync();
  return {
    mean: mean as number,
    std: Math.sqrt(variance as number),
    min: min as number,
    max: max as number,
    count: x.size,
  };
}

/** What the model's outputs on `x` (inference mode) look like where they enter the loss. */
export function outputStats(
  tf: Tf,
  model: LayersModel,
  x: Tensor,
  expects: OutputStats['expects'],
): OutputStats {
  const [min, max, rowSumError, zeroFraction] = tf
    .tidy(() => {
      const out = model.predict(x) as Tensor;
      const rowSum = tf.sum(out, -1);
      return tf.stack([
        tf.min(out),
        tf.max(out),
        tf.max(tf.abs(tf.sub(rowSum, 1))),
        tf.mean(tf.cast(tf.equal(out, 0), 'float32')),
      ]);
    })
    .dataSync();
  return {
    min: min as number,
    max: max as number,
    rowSumError: rowSumError as number,
    zeroFraction: zeroFraction as number,
    expects,
  };
}

/** Loss and accuracy of `model` in inference mode. */
export function evaluate(
  tf: Tf,
  model: LayersModel,
  loss: BatchLoss,
  x: Tensor,
  y: Tensor,
): { loss: number; accuracy: number } {
  const [l, a] = tf
    .tidy(() => {
      const out = model.predict(x) as Tensor;
      const correct = tf.equal(tf.argMax(out, -1), tf.argMax(y, -1));
      return tf.stack([loss(y, out), tf.mean(tf.cast(correct, 'float32'))]);
    })
    .dataSync();
  return { loss: l as number, accuracy: a as number };
}

function activationName(layer: LayersModel['layers'][number]): string | undefined {
  const config = layer.getConfig() as { activation?: unknown };
  if (layer.getClassName() === 'ReLU') return 'relu';
  return typeof config.activation === 'string' ? config.activation : undefined;
}

/** Dead units (zero for every example of `x`) of each hidden ReLU layer; the output layer is left out. */
export function reluStats(tf: Tf, model: LayersModel, x: Tensor): ReluLayerStats[] {
  const hidden = model.layers.slice(0, -1).filter((l) => activationName(l) === 'relu');
  if (hidden.length === 0) return [];
  const probe = tf.model({ inputs: model.inputs, outputs: hidden.map((l) => l.output as never) });
  const stats = tf.tidy(() => {
    const outs = probe.predict(x);
    return (Array.isArray(outs) ? outs : [outs]).map((a) => {
      const flat = tf.reshape(a, [a.shape[0] ?? 1, -1]);
      const alive = tf.greater(tf.max(flat, 0), 0);
      return [flat.shape[1] ?? 0, tf.sum(tf.logicalNot(alive)).dataSync()[0] as number] as const;
    });
  });
  return hidden.map((l, i) => ({ layer: l.name, units: stats[i]?.[0] ?? 0, dead: stats[i]?.[1] ?? 0 }));
}

const MODE_LAYERS = new Set([
  'Dropout',
  'SpatialDropout1D',
  'SpatialDropout2D',
  'AlphaDropout',
  'GaussianDropout',
  'GaussianNoise',
  'BatchNormalization',
]);

/** Training- vs inference-mode behaviour of `model` on a training batch. */
export function modeStats(tf: Tf, model: LayersModel, loss: BatchLoss, x: Tensor, y: Tensor): ModeStats {
  const layers = model.layers.filter((l) => MODE_LAYERS.has(l.getClassName()));
  const [same, trainLoss, inferLoss] = tf
    .tidy(() => {
      const a = model.predict(x) as Tensor;
      const b = model.predict(x) as Tensor;
      const train = loss(y, model.apply(x, { training: true }) as Tensor);
      return tf.stack([tf.cast(tf.all(tf.equal(a, b)), 'float32'), train, loss(y, a)]);
    })
    .dataSync();
  return {
    layers: layers.map((l) => l.name),
    deterministic: same === 1,
    trainModeLoss: trainLoss as number,
    inferenceModeLoss: inferLoss as number,
  };
}
