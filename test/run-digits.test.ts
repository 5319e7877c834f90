import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateReport } from '../src/core/report.js';
import { runCli } from './helpers/run-cli.js';

// `trainspotter run` end to end on examples/pytorch-digits: real PyTorch training in real
// processes, judged, compared with the committed known result, written as report.json/report.md.
const EXAMPLE = join(import.meta.dirname, '..', 'examples', 'pytorch-digits');
const PROBE =
  'import importlib.util as u, sys; sys.exit(0 if u.find_spec("torch") and u.find_spec("sklearn") else 1)';
const hasTorch = [process.env.DIGITS_PYTHON, 'python3', '/usr/bin/python3']
  .filter((py): py is string => Boolean(py))
  .some((py) => spawnSync(py, ['-c', PROBE], { stdio: 'ignore' }).status === 0);

const root = mkdtempSync(join(tmpdir(), 'trainspotter-run-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function run(args: string[], opts: { bug?: string; cwd?: string } = {}) {
  const out = join(root, `${opts.bug ?? 'clean'}-${args.join('_').replace(/[^a-z0-9]+/gi, '_')}`);
  const { code, stdout, stderr } = await runCli(
    ['run', '--out', out, '--no-gpu', ...args],
    opts.cwd ?? EXAMPLE,
    { ...process.env, ...(opts.bug ? { DIGITS_BUG: opts.bug } : {}) },
  );
  let report: ReturnType<typeof validateReport> | undefined;
  try {
    report = validateReport(JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')), 'report.json');
  } catch {
    report = undefined;
  }
  return { code, stdout, stderr, report, out };
}

function verdicts(report: ReturnType<typeof validateReport> | undefined, check: string): string[] {
  return report?.checks.find((c) => c.name === check)?.findings.map((f) => `${f.series}: ${f.verdict}`) ?? [];
}

/** Processes whose environment names `marker` (our TRAINSPOTTER_OUT): none may outlive a run. */
function processesWith(marker: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/environ`, 'latin1').includes(marker)) pids.push(Number(entry));
    } catch {
      // gone, or not ours to read
    }
  }
  return pids;
}

describe('trainspotter run: config errors', () => {
  it('reports every problem of a bad trainspotter.yml at once, with exit status 2', async () => {
    const dir = mkdtempSync(join(root, 'bad-config-'));
    writeFileSync(
      join(dir, 'trainspotter.yml'),
      'checks:\n  smok:\n    run: x\n  overfit:\n    run: ""\n    timeout: 5 minutes\ngate:\n  smoke: fial\n',
    );
    const r = await run([], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/4 problems/);
    expect(r.stderr).toMatch(/checks\.smok.*did you mean `smoke`/);
    expect(r.stderr).toMatch(/checks\.overfit\.run/);
    expect(r.stderr).toMatch(/checks\.overfit\.timeout/);
    expect(r.stderr).toMatch(/gate\.smoke.*"fial"/);
  });

  it('says where it looked when there is no config', async () => {
    const r = await run([], { cwd: mkdtempSync(join(root, 'no-config-')) });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no trainspotter\.yml .*looked for trainspotter\.yml/);
  });
});

describe.skipIf(!hasTorch)(
  'trainspotter run on examples/pytorch-digits (real PyTorch; skipped without torch)',
  { timeout: 600_000 },
  () => {
    it('passes the clean script on 5 seeds, matching the known result', async () => {
      for (const seed of [0, 1, 2, 3, 4]) {
        const r = await run(['--seed', String(seed)]);
        expect(r.report?.status, `seed ${seed}:\n${r.stdout.slice(-3000)}`).toBe('pass');
        expect(r.code).toBe(0);
        expect(r.report?.checks.map((c) => c.status)).toEqual(['pass', 'pass', 'pass']);
        expect(r.report?.comparison?.results[0]).toMatchObject({
          metric: 'test/accuracy',
          outcome: 'unchanged',
        });
        expect(r.report?.gaps).not.toBeNull();
        expect(readFileSync(join(r.out, 'report.md'), 'utf8')).toMatch(/## trainspotter: ✅ pass/);
      }
    });

    it('fails a flipped loss sign: goes_up below zero on smoke, below_zero on overfit', async () => {
      const r = await run(['--check', 'smoke', '--check', 'overfit'], { bug: 'flip_sign' });
      expect(r.code).toBe(1);
      expect(verdicts(r.report, 'smoke')).toContain('loss: goes_up');
      expect(verdicts(r.report, 'overfit')).toEqual(['loss: below_zero']);
    });

    it('fails softmax fed to cross-entropy: the single batch cannot be overfit (plateaus)', async () => {
      const r = await run(['--check', 'overfit'], { bug: 'softmax_into_ce' });
      expect(r.code).toBe(1);
      expect(verdicts(r.report, 'overfit')).toEqual(['loss: plateaus']);
      expect(r.report?.checks[0]?.findings[0]?.causes.join(' ')).toMatch(/softmax/);
    });

    it('fails a learning rate far too high: explodes on smoke, oscillates or explodes on overfit', async () => {
      const r = await run(['--check', 'smoke', '--check', 'overfit'], { bug: 'lr_high' });
      expect(r.code).toBe(1);
      expect(verdicts(r.report, 'smoke')).toContain('loss: explodes');
      expect(verdicts(r.report, 'overfit')[0]).toMatch(/loss: (oscillates|explodes)/);
      expect(r.report?.checks[1]?.findings[0]?.causes.join(' ')).toMatch(/learning rate too high/);
    });

    it('fails log(0): the overfit loss turns NaN at a named step', async () => {
      const r = await run(['--check', 'overfit'], { bug: 'log_zero' });
      expect(r.code).toBe(1);
      const finding = r.report?.checks[0]?.findings[0];
      expect(finding?.verdict).toBe('non_finite');
      expect(finding?.evidence.first_non_finite_step).toEqual(expect.any(Number));
    });

    it('reports a crash with a shape error as such, quoting the decisive line', async () => {
      const r = await run(['--check', 'smoke'], { bug: 'shape_crash' });
      expect(r.code).toBe(1);
      const check = r.report?.checks[0];
      expect(check?.failure?.kind).toBe('shape_mismatch');
      expect(check?.failure?.lines.join('\n')).toMatch(/shapes cannot be multiplied/);
    });

    it('kills a hanging training at its timeout, leaving no process behind', async () => {
      const dir = mkdtempSync(join(root, 'hang-'));
      writeFileSync(
        join(dir, 'trainspotter.yml'),
        `checks:\n  smoke:\n    run: sh ${JSON.stringify(join(EXAMPLE, 'train.sh'))} --epochs 5\n    timeout: 4s\n`,
      );
      const r = await run([], { cwd: dir, bug: 'hang' });
      expect(r.code).toBe(1);
      expect(r.report?.checks[0]?.failure?.kind).toBe('timeout');
      expect(processesWith(r.out)).toEqual([]);
    });
  },
);
