import { fmt } from '../../../core/curve-input.js';
import { type FindingBy, finiteOrNull } from '../../../core/verdict.js';
import { engineFinding } from './finding.js';

/** What the model's outputs look like on a batch, where they go into the loss. */
export interface OutputStats {
  readonly min: number;
  readonly max: number;
  /** Largest |row sum − 1| over the batch. */
  readonly rowSumError: number;
  /** Share of output values exactly 0. */
  readonly zeroFraction: number;
  /** What the loss expects. */
  readonly expects: 'logits' | 'probabilities';
}

/** Rows summing to 1 within this, all values in [0, 1]: probabilities. */
export const ROW_SUM_TOLERANCE = 1e-3;
/** Logits are never clipped at zero; at least this share of exact zeros and none below: a ReLU. */
export const RELU_ZERO_FRACTION = 0.05;

/**
 * The input to the loss (lecture 7: "softmaxed outputs to a loss that expects logits", "a ReLU
 * on the output"): when the loss expects logits, outputs that are probabilities fail as
 * `loss_input_softmaxed`, outputs that are never negative with many exact zeros as
 * `loss_input_relu`.
 */
export function judgeLossInput(s: OutputStats): FindingBy<'engine'> {
  const evidence = {
    expects: s.expects,
    min: finiteOrNull(s.min),
    max: finiteOrNull(s.max),
    row_sum_error: finiteOrNull(s.rowSumError),
    zero_fraction: finiteOrNull(s.zeroFraction),
  };
  const seen = `outputs range ${fmt(s.min)} to ${fmt(s.max)}, rows sum to 1 within ${fmt(s.rowSumError)}, ${fmt(100 * s.zeroFraction)}% exact zeros`;
  if (s.expects === 'logits') {
    if (s.min >= 0 && s.max <= 1 && s.rowSumError <= ROW_SUM_TOLERANCE) {
      return engineFinding(
        'loss input',
        'loss_input_softmaxed',
        'fail',
        `The loss expects logits but gets probabilities: ${seen}.`,
        evidence,
        [
          'incorrect input to the loss: softmax output fed to a loss that expects logits (remove the softmax, or use a loss on probabilities)',
        ],
      );
    }
    if (s.min >= 0 && s.zeroFraction >= RELU_ZERO_FRACTION) {
      return engineFinding(
        'loss input',
        'loss_input_relu',
        'fail',
        `The logits are never negative and often exactly 0: ${seen}.`,
        evidence,
        [
          'incorrect input to the loss: a ReLU on the output layer clips the logits at 0 (make the last layer linear)',
        ],
      );
    }
  }
  return engineFinding(
    'loss input',
    'loss_input_ok',
    'pass',
    `The loss gets ${s.expects}: ${seen}.`,
    evidence,
  );
}
