import { compareGaps } from '../core/compare-gaps.js';
import type { CheckReport, Report } from '../core/report.js';
import { finiteOrNull } from '../core/verdict.js';
import { fmtNum, fmtP } from './format-number.js';

type Finding = CheckReport['findings'][number];

/** What a reader must look at: a failure, a warning, or a change against the base or reference. */
export interface Problem {
  /** fail and error first, then warn, then changed (an improvement or a moved gap). */
  readonly level: 'error' | 'fail' | 'warn' | 'changed';
  readonly icon: string;
  /** Plain text; the renderer escapes it. "overfit failed on seeds 0, 1" */
  readonly what: string;
  /** The decisive number, plain text. "loss plateaued at 1.49, 1.61 (needs ≤ 0.01)" */
  readonly why: string;
  /** The first likely cause, plain text, if any. */
  readonly likely?: string;
  /** Every seed's full account, each cause, the crash's lines and advice (plain text). */
  readonly seeds: readonly { readonly seed: number; readonly text: string }[];
  readonly causes: readonly string[];
  readonly crash?: { readonly lines: readonly string[]; readonly advice: readonly string[] };
  /** The check it belongs to, for ordering charts; null for the comparison, gaps and budget. */
  readonly check: string | null;
}

/** Every verdict of a head, over its seeds, reduced to what failed or changed and a count of the rest. */
export interface Digest {
  readonly problems: readonly Problem[];
  /** Checks and verdicts that passed on every seed, each counted once however many seeds ran it. */
  readonly passed: number;
  readonly skipped: number;
}

export interface DigestInput {
  readonly reports: readonly Report[];
  readonly comparison?: Report['comparison'];
  readonly base?: readonly Report[];
  readonly budget?: readonly {
    readonly refresh: boolean;
    readonly fingerprint: string;
    readonly message: string;
  }[];
}

const LEVEL_ORDER = { error: 0, fail: 1, warn: 2, changed: 3 } as const;
const ICON = { error: '💥', fail: '❌', warn: '⚠️', changed: '🔀' } as const;

/** "on seed 1", "on seeds 0, 1", "on 12 of 20 seeds"; nothing for a single report. */
export function onSeeds(seeds: readonly number[], total: number): string {
  if (total <= 1) return '';
  if (seeds.length > 6) return ` on ${seeds.length} of ${total} seeds`;
  return ` on seed${seeds.length === 1 ? '' : 's'} ${seeds.join(', ')}`;
}

const pct = (x: number | null) => (x === null ? '–' : `${fmtNum(x * 100)} %`);
const pctAbs = (x: number | null) => pct(x === null ? null : Math.abs(x));

const OVERFIT_VERB: Record<string, string> = {
  plateaus: 'plateaued at',
  not_near_zero: 'stopped short at',
  goes_up: 'went up to',
  explodes: 'exploded to',
  oscillates: 'oscillated, ending at',
};

