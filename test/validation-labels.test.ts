// The goal of issue 14 on the hand-labelled real runs (test/fixtures/logs/validation-labels.json),
// as `npm run bench:verdicts` prints it: catch at least as many overfitting/stalled runs as early
// stopping with patience 3, with at most 1 false flag in 20 healthy runs.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Confusion, confusionOf, judgeLabelled, type Row } from '../bench/real-validation.js';

const FIXTURES = join(import.meta.dirname, 'fixtures/logs');

let rows: Row[] = [];
beforeAll(async () => {
  rows = await judgeLabelled(FIXTURES);
});

const part = (which: 'calibration' | 'holdout' | 'all') =>
  rows.filter((r) => which === 'all' || r.label.holdout === (which === 'holdout'));
const rate = (c: Confusion, of: 'caught' | 'falseFlags') =>
  of === 'caught' ? c.caught / c.positives : c.falseFlags / c.healthy;

describe('the validation judge on the labelled real runs', () => {
  it('is scored on at least 15 overfitting/stalled and 40 healthy runs', () => {
    const c = confusionOf(part('all'), 'judge');
    expect(c.positives).toBeGreaterThanOrEqual(15);
    expect(c.healthy).toBeGreaterThanOrEqual(40);
  });

  it('flags at most 1 healthy run in 20, on the calibration part, the held-out part and all', () => {
    for (const which of ['calibration', 'holdout', 'all'] as const) {
      expect(rate(confusionOf(part(which), 'judge'), 'falseFlags'), which).toBeLessThanOrEqual(1 / 20);
    }
  });

  it('catches no fewer than the second pass reached (15 of 24), and beats the judge before #14', () => {
    const all = confusionOf(part('all'), 'judge');
    expect(all.caught).toBeGreaterThanOrEqual(15);
    expect(all.caught).toBeGreaterThan(confusionOf(part('all'), 'judge before #14').caught);
  });

  // With 9 held-out positives one run is 11 points: 25 points is about two runs.
  it('catches about as large a share of the held-out runs as of the calibration runs (within 25 points)', () => {
    const cal = rate(confusionOf(part('calibration'), 'judge'), 'caught');
    const held = rate(confusionOf(part('holdout'), 'judge'), 'caught');
    expect(held).toBeGreaterThanOrEqual(cal - 0.25);
  });

  // NOT MET (15 of 24 against 24 of 24): the OligoGym runs were stopped by
  // EarlyStopping(patience=5), so patience 3 fires on every one of them, and the noisy rises (a
  // 10–20 % rise under 10–15 % point noise, 5 points after the best) are not significant: healthy
  // runs simulated the same way and stopped the same way end as far above their best (the bench's
  // simulated false flags). Kept as an expected failure: it fails the suite once the judge meets
  // the goal, and should then become a plain `it`.
  it.fails('catches at least as many as early stopping with patience 3 (the goal, not met)', () => {
    const judge = confusionOf(part('all'), 'judge');
    const es = confusionOf(part('all'), 'early stopping (patience 3)');
    expect(judge.caught).toBeGreaterThanOrEqual(es.caught);
  });
});
