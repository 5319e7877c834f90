// The validation judge on hand-labelled real runs (test/fixtures/logs/validation-labels.json),
// side by side with the rule users already have (early stopping, patience 3) and with the judge
// as it was before issue 14. Positive labels: overfitting, stalled. Printed by bench/verdicts.ts.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { judgeValidation } from '../src/core/judge-validation.js';
import type { Series } from '../src/core/series.js';
import { readLogs } from '../src/runner/read-log.js';
import { createRng } from '../test/helpers/synthetic/prng.js';
import { judgeValidationV0 } from './baseline/judge-validation-v0.js';
import { bestRule, curveStatistics } from './validation-ceiling.js';

interface Label {
  readonly file: string;
  readonly run?: string;
  readonly train: string;
  readonly val: string;
  readonly label: 'overfitting' | 'stalled' | 'healthy' | 'not_generalising' | 'other';
  readonly note: string;
  readonly holdout: boolean;
  /** Runs added together after the thresholds were set (e.g. "2026-12-02"): a held-out set of their own. */
  readonly batch?: string;
}

const POSITIVE = new Set(['overfitting', 'stalled']);

/**
 * Keras/Lightning EarlyStopping(monitor=val_loss, mode=min, min_delta=0, patience) over the finite
 * values: the index of the evaluation at which it stops the run (the `patience`-th in a row that
 * did not improve on the best so far), or -1 when it never does.
 */
function earlyStoppingStop(values: ArrayLike<number>, patience: number): number {
  let best = Number.POSITIVE_INFINITY;
  let wait = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (!Number.isFinite(v)) continue;
    if (v < best) {
      best = v;
      wait = 0;
    } else if (++wait >= patience) return i;
  }
  return -1;
}

/** Whether early stopping with `patience` would have stopped the run before its end. */
export function earlyStoppingFires(values: ArrayLike<number>, patience = 3): boolean {
  return earlyStoppingStop(values, patience) >= 0;
}

/**
 * Whether the finite `values` end the way EarlyStopping(patience) ends a run: it stops at their
 * last one. Such a run gives early stopping with a smaller patience nothing to decide: it fires
 * on every one.
 */
export function endedByEarlyStopping(values: ArrayLike<number>, patience = 5): boolean {
  let last = values.length - 1;
  while (last >= 0 && !Number.isFinite(values[last] as number)) last--;
  return last >= 0 && earlyStoppingStop(values, patience) === last;
}

export interface Row {
  readonly label: Label;
  readonly flags: Record<Method, boolean>;
  readonly verdict: string;
  /** The run ended as EarlyStopping(patience=5) ends one: patience 3 fires on it whatever its curve. */
  readonly endedByEarlyStopping: boolean;
  /** curveStatistics of the validation curve (for the ceiling), null when too short around its best. */
  readonly statistics: number[] | null;
}

export type Method = 'judge' | 'early stopping (patience 3)' | 'judge before #14';
const METHODS: readonly Method[] = ['judge', 'early stopping (patience 3)', 'judge before #14'];

/** One method's confusion on some rows: caught of the positives, false flags of the healthy. */
export interface Confusion {
  readonly caught: number;
  readonly positives: number;
  readonly falseFlags: number;
  readonly healthy: number;
}

export function confusionOf(rows: readonly Row[], method: Method): Confusion {
  const pos = rows.filter((r) => POSITIVE.has(r.label.label));
  const healthy = rows.filter((r) => r.label.label === 'healthy');
  return {
    caught: pos.filter((r) => r.flags[method]).length,
    positives: pos.length,
    falseFlags: healthy.filter((r) => r.flags[method]).length,
    healthy: healthy.length,
  };
}

/** Every labelled run of `fixtures`/validation-labels.json, judged by each method. */
export async function judgeLabelled(fixtures: string): Promise<Row[]> {
  const raw = JSON.parse(await readFile(join(fixtures, 'validation-labels.json'), 'utf8')) as {
    labels: Label[];
  };
  return judgeAll(fixtures, raw.labels);
}

