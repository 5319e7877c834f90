import { fmt } from '../../../core/curve-input.js';
import { type Finding, finiteOrNull } from '../../../core/verdict.js';
import { engineFinding } from './finding.js';

/** The model on validation data against the best input-independent prediction. */
export interface BaselineStats {
  /** Validation examples. */
  readonly n: number;
  readonly accuracy: number;
  /** Accuracy of always predicting the most common training class. */
  readonly priorAccuracy: number;
  /** The trained model's accuracy on the same examples with every input zeroed (Karpathy). */
  readonly zeroedAccuracy: number;
  /** Whether the training loss fell (the model learned something from the training data). */
  readonly trainLossFell: boolean;
}

/** One-sided z for "significantly better than the baseline". */
export const BASELINE_Z = 2.33;
/** …and at least this much better, in accuracy. */
export const BASELINE_MIN_GAIN = 0.05;

/**
 * Input-independent baseline (Karpathy: zeroed inputs must do worse): `inputs_ignored` when the
 * validation accuracy is not significantly (one-sided z ≥ BASELINE_Z) and materially (≥
 * BASELINE_MIN_GAIN) above always predicting the majority class, nor above the same model with
 * zeroed inputs. Fail when training did lower the training loss (the model fit something that does
 * not carry over), warn when it did not (the curves say why).
 */
export function judgeBaseline(s: BaselineStats): Finding {
  const base = Math.max(s.priorAccuracy, s.zeroedAccuracy);
  const p = Math.min(Math.max(s.priorAccuracy, 1e-6), 1 - 1e-6);
  const z = (s.accuracy - base) / Math.sqrt((p * (1 - p)) / Math.max(1, s.n));
  const evidence = {
    val_examples: s.n,
    val_accuracy: finiteOrNull(s.accuracy),
    majority_class_accuracy: finiteOrNull(s.priorAccuracy),
    zeroed_inputs_accuracy: finiteOrNull(s.zeroedAccuracy),
    z: finiteOrNull(z),
    train_loss_fell: s.trainLossFell,
  };
  const seen = `val accuracy ${fmt(s.accuracy)} vs ${fmt(s.priorAccuracy)} for the majority class and ${fmt(s.zeroedAccuracy)} with zeroed inputs`;
  if (z >= BASELINE_Z && s.accuracy - base >= BASELINE_MIN_GAIN) {
    return engineFinding('baseline', 'baseline_ok', 'pass', `Inputs matter: ${seen}.`, evidence);
  }
  return engineFinding(
    'baseline',
    'inputs_ignored',
    s.trainLossFell ? 'fail' : 'warn',
    `No better than an input-independent baseline: ${seen} (z = ${fmt(z)}).`,
    evidence,
    s.trainLossFell
      ? [
          'labels do not match the inputs (shuffled or misaligned separately from them)',
          'train and validation pre-processed differently',
          'inputs do not reach the model (zeroed, constant or detached)',
        ]
      : [
          'training did not progress: see the loss curve',
          'inputs do not reach the model (zeroed, constant or detached)',
        ],
  );
}
