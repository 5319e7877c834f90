// Draws a PR comment as GitHub shows it (marked, github-markdown-css, Mermaid in Debian's Chromium)
// and writes pictures of it: the comment with its folds closed, and one chart. By default the
// comment is the typical failing pull request of test/fixtures/reports (real PyTorch runs: the
// digits example with softmax fed to the loss, seeds 0 and 1, against the clean script on main).
//
//   node --import tsx scripts/comment-picture.ts [--out docs] [--width 840] [--chart N]
//        [--config trainspotter.yml PR_REPORT.json... --base BASE_REPORT.json...]
import { mkdirSync, readFileSync, renameSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { assembleResults } from '../src/app/assemble-results.js';
import { DEFAULT_APP_CONFIG } from '../src/app/repo-config.js';
import { parseConfig } from '../src/core/parse-config.js';
import { validateReport } from '../src/core/report.js';
import { renderPrComment } from '../src/render/pr-comment.js';
import { CHROMIUM, chromiumPresent, openGithubRenderer } from '../test/helpers/github-render.js';
import { typicalFailingInput } from '../test/helpers/typical-failing.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string', default: 'docs' },
    width: { type: 'string', default: '840' },
    chart: { type: 'string', default: '3' },
    base: { type: 'string', multiple: true, default: [] },
    config: { type: 'string' },
  },
});

const read = (path: string) => validateReport(JSON.parse(readFileSync(path, 'utf8')), path);

function input() {
  if (positionals.length === 0) return typicalFailingInput();
  let config = DEFAULT_APP_CONFIG;
  if (values.config) {
    const parsed = parseConfig(readFileSync(values.config, 'utf8'), values.config);
    if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('\n'));
    config = parsed.config;
  }
  return assembleResults({
    reports: positionals.map(read),
    base: (values.base ?? []).map(read),
    headSha: positionals.map(read)[0]?.run.git?.sha ?? '0'.repeat(40),
    baseRef: 'main',
    config,
    ledger: [],
    notes: [],
  });
}

if (!chromiumPresent()) {
  console.error(`comment-picture: ${CHROMIUM} is needed (apt-get install chromium).`);
  process.exit(2);
}
const width = Number(values.width);
const chart = Number(values.chart);
if (!(width >= 320 && width <= 2000) || !Number.isInteger(chart) || chart < 1) {
  console.error(
    `comment-picture: --width must be 320-2000 and --chart a chart number ≥ 1; got ${values.width}, ${values.chart}.`,
  );
  process.exit(2);
}
const out = resolve(values.out ?? 'docs');
mkdirSync(out, { recursive: true });
const body = renderPrComment(input());
const browser = await openGithubRenderer();
try {
  const shot = join(out, 'pr-comment');
  const r = await browser.render(body, { width, screenshot: shot, chartShots: true, scale: 2 });
  const bad = r.charts.filter((c) => !c.ok);
  if (bad.length) throw new Error(`charts that did not render: ${bad.map((c) => c.title).join(', ')}`);
  renameSync(`${shot}-closed.png`, join(out, 'pr-comment.png'));
  renameSync(`${shot}-chart${chart}.png`, join(out, 'pr-comment-chart.png'));
  // the rest were only steps on the way
  const { rmSync, readdirSync } = await import('node:fs');
  for (const f of readdirSync(out)) if (/^pr-comment-(open|chart\d+)\.png$/.test(f)) rmSync(join(out, f));
  console.log(
    `wrote ${join(out, 'pr-comment.png')} (${r.closedHeight} px tall at ${width} px, folds closed; ${body.length} characters) and ${join(out, 'pr-comment-chart.png')} (${r.charts[chart - 1]?.title})`,
  );
} finally {
  await browser.close();
}
