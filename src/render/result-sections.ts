import { compareGaps } from '../core/compare-gaps.js';
import type { CheckReport, Curve, Report } from '../core/report.js';
import type { Digest, Problem } from './digest.js';
import { codeBlock, escapeMarkdown as esc } from './escape.js';
import { fmtNum, fmtP } from './format-number.js';
import { decisiveNumbers, statusIcon, statusLabel } from './labels.js';
import { mermaidChart } from './mermaid.js';
import { curveSparkline } from './sparkline.js';
import type { PrCommentInput } from './summary-input.js';

/** Problems named at the top; the rest are counted there and told in the fold. */
export const TOP_PROBLEMS = 6;
/** Rows per check and seed in the full list; the rest are counted. */
const MAX_FINDING_ROWS = 30;

/** Lines with a running character count, so a builder can stop at its budget in O(1) per line. */
class Lines extends Array<string> {
  chars = 0;
  add(...lines: string[]): void {
    for (const l of lines) this.chars += l.length + 1;
    this.push(...lines);
  }
}

/** The head of a cause: "labels or split suspect: validation labels misaligned…" → "labels or split suspect". */
const shortCause = (cause: string) => cause.split(/: | \(/)[0] ?? cause;

function problemLine(p: Problem): string {
  const likely = p.likely ? ` — likely ${esc(shortCause(p.likely), 120)}` : '';
  const joint = p.why.startsWith('by ') || p.why.startsWith('from ') ? ' ' : ': ';
  return `- ${p.icon} **${esc(p.what, 160)}**${joint}${esc(p.why, 300)}${likely}`;
}

const RANK: Record<string, number> = { pass: 0, skipped: 0, warn: 1, fail: 2, error: 3 };
const worst = (reports: readonly Report[]) =>
  reports.reduce<string>((w, r) => ((RANK[r.status] ?? 0) > (RANK[w] ?? 0) ? r.status : w), 'pass');

/**
 * "Commit `3f9c2e7a1b4d`, 2 seeds (0, 1): 2 fail. Base main: ✅ pass." The seeds' own statuses
 * are counted only where they agree with the verdict; when the comparison alone fails a head
 * whose seeds pass, the sentence says that instead of "2 pass" under a red heading.
 */
function context(input: PrCommentInput, sha: string, overall: string): string {
  const seeds = input.reports.map((r) => r.run.seed);
  const counts = Object.entries(
    input.reports.reduce<Record<string, number>>((acc, r) => {
      acc[r.status] = (acc[r.status] ?? 0) + 1;
      return acc;
    }, {}),
  )
    .map(([status, n]) => `${n} ${status}`)
    .join(', ');
  const agree = worst(input.reports) === overall;
  const seedText =
    input.reports.length === 1 && !sha
      ? `Seed ${seeds[0]}`
      : `${seeds.length} seed${seeds.length === 1 ? '' : 's'} (${seeds.join(', ')}): ${agree ? counts : 'their own checks pass, the comparison fails'}`;
  const base = input.base?.length
    ? ` Base${input.baseRef ? ` ${esc(input.baseRef, 100)}` : ''}: ${statusLabel(worst(input.base))}.`
    : '';
  return `${sha ? `Commit \`${sha}\`, ${seedText.charAt(0).toLowerCase()}${seedText.slice(1)}` : seedText}.${base}`;
}

/**
 * The top of a summary: what failed or changed, each with its decisive number and likely
 * cause, worst first; then one line for everything that passed and where it ran.
 */
export function headLines(input: PrCommentInput, d: Digest, sha: string, overall: string): string[] {
  const out: string[] = [];
  if (input.notes?.length) out.push(...input.notes.map((n) => `- ⚠️ ${esc(n, 600)}`), '');
  if (input.reports.length === 0) return [...out, 'No report was produced for this commit.', ''];
  const top = d.problems.slice(0, TOP_PROBLEMS);
  if (top.length) {
    out.push(...top.map(problemLine));
    if (d.problems.length > top.length) out.push(`- … and ${d.problems.length - top.length} more, below`);
    out.push('');
  }
  const n = d.passed;
  const passed =
    n === 0
      ? ''
      : // counted per verdict (a check's finding on one series, a compared metric), not per check
        `✅ ${top.length ? `${n} other` : n === 1 ? 'The one' : `All ${n}`} verdict${n === 1 ? '' : 's'} passed${d.skipped ? `, ${d.skipped} skipped` : ''}.`;
  out.push([passed, context(input, sha, overall)].filter(Boolean).join(' '), '');
  return out;
}

/** Every problem told in full: each seed's account, the likely causes, a crash's lines and advice. */
export function whyLines(d: Digest, max: number, seeds: number): string[] {
  const out = new Lines();
  for (const p of d.problems) {
    if (out.chars > max) break;
    // what the top line already said in full is not said again
    const accounts = p.seeds.filter((s) => s.text && s.text !== p.why);
    if (accounts.length === 0 && !p.crash && p.causes.length === 0) continue;
    out.add(`**${p.icon} ${esc(p.what, 160)}**`, '');
    const named = seeds > 1;
    for (const s of accounts) out.add(`- ${named ? `seed ${s.seed}: ` : ''}${esc(s.text, 600)}`);
    if (accounts.length) out.add('');
    if (p.crash) {
      // a log line quoted verbatim still notifies nobody
      if (p.crash.lines.length) out.add(codeBlock(p.crash.lines.join('\n').replace(/@/g, '@\u200b')), '');
      out.add(...p.crash.advice.map((a) => `- ${esc(a, 400)}`), '');
    }
    if (p.causes.length) {
      out.add(...(p.check ? ['Likely causes:', ''] : []), ...p.causes.map((c) => `- ${esc(c, 400)}`), '');
    }
  }
  return [...out];
}

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

const metricOf = (series: string) => series.replace(/^(train[_/]?)/, '');
const quantity = (series: string) => (/loss/i.test(series) ? 'loss' : metricOf(series));

/** Charts of one check: PR against base per curve, or each training curve with its validation partners. */
function checkCharts(check: CheckReport, baseCheck: CheckReport | undefined): string[] {
  const blocks: string[] = [];
  if (baseCheck) {
    for (const curve of check.curves) {
      const base = baseCheck.curves.find((c) => c.series === curve.series && c.split === curve.split);
      const lines: Curve[] = base
        ? [
            { ...curve, series: 'PR' },
            { ...base, series: 'base' },
          ]
        : [curve];
      const chart = mermaidChart(`${check.name} ${curve.series}`, lines, quantity(curve.series));
      if (chart) blocks.push(chart, '');
    }
    return blocks;
  }
  const trains = check.curves.filter((c) => c.split !== 'val' && c.split !== 'test');
  for (const train of trains.length > 0 ? trains : check.curves) {
    const partners = check.curves.filter(
      (c) => c !== train && c.split === 'val' && c.series.endsWith(metricOf(train.series)),
    );
    const chart = mermaidChart(check.name, [train, ...partners], quantity(train.series));
    if (chart) blocks.push(chart, '');
  }
  return blocks;
}

/** The charts of the first seed, checks with a problem first. */
export function chartLines(input: PrCommentInput, d: Digest, max: number): string[] {
  const first = input.reports[0];
  if (!first) return [];
  const troubled = new Set(d.problems.map((p) => p.check));
  const order = first.checks
    .map((check, index) => ({ check, index }))
    .sort((a, b) => Number(troubled.has(b.check.name)) - Number(troubled.has(a.check.name)));
  const out = new Lines();
  for (const { check, index } of order) {
    if (out.chars > max) break;
    out.add(...checkCharts(check, sameCheck(input.base?.[0], first.checks, index)));
  }
  return [...out];
}

/** The fold's summary for the charts: which colour is which. */
export function chartsSummary(input: PrCommentInput): string {
  if (!input.base?.length) return 'Loss curves';
  const base = input.baseRef ? `base ${esc(input.baseRef, 60)}` : 'base';
  return `Loss curves: PR blue, ${base} orange (seed ${input.reports[0]?.run.seed ?? 0})`;
}

/** Every check on every seed as a list: status, each verdict with its decisive numbers and sparkline. */
export function checkLines(input: PrCommentInput, max: number): string[] {
  const first = input.reports[0];
  if (!first) return [];
  const out = new Lines();
  out.add('### Checks', '');
  for (const [index, check] of first.checks.entries()) {
    if (out.chars > max) break;
    out.add(`**${check.name}**`, '');
    for (const [s, report] of input.reports.entries()) {
      if (out.chars > max) break;
      const c = s === 0 ? check : sameCheck(report, first.checks, index);
      const seed = input.reports.length > 1 ? `seed ${report.run.seed} ` : '';
      if (!c) {
        out.add(`- ${seed}not run`);
        continue;
      }
      if (c.findings.length === 0) {
        out.add(`- ${seed}${statusLabel(c.status)}: ${esc(c.summary, 300)}`);
        continue;
      }
      const drawn = new Set<string>();
      for (const [i, f] of c.findings.entries()) {
        if (out.chars > max) break;
        if (i === MAX_FINDING_ROWS) {
          out.add(`- ${seed}… and ${c.findings.length - i} more findings`);
          break;
        }
        const numbers = decisiveNumbers(f.evidence);
        // one sparkline per curve, by its first verdict; in a code span, whose monospace font draws even bars
        const spark = drawn.has(f.series) ? '' : curveSparkline(c.curves.find((x) => x.series === f.series));
        drawn.add(f.series);
        const mark = f.severity === 'pass' ? '✅' : f.severity === 'warn' ? '⚠️' : '❌';
        const verdict = f.severity === 'pass' ? esc(f.verdict, 60) : `**${esc(f.verdict, 60)}**`;
        out.add(
          `- ${seed}${mark} ${esc(f.series)}: ${verdict}${numbers ? ` — ${esc(numbers)}` : ''}${spark ? ` \`${spark}\`` : ''}`,
        );
      }
    }
    out.add('');
  }
  return [...out];
}

/** The comparison with the reference: one line per metric, regressions first. */
export function comparisonLines(input: PrCommentInput): string[] {
  const c = input.comparison ?? input.reports[0]?.comparison;
  if (!c || (c.results.length === 0 && c.missing.length === 0)) return [];
  const order: Record<string, number> = { regressed: 0, inconclusive: 1, improved: 2, unchanged: 3 };
  const results = [...c.results].sort((a, b) => (order[a.outcome] ?? 9) - (order[b.outcome] ?? 9));
  const out = ['### Comparison with the reference', ''];
  if (c.source) out.push(`Reference: ${esc(c.source, 300)}`, '');
  for (const r of results) {
    const message = r.message.replace(new RegExp(`^${r.outcome}: `), '');
    out.push(`- ${statusIcon(r.outcome)} **${esc(r.metric)}** ${r.outcome}: ${esc(message, 400)}`);
  }
  if (c.missing.length) out.push(`- Not produced by this run: ${c.missing.map((m) => esc(m)).join(', ')}`);
  out.push('');
  return out;
}

const pct = (x: number | null) => (x === null ? '–' : `${fmtNum(x * 100)} %`);
const gapName = (name: string) => esc(name.replace(/_/g, ' '));

/** The gap decomposition of the first seed, against the base's when there is one. */
export function gapLines(input: PrCommentInput): string[] {
  const pr = input.reports[0]?.gaps;
  if (!pr) return [];
  const base = input.base?.[0]?.gaps;
  const out = ['### Evaluation gaps', ''];
  out.push(`Errors: ${pr.splits.map((s) => `${esc(s.split)} ${pct(s.error)} (n=${s.n})`).join(', ')}`, '');
  if (base) {
    out.push(
      `Against base${input.baseRef ? ` ${esc(input.baseRef, 100)}` : ''} (${fmtNum(pr.confidence * 100)} % interval of the difference; positive: the PR's gap is larger):`,
      '',
      ...compareGaps(pr, base).map(
        (r) =>
          `- ${gapName(r.name)}: PR ${pct(r.pr)}, base ${pct(r.base)}, difference ${pct(r.difference)}${r.lower === null ? '' : ` (${pct(r.lower)} … ${pct(r.upper)})`}, ${fmtP(r.pValue)}`,
      ),
    );
  } else {
    out.push(
      ...pr.gaps.map((g) => `- ${gapName(g.name)}: ${pct(g.value)} (${pct(g.lower)} … ${pct(g.upper)})`),
    );
  }
  out.push('');
  return out;
}

