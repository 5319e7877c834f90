import { describe, expect, it } from 'vitest';
import { type CheckObservation, judgeCheck } from './judge-check.js';
import { parseConfig } from './parse-config.js';
import { CheckReportSchema } from './report.js';
import type { Finding } from './verdict.js';

const config = (() => {
  const r = parseConfig(
    'checks:\n  smoke: { run: python train.py }\n  overfit: { run: python train.py }\n',
    't.yml',
  );
  if (!r.ok) throw new Error('config');
  return r.config;
})();

const falling = Array.from({ length: 80 }, (_, i) => 2.3 * Math.exp(-i / 15));
function observation(name: 'smoke' | 'overfit', probe: CheckObservation['probe']): CheckObservation {
  return {
    name,
    command: 'python train.py',
    durationMs: 1000,
    exitCode: 0,
    gpu: null,
    logs: [
      {
        path: 'out/probe.jsonl',
        format: 'jsonl',
        series: [
          {
            name: 'loss',
            metric: 'loss',
            split: 'train',
            steps: Float64Array.from(falling, (_, i) => i),
            values: Float64Array.from(falling),
          },
        ],
      },
    ],
    ...(probe ? { probe } : {}),
  };
}

const softmaxed: Finding = {
  series: 'loss input',
  split: 'train',
  judge: 'engine',
  verdict: 'loss_input_softmaxed',
  severity: 'fail',
  summary: 'cross_entropy: The loss expects logits but gets probabilities.',
  evidence: { min: 0, max: 1 },
  causes: ['incorrect input to the loss'],
};

describe('judgeCheck with the probe', () => {
  it('gates its findings with the check, uses its C for the init loss, and reports the cap', () => {
    const capped = 'stopped after 80 optimizer steps (max_steps: 80)';
    const { report } = judgeCheck(
      observation('smoke', { findings: [softmaxed], notes: [], classes: 10, capped }),
      config,
    );
    expect(report.status).toBe('fail');
    expect(report.findings.map((f) => f.verdict)).toEqual([
      'healthy',
      'init_loss_ok',
      'loss_input_softmaxed',
    ]);
    expect(report.capped).toBe(capped);
    expect(report.summary).toBe(`loss input: loss_input_softmaxed; ${capped}`);
    expect(CheckReportSchema.parse(report).capped).toBe(capped);
  });

  it('gives no overfit verdict when no batch could be fixed: an error with the note', () => {
    const batchProblem = 'could not fix a batch: the script iterated no torch.utils.data.DataLoader';
    const { report } = judgeCheck(
      observation('overfit', { findings: [], notes: [batchProblem], batchProblem }),
      config,
    );
    expect(report.status).toBe('error');
    expect(report.findings).toEqual([]);
    expect(report.notes).toEqual([batchProblem]);
  });
});
