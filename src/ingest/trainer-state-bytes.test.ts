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

/** A key one byte away from `k` (its first or last changed, one more or one fewer), or `other`. */
function nearKey(k: string, other: string): string {
  const pick = other.length % 5;
  if (pick === 0) return `X${k.slice(1)}`;
  if (pick === 1) return `${k.slice(0, -1)}X`;
  if (pick === 2) return `${k}x`;
  if (pick === 3 && k.length > 1) return k.slice(0, -1);
  return other;
}

describe('trainer_state.json from bytes, on entries that repeat one layout (RecordTemplate)', () => {
  // The Trainer writes the same keys entry after entry, only the numbers change; the near misses
  // put a word, string or nesting where a number was, move a blank or change a key.
  const number = fc.oneof(
    { arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }).map(String), weight: 4 },
    { arbitrary: fc.integer().map(String), weight: 2 },
    { arbitrary: fc.constantFrom('-0', '5e-05', '1.', '01', 'NaN', '"x"', '[1]', '2.5 ', ' 3'), weight: 1 },
  );
  const key = fc.constantFrom('epoch', 'step', 'loss', 'learning_rate', 'eval_loss', 'grad_norm');
  const entry = fc.tuple(
    fc.array(number, { minLength: 4, maxLength: 4 }),
    fc.oneof({ arbitrary: fc.constant(null), weight: 6 }, { arbitrary: fc.tuple(fc.nat(3), key), weight: 1 }),
    fc.constantFrom(': ', ': ', ':', ' :'),
  );
  const doc = fc
    .tuple(
      fc.array(key, { minLength: 1, maxLength: 4 }),
      fc.array(entry, { maxLength: 10 }),
      fc.constantFrom(', ', ',\n      '),
    )
    .map(([keys, entries, comma]) => {
      const objects = entries.map(([values, swap, colon]) => {
        const names: string[] = [...keys];
        if (swap !== null)
          names[swap[0] % names.length] = nearKey(names[swap[0] % names.length] as string, swap[1]);
        return `{${names.map((k, i) => `"${k}"${colon}${values[i]}`).join(comma)}}`;
      });
      return `{"log_history": [\n    ${objects.join(',\n    ')}\n  ], "global_step": 3}\n`;
    });

  it('gives the series of JSON.parse and the rules of one object per entry', () => {
    fc.assert(
      fc.property(doc, (d) => {
        const expected = reference(text(d));
        if (expected === undefined) return;
        const fast = viaBytes(text(d));
        if (fast !== undefined) expect(spell(fast)).toEqual(spell(expected));
      }),
      { numRuns: 1000 },
    );
  });
});