/** A finding's decisive numbers as a short phrase with one slot for the per-seed value. */
function phrase(f: Finding): { lead: string; value: string | null; tail: string } | null {
  const e = f.evidence;
  const series = f.series;
  const [train = series, val = 'validation'] = series.split(' vs ');
  if (typeof e.first_non_finite_step === 'number')
    return {
      lead: `${series} became ${String(e.first_non_finite_value ?? 'non-finite')} at step`,
      value: fmtNum(e.first_non_finite_step),
      tail: '',
    };
  if (f.judge === 'overfit' && f.verdict === 'below_zero')
    return {
      lead: `${series} went below zero, to`,
      value: fmtNum(finiteOrNull(e.min_level)),
      tail: '(a loss cannot)',
    };
  if (f.judge === 'overfit' && finiteOrNull(e.end_level) !== null) {
    const verb =
      e.trend_at_end === 'still_decreasing' && f.verdict !== 'goes_up'
        ? 'still falling at'
        : (OVERFIT_VERB[f.verdict] ?? 'ended at');
    const goal = finiteOrNull(e.goal) ?? finiteOrNull(e.target);
    return {
      lead: `${series} ${verb}`,
      value: fmtNum(finiteOrNull(e.end_level)),
      tail: goal === null ? '' : `(needs ≤ ${fmtNum(goal)})`,
    };
  }
  if (f.judge === 'init_loss' && finiteOrNull(e.initial_loss) !== null)
    return {
      lead: 'initial loss',
      value: fmtNum(finiteOrNull(e.initial_loss)),
      tail: `(expected −ln(1/C) = ${fmtNum(finiteOrNull(e.expected))})`,
    };
  if (
    f.judge === 'validation' &&
    f.verdict === 'overfitting' &&
    finiteOrNull(e.overfitting_from_step) !== null
  )
    return {
      lead: `${val} rising from step`,
      value: fmtNum(finiteOrNull(e.overfitting_from_step)),
      tail: `while ${train} falls`,
    };
  if (
    f.judge === 'validation' &&
    f.verdict === 'not_generalising' &&
    finiteOrNull(e.end_value ?? e.val_end) !== null
  )
    return {
      lead: `${val} did not improve (${fmtNum(finiteOrNull(e.val_start))} →`,
      value: fmtNum(finiteOrNull(e.end_value ?? e.val_end)),
      tail: `) while ${train} fell ${pctAbs(finiteOrNull(e.train_change))}`,
    };
  if (
    f.judge === 'curve' &&
    finiteOrNull(e.end_level) !== null &&
    ['goes_up', 'explodes', 'plateaus'].includes(f.verdict)
  )
    return {
      lead: `${series} ${f.verdict === 'plateaus' ? 'plateaued at' : f.verdict === 'explodes' ? 'exploded to' : 'went up to'}`,
      value: fmtNum(finiteOrNull(e.end_level)),
      tail: `(from ${fmtNum(finiteOrNull(e.start_level))})`,
    };
  return null;
}

/** The first sentence of a judge's summary, without the judge's own prefix. */
function firstSentence(text: string): string {
  const body = text.slice(0, 400).replace(/^Single-batch overfit( failed)?: /, '');
  const end = body.search(/\.(\s|$)/);
  return (end > 0 ? body.slice(0, end) : body).slice(0, 220);
}

function joinPhrase(findings: readonly Finding[]): string {
  const first = findings[0] as Finding;
  const p = phrase(first);
  if (!p) return firstSentence(first.summary);
  const values = findings.map((f) => phrase(f)?.value ?? null).filter((v): v is string => v !== null);
  const unique = [...new Set(values)];
  const shown = unique.length > 3 ? `${unique[0]} … ${unique[unique.length - 1]}` : unique.join(', ');
  return `${p.lead} ${shown}${p.tail ? (p.tail.startsWith(')') ? p.tail : ` ${p.tail}`) : ''}`;
}

interface Item {
  readonly check: string;
  readonly key: string;
  readonly byseed: { seed: number; finding: Finding }[];
}

