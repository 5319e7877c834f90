/**
 * Likely causes per failing pattern, in the terms of Full Stack Deep Learning 2021, lecture 7
 * ("overfit a single batch" table), with Karpathy's recipe for the initial loss. Data only.
 */
export type CausePattern =
  | 'goes_up'
  | 'explodes'
  | 'oscillates'
  | 'plateaus'
  | 'non_finite'
  | 'below_zero'
  | 'not_near_zero'
  | 'overfitting'
  | 'stalled'
  | 'not_generalising'
  | 'init_loss_off'
  | 'diverges';

export const LIKELY_CAUSES: Readonly<Record<CausePattern, readonly string[]>> = {
  goes_up: [
    'flipped sign of the loss or gradient',
    'learning rate too high',
    'softmax taken over the wrong dimension',
  ],
  explodes: ['numerical issue: check every exp, log and division', 'learning rate too high'],
  oscillates: [
    'data or labels corrupted (zeroed, wrongly shuffled, wrongly pre-processed)',
    'learning rate too high',
  ],
  plateaus: [
    'learning rate too low',
    'gradients not flowing through the whole model',
    'too much regularisation',
    'incorrect input to the loss (softmax instead of logits, a ReLU on the output)',
    'corrupted data or labels',
  ],
  non_finite: ['numerical instability: inf/NaN from an exp, log or division', 'learning rate too high'],
  below_zero: [
    'flipped sign of the loss: a cross-entropy-type loss cannot fall below zero',
    'incorrect input to the loss (probabilities or log-probabilities where logits are expected)',
  ],
  not_near_zero: [
    'too few steps or learning rate too low to fit one batch',
    'too much regularisation (dropout, weight decay, augmentation left on)',
    'incorrect input to the loss (softmax instead of logits, a ReLU on the output)',
    'model cannot represent the batch: gradients not flowing through the whole model',
  ],
  overfitting: [
    'variance: the model fits the training set but not held-out data; add data or augmentation, regularise, or stop early',
    'validation set too small or too easy to fit by tuning: resample it',
  ],
  stalled: [
    'variance beginning: the model keeps fitting the training set while held-out loss no longer improves; keep the best checkpoint, stop earlier, regularise or add data',
    'learning-rate schedule: a rate that stays high can stall validation while train keeps falling',
  ],
  not_generalising: [
    'labels or split suspect: validation labels misaligned or shuffled separately from the inputs',
    'train and validation pre-processed differently (normalisation, tokenisation, augmentation)',
    'train/eval mode set up wrong (dropout, batch-norm statistics)',
  ],
  diverges: [
    'an unseeded random source: a shuffle, augmentation or dropout mask drawn without the run seed',
    'data-loader workers without a worker_init_fn / generator seeded from the run seed',
    'nondeterministic kernels switched on (cudnn.benchmark, atomics in scatter/index_add); torch.use_deterministic_algorithms(True) finds them',
  ],
  init_loss_off: [
    'last layer badly initialised: logits not near zero or bias not set to the data',
    'wrong number of classes or loss reduction (sum instead of mean)',
    'incorrect input to the loss (softmaxed outputs where logits are expected)',
  ],
};

/** The likely causes of a failing pattern; empty for a passing one. */
export function likelyCauses(pattern: string): readonly string[] {
  return (LIKELY_CAUSES as Record<string, readonly string[] | undefined>)[pattern] ?? [];
}
