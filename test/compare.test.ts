import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'trainspotter-compare-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function report(name: string, accuracy: number, extra: Record<string, unknown> = {}): string {
  const path = join(dir, `${name}.json`);
  const body = {
    schemaVersion: 1,
    status: 'pass',
    checks: [],
    finalMetrics: { 'test/accuracy': accuracy, 'test/error': 1 - accuracy },
    comparison: null,
    gaps: null,
    run: {
      seed: 0,
      startedAt: '2026-11-27T00:00:00.000Z',
      durationMs: 1,
      trainspotterVersion: 'test',
      config: null,
    },
    ...extra,
  };
  writeFileSync(path, JSON.stringify(body));
  return path;
}

const compare = (args: string[]) => runCli(['compare', ...args], dir);

describe('trainspotter compare', () => {
  const base = [0.97, 0.968, 0.972, 0.969].map((a, i) => report(`base${i}`, a));

  it('finds a 5-point accuracy drop over 4 seeds a regression (exit 1)', async () => {
    const pr = [0.92, 0.918, 0.921, 0.919].map((a, i) => report(`bad${i}`, a));
    const r = await compare([...pr, '--reference', ...base]);
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(r.stdout).toMatch(/regressed\s+test\/accuracy/);
  });

  it('calls an equal PR unchanged or inconclusive, never regressed (exit 0)', async () => {
    const pr = [0.969, 0.971, 0.97, 0.968].map((a, i) => report(`same${i}`, a));
    const r = await compare([...pr, '--reference', ...base]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/regressed/);
  });

  it('names a report of an unknown schema version and a file that is not JSON', async () => {
    const future = report('future', 0.9, { schemaVersion: 99 });
    const r1 = await compare([future, '--reference', ...base]);
    expect(r1.code).toBe(2);
    expect(r1.stderr).toMatch(/unsupported report schemaVersion 99/);
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"schemaVersion": 1,\n  "status": ');
    const r2 = await compare([broken, '--reference', ...base]);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/broken\.json line 2, column/);
  });
});

describe('trainspotter compare: the capacity cut with 3 seeds a side (issue 14)', () => {
  const withSeed = (name: string, metrics: Record<string, number>, seed: number, findings: unknown[] = []) =>
    report(name, 0, {
      finalMetrics: metrics,
      checks: [
        {
          name: 'smoke',
          status: 'pass',
          summary: 'ok',
          findings,
          curves: [],
        },
      ],
      run: {
        seed,
        startedAt: '2026-11-27T00:00:00.000Z',
        durationMs: 1,
        trainspotterVersion: 'test',
        config: null,
      },
    });
  const gapFinding = (ratio: number) => ({
    series: 'loss vs val_loss',
    split: 'val',
    judge: 'validation',
    verdict: 'generalises',
    severity: 'pass',
    summary: '',
    evidence: { gap_ratio: ratio, gap_difference: 0.1 * ratio },
    causes: [],
  });

  it('fails val accuracy 0.743, 0.630, 0.913 against 0.973, 0.983, 0.990, names the collapsed seed, and ignores the train loss', async () => {
    const base = [0.973, 0.983, 0.99].map((a, i) =>
      withSeed(`cut-base${i}`, { val_accuracy: a, loss: 0.01 }, i, [gapFinding(1.1 + i / 100)]),
    );
    const pr = [0.743, 0.63, 0.913].map((a, i) =>
      withSeed(`cut-pr${i}`, { val_accuracy: a, loss: 0.4 }, 10 + i, [gapFinding(2.3 + i / 10)]),
    );
    const r = await compare([...pr, '--reference', ...base]);
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(r.stdout).toMatch(/regressed\s+val_accuracy/);
    expect(r.stdout).toMatch(/seed 11 collapsed to 0\.63/);
    expect(r.stdout).not.toMatch(/^ {2}\S+\s+loss {10,}/m);
    expect(r.stdout).toMatch(
      /gap grew\s+loss vs val_loss: the val\/train loss ratio grew from 1\.1\d*× to 2\.4×/,
    );
  });
});
