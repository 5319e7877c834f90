import { compareGaps } from '../core/compare-gaps.js';
import type { GapReport } from '../core/gaps.js';
import type { CheckReport, Report } from '../core/report.js';
import { escapeMarkdown as esc, fmtNum } from './escape.js';
import { mermaidChart } from './mermaid.js';
import { decisiveNumbers, STATUS_LABEL } from './report-md.js';
import { curveSparkline } from './sparkline.js';
import { trainValGapSection } from './train-val-gap-section.js';

/** The hidden marker that finds the app's sticky comment on a PR. */
export const COMMENT_MARKER = '<!-- trainspotter -->';
/** GitHub rejects an issue comment body longer than this. */
export const GITHUB_COMMENT_LIMIT = 65_536;
export const TRUNCATION_NOTE = "… truncated to fit GitHub's 65,536-character limit";

/** One validation set's entry in the validation-reuse ledger, as the app's store keeps it. */
export interface BudgetEntry {
  readonly fingerprint: string;
  readonly n: number;
  readonly evaluations: number;
  readonly epsilon: number | null;
  readonly tolerance: number;
  readonly refresh: boolean;
  readonly message: string;
}

export interface PrCommentInput {
  /** The PR head's reports, one per seed. */
  readonly reports: readonly Report[];
  /** The base branch's latest reports, one per seed. */
  readonly base?: readonly Report[];
  readonly headSha: string;
  readonly baseRef?: string;
  readonly budget?: readonly BudgetEntry[];
  /** The seed matrix's comparison with the reference; default: the first report's. */
  readonly comparison?: Report['comparison'];
  /** What kept reports out (an expired or rejected artifact, an invalid config), shown under the headline. */
  readonly notes?: readonly string[];
}

export interface RenderOptions {
  /** Largest body in characters; default GITHUB_COMMENT_LIMIT. */
  readonly limit?: number;
  /** The hidden markers; default true. */
  readonly markers?: boolean;
}

/** Rows per check and seed in a table; the rest are counted. */
const MAX_FINDING_ROWS = 30;

const STATUS_RANK: Record<string, number> = { pass: 0, skipped: 0, warn: 1, fail: 2, error: 3 };

/** The worst status over the seeds: error > fail > warn > pass. */
export function worstStatus(reports: readonly Report[]): Report['status'] {
  let worst: Report['status'] = 'pass';
  for (const r of reports) if ((STATUS_RANK[r.status] ?? 0) > (STATUS_RANK[worst] ?? 0)) worst = r.status;
  return worst;
}

/**
 * The verdict of a PR head: the worst status over its seeds and the seed matrix's comparison
 * with the reference (a regression fails the head even when every seed's own checks pass).
 */
export function overallStatus(input: Pick<PrCommentInput, 'reports' | 'comparison'>): Report['status'] {
  // No report at all is nothing to vouch for: an error, not a pass.
  if (input.reports.length === 0) return 'error';
  const status = worstStatus(input.reports);
  const compared = input.comparison?.status;
  return compared && (STATUS_RANK[compared] ?? 0) > (STATUS_RANK[status] ?? 0) ? compared : status;
}

/** Only hex digits of a SHA reach the hidden marker, so no value can close the HTML comment. */
function cleanSha(sha: string): string {
  return sha.replace(/[^0-9a-fA-F]/g, '').slice(0, 64);
}

function shaMarker(sha: string): string {
  return `<!-- trainspotter:sha=${cleanSha(sha)} -->`;
}

/** The head commit a comment body was rendered for, from its hidden marker. */
export function commentHeadSha(body: string): string | undefined {
  return /<!-- trainspotter:sha=([0-9a-fA-F]{1,64}) -->/.exec(body)?.[1];
}

function num(x: unknown): number | null {
  return typeof x === 'number' && Number.isFinite(x) ? x : null;
}

