import type { Tensor } from '@tensorflow/tfjs-core';
import type { TfjsCompile, TfjsModule } from '../module.js';
import { permutation, seededRandom } from '../rng.js';
import type { Tf } from '../tf.js';
import type { DemoBug } from './bugs.js';
import { DIGIT_PIXELS, type DigitSplit, loadDigits } from './digits.js';

/** Hidden units of the demo MLP (14×14 → 48 ReLU → dropout → 10 logits). */
const HIDDEN = 48;

/**
 * The demo's model module — written as a TensorFlow.js repository would write it, with each
 * bug of the gallery injected on the line where it happens in real code.
 */
export function demoModule(bug?: DemoBug): TfjsModule {
  const compile: TfjsCompile = {
    optimizer: 'adam',
    learningRate: bug === 'lr_high' ? 3e-1 : bug === 'lr_low' ? 1e-6 : 3e-3,
    batchSize: 64,
    epochs: 4,
    outputs: 'logits',
    ...(bug === 'flip_sign'
      ? {
          // negative log-likelihood by hand, minus sign forgotten
          loss: (tf: Tf, labels: Tensor, logits: Tensor) =>
            tf.mean(tf.sum(tf.mul(labels, tf.logSoftmax(logits)), -1)),
        }
      : {}),
  };
  return {
    compile,
    createModel(tf, { seed }) {
      const lastActivation =
        bug === 'softmax_into_loss' ? 'softmax' : bug === 'relu_on_logits' ? 'relu' : 'linear';
      const model = tf.sequential({
        layers: [
          tf.layers.dense({
            name: 'hidden',
            inputShape: [DIGIT_PIXELS],
            units: HIDDEN,
            activation: 'relu',
            kernelInitializer: tf.initializers.heNormal({ seed }),
          }),
          tf.layers.dropout({ name: 'dropout', rate: 0.1, seed: seed + 1 }),
          tf.layers.dense({
            name: 'logits',
            units: 10,
            activation: lastActivation,
            kernelInitializer: tf.initializers.glorotNormal({ seed: seed + 2 }),
          }),
        ],
      });
      if (bug === 'frozen_layer') {
        const first = model.layers[0];
        if (first) first.trainable = false;
      }
      return model;
    },
    async loadData(tf, { seed }) {
      const { train, val } = await loadDigits();
      const toX = (split: DigitSplit) =>
        tf.tidy(() => {
          const bytes = tf.tensor2d(split.pixels, [split.labels.length, DIGIT_PIXELS], 'float32');
          if (bug === 'unnormalised_inputs') return bytes; // the `/ 255` was dropped
          return tf.div(bytes, 255);
        });
      let yTrain = train.labels;
      if (bug === 'labels_shuffled') {
        // the labels get their own shuffle instead of the images' permutation
        const order = permutation(yTrain.length, seededRandom(seed + 7));
        yTrain = Int32Array.from(order, (i) => train.labels[i] as number);
      }
      return {
        xTrain: toX(train),
        yTrain: tf.tensor1d(yTrain, 'int32'),
        xVal: toX(val),
        yVal: tf.tensor1d(val.labels, 'int32'),
        classes: 10,
      };
    },
  };
}
