// The goal of issue 14 on the hand-labelled real runs (test/fixtures/logs/validation-labels.json),
// as `npm run bench:verdicts` prints it: catch at least as many overfitting/stalled runs as early
// stopping with patience 3, with at most 1 false flag in 20 healthy runs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  batchesOf,
  type Confusion,
  confusionOf,
  endedByEarlyStopping,
  judgeLabelled,
  type Row,
} from '../bench/real-validation.js';
import { bestRule } from '../bench/validation-ceiling.js';

const FIXTURES = join(import.meta.dirname, 'fixtures/logs');

let rows: Row[] = [];
beforeAll(async () => {
  rows = await judgeLabelled(FIXTURES);
});

const BATCH = '2026-12-02';
const BATCH_B = '2026-12-02b';
const part = (which: 'calibration' | 'holdout' | 'all' | 'batch' | 'batch b') =>
  rows.filter((r) =>
    which === 'batch' || which === 'batch b'
      ? r.label.batch === (which === 'batch' ? BATCH : BATCH_B)
      : which === 'all' || r.label.holdout === (which === 'holdout'),
  );

/** The repository of each copied file, from SOURCES.md (`<path> | owner/repo | ...`). */
const repositoryOf = new Map(
  readFileSync(join(FIXTURES, 'SOURCES.md'), 'utf8')
    .split('\n')
    .map((line) => line.split(' | '))
    .filter((cells) => cells.length >= 6)
    .map((cells) => [cells[0] ?? '', cells[1] ?? ''] as const),
);
const rate = (c: Confusion, of: 'caught' | 'falseFlags') =>
  of === 'caught' ? c.caught / c.positives : c.falseFlags / c.healthy;

describe('the validation judge on the labelled real runs', () => {
  it('is scored on at least 15 overfitting/stalled and 40 healthy runs', () => {
    const c = confusionOf(part('all'), 'judge');
    expect(c.positives).toBeGreaterThanOrEqual(15);
    expect(c.healthy).toBeGreaterThanOrEqual(40);
  });

  it('flags at most 1 healthy run in 20, on the calibration part, the held-out part, all and each new batch', () => {
    for (const which of ['calibration', 'holdout', 'all', 'batch', 'batch b'] as const) {
      expect(rate(confusionOf(part(which), 'judge'), 'falseFlags'), which).toBeLessThanOrEqual(1 / 20);
    }
  });

  it('catches no fewer than it did when the batch of 2026-12-02b was added (30 of 39), and beats the judge before #14', () => {
    const all = confusionOf(part('all'), 'judge');
    expect(all.caught).toBeGreaterThanOrEqual(30);
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

  // The batch of 2026-12-02b: 32 runs from 22 repositories in none of the earlier labels (Lightning
  // CSV, YOLOv8 results.csv, Hugging Face trainer_state.json), labelled before the judge was run on
  // them; no threshold was changed for them. 3 are broken YOLOv8 classify val losses (`other`).
  it('is measured on a second batch of at least 25 runs from at least 10 repositories not in the earlier labels', () => {
    expect(batchesOf(rows)).toContain(BATCH_B);
    const batch = part('batch b');
    expect(batch.length).toBeGreaterThanOrEqual(25);
    const repositories = (rs: readonly Row[]) => new Set(rs.map((r) => repositoryOf.get(r.label.file)));
    const mine = repositories(batch);
    expect(mine.has(undefined)).toBe(false);
    expect(mine.size).toBeGreaterThanOrEqual(10);
    const earlier = repositories(rows.filter((r) => r.label.batch !== BATCH_B));
    expect([...mine].filter((repo) => earlier.has(repo))).toEqual([]);
    const c = confusionOf(batch, 'judge');
    expect(c.positives).toBeGreaterThanOrEqual(6);
    expect(c.healthy).toBeGreaterThanOrEqual(20);
  });

  it('catches on the second batch what it measured there (6 of 6), beating the judge before #14', () => {
    const batch = confusionOf(part('batch b'), 'judge');
    expect(batch.caught).toBeGreaterThanOrEqual(6);
    expect(batch.caught).toBeGreaterThan(confusionOf(part('batch b'), 'judge before #14').caught);
  });

  // With 13 held-out positives one run is 8 points: 25 points is about three runs.
  it('catches about as large a share of the held-out runs as of the calibration runs (within 25 points)', () => {
    const cal = rate(confusionOf(part('calibration'), 'judge'), 'caught');
    const held = rate(confusionOf(part('holdout'), 'judge'), 'caught');
    expect(held).toBeGreaterThanOrEqual(cal - 0.25);
  });

  // Where early stopping with patience 3 has something to decide — every run an
  // EarlyStopping(patience=5) callback did not end — the goal holds.
  it('catches at least as many as early stopping with patience 3 on the runs early stopping did not end, with at most 1 false flag in 20', () => {
    const others = rows.filter((r) => r.label.label !== 'other' && !r.endedByEarlyStopping);
    const judge = confusionOf(others, 'judge');
    const es = confusionOf(others, 'early stopping (patience 3)');
    expect(judge.positives).toBeGreaterThanOrEqual(10);
    expect(judge.caught).toBeGreaterThanOrEqual(es.caught);
    expect(rate(judge, 'falseFlags')).toBeLessThanOrEqual(1 / 20);
  });

  // On the runs it did end, patience 3 fires on all of them, healthy or not; no one curve statistic
  // nor pair of them, thresholds fitted to these very labels, catches them all within the budget.
  it('on the runs early stopping ended, patience 3 flags every run, and no rule fitted to the labels catches every positive within 1 false flag in 20', () => {
    const stopped = rows.filter((r) => r.label.label !== 'other' && r.endedByEarlyStopping);
    const es = confusionOf(stopped, 'early stopping (patience 3)');
    expect(es.caught).toBe(es.positives);
    expect(es.falseFlags).toBe(es.healthy);
    const judged = stopped.filter((r) => r.statistics !== null);
    const positives = judged.filter((r) => ['overfitting', 'stalled'].includes(r.label.label)).length;
    const healthy = judged.length - positives;
    const { pair } = bestRule(
      judged.map((r) => r.statistics),
      judged.map((r) => ['overfitting', 'stalled'].includes(r.label.label)),
      Math.floor(healthy / 20),
    );
    expect(pair.caught).toBeLessThan(positives);
    expect(confusionOf(stopped, 'judge').falseFlags).toBe(0);
  });

  // NOT MET (30 of 39 against 39 of 39): the OligoGym runs were stopped by
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

describe('endedByEarlyStopping', () => {
  it('is true only when the last `patience` evaluations are the first run of that many without improvement', () => {
    expect(endedByEarlyStopping([5, 4, 3, 3.1, 3.2, 3.3, 3.4, 3.5], 5)).toBe(true);
    expect(endedByEarlyStopping([5, 4, 3, 3.1, 3.2, 3.3, 3.4], 5)).toBe(false);
    // Patience ran out earlier: early stopping would have ended the run before its end.
    expect(endedByEarlyStopping([5, 4, 4.1, 4.2, 4.3, 4.4, 4.5, 3, 3.1], 5)).toBe(false);
    // A tie is no improvement (min_delta 0, mode min).
    expect(endedByEarlyStopping([2, 2, 2, 2], 3)).toBe(true);
  });
});
