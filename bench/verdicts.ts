// Benchmark of the curve judges on labelled synthetic curves: confusion matrix, per-class
// precision/recall, macro-F1 and the false-alarm rate on healthy runs; then the validation and
// overfit judges' accuracy. `npm run bench:verdicts [-- --misses]` (misses: list misjudged kinds).
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { analyzeSeries } from '../src/core/analyze.js';
import { judgeCurve } from '../src/core/judge-curve.js';
import { judgeOverfit } from '../src/core/judge-overfit.js';
import { judgeValidation } from '../src/core/judge-validation.js';
import { CURVE_VERDICTS, VALIDATION_VERDICTS } from '../src/core/verdict.js';
import { readLogs } from '../src/runner/read-log.js';
import { syntheticCurveSet } from '../test/helpers/synthetic/curve-set.js';
import { OVERFIT_LABELS, syntheticOverfitSet } from '../test/helpers/synthetic/overfit-set.js';
import { syntheticValidationSet } from '../test/helpers/synthetic/validation-set.js';
import { benchRealValidation } from './real-validation.js';

const SEED = Number(process.env.SEED ?? 20240607);
const showMisses = process.argv.includes('--misses');

interface Scored {
  readonly label: string;
  readonly verdict: string;
  readonly kind: string;
}

function confusion(title: string, rows: Scored[], labels: readonly string[]): number {
  const index = new Map(labels.map((l, i) => [l, i]));
  const m = labels.map(() => labels.map(() => 0));
  for (const r of rows) {
    const i = index.get(r.label);
    const j = index.get(r.verdict);
    if (i === undefined || j === undefined)
      throw new Error(`unexpected label ${r.label} or verdict ${r.verdict}`);
    (m[i] as number[])[j] = ((m[i] as number[])[j] as number) + 1;
  }
  const w = Math.max(...labels.map((l) => l.length), 6);
  console.log(`\n${title} (n = ${rows.length}; rows: truth, columns: verdict)`);
  console.log(`${''.padEnd(w)} ${labels.map((l) => l.slice(0, 9).padStart(9)).join(' ')}`);
  labels.forEach((l, i) => {
    console.log(`${l.padEnd(w)} ${(m[i] as number[]).map((c) => String(c).padStart(9)).join(' ')}`);
  });
  let f1Sum = 0;
  let classes = 0;
  console.log(`\n${'class'.padEnd(w)} precision    recall        F1   support`);
  labels.forEach((l, i) => {
    const tp = (m[i] as number[])[i] as number;
    const support = (m[i] as number[]).reduce((a, b) => a + b, 0);
    const predicted = m.reduce((a, row) => a + (row[i] as number), 0);
    if (support === 0) return;
    const p = predicted > 0 ? tp / predicted : 0;
    const r = tp / support;
    const f1 = p + r > 0 ? (2 * p * r) / (p + r) : 0;
    f1Sum += f1;
    classes++;
    console.log(
      `${l.padEnd(w)} ${p.toFixed(3).padStart(9)} ${r.toFixed(3).padStart(9)} ${f1.toFixed(3).padStart(9)} ${String(support).padStart(9)}`,
    );
  });
  const macro = f1Sum / classes;
  const accuracy = rows.filter((r) => r.label === r.verdict).length / rows.length;
  console.log(`macro-F1 ${macro.toFixed(4)}   accuracy ${accuracy.toFixed(4)}`);
  if (showMisses) {
    for (const r of rows) if (r.label !== r.verdict) console.log(`  miss: ${r.kind} -> ${r.verdict}`);
  }
  return macro;
}

const t0 = performance.now();
const curves = syntheticCurveSet(SEED, { healthy: 1500, perStrength: 60 });
const curveRows: Scored[] = curves.map((c) => ({
  label: c.label,
  verdict: judgeCurve(c.series).verdict,
  kind: c.kind,
}));
const macro = confusion('Curve judge', curveRows, CURVE_VERDICTS);
const healthy = curveRows.filter((r) => r.label === 'healthy');
const alarms = healthy.filter((r) => r.verdict !== 'healthy' && r.verdict !== 'too_short').length;
const falseAlarmRate = alarms / healthy.length;
console.log(
  `healthy false-alarm rate ${(100 * falseAlarmRate).toFixed(2)}% (${alarms} of ${healthy.length} healthy curves)`,
);
console.log(
  `targets: macro-F1 >= 0.95 ${macro >= 0.95 ? 'MET' : 'MISSED'}; false alarms <= 0.5% ${falseAlarmRate <= 0.005 ? 'MET' : 'MISSED'}`,
);

const pairs = syntheticValidationSet(SEED + 1, 150);
confusion(
  'Validation judge',
  pairs.map((p) => ({ label: p.label, verdict: judgeValidation(p.train, p.val).verdict, kind: p.kind })),
  VALIDATION_VERDICTS,
);

const overfit = syntheticOverfitSet(SEED + 2, 80);
confusion(
  'Overfit judge',
  overfit.map((c) => ({ label: c.label, verdict: judgeOverfit(c.series).verdict, kind: c.kind })),
  OVERFIT_LABELS,
);
console.log(`\nbench time ${((performance.now() - t0) / 1000).toFixed(1)} s`);

await benchRealValidation(join(import.meta.dirname, '../test/fixtures/logs'), showMisses);

// Real logs: the verdict on every loss-like series of every real file in shared/fixtures/logs/
// (the whole corpus, GPL files included: they are read here, never copied into the project).
const REAL = process.env.REAL_LOGS ?? join(import.meta.dirname, '../../shared/fixtures/logs');
if (existsSync(REAL)) {
  console.log(`\nReal logs (${REAL})`);
  const counts = new Map<string, number>();
  for (const log of await readLogs(REAL)) {
    const findings = analyzeSeries(log.series);
    console.log(`  ${relative(REAL, log.path)} (${log.format})`);
    if (findings.length === 0) console.log('    no loss-like series');
    for (const f of findings) {
      counts.set(f.verdict, (counts.get(f.verdict) ?? 0) + 1);
      console.log(
        `    ${f.severity === 'pass' ? '✓' : f.severity === 'warn' ? '!' : '✗'} ${f.series}: ${f.verdict}`,
      );
    }
  }
  console.log(`  verdict counts: ${[...counts].map(([v, n]) => `${v} ${n}`).join(', ')}`);
} else {
  console.log(`\nReal logs: ${REAL} not found (set REAL_LOGS to the fixtures folder)`);
}