function checkProblems(reports: readonly Report[]): { problems: Problem[]; passed: number; skipped: number } {
  const total = reports.length;
  const items = new Map<string, Item>();
  const checkOnly = new Map<string, { check: string; seeds: number[]; statuses: Set<string> }>();
  const problems: Problem[] = [];
  const crashes = new Map<
    string,
    { check: CheckReport; seeds: number[]; level: Problem['level']; why: string }
  >();
  for (const report of reports) {
    for (const check of report.checks) {
      const seed = report.run.seed;
      if (check.findings.length === 0) {
        const entry = checkOnly.get(check.name) ?? { check: check.name, seeds: [], statuses: new Set() };
        entry.seeds.push(seed);
        entry.statuses.add(check.status);
        checkOnly.set(check.name, entry);
      }
      for (const f of check.findings) {
        const key = `${check.name}\u0000${f.series}\u0000${f.judge}`;
        const item = items.get(key) ?? { check: check.name, key, byseed: [] };
        item.byseed.push({ seed, finding: f });
        items.set(key, item);
      }
      // Why a check failed apart from its findings: a crash, an error, a note (a GPU left unused).
      const ownReason = check.failure
        ? check.failure.title
        : check.status === 'error'
          ? check.summary
          : check.status !== 'pass' &&
              check.status !== 'skipped' &&
              check.findings.every((f) => f.severity === 'pass')
            ? (check.notes?.[0] ?? check.summary)
            : null;
      const reasons =
        ownReason === null
          ? (check.notes ?? []).filter((n) => check.status !== 'pass' && n)
          : [ownReason, ...(check.notes ?? []).filter((n) => n !== ownReason)];
      for (const why of reasons) {
        const key = `${check.name}\u0000${why}`;
        const level: Problem['level'] =
          check.status === 'error' || check.failure ? 'error' : check.status === 'warn' ? 'warn' : 'fail';
        const entry = crashes.get(key) ?? { check, seeds: [], level, why };
        entry.seeds.push(seed);
        crashes.set(key, entry);
      }
    }
  }
  for (const c of crashes.values()) {
    const verb =
      c.level === 'error'
        ? c.check.failure
          ? 'crashed'
          : 'could not be judged'
        : c.level === 'warn'
          ? 'warned'
          : 'failed';
    problems.push({
      level: c.level,
      icon: ICON[c.level],
      what: `${c.check.name} ${verb}${onSeeds(c.seeds, total)}`,
      why: c.why,
      seeds: c.seeds.map((seed) => ({ seed, text: c.check.summary })),
      causes: [],
      ...(c.check.failure ? { crash: { lines: c.check.failure.lines, advice: c.check.failure.advice } } : {}),
      check: c.check.name,
    });
  }
  let passed = 0;
  let skipped = 0;
  for (const entry of checkOnly.values()) {
    if (entry.statuses.has('skipped') && entry.statuses.size === 1) skipped++;
    else if ([...entry.statuses].every((s) => s === 'pass' || s === 'skipped')) passed++;
  }
  for (const item of items.values()) {
    const bad = item.byseed.filter((b) => b.finding.severity !== 'pass');
    if (bad.length === 0) {
      passed++;
      continue;
    }
    const level: Problem['level'] = bad.some((b) => b.finding.severity === 'fail') ? 'fail' : 'warn';
    const shown = bad.filter((b) => (level === 'fail' ? b.finding.severity === 'fail' : true));
    const first = (shown[0] as (typeof shown)[number]).finding;
    problems.push({
      level,
      icon: ICON[level],
      what: `${item.check} ${level === 'fail' ? 'failed' : 'warned'}${onSeeds(
        shown.map((b) => b.seed),
        total,
      )}`,
      why: joinPhrase(shown.map((b) => b.finding)),
      ...(first.causes[0] ? { likely: first.causes[0] } : {}),
      seeds: shown.map((b) => ({ seed: b.seed, text: b.finding.summary })),
      causes: first.causes,
      check: item.check,
    });
  }
  return { problems, passed, skipped };
}

/** A comparison's message without its leading outcome word, which the line already says. */
const outcomeMessage = (r: { outcome: string; message: string }) =>
  r.message.replace(new RegExp(`^${r.outcome}: `), '');

function comparisonProblems(comparison: Report['comparison'] | undefined): {
  problems: Problem[];
  passed: number;
} {
  const problems: Problem[] = [];
  let passed = 0;
  for (const r of comparison?.results ?? []) {
    const by = finiteOrNull(r.degradation);
    const p = finiteOrNull(r.pRegressionHolm) ?? finiteOrNull(r.pRegression);
    if (r.outcome === 'unchanged') passed++;
    else if (r.outcome === 'regressed')
      problems.push({
        level: 'fail',
        icon: ICON.fail,
        what: `${r.metric} regressed`,
        why: `by ${fmtNum(by === null ? null : Math.abs(by))}${p === null ? '' : ` (${fmtP(p)})`}`,
        seeds: [],
        causes: [outcomeMessage(r)],
        check: null,
      });
    else {
      const improved = r.outcome === 'improved';
      const pi = finiteOrNull(r.pImprovementHolm) ?? finiteOrNull(r.pImprovement);
      problems.push({
        level: improved ? 'changed' : 'warn',
        icon: improved ? '🚀' : '❔',
        what: `${r.metric} ${r.outcome}`,
        why: improved
          ? `by ${fmtNum(by === null ? null : Math.abs(by))}${pi === null ? '' : ` (${fmtP(pi)})`}`
          : firstSentence(r.message.replace(/^inconclusive: /, '')),
        seeds: [],
        causes: [outcomeMessage(r)],
        check: null,
      });
    }
  }
  return { problems, passed };
}

