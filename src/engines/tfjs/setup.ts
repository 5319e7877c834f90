import type { Optimizer, Scalar, Tensor } from '@tensorflow/tfjs-core';
import { InputError } from '../../core/errors.js';
import type { TfjsCompile, TfjsData } from './module.js';
import type { Tf } from './tf.js';
import type { BatchLoss } from './train-loop.js';

/** A fresh optimizer from the module's compile options (Adam, 1e-3 by default). */
export function makeOptimizer(tf: Tf, compile: TfjsCompile): Optimizer {
  const lr = compile.learningRate ?? 1e-3;
  if (!(lr > 0 && Number.isFinite(lr))) {
    throw new InputError(`compile.learningRate must be a positive number, got ${lr}.`);
  }
  if (compile.optimizer === 'sgd') return tf.train.sgd(lr);
  if (compile.optimizer === 'rmsprop') return tf.train.rmsprop(lr);
  return tf.train.adam(lr);
}

/** The module's loss, or softmax cross-entropy from logits (categorical cross-entropy for probabilities). */
export function makeLoss(tf: Tf, compile: TfjsCompile): BatchLoss {
  const custom = compile.loss;
  if (custom) return (labels, outputs) => custom(tf, labels, outputs);
  if (compile.outputs === 'probabilities') {
    return (labels, outputs) =>
      tf.neg(tf.mean(tf.sum(tf.mul(labels, tf.log(tf.clipByValue(outputs, 1e-7, 1))), -1))) as Scalar;
  }
  return (labels, outputs) => tf.losses.softmaxCrossEntropy(labels, outputs);
}

/** Labels as float one-hot rows, from class indices or one-hot rows. */
export function oneHotLabels(tf: Tf, y: Tensor, classes: number, what: string): Tensor {
  if (y.rank === 1) return tf.tidy(() => tf.cast(tf.oneHot(tf.cast(y, 'int32'), classes), 'float32'));
  if (y.rank === 2 && y.shape[1] === classes) return tf.cast(y, 'float32');
  throw new InputError(
    `loadData: ${what} has shape [${y.shape.join(', ')}]; expected class indices [n] or one-hot rows [n, ${classes}].`,
  );
}

/** Checks the shapes `loadData` returned; every problem is gathered. */
export function checkData(data: TfjsData): void {
  const problems: string[] = [];
  if (!Number.isInteger(data.classes) || data.classes < 2)
    problems.push(`classes is ${data.classes}; expected an integer ≥ 2`);
  const pairs = [
    ['xTrain', data.xTrain, 'yTrain', data.yTrain],
    ['xVal', data.xVal, 'yVal', data.yVal],
  ] as const;
  for (const [xn, x, yn, y] of pairs) {
    if (x.shape[0] !== y.shape[0])
      problems.push(`${xn} has ${x.shape[0]} examples but ${yn} has ${y.shape[0]}`);
    if ((x.shape[0] ?? 0) < 1) problems.push(`${xn} is empty`);
  }
  if (problems.length > 0) throw new InputError(`loadData returned bad data: ${problems.join('; ')}.`);
}
