import { defineJudge } from './judge-spec.js';

/**
 * The in-process checks of the TensorFlow.js engine (src/engines/tfjs/checks) and the PyTorch
 * probe (src/engines/pytorch): inputs, gradients, updates, activations, the input to the loss,
 * the input-independent baseline and train/eval modes. Each `*_ok` is the pass of its check; a
 * check may soften its failing verdict to `warn` by the size of what it measured, and gives its
 * own causes. Its evidence keys are each check's own (per layer, per kernel): `open`.
 */
export const ENGINE_JUDGE = defineJudge({
  name: 'engine',
  doc: 'What the engine or the PyTorch probe saw inside the training process.',
  verdicts: {
    inputs_ok: { severity: 'pass' },
    inputs_unnormalised: { severity: 'fail' },
    gradients_ok: { severity: 'pass' },
    gradients_vanishing: { severity: 'fail' },
    gradients_exploding: { severity: 'fail' },
    weights_frozen: { severity: 'fail' },
    updates_ok: { severity: 'pass' },
    updates_too_small: { severity: 'fail' },
    updates_too_large: { severity: 'fail' },
    relu_ok: { severity: 'pass' },
    relu_dead: { severity: 'fail' },
    loss_input_ok: { severity: 'pass' },
    loss_input_softmaxed: { severity: 'fail' },
    loss_input_relu: { severity: 'fail' },
    baseline_ok: { severity: 'pass' },
    inputs_ignored: { severity: 'fail' },
    modes_ok: { severity: 'pass' },
    modes_differ: { severity: 'fail' },
    // the PyTorch probe's own (python/trainspotter/probe, src/engines/pytorch)
    loss_input_not_log_probabilities: { severity: 'fail' },
    loss_input_not_probabilities: { severity: 'fail' },
    gradients_non_finite: { severity: 'fail' },
    gradients_accumulate: { severity: 'fail' },
    chance_level: { severity: 'fail' },
    below_zero: { severity: 'fail' },
  },
  thresholds: {},
  gate: 'check',
  evidence: 'open',
});
