import { fmt } from '../../../core/curve-input.js';
import type { Finding } from '../../../core/verdict.js';
import { engineFinding } from './finding.js';

/** One ReLU layer's units on a batch: `dead` output 0 for every example. */
export interface ReluLayerStats {
  readonly layer: string;
  readonly units: number;
  readonly dead: number;
}

/** Share of dead units in a layer that warns, and that fails. */
export const DEAD_RELU_WARN = 0.25;
export const DEAD_RELU_FAIL = 0.5;

/**
 * Dead ReLU fraction after the smoke train, per hidden ReLU layer: `relu_dead` (warn at
 * DEAD_RELU_WARN, fail at DEAD_RELU_FAIL of its units zero for a whole batch), else `relu_ok`.
 */
export function judgeDeadRelu(layers: readonly ReluLayerStats[]): Finding {
  const evidence: Record<string, number> = {};
  for (const l of layers) evidence[`dead_fraction ${l.layer}`] = l.units > 0 ? l.dead / l.units : 0;
  const list = layers.map((l) => `${l.layer} ${l.dead}/${l.units}`).join(', ');
  const worst = Math.max(0, ...Object.values(evidence));
  if (layers.length === 0) {
    return engineFinding('relu', 'relu_ok', 'pass', 'No hidden ReLU layer to check.', evidence);
  }
  if (worst >= DEAD_RELU_WARN) {
    return engineFinding(
      'relu',
      'relu_dead',
      worst >= DEAD_RELU_FAIL ? 'fail' : 'warn',
      `${fmt(100 * worst)}% of a layer's ReLUs are dead (zero for a whole batch): ${list}.`,
      evidence,
      [
        'learning rate too high: large updates push units permanently negative',
        'bad initialisation or a large negative bias',
        'inputs not normalised',
      ],
    );
  }
  return engineFinding('relu', 'relu_ok', 'pass', `Dead ReLUs after training: ${list}.`, evidence);
}
