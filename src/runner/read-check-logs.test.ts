import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Config, validateConfig } from '../core/config.js';
import { judgeCheck } from '../core/judge-check.js';
import { fakeCommandRunner } from './fake-command-runner.js';
import { OutputCapture } from './output-capture.js';
import { runChecks } from './run-checks.js';

function config(smoke: Record<string, unknown>): Config {
  const r = validateConfig({ checks: { smoke } }, 'trainspotter.yml');
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
  return r.config;
}

const printed = (n: number, loss: (i: number) => number) =>
  Array.from(
    { length: n },
    (_, i) => ['stdout', `epoch ${i + 1}/${n} | loss: ${loss(i).toFixed(4)}`] as const,
  );

async function run(smoke: Record<string, unknown>, script: Parameters<typeof fakeCommandRunner>[0]) {
  const projectDir = await mkdtemp(join(tmpdir(), 'trainspotter-printed-'));
  const [obs] = await runChecks({
    config: config(smoke),
    projectDir,
    outRoot: join(projectDir, 'out'),
    seed: 0,
    onLine: () => {},
    runner: fakeCommandRunner(script).run,
    gpu: false,
  });
  if (!obs) throw new Error('no observation');
  return { obs, projectDir };
}

describe('a check that names no metrics reads what its command printed', () => {
  it('judges the printed losses when no metrics.jsonl was written', async () => {
    const { obs } = await run({ run: 'python train.py --epochs 1' }, () => ({
      lines: printed(20, (i) => 2.3 * 0.8 ** i),
    }));
    expect(obs.logError).toBeUndefined();
    expect(obs.logs.map((l) => [l.format, l.series.map((s) => s.name)])).toEqual([
      ['printed-text', ['loss']],
    ]);
    expect(judgeCheck(obs, config({ run: 'x' })).report.status).toBe('pass');
  });

  it('a printed loss that rises fails the check', async () => {
    const { obs } = await run({ run: 'python train.py' }, () => ({
      lines: printed(20, (i) => 1 + 0.05 * i),
    }));
    const judged = judgeCheck(obs, config({ run: 'x' }));
    expect(judged.report.status).toBe('fail');
    expect(judged.report.findings[0]?.verdict).toBe('goes_up');
  });

  it('reads a real process: stdout and stderr, \\r redraws as the last one shown', async () => {
    const projectDir = await mkdtemp(join(tmpdir(), 'trainspotter-printed-'));
    const script =
      'awk \'BEGIN { for (i = 1; i <= 15; i++) { printf "epoch %d/15 loss: %.4f\\r", i, 3 / i; printf "epoch %d/15 loss: %.4f\\n", i, 2 / i; print "setup noise lr: 0.1" > "/dev/stderr" } }\'';
    const [obs] = await runChecks({
      config: config({ run: script }),
      projectDir,
      outRoot: join(projectDir, 'out'),
      seed: 0,
      onLine: () => {},
      env: { PATH: process.env.PATH },
      gpu: false,
    });
    const loss = obs?.logs[0]?.series.find((s) => s.name === 'loss');
    expect(Array.from(loss?.values ?? []).slice(0, 3)).toEqual([2, 1, 0.6667]);
    expect(Array.from(loss?.steps ?? []).slice(0, 3)).toEqual([1, 2, 3]);
  });

  it('a metrics.jsonl the command wrote wins, and a probe.jsonl beside it does not count as one', async () => {
    const jsonl = `${Array.from({ length: 12 }, (_, i) => JSON.stringify({ step: i, val_loss: 1 / (i + 1) })).join('\n')}\n`;
    const { obs } = await run({ run: 'x' }, () => ({
      lines: printed(12, () => 1),
      files: { 'metrics.jsonl': jsonl },
    }));
    expect(obs.logs.map((l) => l.format)).toEqual(['jsonl']);
    const probe = await run({ run: 'x' }, () => ({
      lines: printed(12, (i) => 1 / (i + 1)),
      files: { 'probe.jsonl': '{"step": 1, "probe_loss": 2}\n' },
    }));
    expect(probe.obs.logs.map((l) => l.format)).toEqual(['printed-text']);
  });

  it('`metrics: stdout` reads the output even when a metrics.jsonl exists; a named file still wins', async () => {
    const { obs } = await run({ run: 'x', metrics: 'stdout' }, () => ({
      lines: printed(12, (i) => 1 / (i + 1)),
      files: { 'metrics.jsonl': '{"step": 1, "other_loss": 1}\n' },
    }));
    expect(obs.logs.map((l) => l.format)).toEqual(['printed-text']);
    const projectDir = await mkdtemp(join(tmpdir(), 'trainspotter-printed-'));
    await writeFile(join(projectDir, 'log.csv'), 'step,loss\n1,2\n2,1\n');
    const [named] = await runChecks({
      config: config({ run: 'x', metrics: 'log.csv' }),
      projectDir,
      outRoot: join(projectDir, 'out'),
      seed: 0,
      onLine: () => {},
      runner: fakeCommandRunner(() => ({ lines: printed(12, () => 1) })).run,
      gpu: false,
    });
    expect(named?.logs.map((l) => l.format)).toEqual(['generic-csv']);
  });

  it('says what was looked at, quotes the closest lines and gives the fix when nothing is found', async () => {
    const { obs } = await run({ run: 'x' }, () => ({
      lines: [
        ['stdout', 'starting training'],
        ['stdout', 'epoch 1 done, loss went down'],
        ['stderr', 'all done'],
      ],
    }));
    expect(obs.logError).toContain(
      'checks.smoke: no `metrics` is configured and the command wrote no $TRAINSPOTTER_OUT/metrics.jsonl, so its printed output was read, and',
    );
    expect(obs.logError).toContain('held no line of the form `loss: 0.42`');
    expect(obs.logError).toContain('Closest lines: `epoch 1 done, loss went down`');
    expect(obs.logError).toContain('Or name the log file the command writes in `checks.smoke.metrics`.');
    expect(judgeCheck(obs, config({ run: 'x' })).report.status).toBe('error');
  });
});

describe('OutputCapture', () => {
  const enc = new TextEncoder();
  const text = (c: OutputCapture) => new TextDecoder().decode(c.bytes());

  it('merges two streams line by line in arrival order, keeping \\r and unfinished lines', () => {
    const c = new OutputCapture();
    c.write('stdout', enc.encode('epoch 1\r  50%'));
    c.write('stderr', enc.encode('warn\n'));
    c.write('stdout', enc.encode(' 100%\nloss: 0.'));
    c.write('stdout', enc.encode('5'));
    c.end();
    expect(text(c)).toBe('warn\nepoch 1\r  50% 100%\nloss: 0.5\n');
  });

  it('keeps a prefix of whole lines within its cap and counts the rest', () => {
    const c = new OutputCapture(10);
    c.write('stdout', enc.encode('aaaa\nbbbb\ncccc\n'));
    c.write('stdout', enc.encode('d\n'));
    c.end();
    expect(text(c)).toBe('aaaa\nbbbb\n');
    expect(c.dropped).toBe(7);
  });
});
