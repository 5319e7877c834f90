import { describe, expect, it } from 'vitest';
import { reportFixture } from '../../test/helpers/report-fixture.js';
import { typicalFailingInput } from '../../test/helpers/typical-failing.js';
import type { Report } from '../core/report.js';
import {
  type BudgetEntry,
  COMMENT_MARKER,
  commentHeadSha,
  GITHUB_COMMENT_LIMIT,
  overallStatus,
  renderPrComment,
  TRUNCATION_NOTE,
} from './pr-comment.js';

const fixture = reportFixture;

const SHA = '0123456789abcdef0123456789abcdef01234567';

/** The base branch: the same run, with a better test accuracy and worse-split gaps moved. */
function baseOf(pr: Report): Report {
  const base = structuredClone(pr);
  base.finalMetrics['test/accuracy'] = 0.99;
  const gaps = base.gaps;
  if (!gaps) throw new Error('the fixture has no gaps');
  const testVal = gaps.splits.find((s) => s.split === 'test_val')?.error ?? 0;
  base.gaps = {
    ...gaps,
    splits: gaps.splits.map((s) => (s.split === 'test' ? { ...s, error: 0.01 } : s)),
    gaps: gaps.gaps.map((g) => (g.name === 'validation_overfitting' ? { ...g, value: 0.01 - testVal } : g)),
  };
  // The base's loss curves sit a little higher, so the charts show two lines.
  for (const check of base.checks)
    for (const curve of check.curves) curve.values = curve.values.map((v) => (v === null ? null : v * 1.1));
  return base;
}

/** A fabricated regressed comparison, as compareWithReference writes it. */
function regressed(pr: Report): Report['comparison'] {
  const c = structuredClone(pr.comparison);
  if (!c?.results[0]) throw new Error('fixture has no comparison');
  c.status = 'fail';
  c.results[0] = {
    ...c.results[0],
    outcome: 'regressed',
    difference: -0.0178,
    degradation: 0.0178,
    degradationLower: 0.0121,
    degradationUpper: 0.0235,
    pRegression: 0.0004,
    pRegressionHolm: 0.0004,
    message:
      'regressed: degradation 0.0178 exceeds the tolerance 0.01 (one-sided 95 % bounds 0.0121 and 0.0235)',
  };
  return c;
}

const BUDGET: BudgetEntry[] = [
  {
    fingerprint: 'sha256:9f2c4e1a7b3d',
    n: 270,
    evaluations: 41,
    epsilon: 0.1087,
    tolerance: 0.05,
    refresh: true,
    message: 'after 41 evaluations ε = 0.109 exceeds the tolerance 0.05: refresh your validation set',
  },
];

/** Every row of each table has as many unescaped cell separators as the table's header. */
function expectWholeTables(body: string): void {
  let columns = 0;
  for (const line of body.split('\n')) {
    if (!line.startsWith('|')) {
      columns = 0;
      continue;
    }
    const cells = line.split(/(?<!\\)\|/).length;
    if (columns === 0) columns = cells;
    expect(cells, line).toBe(columns);
  }
}

