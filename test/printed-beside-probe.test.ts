import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type Report, validateReport } from '../src/core/report.js';
import { runCli } from './helpers/run-cli.js';

// With the PyTorch probe on (the default), the probe's log is the train curve, and what only the
// script's own output holds — the validation loss it prints once an epoch — is read beside it:
// a real MLP on scikit-learn's digits, unchanged, printing `Epoch 3/60 - train_loss: … - val_loss: …`.
const PY = '/usr/bin/python3';
const FIND =
  'import importlib.util as u, sys; sys.exit(0 if u.find_spec("torch") and u.find_spec("sklearn") else 1)';
const hasTorch = spawnSync(PY, ['-c', FIND], { stdio: 'ignore' }).status === 0;
const root = mkdtempSync(join(tmpdir(), 'trainspotter-beside-probe-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function run(name: string, args: string): Promise<Report> {
  const project = join(root, name);
  cpSync(join(import.meta.dirname, 'fixtures', 'probe-scripts', 'own'), project, { recursive: true });
  writeFileSync(
    join(project, 'trainspotter.yml'),
    `checks:\n  smoke:\n    run: ${PY} mlp_val_printed.py ${args}\n    timeout: 2m\n`,
  );
  const out = join(project, 'out');
  const { code, stderr } = await runCli(['run', '--out', out, '--no-gpu'], project, process.env);
  expect(code, stderr).toBeLessThan(2);
  return validateReport(JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')), out);
}

describe.skipIf(!hasTorch)('the validation loss a probed script prints', () => {
  it('is judged against the probe’s train loss: 120 samples, 60 epochs overfit, from a step on the probe’s axis', async () => {
    const report = await run('overfits', '0 120 60');
    const smoke = report.checks.find((c) => c.name === 'smoke');
    expect(smoke?.metrics?.map((m) => m.format)).toEqual(['jsonl', 'printed-text']);
    const val = smoke?.findings.find((f) => f.series === 'loss vs val_loss');
    expect(val?.verdict, JSON.stringify(smoke?.findings)).toBe('overfitting');
    // 60 epochs of 6 batches: the last epoch's evaluation sits on the probe's last step, 359.
    const curve = smoke?.curves.find((c) => c.series === 'val_loss');
    expect(curve?.steps.at(-1)).toBe(359);
    const best = val?.evidence.best_step as number;
    expect(best % 6).toBe(5); // an epoch's last step
    expect(best).toBeGreaterThan(30);
    expect(best).toBeLessThan(200);
  }, 120_000);

  it('generalises on 1,200 samples and 6 epochs, and its val accuracy is a final metric', async () => {
    const report = await run('generalises', '0 1200 6');
    const smoke = report.checks.find((c) => c.name === 'smoke');
    expect(smoke?.findings.find((f) => f.series === 'loss vs val_loss')?.verdict).toBe('generalises');
    expect(smoke?.findings.some((f) => f.series === 'train_loss')).toBe(false);
    expect(report.finalMetrics.val_acc).toBeGreaterThan(0.9);
  }, 120_000);
});
