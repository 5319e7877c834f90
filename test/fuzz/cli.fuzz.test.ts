import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { CASE_MS, LEAK } from './fuzz-expect.js';
import { countCase, FUZZ_RUNS, fuzzParameters, mutated, reportCases, seeds } from './fuzz-inputs.js';

// The command line as a user meets it: `trainspotter analyze` on a mutated log and `trainspotter
// compare` on mutated reports end in exit 0, 1 or 2; a 2 says which file, and nothing shows a
// stack trace or an internal error.

reportCases('CLI analyze and compare');

const dir = mkdtempSync(join(tmpdir(), 'trainspotter-fuzz-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const LOGS = seeds('test/fixtures/logs', /\.(jsonl|csv|json)$|tfevents/);
const REPORTS = seeds('test/fixtures/reports', /\.json$/);
const NAMES = [
  'metrics.jsonl',
  'metrics.csv',
  'trainer_state.json',
  'events.out.tfevents.1700000000.host',
  'results.csv',
  'log.txt',
];

let n = 0;
function write(name: string, bytes: Uint8Array): string {
  n += 1;
  const path = join(dir, `${n}-${name}`);
  writeFileSync(path, bytes);
  return path;
}

function expectExit(r: { code: number; stderr: string; stdout: string }, named: string[]): void {
  expect([0, 1, 2]).toContain(r.code);
  expect(r.stderr).not.toMatch(LEAK);
  expect(r.stdout).not.toMatch(LEAK);
  if (r.code === 2) expect(named.some((p) => r.stderr.includes(p))).toBe(true);
}

describe('the CLI under fuzzing', () => {
  it('trainspotter analyze FILE: exit 0, 1 or 2 naming the file', async () => {
    await fc.assert(
      fc.asyncProperty(
        mutated(LOGS),
        fc.constantFrom(...NAMES),
        fc.boolean(),
        async ({ bytes }, name, json) => {
          await countCase();
          const path = write(name, bytes);
          const t0 = performance.now();
          const r = await runCli(['analyze', ...(json ? ['--json'] : []), path], dir);
          expect(performance.now() - t0).toBeLessThan(CASE_MS);
          expectExit(r, [path]);
          if (json && r.code !== 2) expect(() => JSON.parse(r.stdout)).not.toThrow();
        },
      ),
      fuzzParameters(Math.max(4, Math.round(FUZZ_RUNS / 2))),
    );
  });

  it('trainspotter compare PR --reference BASE: exit 0, 1 or 2 naming the report', async () => {
    await fc.assert(
      fc.asyncProperty(mutated(REPORTS), fc.constantFrom(...REPORTS), async ({ bytes }, base) => {
        await countCase();
        const pr = write('report.json', bytes);
        const ref = write('base.json', base.bytes);
        const r = await runCli(['compare', pr, '--reference', ref], dir);
        expectExit(r, [pr, ref]);
      }),
      fuzzParameters(Math.max(4, Math.round(FUZZ_RUNS / 2))),
    );
  });
});
