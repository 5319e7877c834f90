import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Report, validateReport } from '../../src/core/report.js';

/**
 * A report of test/fixtures/reports, validated as any reader would: written by `trainspotter run`
 * on examples/pytorch-digits on an H100 (scripts/gpu-check.sh).
 */
export function reportFixture(name: string): Report {
  const path = join(import.meta.dirname, '..', 'fixtures', 'reports', name);
  return validateReport(JSON.parse(readFileSync(path, 'utf8')), name);
}