/** The same check in another seed's report: same name, same occurrence among checks of that name. */
function sameCheck(
  report: Report | undefined,
  checks: readonly CheckReport[],
  index: number,
): CheckReport | undefined {
  const check = checks[index];
  if (!report || !check) return undefined;
  const occurrence = checks.slice(0, index).filter((c) => c.name === check.name).length;
  return report.checks.filter((c) => c.name === check.name)[occurrence];
}

interface Section {
  /** Lower is more important; kept first when the body would be too long. */
  readonly priority: number;
  /**
   * The section's lines; a builder may stop once they exceed `max` characters (the section
   * will not fit whole then), so a huge report costs no more than what can be shown.
   */
  readonly build: (max: number) => readonly string[];
  /** May be cut at a line boundary (tables, lists); otherwise kept whole or dropped. */
  readonly trimmable: boolean;
  /** Fewest lines worth keeping of a cut section (a heading and one row); default 3. */
  readonly minLines?: number;
}

const size = (lines: readonly string[]) => lines.reduce((n, l) => n + l.length + 1, 0);

function headline(input: PrCommentInput): string[] {
  const status = overallStatus(input);
  const seeds = input.reports.map((r) => r.run.seed);
  const counts = input.reports.reduce<Record<string, number>>((acc, r) => {
    acc[r.status] = (acc[r.status] ?? 0) + 1;
    return acc;
  }, {});
  const bySeed = Object.entries(counts)
    .map(([s, n]) => `${n} ${s}`)
    .join(', ');
  const base = input.base?.length
    ? ` Base${input.baseRef ? ` ${esc(input.baseRef, 100)}` : ''}: ${STATUS_LABEL[worstStatus(input.base)] ?? ''}.`
    : '';
  const sha = cleanSha(input.headSha).slice(0, 12);
  return [
    `## trainspotter: ${STATUS_LABEL[status] ?? status}`,
    '',
    input.reports.length === 0
      ? 'No report was produced for this commit.'
      : `Commit \`${sha}\`, ${seeds.length} seed${seeds.length === 1 ? '' : 's'} (${seeds.join(', ')}): ${bySeed}.${base}`,
    '',
    ...(input.notes?.length ? [...input.notes.map((n) => `- ⚠️ ${esc(n, 600)}`), ''] : []),
  ];
}

function checkTable(input: PrCommentInput, index: number, max: number): string[] {
  const first = input.reports[0];
  const check = first?.checks[index];
  if (!first || !check) return [];
  const out = [
    `### ${check.name}`,
    '',
    '| seed | status | verdicts | decisive numbers | curve |',
    '|---|---|---|---|---|',
  ];
  let chars = size(out);
  const push = (line: string) => {
    out.push(line);
    chars += line.length + 1;
  };
  for (const [s, report] of input.reports.entries()) {
    if (chars > max) break;
    const c = s === 0 ? check : sameCheck(report, first.checks, index);
    if (!c) {
      push(`| ${report.run.seed} | – | not run | | |`);
      continue;
    }
    const status = STATUS_LABEL[c.status] ?? c.status;
    if (c.findings.length === 0) {
      push(`| ${report.run.seed} | ${status} | ${esc(c.summary)} | | |`);
      continue;
    }
    for (const [i, f] of c.findings.entries()) {
      if (chars > max) break;
      if (i === MAX_FINDING_ROWS) {
        push(`| | | … and ${c.findings.length - i} more findings | | |`);
        break;
      }
      const curve = s === 0 ? curveSparkline(c.curves.find((x) => x.series === f.series)) : '';
      push(
        `| ${i === 0 ? report.run.seed : ''} | ${i === 0 ? status : ''} | ${esc(f.series)}: **${esc(f.verdict, 60)}** | ${esc(decisiveNumbers(f.evidence))} | ${curve} |`,
      );
    }
  }
  out.push('');
  return out;
}

