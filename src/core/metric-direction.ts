/** Which way a metric improves. */
export type Better = 'higher' | 'lower';

const LOWER = new Set([
  'loss',
  'error',
  'err',
  'nll',
  'perplexity',
  'ppl',
  'wer',
  'cer',
  'mse',
  'mae',
  'rmse',
]);
const HIGHER = new Set([
  'accuracy',
  'acc',
  'f1',
  'precision',
  'recall',
  'auc',
  'auroc',
  'bleu',
  'rouge',
  'iou',
  'map',
  'top1',
  'top5',
  'r2',
  'score',
]);

/**
 * Which way a metric improves, told from its name's words (`test/accuracy`, `val_loss`, `top1-err`),
 * or undefined when the name says nothing or contradicts itself.
 */
export function inferBetter(name: string): Better | undefined {
  const words = name.toLowerCase().split(/[^a-z0-9]+/);
  const lower = words.some((w) => LOWER.has(w));
  const higher = words.some((w) => HIGHER.has(w));
  if (lower === higher) return undefined;
  return lower ? 'lower' : 'higher';
}
