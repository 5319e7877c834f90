import type { CheckReport, Curve, Report } from '../core/report.js';
import { codeBlock, escapeMarkdown as esc, fmtNum } from './escape.js';
import { mermaidChart } from './mermaid.js';
import { curveSparkline } from './sparkline.js';

/** Status words with a symbol that reads in plain text, e-mail and on GitHub. */
export const STATUS_LABEL: Record<string, string> = {
  pass: '✅ pass',
  warn: '⚠️ warn',
  fail: '❌ fail',
  error: '💥 error',
  skipped: '⏭️ skipped',
  regressed: '❌ regressed',
  improved: '🚀 improved',
  unchanged: '✅ unchanged',
  inconclusive: '❔ inconclusive',
};

function curveFor(check: CheckReport, series: string): Curve | undefined {
  return check.curves.find((c) => c.series === series);
}

/** The numbers that decided a finding, in a few words. */
export function decisiveNumbers(evidence: Readonly<Record<string, unknown>>): string {
  const e = evidence as Record<string, number | string | null | undefined>;
  const parts: string[] = [];
  if (typeof e.first_non_finite_step === 'number')
    parts.push(`non-finite from step ${e.first_non_finite_step}`);
  if (e.start_level !== undefined && e.end_level !== undefined) {
    parts.push(`${fmtNum(e.start_level as number | null)} → ${fmtNum(e.end_level as number | null)}`);
  }
  if (typeof e.min_level === 'number') parts.push(`min ${fmtNum(e.min_level)}`);
  if (typeof e.mk_p === 'number') parts.push(`trend p ${fmtNum(e.mk_p)}`);
  if (typeof e.spike_count === 'number' && e.spike_count > 0) parts.push(`${e.spike_count} spikes`);
  if (typeof e.expected === 'number' && typeof e.observed === 'number') {
    parts.push(`init ${fmtNum(e.observed)} vs −ln(1/C) ${fmtNum(e.expected)}`);
  }
  if (typeof e.began_at_step === 'number') parts.push(`from step ${e.began_at_step}`);
  return parts.join(', ');
}

function checkRows(check: CheckReport): string[] {
  const status = STATUS_LABEL[check.status] ?? check.status;
  if (check.findings.length === 0) {
    return [`| ${check.name} | ${status} | ${esc(check.summary)} | | |`];
  }
  return check.findings.map((f, i) => {
    const trend =
      typeof f.evidence.trend_at_end === 'string' ? ` (${f.evidence.trend_at_end.replace('_', ' ')})` : '';
    return `| ${i === 0 ? check.name : ''} | ${i === 0 ? status : ''} | ${esc(f.series)}: **${f.verdict}**${trend} | ${esc(decisiveNumbers(f.evidence))} | ${curveSparkline(curveFor(check, f.series))} |`;
  });
}

function problems(report: Report): string[] {
  const out: string[] = [];
  for (const check of report.checks) {
    if (check.failure) {
      out.push(`#### ${check.name}: ${esc(check.failure.title)}`, '');
      if (check.failure.lines.length > 0) out.push(codeBlock(check.failure.lines.join('\n')), '');
      out.push(...check.failure.advice.map((a) => `- ${esc(a, 400)}`), '');
    } else if (check.status === 'error') {
      out.push(`#### ${check.name}: could not be judged`, '', esc(check.summary, 1000), '');
    } else if (check.status !== 'pass') {
      // Reports written before `notes` existed keep the reason in the summary.
      const reasons =
        check.notes ?? (check.findings.every((f) => f.severity === 'pass') ? [check.summary] : []);
      if (reasons.length > 0)
        out.push(`#### ${check.name}`, '', ...reasons.map((n) => `- ${esc(n, 600)}`), '');
    }
    for (const f of check.findings.filter((x) => x.severity !== 'pass')) {
      out.push(`#### ${check.name}: ${esc(f.series)} — ${f.verdict}`, '', esc(f.summary, 600), '');
      if (f.causes.length > 0) out.push('Likely causes:', ...f.causes.map((c) => `- ${esc(c, 400)}`), '');
    }
  }
  return out;
}

function comparison(report: Report): string[] {
  const c = report.comparison;
  if (!c) return [];
  const out = ['### Known result', ''];
  if (c.source) out.push(`Reference: ${esc(c.source, 300)}`, '');
  if (c.results.length > 0) {
    out.push('| metric | outcome | comparison |', '|---|---|---|');
    for (const r of c.results)
      out.push(`| ${esc(r.metric)} | ${STATUS_LABEL[r.outcome] ?? r.outcome} | ${esc(r.message, 400)} |`);
    out.push('');
  }
  if (c.missing.length > 0)
    out.push(`Not produced by this run: ${c.missing.map((m) => esc(m)).join(', ')}`, '');
  return out;
}