function comparisonSection(input: PrCommentInput): string[] {
  const c = input.comparison ?? input.reports[0]?.comparison;
  if (!c || c.results.length === 0) return c?.missing.length ? missing(c.missing) : [];
  const order: Record<string, number> = { regressed: 0, inconclusive: 1, improved: 2, unchanged: 3 };
  const results = [...c.results].sort((a, b) => (order[a.outcome] ?? 9) - (order[b.outcome] ?? 9));
  const regressed = results.filter((r) => r.outcome === 'regressed').length;
  const out = [regressed > 0 ? `### Regressions (${regressed})` : '### Comparison with the reference', ''];
  if (c.source) out.push(`Reference: ${esc(c.source, 300)}`, '');
  out.push(
    '| metric | outcome | effect (degradation) | one-sided bounds | p (regression, Holm) |',
    '|---|---|---|---|---|',
  );
  for (const r of results) {
    const lo = num(r.degradationLower);
    const hi = num(r.degradationUpper);
    const p = num(r.pRegressionHolm) ?? num(r.pRegression);
    out.push(
      `| ${esc(r.metric)} | ${STATUS_LABEL[r.outcome] ?? r.outcome} | ${fmtNum(num(r.degradation))} | ${lo === null && hi === null ? '–' : `${fmtNum(lo)} … ${fmtNum(hi)}`} | ${fmtNum(p)} |`,
    );
  }
  out.push('', ...results.map((r) => `- ${esc(r.metric)}: ${esc(r.message, 400)}`), '');
  return [...out, ...(c.missing.length ? missing(c.missing) : [])];
}

function missing(names: readonly string[]): string[] {
  return [`Not produced by this run: ${names.map((m) => esc(m)).join(', ')}`, ''];
}

function gapReport(report: Report | undefined): GapReport | null {
  const g = report?.gaps as Partial<GapReport> | null | undefined;
  return g && Array.isArray(g.gaps) && Array.isArray(g.splits) ? (g as GapReport) : null;
}

const pct = (x: number | null) => (x === null ? '–' : `${fmtNum(x * 100)} %`);
const gapName = (name: string) => esc(name.replace(/_/g, ' '));

function gapsSection(input: PrCommentInput): string[] {
  const pr = gapReport(input.reports[0]);
  if (!pr) return [];
  const base = gapReport(input.base?.[0]);
  const out = ['### Evaluation gaps', ''];
  out.push(`Errors: ${pr.splits.map((s) => `${esc(s.split)} ${pct(s.error)} (n=${s.n})`).join(', ')}`, '');
  if (base) {
    const rows = compareGaps(pr, base);
    out.push(
      `PR against base${input.baseRef ? ` ${esc(input.baseRef, 100)}` : ''} (difference of gaps, ${fmtNum(pr.confidence * 100)} % interval; positive: the PR's gap is larger):`,
      '',
      '| gap | PR | base | difference | interval | p |',
      '|---|---|---|---|---|---|',
      ...rows.map(
        (r) =>
          `| ${gapName(r.name)} | ${pct(r.pr)} | ${pct(r.base)} | ${pct(r.difference)} | ${r.lower === null ? '–' : `${pct(r.lower)} … ${pct(r.upper)}`} | ${fmtNum(r.pValue)} |`,
      ),
      '',
    );
  } else {
    out.push(
      '| gap | value | interval |',
      '|---|---|---|',
      ...pr.gaps.map((g) => `| ${gapName(g.name)} | ${pct(g.value)} | ${pct(g.lower)} … ${pct(g.upper)} |`),
      '',
    );
  }
  return out;
}

function overfittingSection(input: PrCommentInput): string[] {
  const flags = input.reports.flatMap((r) => {
    const v = gapReport(r)?.validationOverfitting;
    return v ? [{ seed: r.run.seed, flag: v }] : [];
  });
  if (flags.length === 0) return [];
  const flagged = flags.filter((f) => f.flag.flagged);
  const out = ['### Overfitting to validation', ''];
  if (flagged.length > 0) {
    out.push(
      `⚠️ Validation looks significantly better than test in ${flagged.length} of ${flags.length} seeds.`,
      '',
      ...flagged.map((f) => `- seed ${f.seed}: ${esc(f.flag.message, 400)}`),
    );
  } else {
    out.push(`✅ ${esc((flags[0] as (typeof flags)[number]).flag.message, 400)}`);
  }
  out.push('');
  return out;
}