function find(series: readonly Series[], name: string, run: string | undefined, what: string): Series {
  const s = series.find((x) => x.name === name && (run === undefined || x.run === run));
  if (!s) throw new Error(`labels: ${what} series '${name}'${run ? ` (run ${run})` : ''} not found`);
  return s;
}

async function judgeAll(root: string, labels: readonly Label[]): Promise<Row[]> {
  const rows: Row[] = [];
  const cache = new Map<string, Series[]>();
  for (const label of labels) {
    const path = join(root, label.file);
    let series = cache.get(path);
    if (!series) {
      series = (await readLogs(path)).flatMap((l) => l.series);
      cache.set(path, series);
    }
    const train = find(series, label.train, label.run, `${label.file}: train`);
    const val = find(series, label.val, label.run, `${label.file}: val`);
    const now = judgeValidation(train, val);
    const before = judgeValidationV0(train, val);
    rows.push({
      label,
      verdict: now.verdict,
      endedByEarlyStopping: endedByEarlyStopping(val.values, 5),
      statistics: curveStatistics(val.values),
      flags: {
        judge: POSITIVE.has(now.verdict),
        'early stopping (patience 3)': earlyStoppingFires(val.values, 3),
        'judge before #14': POSITIVE.has(before.verdict),
      },
    });
  }
  return rows;
}

function table(title: string, rows: readonly Row[]): void {
  const { positives, healthy } = confusionOf(rows, 'judge');
  console.log(
    `\n${title}: ${positives} overfitting/stalled, ${healthy} healthy (${rows.length - positives - healthy} broken runs not scored)`,
  );
  console.log(
    `${'method'.padEnd(30)} ${'caught'.padStart(9)} ${'missed'.padStart(7)} ${'false flags'.padStart(12)}`,
  );
  for (const m of METHODS) {
    const c = confusionOf(rows, m);
    console.log(
      `${m.padEnd(30)} ${`${c.caught}/${c.positives}`.padStart(9)} ${String(c.positives - c.caught).padStart(7)} ${`${c.falseFlags}/${c.healthy}`.padStart(12)}`,
    );
  }
}

/**
 * Share of simulated healthy runs the judge flags overfitting or stalled: val falls as
 * 0.3 + 2·e^(−i/(40τ)) (τ uniform in [0.05, 0.35]) under multiplicative noise e^(σ·N(0,1)), one
 * evaluation every 10 steps, and stops as EarlyStopping(patience=5) stops it (at most 200
 * evaluations), so the run ends 5 evaluations after a best that is often a lucky dip — the case
 * of the OligoGym runs; train falls smoothly alongside. Seeded.
 */
export function earlyStoppedFalseFlags(sigma: number, runs = 400, seed = 14): number {
  const rng = createRng(seed);
  let flagged = 0;
  for (let r = 0; r < runs; r++) {
    const tau = rng.uniform(0.05, 0.35);
    const val: number[] = [];
    let best = Number.POSITIVE_INFINITY;
    for (let i = 0, wait = 0; i < 200 && wait < 5; i++) {
      const v = (0.3 + 2 * Math.exp(-i / (40 * tau))) * Math.exp(sigma * rng.normal());
      val.push(v);
      wait = v < best ? 0 : wait + 1;
      best = Math.min(best, v);
    }
    const steps = Float64Array.from(val, (_, i) => (i + 1) * 10);
    const train = Float64Array.from(val, (_, i) => 0.25 + 1.8 * Math.exp(-i / (40 * tau)));
    const f = judgeValidation(
      { name: 'train', metric: 'loss', split: 'train', steps, values: train },
      { name: 'val', metric: 'loss', split: 'val', steps, values: Float64Array.from(val) },
    );
    if (POSITIVE.has(f.verdict)) flagged++;
  }
  return flagged / runs;
}

