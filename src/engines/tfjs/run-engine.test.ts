import { describe, expect, it } from 'vitest';
import { validateReport } from '../../core/report.js';
import type { DemoBug } from './demo/bugs.js';
import { DEMO_BUGS } from './demo/bugs.js';
import { demoModule } from './demo/demo-module.js';
import { DEMO_REFERENCE } from './demo/reference.js';
import { type EngineOptions, runEngine } from './run-engine.js';
import { loadTf } from './tf.js';

const engine = async (bug: DemoBug | undefined, fast: boolean, more: Partial<EngineOptions> = {}) =>
  runEngine(demoModule(bug), {
    backend: await loadTf({ preferNative: false }),
    seed: 1,
    reference: DEMO_REFERENCE,
    startedAt: '2024-01-01T00:00:00.000Z',
    trainspotterVersion: 'test',
    ...(fast ? { epochs: 1, overfitSteps: 20 } : {}),
    ...more,
  });

describe('runEngine on the demo', () => {
  it('passes the clean model with a valid report', async () => {
    const { report, stepsPerSecond } = await engine(undefined, false);
    const failed = report.checks.flatMap((c) => c.findings).filter((f) => f.severity !== 'pass');
    expect(failed.map((f) => `${f.verdict}: ${f.summary}`)).toEqual([]);
    expect(report.status).not.toBe('fail');
    expect(validateReport(JSON.parse(JSON.stringify(report)), 'test').checks).toHaveLength(2);
    expect(report.checks[0]?.gpu).toMatchObject({ backend: 'cpu', present: false });
    expect(stepsPerSecond).toBeGreaterThan(0);
    expect(report.finalMetrics['val/accuracy']).toBeGreaterThan(0.85);
  });

  it.each([
    ['softmax_into_loss', 'loss_input_softmaxed'],
    ['relu_on_logits', 'loss_input_relu'],
    ['unnormalised_inputs', 'inputs_unnormalised'],
    ['frozen_layer', 'weights_frozen'],
  ] as const)('catches %s as %s and names it', async (bug, verdict) => {
    const { report } = await engine(bug, true);
    expect(report.status).toBe('fail');
    const finding = report.checks.flatMap((c) => c.findings).find((f) => f.verdict === verdict);
    expect(finding?.severity).toBe('fail');
    expect(`${finding?.summary} ${finding?.causes[0]}`).toMatch(DEMO_BUGS[bug].expected);
  });

  it('gates a regressed comparison with gate.reference, as `trainspotter run` does', async () => {
    // The clean demo against a known result it cannot reach: val/accuracy 0.99 ± 0.001.
    const unreachable = {
      source: 'unreachable',
      metrics: {
        'val/accuracy': { value: 0.99, std: 0.001, runs: 10, better: 'higher', tolerance: 0 },
      },
    } as const;
    const { report } = await engine(undefined, false, {
      reference: unreachable,
      gate: { reference: 'warn' },
    });
    expect(report.comparison?.results.map((r) => r.outcome)).toEqual(['regressed']);
    expect(report.checks.map((c) => c.status)).toEqual(['pass', 'pass']);
    expect(report.comparison?.status).toBe('warn');
    expect(report.status).toBe('warn');
  });
});