function gaps(report: Report): string[] {
  const g = report.gaps as {
    gaps?: { name: string; value: number; lower: number; upper: number }[];
    splits?: { split: string; error: number; n: number }[];
    validationOverfitting?: { flagged: boolean; message: string } | null;
  } | null;
  if (!g?.gaps) return [];
  const pct = (x: number) => `${fmtNum(x * 100)} %`;
  const out = ['### Evaluation gaps', ''];
  if (g.splits)
    out.push(`Errors: ${g.splits.map((s) => `${s.split} ${pct(s.error)} (n=${s.n})`).join(', ')}`, '');
  out.push('| gap | value | 95 % interval |', '|---|---|---|');
  for (const gap of g.gaps)
    out.push(
      `| ${gap.name.replace(/_/g, ' ')} | ${pct(gap.value)} | ${pct(gap.lower)} … ${pct(gap.upper)} |`,
    );
  out.push('');
  if (g.validationOverfitting)
    out.push(
      `${g.validationOverfitting.flagged ? '⚠️ ' : ''}${esc(g.validationOverfitting.message, 400)}`,
      '',
    );
  return out;
}

function charts(report: Report): string[] {
  const blocks: string[] = [];
  for (const check of report.checks) {
    const trains = check.curves.filter((c) => c.split !== 'val' && c.split !== 'test');
    for (const train of trains.length > 0 ? trains : check.curves) {
      const metric = train.series.replace(/^(train[_/]?)/, '');
      const partners = check.curves.filter(
        (c) => c !== train && c.split === 'val' && c.series.endsWith(metric),
      );
      const chart = mermaidChart(`${check.name}: ${[train, ...partners].map((c) => c.series).join(' vs ')}`, [
        train,
        ...partners,
      ]);
      if (chart) blocks.push(chart, '');
    }
  }
  if (blocks.length === 0) return [];
  return ['<details><summary>Loss curves</summary>', '', ...blocks, '</details>', ''];
}

function details(report: Report): string[] {
  const out = ['<details><summary>Details</summary>', ''];
  for (const check of report.checks) {
    out.push(
      `**${check.name}**: \`${esc(check.command ?? '', 300)}\`, exit ${check.exitCode ?? '–'}, ${fmtNum((check.durationMs ?? 0) / 1000)} s`,
    );
    const gpu = check.gpu as
      | {
          present?: boolean;
          names?: string[];
          peakMemoryMiB?: number;
          peakUtilizationPct?: number;
          used?: boolean;
          reason?: string;
        }
      | null
      | undefined;
    if (gpu?.present) {
      out.push(
        `, GPU ${esc((gpu.names ?? []).join(', '))}: peak ${fmtNum(gpu.peakMemoryMiB ?? null)} MiB, ${fmtNum(gpu.peakUtilizationPct ?? null)} % utilisation${gpu.used ? '' : ' — **never used by the training**'}`,
      );
    }
    out.push('', '');
    for (const m of check.metrics ?? []) out.push(`- log \`${esc(m.path, 300)}\` (${esc(m.format)})`);
    for (const f of check.findings) {
      out.push(`- ${esc(f.series)} ${f.judge}: ${esc(f.summary, 600)}`);
    }
    out.push('');
  }
  out.push(
    `Seed ${report.run.seed}, trainspotter ${esc(report.run.trainspotterVersion)}, ${fmtNum(report.run.durationMs / 1000)} s.`,
    '',
    '</details>',
  );
  return out;
}

/**
 * report.md: the human summary of a run — one table of checks with verdicts, decisive numbers
 * and sparklines; the comparison with the known result; the evaluation gaps; the causes of each
 * failure; then, collapsed, Mermaid charts and details. Every user-controlled string is escaped.
 */
export function renderReportMarkdown(report: Report): string {
  const lines = [
    `## trainspotter: ${STATUS_LABEL[report.status] ?? report.status}`,
    '',
    '| check | status | verdicts | decisive numbers | curve |',
    '|---|---|---|---|---|',
    ...report.checks.flatMap(checkRows),
    '',
    ...comparison(report),
    ...gaps(report),
  ];
  const issues = problems(report);
  if (issues.length > 0) lines.push('### What went wrong', '', ...issues);
  lines.push(...charts(report), ...details(report));
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
}
