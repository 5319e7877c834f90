// The goal of issue 14 on the hand-labelled real runs (test/fixtures/logs/validation-labels.json),
// as `npm run bench:verdicts` prints it: catch at least as many overfitting/stalled runs as early
// stopping with patience 3, with at most 1 false flag in 20 healthy runs.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { batchesOf, type Confusion, confusionOf, judgeLabelled, type Row } from '../bench/real-validation.js';

const FIXTURES = join(import.meta.dirname, 'fixtures/logs');

let rows: Row[] = [];
beforeAll(async () => {
  rows = await judgeLabelled(FIXTURES);
});

const BATCH = '2026-12-02';
const part = (which: 'calibration' | 'holdout' | 'all' | 'batch') =>
  rows.filter((r) =>
    which === 'batch'
      ? r.label.batch === BATCH
      : which === 'all' || r.label.holdout === (which === 'holdout'),
  );
const rate = (c: Confusion, of: 'caught' | 'falseFlags') =>
  of === 'caught' ? c.caught / c.positives : c.falseFlags / c.healthy;

describe('the validation judge on the labelled real runs', () => {
  it('is scored on at least 15 overfitting/stalled and 40 healthy runs', () => {
    const c = confusionOf(part('all'), 'judge');
    expect(c.positives).toBeGreaterThanOrEqual(15);
    expect(c.healthy).toBeGreaterThanOrEqual(40);
  });

  it('flags at most 1 healthy run in 20, on the calibration part, the held-out part, all and the new batch', () => {
    for (const which of ['calibration', 'holdout', 'all', 'batch'] as const) {
      expect(rate(confusionOf(part(which), 'judge'), 'falseFlags'), which).toBeLessThanOrEqual(1 / 20);
    }
  });

  it('catches no fewer than it did when the batch of 2026-12-02 was added (24 of 33), and beats the judge before #14', () => {
    const all = confusionOf(part('all'), 'judge');
    expect(all.caught).toBeGreaterThanOrEqual(24);
    expect(all.caught).toBeGreaterThan(confusionOf(part('all'), 'judge before #14').caught);
  });

  // The batch of 2026-12-02: runs from 10 repositories other than OligoGym, labelled before the
  // judge was run on them and after its thresholds were set; no threshold was changed for them.
  it('is measured on a batch of at least 20 runs, 8 positives, none from OligoGym', () => {
    expect(batchesOf(rows)).toContain(BATCH);
    const batch = part('batch');
    expect(batch.length).toBeGreaterThanOrEqual(20);
    expect(batch.some((r) => r.label.file.includes('oligogym'))).toBe(false);
    expect(confusionOf(batch, 'judge').positives).toBeGreaterThanOrEqual(8);
  });

  it('catches on the new batch what it measured there (9 of 9), beating the judge before #14', () => {
    const batch = confusionOf(part('batch'), 'judge');
    expect(batch.caught).toBeGreaterThanOrEqual(9);
    expect(batch.caught).toBeGreaterThan(confusionOf(part('batch'), 'judge before #14').caught);
  });

  // With 13 held-out positives one run is 8 points: 25 points is about three runs.
  it('catches about as large a share of the held-out runs as of the calibration runs (within 25 points)', () => {
    const cal = rate(confusionOf(part('calibration'), 'judge'), 'caught');
    const held = rate(confusionOf(part('holdout'), 'judge'), 'caught');
    expect(held).toBeGreaterThanOrEqual(cal - 0.25);
  });

  // NOT MET (24 of 33 against 33 of 33): the OligoGym runs were stopped by
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
