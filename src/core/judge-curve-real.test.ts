import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { minibatchHealthyCurve } from '../../test/helpers/synthetic/curves.js';
import { createRng } from '../../test/helpers/synthetic/prng.js';
import { jsonl } from '../ingest/jsonl.js';
import { judgeCurve } from './judge-curve.js';

// Smoke runs of examples/pytorch-digits (real PyTorch on CPU), clean and with two injected bugs.
function trainLoss(file: string) {
  const bytes = readFileSync(join(import.meta.dirname, '../../test/fixtures/logs/pytorch-digits', file));
  const parser = jsonl.create(file);
  parser.write(bytes);
  const loss = parser.end().series.find((s) => s.name === 'loss');
  if (!loss) throw new Error(`${file} has no loss series`);
  return loss;
}

describe('judgeCurve on real PyTorch smoke runs', () => {
  it('calls the clean minibatch loss healthy, though it swings 2× near its floor', () => {
    const f = judgeCurve(trainLoss('smoke-clean.jsonl'));
    expect(f.verdict).toBe('healthy');
    expect(f.evidence.swings).toBeGreaterThan(8);
  });

  it('calls a loss that blew up within the first steps and settled 40× above its start an explosion', () => {
    const f = judgeCurve(trainLoss('smoke-lr_high.jsonl'));
    expect(f.verdict).toBe('explodes');
    expect(f.causes.join(' ')).toMatch(/learning rate too high/);
  });

  it('calls a loss running away below zero goes_up, naming the flipped sign', () => {
    const f = judgeCurve(trainLoss('smoke-flip_sign.jsonl'));
    expect(f.verdict).toBe('goes_up');
    expect(f.summary).toMatch(/below zero/);
    expect(f.causes.join(' ')).toMatch(/flipped sign/);
  });
});

describe('judgeCurve on per-step minibatch losses (synthetic, shaped like the clean run above)', () => {
  it('calls none of 100 oscillating, where a rule that ignores the 30–300× fall calls most', () => {
    const rng = createRng(7);
    let alarms = 0;
    let alarmsWithoutFallRule = 0;
    for (let i = 0; i < 100; i++) {
      const { series } = minibatchHealthyCurve(rng);
      if (judgeCurve(series).verdict !== 'healthy') alarms++;
      if (judgeCurve(series, { thresholds: { oscillationMaxFall: 1e12 } }).verdict !== 'healthy')
        alarmsWithoutFallRule++;
    }
    expect(alarms).toBe(0);
    expect(alarmsWithoutFallRule).toBeGreaterThan(50);
  });
});
