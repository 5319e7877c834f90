import type { ProbeObservation } from '../../core/judge-check.js';
import type { ProbeSummary } from '../../core/probe-summary.js';
import type { Series } from '../../core/series.js';
import type { Finding } from '../../core/verdict.js';
import { judgeDeadRelu } from '../tfjs/checks/dead-relu.js';
import { judgeGradients, type WeightProbe } from '../tfjs/checks/gradients.js';
import { judgeInputRange } from '../tfjs/checks/input-range.js';
import { judgeUpdates } from '../tfjs/checks/updates.js';
import { classesOf, judgeLossInputs } from './loss-input.js';
import { judgeChance, judgeEvalModes, judgeNonFiniteGradients, judgeZeroGrad } from './training-loop.js';

/** What the probe adds to a check: its findings, its notes, the cap, and C for the init-loss judge. */
export type ProbeVerdicts = ProbeObservation;

function weightProbes(s: ProbeSummary): WeightProbe[] {
  return s.params
    .filter((p) => p.kernel)
    .map((p) => {
      const grads = p.grad_norms.filter((g): g is number => g !== null);
      return {
        name: p.name,
        layer: p.name.includes('.') ? p.name.slice(0, p.name.lastIndexOf('.')) : p.name,
        trainable: true,
        frozenOnPurpose: false,
        gradNorms: grads,
        // null: a step without a weight copy (a large model); NaN stays, as the judge reads it
        updateRatios: p.update_ratios.filter((r): r is number => r !== null),
        changed: grads.some((g) => g !== 0),
      };
    });
}

/**
 * Judges what the PyTorch probe measured inside the training process, with the TF.js engine's
 * judges where the measurement is the same (inputs, gradients, updates, dead ReLUs, the input
 * of cross_entropy) and the probe's own (nll_loss / BCELoss inputs, zero_grad, the first
 * non-finite gradient, chance level, train-mode evaluation). `loss` is the probe's loss series.
 */
export function judgeProbe(s: ProbeSummary, loss: Series | undefined): ProbeVerdicts {
  const notes: string[] = [];
  if (s.off) notes.push(`the PyTorch probe switched itself off (${s.off}); its findings are partial`);
  const findings: Finding[] = [];
  if (s.input?.floating && s.input.min !== undefined) {
    const f = judgeInputRange({
      mean: s.input.mean ?? Number.NaN,
      std: s.input.std ?? Number.NaN,
      min: s.input.min,
      max: s.input.max ?? Number.NaN,
      count: s.input.count ?? 0,
    });
    // raw pixels (never negative, up to 255) fail; signed features far from unit scale
    // (polynomial features, physical units) may be the model's design: a warning
    findings.push(f.severity === 'fail' && s.input.min < 0 ? { ...f, severity: 'warn' } : f);
  }
  findings.push(...judgeLossInputs(s.loss_inputs));
  const classes = classesOf(s.loss_inputs);
  const crossEntropy = Object.keys(s.loss_inputs).length > 0;
  if (loss) findings.push(...judgeChance(loss, classes, crossEntropy));
  const zeroGrad = judgeZeroGrad(s);
  if (zeroGrad) findings.push(zeroGrad);
  const nonFinite = judgeNonFiniteGradients(s);
  if (nonFinite) findings.push(nonFinite);
  const probes = weightProbes(s);
  if (probes.length > 0) {
    findings.push(judgeGradients(probes));
    if (s.optimizers > 0) findings.push(judgeUpdates(probes));
  }
  const relu = Object.entries(s.relu).map(([layer, r]) => ({ layer, units: r.units, dead: r.dead }));
  if (relu.length > 0) findings.push(judgeDeadRelu(relu));
  const modes = judgeEvalModes(s);
  if (modes) findings.push(modes);

  let batchProblem: string | undefined;
  if (s.fix_batch && (s.batch_problem || s.fixed_loaders === 0)) {
    batchProblem = `could not fix a batch: ${s.batch_problem ?? 'the script iterated no torch.utils.data.DataLoader'}`;
    notes.push(batchProblem);
  }
  const unit = s.optimizers > 0 ? 'optimizer steps' : 'backward() calls';
  const capped = s.capped
    ? `stopped after ${s.capped.steps} ${unit} (${s.capped.reason}: ${s.capped.reason === 'max_steps' ? s.max_steps : `${s.max_time}s`})`
    : undefined;
  return {
    findings,
    notes,
    ...(batchProblem ? { batchProblem } : {}),
    ...(capped ? { capped } : {}),
    ...(classes === undefined ? {} : { classes }),
  };
}
