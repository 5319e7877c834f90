import { describe, expect, it } from 'vitest';
import { reportFixture } from '../../test/helpers/report-fixture.js';
import type { Report } from '../core/report.js';
import { digest } from './digest.js';

/** The fixture's validation finding with its evidence as the current judge writes it (best_*, end_value). */
function withCurrentValidationKeys(report: Report): Report {
  return {
    ...report,
    checks: report.checks.map((c) => ({
      ...c,
      findings: c.findings.map((f) => {
        if (f.judge !== 'validation') return f;
        const { val_end, val_min, val_min_step, ...rest } = f.evidence;
        return {
          ...f,
          evidence: { ...rest, end_value: val_end, best_value: val_min, best_step: val_min_step },
        };
      }),
    })),
  };
}

describe('digest', () => {
  // digest read `val_end`, which the validation judge no longer writes: a current report's
  // not_generalising finding lost its numbers (the sentence's start stood in for them)
  it('gives the numbers of a not_generalising finding written by the current validation judge', () => {
    const pr = withCurrentValidationKeys(reportFixture('digits-softmax_into_ce-seed1.json'));
    const problem = digest({ reports: [pr] }).problems.find((p) => p.what === 'smoke failed');
    expect(problem?.why).toBe('val_loss did not improve (2.727 → 2.722) while loss fell 21.95 %');
  });

  it('still reads the key an earlier trainspotter wrote (the committed report)', () => {
    const pr = reportFixture('digits-softmax_into_ce-seed1.json');
    const problem = digest({ reports: [pr] }).problems.find((p) => p.what === 'smoke failed');
    expect(problem?.why).toBe('val_loss did not improve (2.727 → 2.722) while loss fell 21.95 %');
  });
});
