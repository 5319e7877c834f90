import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ParsedLog } from '../core/series.js';
import { readablePart } from './printed-readable.js';
import { LineTemplate } from './printed-template.js';
import { PrintedTextParser, visibleText } from './printed-text.js';
import { DELIM, FRAC, LineTokens, NUM, tokenize } from './printed-tokens.js';

const enc = new TextEncoder();

/** A parse as plain data, every number by Object.is (NaN and −0 kept apart). */
function plain(log: ParsedLog) {
  const nums = (a: Float64Array | undefined) =>
    a === undefined
      ? undefined
      : Array.from(a, (x) => (Object.is(x, -0) ? '-0' : Number.isNaN(x) ? 'NaN' : x));
  return {
    format: log.format,
    warnings: log.warnings,
    series: log.series.map((s) => ({
      name: s.name,
      metric: s.metric,
      split: s.split,
      run: s.run,
      steps: nums(s.steps),
      values: nums(s.values),
      epochs: nums(s.epochs),
      wallTimes: nums(s.wallTimes),
    })),
  };
}

function parse(bytes: Uint8Array, templates: boolean, cuts: readonly number[]): ParsedLog {
  const parser = new PrintedTextParser('train.log', {}, { templates });
  let at = 0;
  for (const cut of cuts) {
    const to = Math.min(bytes.length, at + cut);
    parser.write(bytes.subarray(at, to));
    at = to;
  }
  parser.write(bytes.subarray(at));
  return parser.end();
}

/** The tokens as plain data, for a message. */
function tokensOf(t: LineTokens) {
  return Array.from({ length: t.count }, (_, j) => [
    t.kind[j],
    t.gap[j],
    t.start[j],
    t.end[j],
    t.value[j],
    t.value2[j],
  ]);
}

/** Expects the byte templates to read `bytes` exactly as the general path does, fed whole and cut anywhere. */
function expectSame(bytes: Uint8Array, cuts: readonly number[] = []): void {
  const general = plain(parse(bytes, false, []));
  expect(plain(parse(bytes, true, []))).toEqual(general);
  if (cuts.length > 0) expect(plain(parse(bytes, true, cuts))).toEqual(general);
}

/** Number texts as training scripts print them, and some the templates must not read as plain numbers. */
const numberText = fc.oneof(
  fc.nat({ max: 100000 }).map(String),
  fc.double({ min: -10, max: 1000, noNaN: true }).map((x) => x.toFixed(6)),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
  fc.double({ min: 1e-9, max: 1, noNaN: true }).map((x) => x.toExponential(4)),
  fc.constantFrom(
    'nan',
    'NaN',
    'inf',
    '-inf',
    '-nan',
    '-0.0',
    '+3',
    '3.',
    '.5',
    '007',
    '1,000',
    '12,345,678',
    '95%',
    '12s',
    '146.99ms',
    '1e5',
    '1E-3',
    '2e',
    '123456789012345678901234',
    '0.30000000000000004',
    '1/2',
    '3/10',
    '1.5.2',
    '12:30',
  ),
);

