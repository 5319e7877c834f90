import type { Split } from '../core/series.js';

const SPLIT_WORDS: Readonly<Record<string, Split>> = {
  train: 'train',
  training: 'train',
  val: 'val',
  valid: 'val',
  validation: 'val',
  eval: 'val',
  evaluation: 'val',
  dev: 'val',
  test: 'test',
  testing: 'test',
};

/** The split a word such as `train`, `valid`, `eval`, `test` names (any case), if any. */
export function splitWord(word: string): Split | undefined {
  return SPLIT_WORDS[word.toLowerCase()];
}

const PREFIX = /^([A-Za-z]+)[/_.\s-]([\s\S]+)$/;
/** `TrainLoss`, `ValLoss`, `valAcc`: a split word then a capital letter. */
const CAMEL_PREFIX =
  /^(train|training|val|valid|validation|eval|test|dev|Train|Training|Val|Valid|Validation|Eval|Test|Dev)([A-Z][A-Za-z0-9]*)$/;
const SUFFIX = /^([\s\S]+)[/_.\s-]([A-Za-z]+)$/;
/** Numbers about the optimiser or the machine, not measured on any data split. */
const BOOKKEEPING =
  /^(lr|learning_rate|lr[-_].+|grad_norm|memory|time|data_time|iter_time|eta|eta_seconds|runtime|total_flos|n_parameters|num_input_tokens_seen)$|_(runtime|per_second)$/i;

/**
 * The data split and bare metric of a series name: `val/loss`, `valid_loss`, `eval_loss` ->
 * val + loss; `test/acc` -> test + acc; `loss`, `train/loss_epoch`, `loss_step` -> train + loss
 * (Lightning's `_step`/`_epoch` suffixes dropped); `Loss/train` -> train + Loss; Keras
 * TensorBoard `epoch_loss` -> train + loss, `evaluation_loss_vs_iterations` -> val + loss.
 * camelCase `TrainLoss`, `ValLoss` -> train/val + Loss.
 * Optimiser and machine numbers (`lr`, `grad_norm`, `data_time` ...) without a split word -> other.
 */
export function inferSplit(name: string): { split: Split; metric: string } {
  let metric = name.trim();
  let split: Split | undefined;
  const prefix = PREFIX.exec(metric);
  const word = prefix?.[1]?.toLowerCase();
  if (prefix && word !== undefined && SPLIT_WORDS[word] !== undefined) {
    split = SPLIT_WORDS[word];
    metric = prefix[2] as string;
  } else {
    const suffix = SUFFIX.exec(metric);
    const last = suffix?.[2]?.toLowerCase();
    if (suffix && last !== undefined && SPLIT_WORDS[last] !== undefined) {
      split = SPLIT_WORDS[last];
      metric = suffix[1] as string;
    } else if (word === 'epoch' && prefix) {
      metric = prefix[2] as string;
    } else {
      const camel = CAMEL_PREFIX.exec(metric);
      const first = camel?.[1];
      if (camel && first !== undefined && camel[2] !== undefined) {
        split = SPLIT_WORDS[first.toLowerCase()];
        metric = camel[2];
      }
    }
  }
  metric = metric.replace(/_vs_iterations$/i, '').replace(/(.)_(step|epoch)$/i, '$1');
  return { split: split ?? (BOOKKEEPING.test(metric) ? 'other' : 'train'), metric };
}
