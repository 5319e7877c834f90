import { describe, expect, it } from 'vitest';
import { reportFixture } from '../../test/helpers/report-fixture.js';
import { renderReportMarkdown } from './report-md.js';

const fixture = reportFixture;

describe('renderReportMarkdown', () => {
  it('renders a passing CUDA run: checks table, known result, gaps, charts and GPU details', () => {
    const md = renderReportMarkdown(fixture('h100-digits-pass.json'));
    expect(md).toMatchSnapshot();
    expect(md).toContain('## trainspotter: ✅ pass');
    expect(md).toMatch(/\| smoke \| ✅ pass \| loss: \*\*healthy\*\*/);
    expect(md).toMatch(/test\/accuracy \| ✅ unchanged/);
    expect(md).toMatch(/```mermaid\nxychart-beta/);
    expect(md).toMatch(/GPU NVIDIA H100 80GB HBM3: peak 8\d\d MiB/);
  });

  it('says plainly when a GPU was present but the training never used it', () => {
    const md = renderReportMarkdown(fixture('h100-digits-cpu-require-gpu.json'));
    expect(md).toContain('## trainspotter: ❌ fail');
    expect(md).toContain('a GPU is present but the training never used it (require\\_gpu: true)');
    expect(md).toContain('**never used by the training**');
  });

  it('escapes hostile series names and keeps the table whole', () => {
    const report = fixture('h100-digits-pass.json');
    const check = report.checks[0];
    if (!check?.findings[0]) throw new Error('fixture has no finding');
    check.findings[0] = { ...check.findings[0], series: 'loss|<img src=x onerror=alert(1)>@octocat' };
    const md = renderReportMarkdown(report);
    const row = md.split('\n').find((l) => l.includes('octocat')) ?? '';
    expect(row.split(/(?<!\\)\|/).length).toBe(7);
    expect(md).not.toMatch(/(?<!\\)<img/);
    expect(md).not.toContain('@octocat');
  });
});