/** Line shapes of real logs, each a function of the numbers printed in it. */
const SHAPES: readonly ((n: readonly string[]) => string)[] = [
  (n) => `2024-05-01 12:00:${n[0]},${n[1]} INFO epoch ${n[2]}/${n[3]} step ${n[4]}/${n[5]} | loss: ${n[6]}`,
  (n) => `Epoch ${n[0]}/${n[1]}`,
  (n) => `${n[0]}/${n[1]} [==============================] - 12s - loss: ${n[2]} - accuracy: ${n[3]}`,
  (n) => `{'loss': ${n[0]}, 'learning_rate': ${n[1]}, 'epoch': ${n[2]}}`,
  (n) => `{'eval_loss': '${n[0]}', 'epoch': '${n[1]}'}`,
  (n) =>
    `| epoch ${n[0]} | ${n[1]}/ ${n[2]} batches | lr ${n[3]} | ms/batch ${n[4]} | loss ${n[5]} | ppl ${n[6]}`,
  (n) => `step ${n[0]}: loss=${n[1]}, acc=${n[2]}, lr=[${n[3]}, ${n[3]}]`,
  (n) => `iter: ${n[0]}  total_loss: ${n[1]}  time: ${n[2]}  data_time: ${n[3]}  lr: ${n[4]}`,
  (n) => `Test set: Average loss: ${n[0]}, Accuracy: ${n[1]}/${n[2]} (${n[3]}%)`,
  (n) => `s:${n[0]} trl:${n[1]}`,
  (n) => `step:${n[0]}/${n[1]} val_loss:${n[2]} train_time:${n[3]}ms step_avg:${n[4]}ms`,
  (n) => `Train Epoch: ${n[0]} [${n[1]}/${n[2]} (${n[3]}%)]\tLoss: ${n[4]}`,
  (n) => `[${n[0]}-${n[1]} ${n[2]}:${n[3]}] epoch=${n[4]} loss=${n[5]},val_loss=${n[6]}`,
  (n) => `  ep ${n[0]} it ${n[1]} loss -${n[2]} grad: tensor(${n[3]}, device='cuda:0')`,
  (n) => `${n[0]} ${n[1]} ${n[2]}`,
  (n) => `epoch ${n[0]} loss ${n[1]} # ${n[2]} samples/s`,
  (n) => `Epoch ${n[0]} done. loss ${n[1]}. acc ${n[2]}% lr ${n[3]}.`,
  (n) => `loss: ${n[0]}, acc: ${n[1]},${n[2]} time ${n[3]}:${n[4]} lr ${n[5]}-${n[6]} x`,
  (n) => `step ${n[0]}/${n[1]}: loss ${n[2]}/${n[3]}- grad ${n[4]}/${n[5]}:`,
  (n) => `val ${n[0]}e${n[1]} loss ${n[2]}E ${n[3]} acc=${n[4]}+${n[5]} f1 ${n[6]}@${n[7]}`,
  (n) => `loss=${n[0]};acc=${n[1]}|lr=${n[2]}/s ppl ${n[3]}_x mse '${n[4]}' "${n[5]}"`,
  () => 'Validation:',
  () => 'Eval begin...',
  (n) => `Traceback (most recent call last): loss ${n[0]}`,
  (n) => `/usr/lib/python3/augmentations.py:${n[0]}: UserWarning: loss: ${n[1]}`,
];

/** Bytes that change how a line reads: redraws, colours, backspaces, separators, non-ASCII. */
const ODD = [
  '\r',
  '\x1b[31m',
  '\b',
  ' ',
  '  ',
  '/',
  ':',
  '-',
  '.',
  ',',
  'e',
  '%',
  'é',
  'nan',
  '#',
  '{',
  '\t',
  '=',
  '(',
  '|',
  's',
  'ms/step',
  'Warning:',
  'warnings.warn',
  'Traceback',
  'Namespace(',
  ':True,',
];

const row = fc.tuple(
  fc.nat({ max: 3 }),
  fc.array(numberText, { minLength: 8, maxLength: 8 }),
  fc.array(fc.nat({ max: 9 }), { minLength: 8, maxLength: 8 }),
  fc.nat({ max: 3 }),
  fc.option(fc.tuple(fc.nat(), fc.constantFrom('insert', 'delete', 'replace'), fc.constantFrom(...ODD)), {
    freq: 4,
  }),
);

/**
 * A log: lines of a few shapes printed in turn, mostly with the numbers a training loop prints
 * (counting steps, short decimals), some odd, some mutated.
 */
const log = fc
  .tuple(
    fc.array(fc.nat({ max: SHAPES.length - 1 }), { minLength: 1, maxLength: 4 }),
    fc.array(row, { minLength: 10, maxLength: 80, size: 'max' }),
  )
  .map(([shapes, rows]) => {
    let step = 0;
    const out: string[] = [];
    for (const [pick, numbers, digits, oddness, mutate] of rows) {
      step++;
      const n = numbers.map((x, i) =>
        oddness === 0 ? x : i % 2 === 0 ? String(step + (digits[i] as number)) : `0.${digits[i]}${step % 97}`,
      );
      const shape = shapes[pick % shapes.length] as number;
      let text = (SHAPES[shape] as (n: readonly string[]) => string)(n);
      if (mutate !== null) {
        const [at, how, what] = mutate;
        const i = at % (text.length + 1);
        if (how === 'insert') text = text.slice(0, i) + what + text.slice(i);
        else if (how === 'delete') text = text.slice(0, i) + text.slice(i + 1);
        else text = text.slice(0, i) + what + text.slice(i + what.length);
      }
      out.push(text);
    }
    return out;
  });

