import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateReport } from '../core/report.js';
import { type FakeCommandScript, fakeCommandRunner } from './fake-command-runner.js';
import type { RunCommandOptions } from './run-command.js';
import { runTrainspotter } from './run-trainspotter.js';

// runTrainspotter end to end through its command-runner seam: the hand-written fake stands in
// for the training commands, so crashes, timeouts and repeats are exact and spawn nothing.

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

/** A metrics.jsonl of `n` steps whose loss is `loss(step)`. */
const jsonl = (n: number, loss: (step: number) => number) =>
  Array.from({ length: n }, (_, step) => `${JSON.stringify({ step, loss: loss(step) })}\n`).join('');
const falling = jsonl(100, (s) => 2.3 * Math.exp(-s / 20) + 0.05);

async function run(
  yml: string,
  script: (options: RunCommandOptions) => FakeCommandScript,
  only?: ('smoke' | 'overfit' | 'eval')[],
) {
  const cwd = await mkdtemp(join(tmpdir(), 'trainspotter-run-'));
  dirs.push(cwd);
  await writeFile(join(cwd, 'trainspotter.yml'), yml);
  const fake = fakeCommandRunner(script);
  const lines: string[] = [];
  const groups: string[] = [];
  const result = await runTrainspotter({
    cwd,
    ...(only ? { only } : {}),
    env: { PATH: '/usr/bin:/bin' },
    gpu: false,
    version: '0.0.0-test',
    renderMarkdown: (report) => `# ${report.status}\n`,
    onLine: (line) => lines.push(line),
    onCheckStart: (name) => groups.push(`start ${name}`),
    onCheckEnd: (name) => groups.push(`end ${name}`),
    now: () => 1_700_000_000_000,
    runner: fake.run,
  });
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  const written = validateReport(JSON.parse(await readFile(result.paths.json, 'utf8')), 'report.json');
  return { result, report: result.report, written, fake, lines, groups, cwd };
}

const check = (o: RunCommandOptions) => o.env.TRAINSPOTTER_CHECK;

