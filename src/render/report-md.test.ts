import { describe, expect, it } from 'vitest';
import { reportFixture } from '../../test/helpers/report-fixture.js';
import { decisiveNumbers, renderReportMarkdown } from './report-md.js';

const fixture = reportFixture;

describe('renderReportMarkdown', () => {
  it('renders a passing CUDA run: one line for the passes, then checks, known result, gaps, charts and GPU details', () => {
    const md = renderReportMarkdown(fixture('h100-digits-pass.json'));
    expect(md).toMatchSnapshot();
    expect(md).toContain('## trainspotter: ✅ pass');
    expect(md).toContain('✅ All 6 verdicts passed. Seed 0.');
    expect(md).toMatch(/- ✅ loss: healthy — 2\.267 → 0\.02946/);
    expect(md).toMatch(/- ✅ \*\*test\/accuracy\*\* unchanged: within the tolerance/);
    expect(md).toMatch(/```mermaid\n%%\{init: .*\}%%\nxychart-beta/);
    expect(md).toMatch(/GPU NVIDIA H100 80GB HBM3: peak 8\d\d MiB/);
  });

  it('says plainly when a GPU was present but the training never used it', () => {
    const md = renderReportMarkdown(fixture('h100-digits-cpu-require-gpu.json'));
    expect(md).toContain('## trainspotter: ❌ fail');
    expect(md).toContain(
      '- ❌ **smoke failed**: a GPU is present but the training never used it (require\\_gpu: true)',
    );
    expect(md).toContain('**never used by the training**');
  });

  it('says what failed first, with its number, for a real bug (the demo with softmax fed to the loss)', () => {
    const md = renderReportMarkdown(fixture('demo-softmax_into_loss.json'));
    const [heading, , first] = md.split('\n');
    expect(heading).toBe('## trainspotter: ❌ fail');
    expect(first).toMatch(/^- ❌ \*\*(smoke|overfit) failed\*\*: /);
    expect(md).toContain('loss still falling at 1.492 (needs ≤ 0.02278)');
    // no empty command, no empty fold
    expect(md).not.toMatch(/(^|[^`])``([^`]|$)/m);
    expect(md).not.toMatch(/<summary>[^<]*<\/summary>\n\n<\/details>/);
  });

  it('escapes hostile series names', () => {
    const report = fixture('h100-digits-pass.json');
    const check = report.checks[0];
    if (!check?.findings[0]) throw new Error('fixture has no finding');
    check.findings[0] = { ...check.findings[0], series: 'loss|<img src=x onerror=alert(1)>@octocat' };
    const md = renderReportMarkdown(report);
    expect(md).toContain('loss\\|\\<img src=x onerror=alert(1)\\>@\u200boctocat');
    expect(md).not.toMatch(/(?<!\\)<img/);
    expect(md).not.toContain('@octocat');
  });
});

describe('decisiveNumbers', () => {
  it('reads the evidence keys the judges write: initial_loss and overfitting_from_step', () => {
    const init = fixture('digits-log_zero-seed0.json').checks[0]?.findings.find(
      (f) => f.judge === 'init_loss',
    );
    expect(init?.evidence.initial_loss).toBeCloseTo(7.007, 3);
    expect(decisiveNumbers(init?.evidence ?? {})).toBe('initial 7.007 vs −ln(1/C) 2.303');
    expect(decisiveNumbers({ overfitting_from_step: 1_200_000 })).toBe('overfitting from step 1200000');
    expect(decisiveNumbers({ spike_count: 1 })).toBe('1 spike');
    expect(decisiveNumbers({ mk_p: 2.36e-95 })).toBe('trend p < 1e\u22124');
  });
});
