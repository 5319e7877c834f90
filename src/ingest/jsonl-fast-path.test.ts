import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { expectFastAsSlow } from '../../test/helpers/fast-path.js';
import { createJsonlParser } from './jsonl.js';

// The byte-level fast path (readFlatJsonFields) must read every file exactly as the text path
// (batched JSON.parse, then parseLenientJson line by line): same series, doubles, warnings, errors.
function expectSame(bytes: Uint8Array): void {
  expectFastAsSlow((fast) => createJsonlParser('metrics.jsonl', { bytes: fast }), bytes, [4096, 5]);
}

const FIXTURES = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'logs');

describe('the JSONL fast path reads real logs exactly as the text path', () => {
  for (const folder of ['jsonl', 'pytorch-digits']) {
    for (const file of readdirSync(join(FIXTURES, folder))) {
      it(`${folder}/${file}`, () => expectSame(readFileSync(join(FIXTURES, folder, file))));
    }
  }
});

const text = (s: string) => new TextEncoder().encode(s);

describe('the JSONL fast path on edge cases', () => {
  const cases: Record<string, string> = {
    'NaN and Infinity':
      '{"step": 1, "loss": NaN}\n{"step": 2, "loss": Infinity}\n{"step": 3, "loss": -Infinity}\n{"step": 4, "loss": -NaN}\n',
    'CRLF, blank lines, spaces': '{"step":1,"loss":0.5}\r\n\r\n   \n\t{ "step" : 2 , "loss" : 0.25 } \r\n',
    'exponents and negative zero':
      '{"step": 1, "a": 1e-5, "b": -0, "c": -0.0, "d": 2.5E+3, "e": 1e400, "f": 7.0000000000000007e-05}\n',
    'numbers JSON refuses':
      '{"step": 1, "a": 01}\n{"step": 2, "a": .5}\n{"step": 3, "a": +1}\n{"step": 4, "a": 1.}\n',
    'escapes, nesting, lists':
      '{"step": 1, "a\\u0062": 2, "m": "x\\"y"}\n{"step": 2, "n": {"x": 1}, "l": [1, 2], "loss": 0.5}\n',
    'strings, booleans, null, split and mode':
      '{"step": 1, "split": "val", "loss": 0.5, "ok": true, "x": null}\n{"iter": 2, "mode": "train", "loss": 0.4, "lr": false}\n',
    'keys JavaScript orders first, duplicates, __proto__':
      '{"step": 1, "b": 1, "2": 3, "a": 4}\n{"step": 2, "a": 1, "a": 2}\n{"step": 3, "__proto__": 5, "loss": 1}\n',
    'wall times and epochs':
      '{"epoch": 0, "iter": 10, "time": 1700000000.5, "loss": 1}\n{"epoch": 1, "iter": 5, "time": 1700000100000, "loss": 0.5}\n',
    'a truncated line in the middle':
      '{"step": 1, "loss": 0.5}\n{"step": 2, "lo\n{"step": 3, "loss": 0.25}\n',
    'a truncated last line': '{"step": 1, "loss": 0.5}\n{"step": 2, "lo',
    'not an object': '{"step": 1, "loss": 0.5}\n[1, 2]\n',
    'trailing text': '{"step": 1, "loss": 0.5} x\n{"step": 2, "loss": 0.5}{}\n',
    'non-ASCII': '{"step": 1, "loss": 0.5, "note": "café"}\n{"step": 2, "loss": 0.25}\n',
    'empty objects': '{}\n{ }\n{"step": 1, "loss": 2}\n',
  };
  for (const [name, lines] of Object.entries(cases)) it(name, () => expectSame(text(lines)));
});

