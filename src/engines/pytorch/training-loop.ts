import { likelyCauses } from '../../core/causes.js';
import { fmt } from '../../core/curve-input.js';
import type { ProbeSummary } from '../../core/probe-summary.js';
import type { Series } from '../../core/series.js';
import { medianOf } from '../../core/stats/select.js';
import { type Finding, finiteOrNull } from '../../core/verdict.js';
import { engineFinding } from '../tfjs/checks/finding.js';

/** The last quarter of the loss at or above this share of ln(C): still at chance level. */
export const CHANCE_FRACTION = 0.98;
/** Fewer losses than this: too short to call a loss stuck at chance. */
export const CHANCE_MIN_POINTS = 20;
/** A loss below −this × |first loss| with a cross-entropy-type loss function: the sign is flipped. */
export const BELOW_ZERO_FRACTION = 0.1;

/**
 * Gradients left to accumulate: optimizer.step() ran at least twice and no zero_grad() (of an
 * optimizer or a module) was ever called (fail). A script with no torch.optim optimizer may
 * zero its gradients by hand (p.grad.zero_()), which the probe does not see: a warning there.
 */
export function judgeZeroGrad(s: ProbeSummary): Finding | undefined {
  if (s.zero_grad_calls > 0) return undefined;
  const manual = s.optimizers === 0;
  const steps = manual ? s.backward_calls : s.optimizer_steps;
  if (steps < 2) return undefined;
  const what = manual ? `backward() ran ${steps} times` : `optimizer.step() ran ${steps} times`;
  return engineFinding(
    'gradients',
    'gradients_accumulate',
    manual ? 'warn' : 'fail',
    `${what} but zero_grad() was never called: every step adds the new gradient to all the earlier ones${manual ? ' (unless the script zeroes them by hand)' : ''}.`,
    { steps, zero_grad_calls: s.zero_grad_calls, optimizers: s.optimizers },
    [
      'optimizer.zero_grad() (or model.zero_grad()) missing from the training loop: gradients accumulate across steps',
    ],
  );
}

/** The first non-finite gradient norm among the measured steps, with the parameter's name. */
export function judgeNonFiniteGradients(s: ProbeSummary): Finding | undefined {
  let first: { step: number; name: string; value: number } | undefined;
  for (const p of s.params) {
    p.grad_norms.forEach((g, i) => {
      const step = p.steps[i] ?? Number.POSITIVE_INFINITY;
      if (g !== null && !Number.isFinite(g) && (first === undefined || step < first.step)) {
        first = { step, name: p.name, value: g };
      }
    });
  }
  if (!first) return undefined;
  return engineFinding(
    'gradients',
    'gradients_non_finite',
    'fail',
    `The gradient of ${first.name} is ${String(first.value)} at optimizer step ${first.step} (the first measured step with a non-finite gradient).`,
    { step: first.step, parameter: first.name, grad_norm: String(first.value) },
    likelyCauses('non_finite'),
  );
}

/** The median of the last quarter of the finite losses (at least one point). */
function tailMedian(values: Float64Array): number {
  const finite = Float64Array.from(values.filter(Number.isFinite));
  if (finite.length === 0) return Number.NaN;
  const from = Math.floor(finite.length * 0.75);
  return medianOf(finite, from, finite.length);
}

/**
 * The loss against chance level ln(C) for a C-class cross-entropy: a loss whose last quarter
 * stays at or above CHANCE_FRACTION · ln(C) has learnt nothing (`chance_level`, fail); a loss
 * far below zero cannot come from a cross-entropy-type loss (`below_zero`, the sign flipped).
 */
export function judgeChance(loss: Series, classes: number | undefined, crossEntropy: boolean): Finding[] {
  const out: Finding[] = [];
  const finite = loss.values.filter(Number.isFinite);
  const first = finite[0] ?? Number.NaN;
  const lowest = finite.reduce((m, v) => Math.min(m, v), Number.POSITIVE_INFINITY);
  if (crossEntropy && lowest < -BELOW_ZERO_FRACTION * Math.abs(first)) {
    out.push({
      series: loss.name,
      split: 'train',
      judge: 'engine',
      verdict: 'below_zero',
      severity: 'fail',
      summary: `The loss reaches ${fmt(lowest)}, but the script's loss is a cross-entropy, which cannot fall below 0: the sign is flipped.`,
      evidence: { lowest: finiteOrNull(lowest), first: finiteOrNull(first) },
      causes: likelyCauses('below_zero'),
    });
    return out;
  }
  if (classes === undefined || finite.length < CHANCE_MIN_POINTS) return out;
  const chance = Math.log(classes);
  const tail = tailMedian(loss.values);
  const evidence = { classes, chance: chance, tail_median: finiteOrNull(tail), points: finite.length };
  if (tail >= CHANCE_FRACTION * chance) {
    out.push(
      engineFinding(
        loss.name,
        'chance_level',
        'fail',
        `The loss is not learning: its last quarter has median ${fmt(tail)}, at or above chance level ln(${classes}) = ${fmt(chance)}.`,
        evidence,
        likelyCauses('plateaus'),
      ),
    );
  }
  return out;
}

/** Dropout or batch-norm modules that ran under no_grad / inference_mode while in train() mode. */
export function judgeEvalModes(s: ProbeSummary): Finding | undefined {
  const modules = Object.entries(s.modes);
  if (modules.length === 0) return undefined;
  const list = modules.map(([name, m]) => `${name} (${m.type}, ${m.calls} calls)`).join(', ');
  return engineFinding(
    'modes',
    'modes_differ',
    'warn',
    `Forward passes without gradients (evaluation) ran with modules still in training mode: ${list}.`,
    { modules: modules.map(([name]) => name).join(', ') },
    [
      'train/eval mode set up wrong: call model.eval() before evaluating (and model.train() after); dropout stays on and batch-norm updates its statistics in training mode',
    ],
  );
}
