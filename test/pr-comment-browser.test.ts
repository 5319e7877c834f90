import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderCheckRun } from '../src/render/check-run.js';
import { renderPrComment } from '../src/render/pr-comment.js';
import { renderReportMarkdown } from '../src/render/report-md.js';
import {
  CHROMIUM,
  chromiumPresent,
  type GithubRenderer,
  openGithubRenderer,
  type RenderedComment,
} from './helpers/github-render.js';
import { reportFixture } from './helpers/report-fixture.js';
import { typicalFailingInput } from './helpers/typical-failing.js';

/** Where a person can look at what the browser drew (gitignored). */
const SHOTS = join(import.meta.dirname, '..', 'test-output', 'browser');
/** A desktop screen and two phone screens (800 CSS pixels each), every fold closed. */
const BUDGET = { 1000: 900, 420: 1600 } as const;
const WIDTHS = [1000, 420] as const;
const FIXTURES = readdirSync(join(import.meta.dirname, 'fixtures', 'reports')).filter((f) =>
  f.endsWith('.json'),
);

const have = chromiumPresent();
if (!have)
  console.warn(
    `note: ${CHROMIUM} is absent, so the browser test of the PR comment is skipped (apt-get install chromium)`,
  );

function expectDrawn(rendered: RenderedComment, what: string): void {
  for (const chart of rendered.charts) {
    expect(chart.ok, `${what}: chart "${chart.title}" did not render: ${chart.error}`).toBe(true);
    // the first line (the PR's, or train's) in a strong colour of our own, not Mermaid's pale default
    expect(chart.lineColours[0], `${what}: "${chart.title}"`).toBe('#0072B2');
  }
  expect(rendered.overflow, `${what}: wider than the page`).toBeNull();
}

describe.skipIf(!have)(
  'the PR comment as GitHub draws it (marked, github-markdown-css, mermaid in Chromium)',
  () => {
    let browser: GithubRenderer;
    const measured: Record<string, unknown> = {};
    beforeAll(async () => {
      mkdirSync(SHOTS, { recursive: true });
      browser = await openGithubRenderer();
    }, 60_000);
    afterAll(async () => {
      writeFileSync(join(SHOTS, 'heights.json'), `${JSON.stringify(measured, null, 2)}\n`);
      await browser?.close();
    });

    it('fits the typical failing comment in one desktop screen and two phone screens, every chart drawn', async () => {
      const input = typicalFailingInput();
      const bodies = { comment: renderPrComment(input), 'check-run': renderCheckRun(input).summary };
      for (const [kind, body] of Object.entries(bodies)) {
        for (const width of WIDTHS) {
          const shot = join(SHOTS, `typical-${kind}-${width}`);
          const r = await browser.render(body, { width, screenshot: shot, chartShots: true });
          measured[`typical-${kind}-${width}`] = {
            closed: r.closedHeight,
            open: r.openHeight,
            chars: body.length,
          };
          expectDrawn(r, `typical ${kind} at ${width} px`);
          expect(r.charts.length).toBe(5);
          expect(r.closedHeight, `typical ${kind} at ${width} px`).toBeLessThanOrEqual(BUDGET[width]);
        }
      }
    }, 180_000);

    it.each(FIXTURES)(
      'draws report.md and the comment of %s: every chart renders, nothing wider than a phone',
      async (name) => {
        const report = reportFixture(name);
        const bodies = {
          'report-md': renderReportMarkdown(report),
          comment: renderPrComment({ reports: [report], headSha: report.run.git?.sha ?? '0' }),
        };
        for (const [kind, body] of Object.entries(bodies)) {
          for (const width of WIDTHS) {
            if (kind === 'comment' && width === 1000) continue; // the same body as report.md but for its markers
            const shot = join(SHOTS, `${name.replace(/\.json$/, '')}-${kind}-${width}`);
            const r = await browser.render(body, { width, screenshot: shot });
            measured[`${name}-${kind}-${width}`] = {
              closed: r.closedHeight,
              open: r.openHeight,
              chars: body.length,
            };
            expectDrawn(r, `${name} ${kind} at ${width} px`);
            expect(r.charts.length, `${name}: a chart per curve`).toBeGreaterThan(0);
            expect(r.closedHeight, `${name} ${kind} at ${width} px`).toBeLessThanOrEqual(BUDGET[width]);
          }
        }
      },
      180_000,
    );
  },
);