describe('the JSONL fast path on generated lines', () => {
  // Records of the shapes real logs and broken writers leave: the keys that place a record,
  // numbers of every spelling (long integers, leading zeros, -0, exponents, Python's words),
  // strings, literals, nesting, blanks and CR anywhere, and lines that are no JSON at all.
  const key = fc.constantFrom(
    'step',
    'epoch',
    'iter',
    'time',
    'split',
    'mode',
    'loss',
    'val_loss',
    'lr',
    'a\\u0062',
  );
  const value = fc.oneof(
    fc.integer({ min: -(2 ** 53), max: 2 ** 53 }).map(String),
    fc.bigInt({ min: 10n ** 14n, max: 10n ** 19n }).map(String),
    fc.double().map((x) => (Number.isFinite(x) ? String(x) : 'NaN')),
    fc.constantFrom(
      '-0',
      '0.0',
      '01',
      '1.',
      '.5',
      '-Infinity',
      'Infinity',
      'NaN',
      '1e400',
      '7.0000000000000007e-05',
      '1E+2',
      '1.e5',
      '2.5e',
      '1e+',
      '1.5.3',
      '-',
      '-.5',
      '12345678901234567890.5',
      '0.12345678901234567890123',
      '5e-324',
      '1.7976931348623157e308',
      '-0.0e0',
    ),
    // Decimals of every length and exponent, as readDecimal converts them (or leaves to Number).
    fc
      .tuple(
        fc.constantFrom('', '-'),
        fc.stringMatching(/^(0|[1-9][0-9]{0,20})$/),
        fc.option(fc.stringMatching(/^[0-9]{1,24}$/)),
        fc.option(
          fc.tuple(
            fc.constantFrom('e', 'E'),
            fc.constantFrom('', '+', '-'),
            fc.integer({ min: 0, max: 400 }),
          ),
        ),
      )
      .map(
        ([sign, int, frac, exp]) =>
          `${sign}${int}${frac === null ? '' : `.${frac}`}${exp === null ? '' : exp.join('')}`,
      ),
    fc.constantFrom('"val"', '"train"', '"x\\"y"', 'true', 'false', 'null', '{"x": 1}', '[1, 2]'),
  );
  const blank = fc.constantFrom('', '', ' ', '\t', '  ', '\r');
  const record = fc
    .array(fc.tuple(key, value, blank, blank), { maxLength: 5 })
    .map((fields) => `{${fields.map(([k, v, b1, b2]) => `${b1}"${k}"${b2}:${b1}${v}${b2}`).join(',')}}`);
  const line = fc.oneof(
    {
      arbitrary: fc.tuple(blank, record, blank, fc.constantFrom('', '\r')).map((p) => p.join('')),
      weight: 8,
    },
    { arbitrary: fc.constantFrom('', '   ', '{"step": 2, "lo', 'x', '[1]', '{"a": 1} {}'), weight: 1 },
  );
  const file = fc.tuple(fc.array(line, { maxLength: 10 }), fc.boolean()).map(([lines, last]) => {
    const t = lines.join('\n');
    return last ? `${t}\n` : t;
  });

  it('reads them exactly as the text path', () => {
    fc.assert(
      fc.property(file, (t) => expectSame(text(t))),
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

describe('the JSONL fast path on lines that repeat one layout (RecordTemplate)', () => {
  // Mostly the same keys in the same places with other numbers, as a training log writes them,
  // and the near misses: a word or string where a number was, blanks that move, a key that changes.
  const number = fc.oneof(
    { arbitrary: fc.integer().map(String), weight: 3 },
    { arbitrary: fc.double().map((x) => (Number.isFinite(x) ? String(x) : 'NaN')), weight: 3 },
    {
      arbitrary: fc.constantFrom(
        '-0',
        '1.',
        '01',
        '-',
        '1e5',
        '2.5E-3',
        '-Infinity',
        'NaN',
        '"x"',
        'true',
        '2.5 ',
        '7 ',
        ' 3',
        '12345678901234567890.5',
        '1.5.3',
      ),
      weight: 1,
    },
  );
  const key = fc.constantFrom('step', 'epoch', 'loss', 'lr', 'mr', 'time', 'iter', 'Step');
  const colon = fc.constantFrom(': ', ': ', ': ', ':', ' : ', ' ', ';');
  const row = fc.tuple(
    fc.array(number, { minLength: 4, maxLength: 4 }),
    colon,
    fc.oneof({ arbitrary: fc.constant(null), weight: 6 }, { arbitrary: fc.tuple(fc.nat(3), key), weight: 1 }),
    fc.constantFrom('', '', '', ' ', '\r', 'x', ','),
  );
  const file = fc
    .tuple(fc.array(key, { minLength: 1, maxLength: 4 }), fc.array(row, { maxLength: 12 }))
    .map(([keys, rows]) =>
      rows
        .map(([values, c, swap, tail]) => {
          const names: string[] = [...keys];
          if (swap !== null)
            names[swap[0] % names.length] = nearKey(names[swap[0] % names.length] as string, swap[1]);
          return `{${names.map((k, i) => `"${k}"${c}${values[i]}`).join(', ')}}${tail}`;
        })
        .join('\n'),
    )
    .map((t) => `${t}\n`);

  it('reads them exactly as the text path', () => {
    fc.assert(
      fc.property(file, (t) => expectSame(text(t))),
      { numRuns: 1000 },
    );
  });
});
