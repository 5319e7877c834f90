import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assembleResults } from '../../src/app/assemble-results.js';
import { parseConfig } from '../../src/core/parse-config.js';
import type { CheckRunInput } from '../../src/render/check-run.js';
import { reportFixture } from './report-fixture.js';

/**
 * The typical failing pull request, from real runs (test/fixtures/reports/README.md): the
 * PyTorch digits example with `softmax_into_ce` on seeds 0 and 1 against the clean script's
 * seeds 0 and 1 on main, compared as the app compares them (assembleResults) with the known
 * result of examples/pytorch-digits/trainspotter.yml.
 */
export function typicalFailingInput(): CheckRunInput {
  const path = join(import.meta.dirname, '..', '..', 'examples', 'pytorch-digits', 'trainspotter.yml');
  const parsed = parseConfig(readFileSync(path, 'utf8'), path);
  if (!parsed.ok) throw new Error(`${path}: ${parsed.errors.map((e) => e.message).join('; ')}`);
  return assembleResults({
    reports: [0, 1].map((s) => reportFixture(`digits-softmax_into_ce-seed${s}.json`)),
    base: [0, 1].map((s) => reportFixture(`digits-clean-seed${s}.json`)),
    headSha: '3f9c2e7a1b4d8c6e5f0a9b8c7d6e5f4a3b2c1d0e',
    baseRef: 'main',
    config: parsed.config,
    ledger: [],
    notes: [],
  });
}