function budgetSection(input: PrCommentInput): string[] {
  const budget = input.budget ?? [];
  if (budget.length === 0) return [];
  const out = [
    '### Validation-reuse budget',
    '',
    '| validation set | n | evaluations | ε | tolerance | |',
    '|---|---|---|---|---|---|',
  ];
  for (const b of budget) {
    out.push(
      `| ${esc(b.fingerprint, 16)} | ${b.n} | ${b.evaluations} | ${fmtNum(b.epsilon)} | ${fmtNum(b.tolerance)} | ${b.refresh ? '⚠️ refresh your validation set' : '✅ within tolerance'} |`,
    );
  }
  out.push('', ...budget.filter((b) => b.refresh).map((b) => `- ${esc(b.message, 400)}`), '');
  return out;
}

function problemsSection(input: PrCommentInput, max: number): string[] {
  const out: string[] = [];
  for (const report of input.reports) {
    for (const check of report.checks) {
      if (size(out) > max) break;
      if (check.failure)
        out.push(`- seed ${report.run.seed}, ${check.name}: ${esc(check.failure.title, 300)}`);
      else if (
        check.status === 'error' ||
        (check.status !== 'pass' && check.findings.every((f) => f.severity === 'pass'))
      )
        out.push(`- seed ${report.run.seed}, ${check.name}: ${esc(check.summary, 300)}`);
      for (const n of check.notes ?? []) out.push(`- seed ${report.run.seed}, ${check.name}: ${esc(n, 300)}`);
      for (const f of check.findings.filter((x) => x.severity !== 'pass')) {
        const causes = f.causes.length
          ? ` Likely causes: ${f.causes.map((c) => esc(c, 200)).join('; ')}`
          : '';
        out.push(
          `- seed ${report.run.seed}, ${check.name}, ${esc(f.series)} — ${esc(f.verdict, 60)}: ${esc(f.summary, 400)}${causes}`,
        );
      }
    }
  }
  return out.length ? ['### What went wrong', '', ...out, ''] : [];
}

function chartsSection(input: PrCommentInput, max: number): string[] {
  const first = input.reports[0];
  if (!first) return [];
  const blocks: string[] = [];
  let chars = 0;
  for (const [index, check] of first.checks.entries()) {
    if (chars > max) break;
    const baseCheck = sameCheck(input.base?.[0], first.checks, index);
    for (const curve of check.curves) {
      const baseCurve = baseCheck?.curves.find((c) => c.series === curve.series && c.split === curve.split);
      const curves = baseCurve
        ? [
            { ...curve, series: `PR ${curve.series}` },
            { ...baseCurve, series: `base ${curve.series}` },
          ]
        : [{ ...curve, series: `PR ${curve.series}` }];
      const chart = mermaidChart(`${check.name}: ${curve.series}${baseCurve ? ' (PR vs base)' : ''}`, curves);
      if (chart) blocks.push(chart, '');
      chars += chart.length + 1;
    }
  }
  if (blocks.length === 0) return [];
  const title = input.base?.length ? 'Loss curves: PR against base (first seed of each)' : 'Loss curves';
  return [`<details><summary>${title}</summary>`, '', ...blocks, '</details>', ''];
}

