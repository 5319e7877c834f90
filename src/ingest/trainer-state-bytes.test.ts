import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLenientJson } from '../core/lenient-json.js';
import type { Series } from '../core/series.js';
import { LogHistory } from './hf-trainer-state.js';
import { SeriesCollector } from './series-builder.js';
import { readTrainerStateBytes } from './trainer-state-bytes.js';

// The byte path of trainer_state.json must give exactly the series of JSON.parse + LogHistory.addObject.
function spell(series: Series[] | undefined): unknown {
  const s = (a: ArrayLike<number> | undefined) =>
    a ? Array.from(a, (v) => (Object.is(v, -0) ? '-0' : String(v))) : a;
  return series?.map((x) => ({
    name: x.name,
    split: x.split,
    steps: s(x.steps),
    values: s(x.values),
    epochs: s(x.epochs),
  }));
}

function viaText(bytes: Uint8Array): Series[] {
  const parsed = parseLenientJson(new TextDecoder().decode(bytes));
  if (!parsed.ok) throw new Error(parsed.problem);
  const doc = parsed.value as { log_history: unknown[] };
  const history = new LogHistory();
  doc.log_history.forEach((e, i) => {
    history.addObject(e as Record<string, unknown>, i);
  });
  return history.finish();
}

/** The rules for one entry as they read before LogHistory: one object per entry, its keys looked up by name. */
function referenceEntry(e: Record<string, unknown>, i: number, collector: SeriesCollector): void {
  if ('train_runtime' in e || ('train_loss' in e && !('loss' in e))) return;
  const epoch = typeof e.epoch === 'number' ? e.epoch : undefined;
  const step = typeof e.step === 'number' ? e.step : (epoch ?? i);
  for (const key in e) {
    const v = e[key];
    if (typeof v === 'number' && !['step', 'epoch', 'total_flos', 'num_input_tokens_seen'].includes(key))
      collector.get(key).push(step, v, epoch);
  }
}

/** JSON.parse and referenceEntry: the series of a document that parses, else undefined. */
function reference(bytes: Uint8Array): Series[] | undefined {
  const parsed = parseLenientJson(new TextDecoder().decode(bytes));
  if (!parsed.ok) return undefined;
  const collector = new SeriesCollector();
  (parsed.value as { log_history: unknown[] }).log_history.forEach((e, i) => {
    if (typeof e === 'object' && e !== null && !Array.isArray(e))
      referenceEntry(e as Record<string, unknown>, i, collector);
  });
  return collector.finish();
}

/** The series the byte path reads, or undefined when it leaves the document (or one without metrics) to JSON.parse. */
function viaBytes(bytes: Uint8Array): Series[] | undefined {
  const history = new LogHistory();
  if (!readTrainerStateBytes(bytes, history)) return undefined;
  const series = history.finish();
  return series.length > 0 ? series : undefined;
}

const FIXTURES = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'logs', 'hf-trainer-state');
const text = (s: string) => new TextEncoder().encode(s);

