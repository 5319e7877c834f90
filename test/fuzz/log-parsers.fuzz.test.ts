import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOG_FORMATS } from '../../src/ingest/formats.js';
import { parseMlflowRun } from '../../src/ingest/mlflow.js';
import { readLogStream } from '../../src/runner/read-log.js';
import { expectBoundedWarnings, expectCleanOutcome, expectCleanOutcomeAsync } from './fuzz-expect.js';
import {
  chunked,
  countCase,
  cuts,
  FUZZ_RUNS,
  fuzzParameters,
  mutated,
  reportCases,
  seeds,
} from './fuzz-inputs.js';

// Every log format, fed mutated real logs in random chunks: a parsed log with warnings in
// proportion to the input, or an InputError naming the file; never another exception, never
// unbounded time. Format detection runs on the same inputs, under file names of every format.

const ALL = seeds('test/fixtures/logs', /\.(jsonl|csv|json)$|tfevents/);
const FOLDER: Record<string, RegExp> = {
  jsonl: /jsonl/,
  'lightning-csv': /lightning-csv/,
  'keras-csv': /keras-csv/,
  'hf-trainer-state': /hf-trainer-state/,
  'generic-csv': /\.csv$/,
  tensorboard: /tensorboard/,
  'yolo-results': /yolo-results/,
};
const NAMES = [
  'metrics.jsonl',
  'metrics.csv',
  'trainer_state.json',
  'events.out.tfevents.1700000000.host',
  'results.csv',
  'training.log',
  'x',
];

const stream = async function* (chunks: Uint8Array[]) {
  for (const c of chunks) yield c;
};

reportCases('log parsers, detection, MLflow');

describe('log parsers under mutation', () => {
  for (const format of LOG_FORMATS) {
    const own = ALL.filter((s) => (FOLDER[format.id] ?? /$^/).test(s.name));
    it(`${format.id}: parses or refuses by name, in bounded time and output`, async () => {
      await fc.assert(
        fc.asyncProperty(mutated(own.length > 0 ? own : ALL), cuts, async ({ bytes }, at) => {
          await countCase();
          const source = `fuzz/${format.id}.input`;
          const log = expectCleanOutcome(source, () => {
            const parser = format.create(source);
            for (const chunk of chunked(bytes, at)) parser.write(chunk);
            return parser.end();
          });
          if (!log) return;
          expectBoundedWarnings(log.warnings, bytes.length);
          for (const s of log.series) expect(s.values.length).toBe(s.steps.length);
        }),
        fuzzParameters(),
      );
    });
  }

  it('detection and parsing together (readLogStream), under every format’s file name', async () => {
    await fc.assert(
      fc.asyncProperty(mutated(ALL), fc.constantFrom(...NAMES), cuts, async ({ bytes }, name, at) => {
        await countCase();
        const source = `fuzz/${name}`;
        const log = await expectCleanOutcomeAsync(source, () =>
          readLogStream(source, stream(chunked(bytes, at))),
        );
        if (log) expectBoundedWarnings(log.warnings, bytes.length);
      }),
      fuzzParameters(FUZZ_RUNS * 2),
    );
  });

  it('mlflow: a run of mutated metric files and meta.yaml never throws, warnings stay bounded', async () => {
    const metrics = seeds('test/fixtures/logs/mlflow', /metrics\//);
    const metas = seeds('test/fixtures/logs/mlflow', /meta\.yaml$/);
    const dec = new TextDecoder();
    await fc.assert(
      fc.asyncProperty(
        fc.array(mutated(metrics), { minLength: 1, maxLength: 4 }),
        mutated(metas),
        fc.array(fc.tuple(fc.string({ maxLength: 12 }), fc.string({ maxLength: 40 })), { maxLength: 4 }),
        async (files, meta, params) => {
          await countCase();
          const t0 = performance.now();
          const log = parseMlflowRun(
            {
              runId: 'fuzz',
              meta: dec.decode(meta.bytes),
              metrics: files.map((f, i) => ({ name: `m${i}`, text: dec.decode(f.bytes) })),
              params: params.map(([name, value]) => ({ name, value })),
            },
            'fuzz/mlruns/0/fuzz',
          );
          expect(performance.now() - t0).toBeLessThan(5_000);
          const bytes = files.reduce((n, f) => n + f.bytes.length, meta.bytes.length);
          expectBoundedWarnings(log.warnings, bytes);
          expect(log.warnings.length).toBeLessThanOrEqual(51);
          expect(Object.keys(log.params).length).toBe(new Set(params.map(([n]) => n)).size);
        },
      ),
      fuzzParameters(),
    );
  });
});
