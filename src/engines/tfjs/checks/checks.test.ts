import { describe, expect, it } from 'vitest';
import { judgeBaseline } from './baseline.js';
import { judgeDeadRelu } from './dead-relu.js';
import { judgeGradients, type WeightProbe } from './gradients.js';
import { judgeInputRange } from './input-range.js';
import { judgeLossInput } from './loss-input.js';
import { judgeModes } from './modes.js';
import { judgeUpdates } from './updates.js';

const probe = (over: Partial<WeightProbe>): WeightProbe => ({
  name: 'dense/kernel',
  layer: 'dense',
  trainable: true,
  frozenOnPurpose: false,
  gradNorms: [0.5, 0.4, 0.3],
  updateRatios: [3e-3, 2e-3, 1e-3],
  changed: true,
  ...over,
});

describe('engine checks', () => {
  it('flags pixel bytes as unnormalised and passes 0–1 inputs', () => {
    expect(judgeInputRange({ mean: 33, std: 70, min: 0, max: 255, count: 100 }).verdict).toBe(
      'inputs_unnormalised',
    );
    expect(judgeInputRange({ mean: 0.13, std: 0.3, min: 0, max: 1, count: 100 }).verdict).toBe('inputs_ok');
  });

  it('tells softmaxed and ReLU-clipped logits from logits', () => {
    const base = { expects: 'logits' as const, zeroFraction: 0 };
    expect(judgeLossInput({ ...base, min: 0.01, max: 0.3, rowSumError: 1e-7 }).verdict).toBe(
      'loss_input_softmaxed',
    );
    expect(judgeLossInput({ ...base, min: 0, max: 3, rowSumError: 2, zeroFraction: 0.5 }).verdict).toBe(
      'loss_input_relu',
    );
    expect(judgeLossInput({ ...base, min: -2, max: 3, rowSumError: 2 }).verdict).toBe('loss_input_ok');
    expect(
      judgeLossInput({ ...base, expects: 'probabilities', min: 0, max: 1, rowSumError: 0 }).verdict,
    ).toBe('loss_input_ok');
  });

  it('names exploding, frozen and vanishing gradients', () => {
    expect(judgeGradients([probe({ gradNorms: [0.5, Number.NaN] })]).verdict).toBe('gradients_exploding');
    expect(
      judgeGradients([probe({ changed: false, trainable: false, gradNorms: [] }), probe({})]).verdict,
    ).toBe('weights_frozen');
    expect(
      judgeGradients([probe({ changed: false, frozenOnPurpose: true, gradNorms: [] }), probe({})]).verdict,
    ).toBe('gradients_ok');
    expect(judgeGradients([probe({ gradNorms: [1e-9] }), probe({ name: 'b', gradNorms: [1] })]).verdict).toBe(
      'gradients_vanishing',
    );
  });

  it('judges update-to-weight ratios', () => {
    expect(judgeUpdates([probe({})]).verdict).toBe('updates_ok');
    expect(judgeUpdates([probe({ updateRatios: [5e-6, 4e-6] })]).verdict).toBe('updates_too_small');
    expect(judgeUpdates([probe({ updateRatios: [2.5, 1e-2, 1e-2] })]).verdict).toBe('updates_too_large');
  });

  it('grades dead ReLUs, the baseline and modes', () => {
    expect(judgeDeadRelu([{ layer: 'h', units: 48, dead: 44 }]).severity).toBe('fail');
    expect(judgeDeadRelu([{ layer: 'h', units: 48, dead: 3 }]).verdict).toBe('relu_ok');
    const base = { n: 1000, priorAccuracy: 0.1, zeroedAccuracy: 0.1, trainLossFell: true };
    expect(judgeBaseline({ ...base, accuracy: 0.9 }).verdict).toBe('baseline_ok');
    expect(judgeBaseline({ ...base, accuracy: 0.11 }).severity).toBe('fail');
    expect(judgeBaseline({ ...base, accuracy: 0.11, trainLossFell: false }).severity).toBe('warn');
    const modes = { layers: ['dropout'], deterministic: true, trainModeLoss: 0.4, inferenceModeLoss: 0.35 };
    expect(judgeModes(modes).verdict).toBe('modes_ok');
    expect(judgeModes({ ...modes, deterministic: false }).severity).toBe('fail');
    expect(judgeModes({ ...modes, inferenceModeLoss: 2 }).severity).toBe('warn');
  });
});