describe('renderPrComment', () => {
  it('renders a seed matrix against the base branch: the reason first, passes counted, the rest folded', () => {
    const pr = fixture('h100-digits-pass.json');
    const seed1 = structuredClone(pr);
    seed1.run.seed = 1;
    const body = renderPrComment({
      reports: [pr, seed1],
      base: [baseOf(pr)],
      headSha: SHA,
      baseRef: 'main',
      budget: BUDGET,
      comparison: regressed(pr),
    });
    expect(body).toMatchSnapshot();
    expect(body.startsWith(`${COMMENT_MARKER}\n<!-- trainspotter:sha=${SHA} -->\n`)).toBe(true);
    // Every seed passes its checks, but the seed matrix regressed against the reference: the
    // headline says so first, and never counts the seeds as passing beside a failure.
    expect(body).toContain('## trainspotter: ❌ fail');
    const top = body.slice(0, body.indexOf('<details>'));
    expect(top).toContain('- ❌ **test/accuracy regressed** by 0.0178 (p = 4e\u22124)');
    expect(top).toContain('- ⚠️ **validation set sha256:9f2c4e1a7b3d is used up**');
    expect(top).toContain(
      '✅ 5 other verdicts passed. Commit `0123456789ab`, 2 seeds (0, 1): their own checks pass, the comparison fails. Base main: ✅\u00a0pass.',
    );
    expect(top).not.toMatch(/2 pass/);
    expect(top).not.toContain('healthy');
    // the details, folded: every verdict of every seed, with its sparkline and decisive numbers
    expect(body).toMatch(
      /- seed 0 ✅ loss: healthy — 2\.267 → 0\.02946, min 0\.01102, trend p \\< 1e\u22124 `[▁▂▃▄▅▆▇█]+`/,
    );
    expect(body).toMatch(/- seed 1 ✅ loss: healthy — .* `[▁▂▃▄▅▆▇█]+`/);
    expect(body).toContain('- ❌ **test/accuracy** regressed: degradation 0.0178 exceeds the tolerance 0.01');
    expect(body).toMatch(
      /- validation overfitting: PR 0\.9259 %, base -0\.8519 %, difference 1\.778 % \(-?\d.* … \d.* %\), p = 0\.\d+/,
    );
    expect(body).toContain('**refresh your validation set**');
    expect(body).toContain('<details><summary>Loss curves: PR blue, base main orange (seed 0)</summary>');
    expect(body).toMatch(
      /```mermaid\n%%\{init: .*"plotColorPalette":"#0072B2,#E69F00".*\}%%\nxychart-beta\n {2}title "smoke loss: PR blue, base orange"/,
    );
    expect(body).not.toContain(TRUNCATION_NOTE);
    expect(body).not.toMatch(/^\|/m);
  });

  it('shows the PR gaps alone without a base, and the worst status over seeds', () => {
    const body = renderPrComment({
      reports: [fixture('h100-digits-pass.json'), fixture('h100-digits-cpu-require-gpu.json')],
      headSha: SHA,
    });
    expect(body).toContain('## trainspotter: ❌ fail');
    expect(body).toContain(
      '- ❌ **smoke failed on seed 0**: a GPU is present but the training never used it',
    );
    expect(body).toContain('- variance: 2.778 % (1.146 % … 6.337 %)');
    expect(body).not.toContain('PR against base');
    // what the top line said in full is not folded again: no empty fold
    expect(body).not.toContain('What went wrong');
  });

  it('groups one failure over seeds, with its decisive numbers and likely cause (real PyTorch runs)', () => {
    const body = renderPrComment(typicalFailingInput());
    const lines = body.split('\n');
    expect(lines[2]).toBe('## trainspotter: ❌ fail');
    expect(lines[4]).toBe(
      '- ❌ **overfit failed on seeds 0, 1**: loss plateaued at 1.491, 1.61 (needs ≤ 0.01) — likely learning rate too low',
    );
    expect(lines[5]).toMatch(
      /^- ❌ \*\*smoke failed on seed 1\*\*: val\\_loss did not improve \(2\.727 → 2\.722\) while loss fell 21\.95 %/,
    );
    expect(lines[6]).toBe('- ❌ **test/accuracy regressed** by 0.04946 (p = 0.037)');
    expect(body).toContain(
      '✅ 3 other verdicts passed. Commit `3f9c2e7a1b4d`, 2 seeds (0, 1): 2 fail. Base main: ✅\u00a0pass.',
    );
    expect(body).toContain('<details><summary>What went wrong, and what to try</summary>');
    expect(body).toContain('- seed 1: Single-batch overfit failed: loss flattened at 1.61');
    // a typical failing comment is short
    expect(body.slice(0, body.indexOf('<details>')).length).toBeLessThan(900);
  });

  it('round-trips the head SHA through the hidden marker, and no SHA can close the comment', () => {
    expect(
      commentHeadSha(renderPrComment({ reports: [fixture('h100-digits-pass.json')], headSha: SHA })),
    ).toBe(SHA);
    expect(commentHeadSha('no marker here')).toBeUndefined();
    const hostile = renderPrComment({ reports: [], headSha: 'abc --> <img src=x> @octocat' });
    expect(hostile.split('\n')[1]).toBe('<!-- trainspotter:sha=abcccca -->');
    expect(commentHeadSha(hostile)).toBe('abcccca');
  });

  it('says why there is no report, escaped, and calls a head without reports an error', () => {
    const body = renderPrComment({
      reports: [],
      headSha: SHA,
      notes: ['artifact trainspotter-report-seed-0: has expired; rerun @octocat <b>'],
    });
    expect(body).toContain('## trainspotter: ');
    expect(body).toContain('No report was produced for this commit.');
    expect(body).toContain(
      '- ⚠️ artifact trainspotter-report-seed-0: has expired; rerun @\u200boctocat \\<b\\>',
    );
    expect(overallStatus({ reports: [] })).toBe('error');
  });

  it('escapes hostile names: no @mentions, no HTML, tables stay whole', () => {
    const pr = fixture('h100-digits-pass.json');
    const hostile = '@octocat <img src=x> | x';
    const check = pr.checks[0];
    if (!check?.findings[0] || !check.curves[0] || !pr.comparison?.results[0]) throw new Error('fixture');
    check.findings[0] = { ...check.findings[0], series: hostile, verdict: '<b>@octocat</b>' as never }; // a hostile verdict, past the schema
    check.curves[0] = { ...check.curves[0], series: hostile };
    pr.comparison.results[0] = { ...pr.comparison.results[0], metric: hostile, message: hostile };
    pr.status = 'fail';
    pr.checks[1] = {
      ...(pr.checks[1] as NonNullable<(typeof pr.checks)[1]>),
      status: 'fail',
      notes: [hostile],
      command: hostile,
      failure: { kind: 'crash', title: hostile, lines: [hostile], advice: [hostile] },
    };
    const body = renderPrComment({
      reports: [pr],
      base: [baseOf(pr)],
      headSha: SHA,
      baseRef: '@octocat|<script>',
      budget: [{ ...(BUDGET[0] as BudgetEntry), fingerprint: hostile, message: hostile }],
    });
    expect(body).not.toMatch(/@octocat/);
    // a crash's log lines are quoted verbatim, inside a fence GitHub shows as text
    const fenced = /```\n([^`]*)\n```/.exec(body);
    expect(fenced?.[1]).toBe('@\u200boctocat <img src=x> | x');
    expect(body.replace(/```\n[^`]*\n```/g, '')).not.toMatch(/(?<!\\)<(img|b|script)/);
    expectWholeTables(body);
    expect(body).toContain('<details><summary>What went wrong');
    expect(body).toContain('\\<img src=x\\> \\| x');
  });

  it('drops the charts first, then the runs, and says so', () => {
    const pr = fixture('h100-digits-pass.json');
    const input = { reports: [pr], base: [baseOf(pr)], headSha: SHA };
    const full = renderPrComment(input);
    expect(full).toContain('```mermaid');
    expect(full).toContain('### Runs');
    const noCharts = renderPrComment(input, { limit: full.length - 10 });
    expect(noCharts.length).toBeLessThanOrEqual(full.length - 10);
    expect(noCharts).not.toContain('```mermaid');
    expect(noCharts).not.toContain('Loss curves');
    expect(noCharts).toContain('### Runs');
    expect(noCharts).toContain(TRUNCATION_NOTE);
    const charts = full.slice(
      full.indexOf('<details><summary>Loss curves'),
      full.indexOf('<details><summary>All results'),
    );
    const runs = full.slice(full.indexOf('### Runs'), full.lastIndexOf('</details>'));
    const neither = renderPrComment(input, { limit: full.length - charts.length - 10 });
    expect(neither).not.toContain('```mermaid');
    expect(neither).not.toContain('### Runs');
    expect(neither).toContain('### Evaluation gaps');
    expect(neither).toContain(TRUNCATION_NOTE);
    // every fold that is opened is closed
    expect(neither.split('<details>').length).toBe(neither.split('</details>').length);
    expect(runs.length).toBeGreaterThan(0);
  });

  it('stays under 65,536 characters for 100 checks × 500 findings with long names, and says so', () => {
    const pr = fixture('h100-digits-pass.json');
    const template = pr.checks[0];
    const finding = template?.findings[0];
    if (!template || !finding) throw new Error('fixture');
    pr.checks = Array.from({ length: 100 }, (_, c) => ({
      ...template,
      notes: [`note ${'n'.repeat(2000)}`],
      findings: Array.from({ length: 500 }, (_, f) => ({
        ...finding,
        series: `series-${c}-${f}-${'x'.repeat(300)}`,
        severity: 'fail' as const,
        summary: 's'.repeat(5000),
        causes: ['c'.repeat(1000)],
      })),
    }));
    pr.status = 'fail';
    const body = renderPrComment({ reports: [pr, pr], base: [pr], headSha: SHA, budget: BUDGET });
    expect(body.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(body.length).toBeGreaterThan(GITHUB_COMMENT_LIMIT - 2000);
    expect(body).toContain(TRUNCATION_NOTE);
    expect(body).toContain('## trainspotter: ❌ fail');
    // the top names six problems and counts the rest
    expect(body).toMatch(/^- … and \d+ more, below$/m);
    expect(body).toContain('<details><summary>What went wrong, and what to try</summary>');
    expect(body).not.toContain('```mermaid');
    expect(commentHeadSha(body)).toBe(SHA);
    // every fold that is opened is closed, cut or not
    expect(body.split('<details>').length).toBe(body.split('</details>').length);
    expect(renderPrComment({ reports: [pr], headSha: SHA }, { limit: 5000 }).length).toBeLessThanOrEqual(
      5000,
    );
  });
});
