import { describe, expect, it } from 'vitest';
import { reportFixture } from '../../test/helpers/report-fixture.js';
import {
  type Annotation,
  annotationsFor,
  batchAnnotations,
  CHECK_RUN_ACTIONS,
  CHECK_RUN_SUMMARY_LIMIT,
  conclusionOf,
  renderCheckRun,
} from './check-run.js';

const fixture = reportFixture;

const SHA = '0123456789abcdef0123456789abcdef01234567';

describe('renderCheckRun', () => {
  it('maps the report status to the conclusion', () => {
    expect(conclusionOf('pass')).toBe('success');
    expect(conclusionOf('warn')).toBe('neutral');
    expect(conclusionOf('fail')).toBe('failure');
    expect(conclusionOf('error')).toBe('failure');
  });

  it('renders a passing run: success, no annotations, the comment body without markers', () => {
    const run = renderCheckRun({ reports: [fixture('h100-digits-pass.json')], headSha: SHA });
    expect(run.conclusion).toBe('success');
    expect(run.title).toBe('trainspotter: pass — 3 checks over 1 seed');
    expect(run.annotationBatches).toEqual([]);
    // GitHub shows the title above the summary: the summary does not repeat it
    expect(run.summary).not.toContain('## trainspotter');
    expect(run.summary.startsWith('✅ All 6 verdicts passed')).toBe(true);
    expect(run.summary).not.toContain('<!-- trainspotter');
  });

  it('annotates a failed check at the config file when the metrics log is not a repository path', () => {
    const run = renderCheckRun({
      reports: [fixture('h100-digits-pass.json'), fixture('h100-digits-cpu-require-gpu.json')],
      headSha: SHA,
    });
    expect(run.conclusion).toBe('failure');
    // each check counted once, not once per seed; what failed, by name
    expect(run.title).toBe('trainspotter: fail — 3 checks over 2 seeds: smoke failed on seed 0');
    expect(run.annotationBatches).toMatchSnapshot();
    const [first] = run.annotationBatches.flat();
    // The report's own config path (run.config), since its metrics logs lie outside the repository.
    expect(first?.path).toBe(fixture('h100-digits-cpu-require-gpu.json').run.config ?? 'trainspotter.yml');
    expect(first?.annotation_level).toBe('failure');
  });

  it('points annotations at a repository-relative metrics file and marks warnings', () => {
    const report = fixture('h100-digits-pass.json');
    const check = report.checks[0];
    if (!check?.findings[0]) throw new Error('fixture');
    check.metrics = [{ path: './logs/metrics.jsonl', format: 'jsonl' }];
    check.findings[0] = { ...check.findings[0], severity: 'warn', verdict: 'plateau' as never }; // a verdict no judge gives: the annotation still names it
    const [a] = annotationsFor([report]);
    expect(a).toMatchObject({
      path: 'logs/metrics.jsonl',
      start_line: 1,
      end_line: 1,
      annotation_level: 'warning',
    });
    expect(a?.title).toBe('seed 0, smoke, loss: plateau');
    check.metrics = [{ path: '../../etc/passwd', format: 'jsonl' }];
    expect(annotationsFor([report])[0]?.path).toBe('trainspotter.gpu.yml');
    report.run.config = '/abs/trainspotter.yml';
    expect(annotationsFor([report], '.github/trainspotter.yml')[0]?.path).toBe('.github/trainspotter.yml');
  });

  it('fails a head whose seed matrix regressed against the reference, though every seed passed', () => {
    const report = fixture('h100-digits-pass.json');
    const comparison = structuredClone(report.comparison);
    if (!comparison?.results[0]) throw new Error('fixture');
    comparison.status = 'fail';
    comparison.results[0] = { ...comparison.results[0], outcome: 'regressed' };
    const run = renderCheckRun({ reports: [report], headSha: SHA, comparison });
    expect(run.conclusion).toBe('failure');
    expect(run.title).toBe('trainspotter: fail — 3 checks over 1 seed: test/accuracy regressed');
  });

  it('splits 120 annotations into requests of 50, 50 and 20', () => {
    const many: Annotation[] = Array.from({ length: 120 }, (_, i) => ({
      path: 'trainspotter.yml',
      start_line: 1,
      end_line: 1,
      annotation_level: 'warning',
      title: `t${i}`,
      message: 'm',
    }));
    const batches = batchAnnotations(many);
    expect(batches.map((b) => b.length)).toEqual([50, 50, 20]);
    expect(batches.flat()).toEqual(many);
    expect(batchAnnotations([])).toEqual([]);

    const report = fixture('h100-digits-pass.json');
    const template = report.checks[0];
    const finding = template?.findings[0];
    if (!template || !finding) throw new Error('fixture');
    report.checks = [
      {
        ...template,
        findings: Array.from({ length: 120 }, () => ({ ...finding, severity: 'fail' as const })),
      },
    ];
    report.status = 'fail';
    const run = renderCheckRun({ reports: [report], headSha: SHA });
    expect(run.annotationBatches.map((b) => b.length)).toEqual([50, 50, 20]);
  });

  it('keeps the summary within 65,535 characters for a hostile report', () => {
    const report = fixture('h100-digits-pass.json');
    const template = report.checks[0];
    const finding = template?.findings[0];
    if (!template || !finding) throw new Error('fixture');
    report.checks = Array.from({ length: 100 }, () => ({
      ...template,
      findings: Array.from({ length: 500 }, (_, f) => ({
        ...finding,
        series: `s${f}${'y'.repeat(300)}`,
        severity: 'fail' as const,
      })),
    }));
    report.status = 'fail';
    const run = renderCheckRun({ reports: [report], headSha: SHA });
    expect(run.summary.length).toBeLessThanOrEqual(CHECK_RUN_SUMMARY_LIMIT);
    expect(run.title.length).toBeLessThanOrEqual(255);
    expect(run.annotationBatches.every((b) => b.length <= 50)).toBe(true);
    expect(run.annotationBatches.flat()).toHaveLength(50_000);
  });

  it("offers the accept button within GitHub's limits on requested actions", () => {
    expect(CHECK_RUN_ACTIONS.length).toBeGreaterThan(0);
    expect(CHECK_RUN_ACTIONS.length).toBeLessThanOrEqual(3);
    for (const action of CHECK_RUN_ACTIONS) {
      expect(action.identifier.length).toBeLessThanOrEqual(20);
      expect(action.label.length).toBeLessThanOrEqual(20);
      expect(action.description.length).toBeLessThanOrEqual(40);
    }
    expect(CHECK_RUN_ACTIONS.map((a) => a.identifier)).toContain('accept-reference');
  });
});