describe('runTrainspotter with a fake command runner', () => {
  it('judges the metrics a check wrote and writes report.json and report.md', async () => {
    const { result, report, written, fake, lines } = await run(
      'checks:\n  smoke:\n    run: python train.py\n',
      () => ({ lines: [['stdout', 'epoch 1 done']], files: { 'metrics.jsonl': falling } }),
    );
    expect(fake.calls.map((c) => c.command)).toEqual(['python train.py']);
    expect(fake.calls[0]?.env).toMatchObject({ TRAINSPOTTER_CHECK: 'smoke', TRAINSPOTTER_SEED: '0' });
    expect(report.status).toBe('pass');
    expect(report.checks[0]?.findings.map((f) => [f.series, f.verdict])).toEqual([['loss', 'healthy']]);
    expect(written).toEqual(report);
    expect(report.run).toMatchObject({ seed: 0, startedAt: '2023-11-14T22:13:20.000Z', durationMs: 0 });
    expect(lines).toContain('[smoke] epoch 1 done');
    if (!result.ok) throw new Error('unreachable');
    expect(await readFile(result.paths.markdown, 'utf8')).toBe('# pass\n');
  });

  it('a check that crashes fails with its classified failure', async () => {
    const { report } = await run('checks:\n  smoke:\n    run: python train.py\n', () => ({
      lines: [
        ['stderr', 'Traceback (most recent call last):'],
        ['stderr', 'RuntimeError: mat1 and mat2 shapes cannot be multiplied (64x784 and 512x10)'],
      ],
      exitCode: 1,
    }));
    expect(report.status).toBe('fail');
    expect(report.checks[0]).toMatchObject({ name: 'smoke', status: 'fail', exitCode: 1 });
    expect(report.checks[0]?.failure?.kind).toBe('shape_mismatch');
  });

  it('a check that times out fails as a timeout', async () => {
    const { report } = await run('checks:\n  smoke:\n    run: python train.py\n    timeout: 5s\n', () => ({
      files: { 'metrics.jsonl': jsonl(10, () => 1) },
      timedOut: true,
    }));
    expect(report.checks[0]?.status).toBe('fail');
    expect(report.checks[0]?.failure?.kind).toBe('timeout');
    expect(report.checks[0]?.failure?.title).toBe('Timed out after 5 s and was stopped');
  });

  it('runs the configured checks in the order smoke, overfit, eval, each in its group', async () => {
    const yml = [
      'checks:',
      '  eval:',
      '    run: python eval.py',
      '  overfit:',
      '    run: python overfit.py',
      '  smoke:',
      '    run: python train.py',
      '',
    ].join('\n');
    const { fake, groups } = await run(
      yml,
      (o): FakeCommandScript =>
        check(o) === 'eval'
          ? { files: { 'eval.json': JSON.stringify({ test: { accuracy: 0.9 } }) } }
          : { files: { 'metrics.jsonl': falling } },
    );
    expect(fake.calls.map(check)).toEqual(['smoke', 'overfit', 'eval']);
    expect(groups).toEqual([
      'start smoke',
      'end smoke',
      'start overfit',
      'end overfit',
      'start eval',
      'end eval',
    ]);
  });

  it('--check runs only the named checks, still in their order', async () => {
    const yml = 'checks:\n  smoke:\n    run: a\n  overfit:\n    run: b\n  eval:\n    run: c\n';
    const { fake, report } = await run(yml, () => ({ files: { 'metrics.jsonl': falling } }), [
      'overfit',
      'smoke',
    ]);
    expect(fake.calls.map(check)).toEqual(['smoke', 'overfit']);
    expect(report.checks.map((c) => c.name)).toEqual(['smoke', 'overfit']);
  });

  it('--check naming an unconfigured check throws before any command runs', async () => {
    await expect(
      run('checks:\n  smoke:\n    run: a\n', () => ({ files: { 'metrics.jsonl': falling } }), ['eval']),
    ).rejects.toThrow('--check eval: trainspotter.yml defines no checks.eval; it defines smoke.');
  });

  it('the reproducibility repeat runs the smoke command again with the same seed into repeat/', async () => {
    const yml = 'checks:\n  smoke:\n    run: python train.py\n    reproducibility: {}\n';
    let n = 0;
    const { fake, report, groups } = await run(yml, () => {
      n += 1;
      // the second run drifts from step 50: an unseeded source of randomness
      const second = n === 2;
      return {
        files: { 'metrics.jsonl': jsonl(100, (s) => 2 * Math.exp(-s / 20) + (second && s >= 50 ? 0.1 : 0)) },
      };
    });
    expect(fake.calls.map(check)).toEqual(['smoke', 'smoke']);
    expect(fake.calls.map((c) => c.env.TRAINSPOTTER_SEED)).toEqual(['0', '0']);
    const [first = '', second] = fake.calls.map((c) => c.env.TRAINSPOTTER_OUT);
    expect(second).toBe(join(first, '..', 'repeat', 'smoke-seed0'));
    expect(groups).toEqual(['start smoke', 'end smoke']);
    const finding = report.checks[0]?.findings.find((f) => f.judge === 'reproducibility');
    expect(finding?.verdict).toBe('diverges');
    expect(finding?.evidence.first_divergent_step).toBe(50);
  });

  it('two identical runs are reproducible', async () => {
    const yml = 'checks:\n  smoke:\n    run: python train.py\n    reproducibility: {}\n';
    const { fake, report } = await run(yml, () => ({ files: { 'metrics.jsonl': falling } }));
    expect(fake.calls).toHaveLength(2);
    expect(report.checks[0]?.findings.find((f) => f.judge === 'reproducibility')?.verdict).toBe('identical');
  });

  it('a smoke run that crashes is not repeated', async () => {
    const yml = 'checks:\n  smoke:\n    run: python train.py\n    reproducibility: {}\n';
    const { fake, report } = await run(yml, () => ({ exitCode: 1 }));
    expect(fake.calls).toHaveLength(1);
    expect(report.checks[0]?.failure?.kind).toBe('exit_nonzero');
  });
});
