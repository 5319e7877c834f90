import { describe, expect, it } from 'vitest';
import { reportFixture } from '../../test/helpers/report-fixture.js';
import { InputError } from './errors.js';
import { decomposeErrors } from './gaps.js';
import { type Report, validateReport } from './report.js';

// no irreducible error and no train_val set: the decomposition's nulls survive the trip too
const gaps = decomposeErrors({
  splits: {
    train: { error: 0.1, n: 4000 },
    test_val: { accuracy: 0.8, n: 500 },
    test: { error: 0.22, n: 2000 },
  },
});

/** A report through JSON, read back as `compare` and the app read it. */
const roundTrip = (report: unknown): Report =>
  validateReport(JSON.parse(JSON.stringify(report)), 'report.json');

describe('report.json gaps, typed', () => {
  const report = reportFixture('digits-clean-seed0.json');

  it('round-trips the gap decomposition as decomposeErrors wrote it, one typed value for every reader', () => {
    const back = roundTrip({ ...report, gaps });
    expect(back.gaps).toEqual(gaps);
    // typed: no cast between the report and the decomposition's fields
    expect(back.gaps?.validationOverfitting?.flagged).toBe(gaps.validationOverfitting?.flagged);
    expect(back.gaps?.splits.map((s) => s.split)).toEqual(['train', 'test_val', 'test']);
    expect(back.gaps?.irreducible).toBeNull();
  });

  it('rejects gaps that are not a decomposition, naming the field (any record passed before)', () => {
    expect(() => roundTrip({ ...report, gaps: { foo: 1 } })).toThrow(InputError);
    const wrongSplit = { ...gaps, splits: gaps.splits.map((s, i) => (i === 0 ? { ...s, split: 'dev' } : s)) };
    expect(() => roundTrip({ ...report, gaps: wrongSplit })).toThrow(/gaps\.splits\.0\.split/);
    expect(roundTrip({ ...report, gaps: null }).gaps).toBeNull();
  });
});

describe('report.json comparison and gpu, typed', () => {
  it('accepts the committed reports and rejects a comparison result or gpu with a field no writer writes', () => {
    const pr = reportFixture('h100-digits-pass.json');
    const result = pr.comparison?.results[0];
    if (!pr.comparison || !result) throw new Error('the fixture has no comparison');
    expect(roundTrip(pr)).toEqual(pr);
    const extra = { ...pr, comparison: { ...pr.comparison, results: [{ ...result, pValue: 0.5 }] } };
    expect(() => roundTrip(extra)).toThrow(/comparison\.results\.0/);
    const badOutcome = {
      ...pr,
      comparison: { ...pr.comparison, results: [{ ...result, outcome: 'worse' }] },
    };
    expect(() => roundTrip(badOutcome)).toThrow(/outcome/);
    const check = pr.checks[0];
    if (!check) throw new Error('the fixture has no check');
    const gpu = { ...pr, checks: [{ ...check, gpu: { present: true, used: 'yes' } }] };
    expect(() => roundTrip(gpu)).toThrow(/checks\.0\.gpu/);
  });
});