function gapAndBudgetProblems(input: DigestInput): Problem[] {
  const problems: Problem[] = [];
  const flagged = input.reports.filter((r) => r.gaps?.validationOverfitting?.flagged);
  if (flagged.length > 0) {
    const first = flagged[0]?.gaps?.validationOverfitting;
    problems.push({
      level: 'warn',
      icon: ICON.warn,
      what: `validation looks better than test${onSeeds(
        flagged.map((r) => r.run.seed),
        input.reports.length,
      )}`,
      why: firstSentence(first?.message ?? ''),
      seeds: flagged.map((r) => ({
        seed: r.run.seed,
        text: r.gaps?.validationOverfitting?.message ?? '',
      })),
      causes: [],
      check: null,
    });
  }
  const pr = input.reports[0]?.gaps;
  const base = input.base?.[0]?.gaps;
  if (pr && base) {
    for (const row of compareGaps(pr, base)) {
      if (row.lower === null || row.upper === null || (row.lower <= 0 && row.upper >= 0)) continue;
      const grew = row.lower > 0;
      problems.push({
        level: grew ? 'warn' : 'changed',
        icon: grew ? ICON.warn : '🚀',
        what: `${row.name.replace(/_/g, ' ')} gap ${grew ? 'grew' : 'shrank'}`,
        why: `from ${pct(row.base)} on the base to ${pct(row.pr)} (${fmtP(row.pValue)})`,
        seeds: [],
        causes: [],
        check: null,
      });
    }
  }
  const comparison = input.comparison ?? input.reports[0]?.comparison;
  // Seed scatter or a collapsed seed, and a train/val gap that grew: findings the gate can fail.
  for (const r of comparison?.results ?? []) {
    const seeds = (r as { seeds?: { message?: unknown } }).seeds;
    if (typeof seeds?.message !== 'string' || seeds.message === '') continue;
    problems.push({
      level: 'warn',
      icon: ICON.warn,
      what: `${r.metric}: the PR's seeds disagree`,
      why: firstSentence(seeds.message),
      seeds: [],
      causes: [seeds.message],
      check: null,
    });
  }
  for (const g of comparison?.trainValGaps ?? []) {
    if (!g.grew) continue;
    problems.push({
      level: 'warn',
      icon: ICON.warn,
      what: `train/val gap of ${g.series} grew`,
      why: firstSentence(g.message),
      seeds: [],
      causes: [g.message],
      check: null,
    });
  }
  for (const b of input.budget ?? []) {
    if (!b.refresh) continue;
    problems.push({
      level: 'warn',
      icon: ICON.warn,
      what: `validation set ${b.fingerprint} is used up`,
      why: firstSentence(b.message),
      seeds: [],
      causes: [],
      check: null,
    });
  }
  return problems;
}

/**
 * Reduces a head's reports (one per seed), its comparison and budget to what failed or changed,
 * grouped over seeds (one problem for "overfit failed on seeds 0, 1"), worst first, and a count
 * of everything else that passed. Pure.
 */
export function digest(input: DigestInput): Digest {
  const checks = checkProblems(input.reports);
  const compared = comparisonProblems(input.comparison ?? input.reports[0]?.comparison);
  const problems = [...checks.problems, ...compared.problems, ...gapAndBudgetProblems(input)];
  // worst first; within a level, what more seeds agree on first
  problems.sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || b.seeds.length - a.seeds.length);
  return { problems, passed: checks.passed + compared.passed, skipped: checks.skipped };
}
