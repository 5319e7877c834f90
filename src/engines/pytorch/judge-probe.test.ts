import { describe, expect, it } from 'vitest';
import { type ProbeSummary, parseProbeSummary } from '../../core/probe-summary.js';
import type { Series } from '../../core/series.js';
import { judgeProbe } from './judge-probe.js';

/** A summary as the probe writes it for a healthy 10-class run, with `patch` applied. */
function summary(patch: Partial<ProbeSummary> = {}): ProbeSummary {
  const base: ProbeSummary = {
    version: 1,
    torch: '1.13.0',
    check: 'smoke',
    off: null,
    backward_calls: 100,
    optimizer_steps: 100,
    optimizers: 1,
    zero_grad_calls: 100,
    capped: { reason: 'max_steps', steps: 100, seconds: 1.5 },
    max_steps: 100,
    max_time: null,
    fix_batch: false,
    loaders: 3,
    fixed_loaders: 0,
    batch_problem: null,
    loss_inputs: {
      cross_entropy: {
        dim: 2,
        shape: [32, 10],
        min: -0.3,
        max: 0.3,
        zero_fraction: 0,
        classes: 10,
        row_sum_error: 1.2,
        logsumexp_error: 2.3,
        calls: 1,
      },
    },
    input: { floating: true, shape: [32, 64], count: 2048, min: 0, max: 1, mean: 0.3, std: 0.37 },
    params: ['hidden', 'out'].map((layer) => ({
      name: `${layer}.weight`,
      kernel: true,
      steps: [0, 1, 16, 32],
      grad_norms: [0.3, 0.35, 0.4, 0.38],
      update_ratios: [0.01, 0.009, 0.006, 0.006],
    })),
    relu: { act: { units: 64, dead: 10 } },
    modes: {},
  };
  const parsed = parseProbeSummary({ ...base, ...patch }, 'probe-summary.json');
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.summary;
}

function loss(values: number[]): Series {
  return {
    name: 'loss',
    metric: 'loss',
    split: 'train',
    steps: Float64Array.from(values, (_, i) => i),
    values: Float64Array.from(values),
  };
}

const falling = loss(Array.from({ length: 60 }, (_, i) => 2.3 * Math.exp(-i / 20)));
const failing = (s: ProbeSummary, l: Series = falling) =>
  judgeProbe(s, l)
    .findings.filter((f) => f.severity === 'fail')
    .map((f) => f.verdict);

describe('judgeProbe', () => {
  it('passes a healthy run, reads C from the logits and reports the cap', () => {
    const v = judgeProbe(summary(), falling);
    expect(v.findings.filter((f) => f.severity !== 'pass')).toEqual([]);
    expect(v.classes).toBe(10);
    expect(v.capped).toBe('stopped after 100 optimizer steps (max_steps: 100)');
    expect(v.findings.map((f) => f.verdict)).toEqual([
      'inputs_ok',
      'loss_input_ok',
      'gradients_ok',
      'updates_ok',
      'relu_ok',
    ]);
  });

  it('names probabilities given to cross_entropy and to nll_loss', () => {
    const probs = {
      dim: 2,
      shape: [32, 10],
      min: 0.01,
      max: 0.5,
      zero_fraction: 0,
      classes: 10,
      row_sum_error: 1e-7,
      logsumexp_error: 2.2,
    };
    expect(failing(summary({ loss_inputs: { cross_entropy: probs } }))).toContain('loss_input_softmaxed');
    expect(failing(summary({ loss_inputs: { nll_loss: probs } }))).toContain('loss_input_softmaxed');
    const logits = { ...probs, min: -3, max: 4, row_sum_error: 5, logsumexp_error: 4 };
    expect(failing(summary({ loss_inputs: { nll_loss: logits } }))).toEqual([
      'loss_input_not_log_probabilities',
    ]);
    expect(
      failing(summary({ loss_inputs: { binary_cross_entropy: { ...logits, dim: 1, shape: [32] } } })),
    ).toEqual(['loss_input_not_probabilities']);
  });

  it('names a missing zero_grad, a layer that never got a gradient and the first NaN gradient', () => {
    expect(failing(summary({ zero_grad_calls: 0 }))).toEqual(['gradients_accumulate']);
    const [hidden, out] = summary().params as [ProbeSummary['params'][0], ProbeSummary['params'][0]];
    const detached = { ...hidden, grad_norms: [null, null, null, null], update_ratios: [0, 0, 0, 0] };
    expect(failing(summary({ params: [detached, out] }))).toContain('weights_frozen');
    const nan = { ...out, grad_norms: [0.3, 0.4, Number.NaN, Number.NaN] };
    const f = judgeProbe(summary({ params: [hidden, nan] }), falling).findings.find(
      (x) => x.verdict === 'gradients_non_finite',
    );
    expect(f?.evidence).toMatchObject({ step: 16, parameter: 'out.weight' });
  });

  it('names a flipped sign and a loss stuck at chance level', () => {
    expect(failing(summary(), loss(falling.values.map((v) => -v) as unknown as number[]))).toContain(
      'below_zero',
    );
    expect(failing(summary(), loss(Array.from({ length: 60 }, () => 2.31)))).toContain('chance_level');
  });

  it('fails raw pixels, warns signed features far from unit scale, warns train-mode evaluation', () => {
    const pixels = { floating: true, count: 100, min: 0, max: 255, mean: 90, std: 80 };
    expect(failing(summary({ input: pixels }))).toEqual(['inputs_unnormalised']);
    const poly = judgeProbe(summary({ input: { ...pixels, min: -300 } }), falling).findings[0];
    expect(poly).toMatchObject({ verdict: 'inputs_unnormalised', severity: 'warn' });
    const modes = judgeProbe(summary({ modes: { drop: { type: 'Dropout', calls: 4 } } }), falling);
    expect(modes.findings.at(-1)).toMatchObject({ verdict: 'modes_differ', severity: 'warn' });
  });

  it('says when the overfit check could not fix a batch, and when the probe switched off', () => {
    const v = judgeProbe(summary({ fix_batch: true, batch_problem: 'no DataLoader' }), falling);
    expect(v.batchProblem).toBe('could not fix a batch: no DataLoader');
    expect(judgeProbe(summary({ off: 'Tensor.backward: boom' }), falling).notes[0]).toMatch(
      /switched itself off/,
    );
  });

  it('rejects a summary of another version, naming the field', () => {
    const r = parseProbeSummary({ version: 2 }, 'x/probe-summary.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toMatch(/x\/probe-summary\.json.*version/);
  });
});
