import type { Scalar, Tensor } from '@tensorflow/tfjs-core';
import type { LayersModel } from '@tensorflow/tfjs-layers';
import type { Tf } from './tf.js';

/** What `loadData` returns. Inputs are float tensors, first axis the examples. */
export interface TfjsData {
  readonly xTrain: Tensor;
  /** Class indices (int32, shape [n]) or one-hot rows (shape [n, classes]). */
  readonly yTrain: Tensor;
  readonly xVal: Tensor;
  readonly yVal: Tensor;
  /** Number of classes C of the softmax. */
  readonly classes: number;
}

/** How to train, all optional; the defaults suit a small classifier. */
export interface TfjsCompile {
  readonly optimizer?: 'adam' | 'sgd' | 'rmsprop';
  /** Default 1e-3. */
  readonly learningRate?: number;
  /** Default 64. */
  readonly batchSize?: number;
  /** Epochs of the smoke train; default 3. */
  readonly epochs?: number;
  /** What the model outputs and the loss expects; default `logits`. */
  readonly outputs?: 'logits' | 'probabilities';
  /**
   * The loss of a batch from one-hot labels and the model's outputs, a scalar to minimise.
   * Default: softmax cross-entropy from logits (or categorical cross-entropy for probabilities).
   */
  readonly loss?: (tf: Tf, labels: Tensor, outputs: Tensor) => Scalar;
  /** Layers frozen on purpose (fine-tuning): not reported as weights that never change. */
  readonly frozenLayers?: readonly string[];
}

/**
 * The engine interface: the module a TensorFlow.js repository provides. trainspotter calls
 * `createModel` once per run (smoke, overfit) with the same seed, and `loadData` once.
 */
export interface TfjsModule {
  createModel(tf: Tf, options: { seed: number }): LayersModel | Promise<LayersModel>;
  loadData(tf: Tf, options: { seed: number }): TfjsData | Promise<TfjsData>;
  readonly compile?: TfjsCompile;
}
