import { fmt } from '../../../core/curve-input.js';
import { type Finding, finiteOrNull } from '../../../core/verdict.js';
import { engineFinding } from './finding.js';

/** What the model does in training and inference mode on the same training batch. */
export interface ModeStats {
  /** Layers that behave differently in training (dropout, batch-norm, noise). */
  readonly layers: readonly string[];
  /** Two inference passes over the same batch gave identical outputs. */
  readonly deterministic: boolean;
  readonly trainModeLoss: number;
  readonly inferenceModeLoss: number;
}

/** Inference-mode loss above trainModeLoss × this (+ MODE_GAP_ABS): the modes disagree. */
export const MODE_GAP_FACTOR = 1.5;
export const MODE_GAP_ABS = 0.1;

/**
 * Train/eval modes (lecture 7: "train/eval mode set up wrong"): `modes_differ` fails when
 * inference is not deterministic (a dropout or noise layer stays on at inference) and warns when
 * the inference-mode loss on a training batch is far above the training-mode loss (batch-norm
 * moving statistics that do not match the batches); `modes_ok` otherwise or without such layers.
 */
export function judgeModes(s: ModeStats): Finding {
  const evidence = {
    mode_layers: s.layers.join(', '),
    deterministic_inference: s.deterministic,
    train_mode_loss: finiteOrNull(s.trainModeLoss),
    inference_mode_loss: finiteOrNull(s.inferenceModeLoss),
  };
  if (s.layers.length === 0) {
    return engineFinding(
      'modes',
      'modes_ok',
      'pass',
      'No layer behaves differently in training and inference.',
      evidence,
    );
  }
  const losses = `loss on a training batch ${fmt(s.trainModeLoss)} in training mode, ${fmt(s.inferenceModeLoss)} in inference mode`;
  if (!s.deterministic) {
    return engineFinding(
      'modes',
      'modes_differ',
      'fail',
      `Inference is not deterministic: two passes over one batch differ (${s.layers.join(', ')}); ${losses}.`,
      evidence,
      ['train/eval mode set up wrong: dropout or noise still applied at inference'],
    );
  }
  // only a loss bounded below by 0 (cross-entropy-type) can be compared by ratio
  if (s.trainModeLoss >= 0 && !(s.inferenceModeLoss <= MODE_GAP_FACTOR * s.trainModeLoss + MODE_GAP_ABS)) {
    return engineFinding(
      'modes',
      'modes_differ',
      'warn',
      `Inference mode does much worse than training mode on the same batch: ${losses}.`,
      evidence,
      [
        'train/eval mode set up wrong: batch-norm moving statistics do not match the batches (momentum, or not updated)',
      ],
    );
  }
  return engineFinding(
    'modes',
    'modes_ok',
    'pass',
    `Training and inference modes agree (${s.layers.join(', ')}): ${losses}.`,
    evidence,
  );
}