/** The overfitting-to-validation signal of each seed. */
export function overfittingLines(input: PrCommentInput): string[] {
  const flags = input.reports.flatMap((r) => {
    const v = r.gaps?.validationOverfitting;
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

/** The validation-reuse ledger of each validation set. */
export function budgetLines(input: PrCommentInput): string[] {
  const budget = input.budget ?? [];
  if (budget.length === 0) return [];
  return [
    '### Validation-reuse budget',
    '',
    ...budget.map(
      (b) =>
        `- ${b.refresh ? '⚠️' : '✅'} ${esc(b.fingerprint, 40)} (n = ${b.n}): ${b.evaluations} evaluations, ε = ${fmtNum(b.epsilon)}, tolerance ${fmtNum(b.tolerance)}${b.refresh ? ` — **refresh your validation set**: ${esc(b.message, 400)}` : ', within tolerance'}`,
    ),
    '',
  ];
}

/** How each seed ran: commands, exit codes, durations, GPU use, the logs read. */
export function runLines(input: PrCommentInput, max: number): string[] {
  const out = new Lines();
  out.add('### Runs', '');
  for (const report of input.reports) {
    if (out.chars > max) break;
    out.add(
      `**seed ${report.run.seed}**: ${statusLabel(report.status)}, trainspotter ${esc(report.run.trainspotterVersion, 40)}, ${fmtNum(report.run.durationMs / 1000)} s`,
      '',
    );
    for (const check of report.checks) {
      const command = check.command?.trim() ? `\`${esc(check.command, 200)}\`, ` : '';
      const gpu = check.gpu;
      // nvidia-smi's telemetry has names and peaks; an engine's in-process backend has neither
      const smi = gpu?.present && 'names' in gpu ? gpu : null;
      const gpuText = gpu?.present
        ? `, GPU ${esc((smi?.names ?? []).join(', '))}: peak ${fmtNum(smi?.peakMemoryMiB ?? null)} MiB, ${fmtNum(smi?.peakUtilizationPct ?? null)} % utilisation${gpu.used ? '' : ' — **never used by the training**'}`
        : '';
      const logs = (check.metrics ?? [])
        .map((m) => `, log \`${esc(m.path, 200)}\` (${esc(m.format)})`)
        .join('');
      out.add(
        `- ${check.name}: ${command}exit ${check.exitCode ?? '–'}, ${fmtNum((check.durationMs ?? 0) / 1000)} s${gpuText}${logs}`,
      );
    }
    out.add('');
  }
  return [...out];
}