function detailsSection(input: PrCommentInput, max: number): string[] {
  const out = ['<details><summary>Details</summary>', ''];
  for (const report of input.reports) {
    if (size(out) > max) break;
    out.push(
      `**Seed ${report.run.seed}**: ${STATUS_LABEL[report.status] ?? report.status}, trainspotter ${esc(report.run.trainspotterVersion, 40)}, ${fmtNum(report.run.durationMs / 1000)} s`,
      '',
    );
    for (const check of report.checks) {
      out.push(
        `- ${check.name}: \`${esc(check.command ?? '', 200)}\`, exit ${check.exitCode ?? '–'}, ${fmtNum((check.durationMs ?? 0) / 1000)} s${(check.metrics ?? []).map((m) => `, log \`${esc(m.path, 200)}\``).join('')}`,
      );
    }
    out.push('');
  }
  out.push('</details>', '');
  return out;
}

/** Keeps sections by priority within `budget` characters; returns the kept lines and whether any were cut. */
function fitSections(
  sections: readonly Section[],
  budget: number,
): { kept: (string[] | null)[]; cut: boolean } {
  const kept: (string[] | null)[] = sections.map(() => null);
  let left = budget;
  let cut = false;
  const order = sections
    .map((_s, i) => i)
    .sort((a, b) => (sections[a]?.priority ?? 0) - (sections[b]?.priority ?? 0));
  for (const i of order) {
    const section = sections[i] as Section;
    const all = section.build(left);
    const whole = size(all);
    if (whole <= left) {
      kept[i] = [...all];
      left -= whole;
      continue;
    }
    cut = true;
    if (!section.trimmable) continue;
    const lines: string[] = [];
    for (const line of all) {
      if (line.length + 1 > left - 2) break;
      lines.push(line);
      left -= line.length + 1;
    }
    if (lines.filter((l) => l !== '').length >= (section.minLines ?? 3) - 1) {
      lines.push('');
      left -= 1;
      kept[i] = lines;
    } else {
      left += size(lines);
    }
  }
  return { kept, cut };
}

/**
 * The sticky PR comment: hidden markers (the app's, and the head commit's so results for an
 * older head never overwrite a newer one), a headline verdict (worst over seeds), a table per
 * check with each seed's status, verdicts, decisive numbers and sparklines of the first seed's
 * curves, the comparison with the reference (effect, bounds, p), the gap decomposition against
 * the base branch with the difference-of-gaps test, the overfitting-to-validation signal, the
 * validation-reuse budget, and, collapsed, what went wrong in detail, Mermaid charts of PR
 * against base and run details. Never longer than `limit`: the least important sections go
 * first (charts, then details), then tables are cut at a row, with a visible note.
 */
export function renderPrComment(input: PrCommentInput, options: RenderOptions = {}): string {
  const limit = options.limit ?? GITHUB_COMMENT_LIMIT;
  const markers = options.markers ?? true;
  const head = [...(markers ? [COMMENT_MARKER, shaMarker(input.headSha)] : []), ...headline(input)];
  const checkCount = input.reports[0]?.checks.length ?? 0;
  const sections: Section[] = [
    { priority: 1, build: () => comparisonSection(input), trimmable: true, minLines: 5 },
    ...Array.from({ length: checkCount }, (_, i) => ({
      priority: 5 + i / (checkCount + 1),
      build: (max: number) => checkTable(input, i, max),
      trimmable: true,
      minLines: 5,
    })),
    { priority: 2, build: () => gapsSection(input), trimmable: true, minLines: 5 },
    {
      priority: 2.5,
      build: () => trainValGapSection(input.comparison ?? input.reports[0]?.comparison),
      trimmable: true,
    },
    { priority: 3, build: () => overfittingSection(input), trimmable: true },
    { priority: 4, build: () => budgetSection(input), trimmable: true, minLines: 5 },
    { priority: 6, build: (max: number) => problemsSection(input, max), trimmable: true },
    { priority: 8, build: (max: number) => chartsSection(input, max), trimmable: false },
    { priority: 7, build: (max: number) => detailsSection(input, max), trimmable: false },
  ];
  const note = ['', `_${TRUNCATION_NOTE}_`, ''];
  const reserve = [...head, ...note].reduce((n, l) => n + l.length + 1, 0) + 16;
  const { kept, cut } = fitSections(sections, limit - reserve);
  const body = [...head, ...kept.flatMap((l) => l ?? []), ...(cut ? note : [])];
  const text = `${body
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
  return text.length <= limit
    ? text
    : `${text.slice(0, limit - TRUNCATION_NOTE.length - 2)}\n${TRUNCATION_NOTE}`;
}