/** The distinct `batch` values of the labelled runs, in the order they first appear. */
export function batchesOf(rows: readonly Row[]): string[] {
  return [...new Set(rows.flatMap((r) => (r.label.batch === undefined ? [] : [r.label.batch])))];
}

/**
 * On the runs an early-stopping callback ended (patience 3 fires on each), what the judge catches
 * against the most that any one curve statistic, or pair, could catch within 1 false flag in 20
 * healthy runs, its threshold chosen knowing the labels; and the same split's other side.
 */
function ceilingOnEarlyStopped(rows: readonly Row[]): void {
  const scored = rows.filter((r) => r.label.label !== 'other');
  const stopped = scored.filter((r) => r.endedByEarlyStopping);
  table('runs an EarlyStopping(patience=5) callback ended (patience 3 fires on every one)', stopped);
  table(
    'all other runs',
    scored.filter((r) => !r.endedByEarlyStopping),
  );
  const judged = stopped.filter((r) => r.statistics !== null);
  const healthy = judged.filter((r) => r.label.label === 'healthy').length;
  const { single, pair } = bestRule(
    judged.map((r) => r.statistics),
    judged.map((r) => POSITIVE.has(r.label.label)),
    Math.floor(healthy / 20),
  );
  const positives = judged.filter((r) => POSITIVE.has(r.label.label)).length;
  console.log(
    `ceiling on those runs (${positives} positives, ${healthy} healthy, at most ${Math.floor(healthy / 20)} false flags, thresholds fitted to the labels):\n` +
      `  best single statistic: ${single.caught}/${positives} caught, ${single.falseFlags} false (${single.rule})\n` +
      `  best pair: ${pair.caught}/${positives} caught, ${pair.falseFlags} false (${pair.rule})`,
  );
}

/** Print the confusion of each method on the labelled real runs; `misses` lists every disagreement. */
export async function benchRealValidation(fixtures: string, misses: boolean): Promise<void> {
  const rows = await judgeLabelled(fixtures);
  console.log(
    `\nValidation judge on ${rows.length} hand-labelled real runs (${fixtures}/validation-labels.json)`,
  );
  table(
    'calibration part',
    rows.filter((r) => !r.label.holdout),
  );
  table(
    'held-out part (every third label, not used to set thresholds)',
    rows.filter((r) => r.label.holdout),
  );
  table('all', rows);
  for (const batch of batchesOf(rows)) {
    table(
      `batch ${batch} (added after the thresholds were set; none from OligoGym)`,
      rows.filter((r) => r.label.batch === batch),
    );
  }
  const judged = rows.filter((r) => r.label.label !== 'other');
  const agrees = (r: Row) =>
    r.label.label === 'healthy' ? r.verdict === 'generalises' : r.verdict === r.label.label;
  const exact = judged.filter(agrees).length;
  console.log(
    `judge verdict equals the label (healthy = generalises) on ${exact}/${judged.length} scored runs`,
  );
  ceilingOnEarlyStopped(rows);
  const sim = [0.01, 0.05, 0.1, 0.2].map(
    (s) => `σ = ${s}: ${(100 * earlyStoppedFalseFlags(s)).toFixed(1)} %`,
  );
  console.log(
    `simulated healthy runs stopped by early stopping (patience 5), judge false flags: ${sim.join(', ')}`,
  );
  if (misses) {
    for (const r of rows) {
      const positive = POSITIVE.has(r.label.label);
      if (r.label.label === 'other' || r.flags.judge !== positive || !agrees(r)) {
        const es = r.flags['early stopping (patience 3)'] ? 'ES fires' : 'ES quiet';
        console.log(
          `  ${r.label.holdout ? '[holdout] ' : ''}${r.label.file} ${r.label.val}: label ${r.label.label}, judge ${r.verdict}, ${es} — ${r.label.note}`,
        );
      }
    }
  }
}