describe('trainer_state.json from bytes', () => {
  for (const file of readdirSync(FIXTURES)) {
    it(`reads ${file} as JSON.parse does (or leaves it to JSON.parse)`, () => {
      const bytes = readFileSync(join(FIXTURES, file));
      const fast = viaBytes(bytes);
      // Every real file with metrics takes the byte path; the empty one is left to the text path's warning.
      expect(fast === undefined).toBe(file.includes('empty'));
      if (fast !== undefined) expect(spell(fast)).toEqual(spell(viaText(bytes)));
    });
  }

  it('reads pretty-printed entries, NaN, exponents, -0 and other keys with escapes', () => {
    const doc = text(
      '{\n  "best_metric": null,\n  "best_model_checkpoint": "out\\\\ckpt-\\u0031",\n  "global_step": 3,\n  "log_history": [\n    {\n      "epoch": 0.5,\n      "learning_rate": 5e-05,\n      "loss": NaN,\n      "step": 1\n    },\n    {"epoch": 1.0, "eval_loss": -0.0, "step": 2},\n    {"epoch": 1.5, "loss": 1.2345678901234567, "step": 3},\n    {"train_runtime": 12.5, "train_loss": 0.9, "step": 3}\n  ],\n  "trial_params": {"a": [1, 2, {"b": true}]}\n}\n',
    );
    const fast = viaBytes(doc);
    expect(fast).toBeDefined();
    expect(spell(fast)).toEqual(spell(viaText(doc)));
  });

  it('leaves to JSON.parse what it does not read', () => {
    for (const doc of [
      '{"log_history": [{"step": 1, "loss": {"x": 1}}]}',
      '{"log_history": [{"step": 1, "loss": 0.5}], "log_history": [{"step": 2, "loss": 0.4}]}',
      '{"log_history": [{"step": 1, "loss": 0.5, "note": "café"}]}',
      '{"log_history": [{"step": 1, "lossé": 0.5}]}',
      '{"note": "café", "log_history": [{"step": 1, "loss": 0.5}]}',
      '{"log_history": [{"step": 1, "loss": 0.5}], "trial": {"a": ["ü"]}}',
      '{"log_history": [{"step": 1, "loss": 0.5}], "ü": 1}',
      '{"log_history": [{"step": 1, "loss": 0.5}], "x": NaN}',
      '{"log_history": [{"step": 1, "loss": 0.5}],}',
      '{"log_history": [{"step": 1, "loss": 01}]}',
      '{"log_history": []}',
      '{"log_history": [5]}',
      '[{"step": 1}]',
      '{"log_history": [{"step": 1, "loss": 0.5}]} x',
    ]) {
      expect(viaBytes(text(doc)), doc).toBeUndefined();
    }
  });
});

describe('trainer_state.json from bytes, on generated documents', () => {
  // Entries as the Trainer writes them (train, eval, the final summary) and as other tools or
  // hand edits leave them: repeated keys, numbers of every spelling, strings, nesting.
  const key = fc.constantFrom(
    'epoch',
    'step',
    'loss',
    'learning_rate',
    'eval_loss',
    'train_loss',
    'train_runtime',
    'total_flos',
    'grad_norm',
  );
  const value = fc.oneof(
    fc.integer({ min: -(2 ** 53), max: 2 ** 53 }).map(String),
    fc.bigInt({ min: 10n ** 14n, max: 10n ** 19n }).map(String),
    fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
    fc.constantFrom(
      '-0',
      '5e-05',
      '1E+2',
      'NaN',
      'Infinity',
      '"x"',
      'true',
      'null',
      '[1]',
      '{"a": 1}',
      '"é"',
    ),
  );
  const blank = fc.constantFrom('', ' ', '\n    ', '\n');
  const entry = fc
    .array(fc.tuple(key, value, blank), { maxLength: 5 })
    .map((fields) => `{${fields.map(([k, v, b]) => `${b}"${k}": ${v}`).join(',')}}`);
  const doc = fc
    .tuple(
      fc.array(entry, { maxLength: 8 }),
      blank,
      fc.constantFrom(
        '',
        '"best_metric": null, ',
        '"trial": {"a": [1, {"b": "c"}]}, ',
        '"trial": {"ü": 1}, ',
      ),
    )
    .map(
      ([entries, b, other]) =>
        `{${other}"log_history": [${b}${entries.join(`,${b}`)}${b}],${b}"global_step": 3}\n`,
    );

  it('gives the series of JSON.parse and the rules of one object per entry, by bytes or by text', () => {
    fc.assert(
      fc.property(doc, (d) => {
        const expected = reference(text(d));
        if (expected === undefined) return;
        expect(spell(viaText(text(d)))).toEqual(spell(expected));
        const fast = viaBytes(text(d));
        if (fast !== undefined) expect(spell(fast)).toEqual(spell(expected));
      }),
      { numRuns: 1000 },
    );
  });
});
