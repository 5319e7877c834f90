import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateReport } from '../src/core/report.js';
import { runCli } from './helpers/run-cli.js';

// The reproducibility check end to end: `trainspotter run` runs the real PyTorch smoke command
// twice with one seed and compares the loss curves step by step; an unseeded shuffle (injected
// into examples/pytorch-digits/train.py) must make them diverge and fail the check.
const EXAMPLE = join(import.meta.dirname, '..', 'examples', 'pytorch-digits');
const PROBE =
  'import importlib.util as u, sys; sys.exit(0 if u.find_spec("torch") and u.find_spec("sklearn") else 1)';
const hasTorch = [process.env.DIGITS_PYTHON, 'python3', '/usr/bin/python3']
  .filter((py): py is string => Boolean(py))
  .some((py) => spawnSync(py, ['-c', PROBE], { stdio: 'ignore' }).status === 0);

const root = mkdtempSync(join(tmpdir(), 'trainspotter-repro-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function run(bug?: string) {
  const dir = mkdtempSync(join(root, `${bug ?? 'clean'}-`));
  writeFileSync(
    join(dir, 'trainspotter.yml'),
    `checks:\n  smoke:\n    run: sh ${JSON.stringify(join(EXAMPLE, 'train.sh'))} --epochs 1 --device cpu\n    timeout: 3m\n    reproducibility: {}\n`,
  );
  const out = join(dir, 'out');
  const { code } = await runCli(['run', '--out', out, '--no-gpu'], dir, {
    ...process.env,
    ...(bug ? { DIGITS_BUG: bug } : {}),
  });
  const report = validateReport(JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')), 'report.json');
  const finding = report.checks[0]?.findings.find((f) => f.judge === 'reproducibility');
  return { code, report, finding };
}

describe.skipIf(!hasTorch)('reproducibility on real PyTorch (skipped without torch)', () => {
  it('finds two clean runs with one seed identical', async () => {
    const { code, finding } = await run();
    expect(finding?.verdict).toBe('identical');
    expect(finding?.evidence.points_compared as number).toBeGreaterThan(30);
    expect(code).toBe(0);
  }, 120_000);

  it('fails an unseeded shuffle with the step and size of the first divergence', async () => {
    const { code, report, finding } = await run('unseeded_shuffle');
    expect(finding?.verdict).toBe('diverges');
    expect(finding?.evidence.first_divergent_step).toEqual(expect.any(Number));
    expect(finding?.evidence.relative_difference_there as number).toBeGreaterThan(0);
    expect(finding?.summary).toMatch(/Not reproducible: .* diverge from step \d+/);
    expect(report.checks[0]?.status).toBe('fail');
    expect(code).toBe(1);
  }, 120_000);
});
