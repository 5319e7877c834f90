import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeSeries } from '../src/core/analyze.js';
import { parseLog } from './helpers/parse-log.js';

// What `trainspotter run` captured from real public training scripts run unmodified here, clean
// and with one bug injected (test/fixtures/logs/SOURCES.md, printed-runs/): read as printed text,
// their losses must give the verdicts the runs gave.
const DIR = join(import.meta.dirname, 'fixtures/logs/printed-runs');

function verdicts(file: string): Record<string, string> {
  const log = parseLog(file, readFileSync(join(DIR, file)), { format: 'printed-text' });
  const out: Record<string, string> = {};
  for (const f of analyzeSeries(log.series)) out[f.series] = f.verdict;
  return out;
}

describe('captured output of real training scripts', () => {
  it.each([
    ['word-language-model__clean.log', { loss: 'healthy', ppl: 'healthy' }],
    ['word-language-model__gradient-ascent.log', { loss: 'explodes', ppl: 'explodes' }],
    ['nanogpt__clean.log', { loss: 'healthy' }],
    ['nanogpt__softmax-into-loss.log', { loss: 'plateaus' }],
    ['time-sequence-prediction__clean-timed-out.log', { loss: 'healthy' }],
  ])('%s', (file, expected) => {
    expect(verdicts(file)).toMatchObject(expected);
  });
});
