import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../src/core/config.js';
import { parseLenientJson } from '../../src/core/lenient-json.js';
import { parseConfig } from '../../src/core/parse-config.js';
import { validateReport } from '../../src/core/report.js';
import { expectCleanOutcome, LEAK } from './fuzz-expect.js';
import { countCase, fuzzParameters, mutated, reportCases, seeds } from './fuzz-inputs.js';

// trainspotter.yml and report.json, mutated and made up: the config reader never throws and
// names the file in every error; the report reader returns a report or an InputError naming it.

reportCases('config and report readers');

const dec = new TextDecoder();
const SRC = 'fuzz/trainspotter.yml';
const CONFIGS = [
  ...seeds('examples', /trainspotter\.yml$/),
  ...[
    'checks:\n  smoke:\n    run: python3 train.py\n    timeout: 10m\n    metrics: logs/\n',
    'version: 1\nseed: 3\nclasses: 10\nchecks:\n  overfit: { run: "python3 train.py --overfit", target: 0.01 }\n  eval:\n    run: python3 eval.py\n    eval_file: out/eval.json\n    irreducible_error: 0.01\nreference:\n  source: paper\n  metrics:\n    test/accuracy: { value: 0.97, std: 0.01, runs: 3, tolerance: 0.005 }\nthresholds:\n  alpha: 0.01\n  curve: { explodeFactor: 5 }\ngate: { smoke: warn, reference: off }\n',
  ].map((text, i) => ({ name: `config-${i}`, bytes: new TextEncoder().encode(text) })),
];
const REPORTS = seeds('test/fixtures/reports', /\.json$/);

/** A YAML-ish value: what a config might hold at any key. */
const yamlish = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(
      null,
      true,
      0,
      -1,
      Number.POSITIVE_INFINITY,
      Number.NaN,
      '',
      '10m',
      'fail',
      '__proto__',
      'python3 train.py',
    ),
    fc.string({ maxLength: 20 }),
    fc.double(),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(
      fc.constantFrom(
        'checks',
        'smoke',
        'run',
        'metrics',
        'timeout',
        'reference',
        'value',
        'std',
        'runs',
        'better',
        '__proto__',
        'constructor',
        'gate',
        'x',
      ),
      tie('value'),
      { maxKeys: 4 },
    ),
  ),
})).value;

describe('config reader under fuzzing', () => {
  it('parseConfig: mutated configs give a config or errors that each name the file and a position', async () => {
    await fc.assert(
      fc.asyncProperty(mutated(CONFIGS), async ({ bytes }) => {
        await countCase();
        const r = expectCleanOutcome(SRC, () => parseConfig(dec.decode(bytes), SRC));
        if (!r || r.ok) return;
        expect(r.errors.length).toBeGreaterThan(0);
        for (const e of r.errors) {
          expect(e.message.startsWith(SRC)).toBe(true);
          expect(e.message).not.toMatch(LEAK);
        }
      }),
      fuzzParameters(),
    );
  });

  it('validateConfig: any value gives a config or named errors, never an exception', async () => {
    await fc.assert(
      fc.asyncProperty(yamlish, async (raw) => {
        await countCase();
        const r = expectCleanOutcome(SRC, () => validateConfig(raw, SRC));
        if (r && !r.ok) for (const e of r.errors) expect(e.message.startsWith(SRC)).toBe(true);
      }),
      fuzzParameters(),
    );
  });
});

describe('report reader under fuzzing', () => {
  it('validateReport: mutated report.json gives a report or an InputError naming the file', async () => {
    await fc.assert(
      fc.asyncProperty(mutated(REPORTS), async ({ bytes }) => {
        await countCase();
        const source = 'fuzz/report.json';
        const parsed = parseLenientJson(dec.decode(bytes));
        if (!parsed.ok) return;
        expectCleanOutcome(source, () => validateReport(parsed.value, source));
      }),
      fuzzParameters(),
    );
  });

  it('validateReport: any JSON value gives a report or an InputError naming the file', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.jsonValue(), yamlish), async (raw) => {
        await countCase();
        expectCleanOutcome('fuzz/any.json', () => validateReport(raw, 'fuzz/any.json'));
      }),
      fuzzParameters(),
    );
  });
});
