// A split word on its own (`val_loss`, `test/accuracy`, `train_val/error`), not inside another
// word (`interval`, `latest`).
const HELD_OUT = /(^|[^a-z])(val|valid|validation|eval|evaluation|dev|test|testing)([^a-z]|$)/i;

/**
 * Whether a final metric was measured on held-out data: a validation or test split by its name
 * (`val_loss`, `eval_accuracy`, `test/accuracy`, the eval file's `train_val/…` and `test_val/…`),
 * not a training metric (`loss`, `train_loss`, `train/accuracy`). O(name length).
 */
export function isHeldOutMetric(name: string): boolean {
  return HELD_OUT.test(name);
}