describe('printed-text byte templates', () => {
  it('read generated logs around real shapes, mutated, exactly as the general path', () => {
    fc.assert(
      fc.property(
        log,
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        fc.array(fc.integer({ min: 1, max: 300 }), { maxLength: 30 }),
        (lines, newline, finalNewline, cuts) => {
          const text = lines.join(newline) + (finalNewline ? newline : '');
          expectSame(enc.encode(text), cuts);
        },
      ),
      { numRuns: 600 },
    );
  });

  it('match only lines that tokenize as the learnt one: same shape hash, same numbers, read as printed', () => {
    const learnt = new LineTokens();
    const general = new LineTokens();
    const fast = new LineTokens();
    let matched = 0;
    fc.assert(
      fc.property(log, (lines) => {
        const templates: LineTemplate[] = [];
        for (const text of lines) {
          const bytes = enc.encode(text);
          // the parser learns from lines read as printed (see PrintedTextParser.onLine)
          if (bytes.length !== text.length || readablePart(visibleText(text)) !== text) continue;
          tokenize(text, learnt);
          const template = LineTemplate.learn(bytes, 0, bytes.length, learnt);
          if (template !== undefined) templates.push(template);
        }
        for (const text of lines) {
          const bytes = enc.encode(text);
          for (const template of templates) {
            if (template.match(bytes, 0, bytes.length) !== bytes.length) continue;
            template.write(fast);
            matched++;
            expect(readablePart(visibleText(text))).toBe(text);
            tokenize(text, general);
            // plain comparisons, and one expect with the whole picture when one fails (expect per token is slow)
            let same =
              fast.count === general.count && fast.hash1 === general.hash1 && fast.hash2 === general.hash2;
            for (let j = 0; same && j < general.count; j++) {
              const kind = general.kind[j];
              same =
                fast.kind[j] === kind &&
                fast.gap[j] === general.gap[j] &&
                fast.start[j] === general.start[j] &&
                fast.end[j] === general.end[j] &&
                (!(kind === NUM || kind === FRAC || kind === DELIM) ||
                  Object.is(fast.value[j], general.value[j])) &&
                (kind !== FRAC || Object.is(fast.value2[j], general.value2[j]));
            }
            if (!same) expect({ text, fast: tokensOf(fast) }).toEqual({ text, fast: tokensOf(general) });
          }
        }
      }),
      { numRuns: 800 },
    );
    expect(matched).toBeGreaterThan(10000);
  });

  it('read lines that differ from a learnt one in one byte exactly as the general path', () => {
    const base = '2024-05-01 12:00:00,000 INFO epoch 1/1000 step 1/1000 | loss: 2.311507';
    const bytes = fc.tuple(fc.nat({ max: base.length - 1 }), fc.integer({ min: 0, max: 255 }));
    fc.assert(
      fc.property(fc.array(bytes, { minLength: 1, maxLength: 6 }), (edits) => {
        const lines = [base, base, base];
        for (const [at, b] of edits) {
          const chars = [...base].map((c) => c.charCodeAt(0));
          chars[at] = b;
          lines.push(String.fromCharCode(...chars.filter((c) => c < 128)), base);
        }
        expectSame(enc.encode(`${lines.join('\n')}\n`));
      }),
      { numRuns: 400 },
    );
  });

  it('read the bench line shape: a million-line log in small', () => {
    const rows = Array.from(
      { length: 3000 },
      (_, i) =>
        `2024-05-01 12:00:00,${String(i % 1000).padStart(3, '0')} INFO epoch ${1 + Math.floor(i / 100)}/30 step ${1 + (i % 100)}/100 | loss: ${(2.3 / (1 + i / 300)).toFixed(6)}`,
    );
    expectSame(enc.encode(`${rows.join('\n')}\n`), [7, 4096, 65536]);
  });

  it('read every fixture log as printed text exactly as the general path', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else files.push(path);
      }
    };
    walk(join(import.meta.dirname, '../../test/fixtures/logs'));
    expect(files.length).toBeGreaterThan(100);
    const outcome = (bytes: Uint8Array, templates: boolean, cuts: readonly number[]) => {
      try {
        return plain(parse(bytes, templates, cuts));
      } catch (error) {
        return String(error);
      }
    };
    for (const file of files) {
      const bytes = new Uint8Array(readFileSync(file));
      const general = outcome(bytes, false, []);
      expect({ file, log: outcome(bytes, true, []) }).toEqual({ file, log: general });
      expect({ file, log: outcome(bytes, true, [977, 13, 65536]) }).toEqual({ file, log: general });
    }
  });
});
