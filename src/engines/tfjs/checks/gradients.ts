import { fmt } from '../../../core/curve-input.js';
import { medianOf } from '../../../core/stats/select.js';
import { type Finding, finiteOrNull } from '../../../core/verdict.js';
import { engineFinding } from './finding.js';

/** What the trainer saw of one weight tensor (a kernel; biases are left out). */
export interface WeightProbe {
  /** The variable's name, e.g. `hidden/kernel`. */
  readonly name: string;
  readonly layer: string;
  readonly trainable: boolean;
  /** The layer is listed in `frozenLayers`: frozen on purpose. */
  readonly frozenOnPurpose: boolean;
  /** L2 norm of its gradient at each probed step (empty when it is not trained). */
  readonly gradNorms: readonly number[];
  /** ‖Δw‖ / ‖w‖ of the update at each probed step (empty when it is not trained). */
  readonly updateRatios: readonly number[];
  /** Whether any value differs between initialisation and the end of the smoke train. */
  readonly changed: boolean;
}

/** A gradient norm above this (or non-finite) at any probed step: exploding. L2 norm. */
export const GRAD_EXPLODE = 1e3;
/** A kernel whose median gradient norm is below this share of the largest kernel's: vanishing. */
export const GRAD_VANISH_RATIO = 1e-4;

export function median(xs: readonly number[]): number {
  return xs.length === 0 ? Number.NaN : medianOf(Float64Array.from(xs), 0, xs.length);
}

/**
 * Per-layer gradient flow: `gradients_exploding` (fail) when a kernel's gradient norm is
 * non-finite or above GRAD_EXPLODE; `weights_frozen` (fail) when a kernel never changed during
 * training and was not declared frozen; `gradients_vanishing` (fail) when a trained kernel's
 * median gradient norm is below GRAD_VANISH_RATIO of the largest; else `gradients_ok`.
 */
export function judgeGradients(probes: readonly WeightProbe[]): Finding {
  const medians = probes.map((p) => median(p.gradNorms));
  const evidence: Record<string, number | string | null> = { kernels: probes.length };
  probes.forEach((p, i) => {
    evidence[`grad_norm_median ${p.name}`] = finiteOrNull(medians[i] as number);
    evidence[`grad_norm_max ${p.name}`] = finiteOrNull(
      Math.max(...p.gradNorms.map((g) => (Number.isFinite(g) ? g : Infinity)), 0),
    );
  });
  const list = probes.map((p, i) => `${p.layer} ${fmt(medians[i] as number)}`).join(', ');
  const bad = probes.filter((p) => p.gradNorms.some((g) => !(g <= GRAD_EXPLODE)));
  if (bad.length > 0) {
    const worst = Math.max(
      ...bad.flatMap((p) => p.gradNorms.map((g) => (Number.isFinite(g) ? g : Infinity))),
    );
    return engineFinding(
      'gradients',
      'gradients_exploding',
      'fail',
      `Gradients exploded in ${bad.map((p) => p.layer).join(', ')}: norm reached ${fmt(worst)} (limit ${fmt(GRAD_EXPLODE)}); median norms ${list}.`,
      evidence,
      [
        'learning rate too high',
        'numerical issue: check every exp, log and division',
        'inputs not normalised',
      ],
    );
  }
  const frozen = probes.filter((p) => !p.changed && !p.frozenOnPurpose);
  if (frozen.length > 0) {
    const how = frozen.map(
      (p) => `${p.layer} (${p.trainable ? 'trainable, no gradient reached it' : 'trainable = false'})`,
    );
    return engineFinding(
      'gradients',
      'weights_frozen',
      'fail',
      `Weights never changed during training in ${how.join(', ')}.`,
      { ...evidence, frozen: frozen.map((p) => p.name).join(', ') },
      [
        'layer frozen by mistake (trainable = false left on); list it in frozenLayers if it is meant to be',
        'gradients not flowing through the whole model (a detached or unused layer)',
      ],
    );
  }
  const largest = Math.max(...medians.filter(Number.isFinite), 0);
  const vanishing = probes.filter(
    (p, i) => p.gradNorms.length > 0 && !((medians[i] as number) >= GRAD_VANISH_RATIO * largest),
  );
  if (vanishing.length > 0 || largest === 0) {
    return engineFinding(
      'gradients',
      'gradients_vanishing',
      'fail',
      `Gradients vanish in ${vanishing.map((p) => p.layer).join(', ') || 'every layer'}: median norms ${list}.`,
      evidence,
      [
        'gradients not flowing through the whole model (saturated activations, dead ReLUs)',
        'incorrect input to the loss (softmax instead of logits, a ReLU on the output)',
      ],
    );
  }
  return engineFinding(
    'gradients',
    'gradients_ok',
    'pass',
    `Gradients flow through every layer: median norms ${list}.`,
    evidence,
  );
}
