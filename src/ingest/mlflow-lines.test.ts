import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PYTHON_FLOATS } from '../core/python-floats.js';
import { parseMlflowRun } from './mlflow.js';
import type { MlflowMetricFile } from './mlflow-metric.js';

/**
 * The line rules as they read before the plain-line fast path: trim, split(/\s+/), Python's words;
 * one warning per metric file, naming its first malformed line.
 */
function reference(text: string): { points: string[]; warnings: number[] } {
  const num = (t: string) => {
    const w = PYTHON_FLOATS[t.toLowerCase()];
    if (w !== undefined) return w;
    const x = Number(t);
    return Number.isNaN(x) ? undefined : x;
  };
  const points: string[] = [];
  const warnings: number[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    const f = line.split(/\s+/);
    const time = num(f[0] ?? '');
    const value = num(f[1] ?? '');
    const step = f.length === 3 ? num(f[2] ?? '') : f.length === 2 ? i : undefined;
    if (time === undefined || value === undefined || step === undefined) warnings.push(i + 1);
    else points.push(`${step} ${Object.is(value, -0) ? '-0' : value} ${time / 1000}`);
  });
  return { points, warnings: warnings.slice(0, 1) };
}

/** The points and warning lines of a metric file given as text, or as its UTF-8 bytes (`bytes`). */
function parsed(text: string, bytes = false): { points: string[]; warnings: number[] } {
  const file = bytes ? { name: 'loss', bytes: new TextEncoder().encode(text) } : { name: 'loss', text };
  const log = parseMlflowRun({ runId: 'r', metrics: [file] }, 'mlruns/0/r');
  const points: string[] = [];
  for (const s of log.series) {
    for (let i = 0; i < s.values.length; i++) {
      const v = s.values[i] as number;
      points.push(`${s.steps[i]} ${Object.is(v, -0) ? '-0' : v} ${s.wallTimes?.[i]}`);
    }
  }
  const warnings = log.warnings.map((w) => Number(/line (\d+)/.exec(w)?.[1]));
  return { points, warnings };
}

describe('MLflow metric lines: the plain-line fast path reads as trim + split(/\\s+/) did', () => {
  const cases: Record<string, string> = {
    plain: '1642779029208 0.5 0\n1642779029300 0.25 1\n1642779029400 0.125 2\n',
    'CRLF, tabs, doubled and trailing spaces': '1 0.5 0\r\n2\t0.25\t1\n3  0.125  2\n 4 0.1 3 \n',
    'Python and JavaScript words':
      '1 nan 0\n2 inf 1\n3 -inf 2\n4 NaN 3\n5 Infinity 4\n6 -Infinity 5\n7 NAN 6\n8 -nan 7\n',
    'two fields (MLflow before 1.0)': '1 0.5\n2 0.25\n\n4 0.1\n',
    'bad lines': '1 0.5 0\nx 0.5 1\n1 0.5 2 9\n1\n1 0.5 z\n',
    'exponents and negative zero': '1 1e-5 0\n2 -0 1\n3 -0.0 2\n4 2.5E+3 3\n5 1e400 4\n',
    'no final newline, non-ASCII': '1 0.5 0\n2 0.25\u00a01\n3 0.1 2',
  };
  for (const [name, text] of Object.entries(cases)) {
    it(name, () => {
      expect(parsed(text)).toEqual(reference(text));
      expect(parsed(text, true)).toEqual(reference(text));
    });
  }
});

/** The whole run, warnings spelled out, -0 told from 0. */
function exactRun(file: MlflowMetricFile): unknown {
  const log = parseMlflowRun({ runId: 'r', metrics: [file] }, 'mlruns/0/r');
  const spell = (a: ArrayLike<number> | undefined) =>
    a ? Array.from(a, (v) => (Object.is(v, -0) ? '-0' : String(v))) : a;
  return {
    warnings: log.warnings,
    series: log.series.map((s) => [s.name, s.run, spell(s.steps), spell(s.values), spell(s.wallTimes)]),
  };
}

describe('MLflow metric files: the byte path reads as the text path', () => {
  // Lines built from what real and broken files hold: numbers of every shape, Python's words,
  // blanks of every kind, CR, non-ASCII and invalid UTF-8.
  const token = fc.oneof(
    fc.integer({ min: 0, max: 2 ** 53 }).map(String),
    fc.double().map(String),
    fc.double({ noDefaultInfinity: true, noNaN: true }).map((x) => x.toExponential()),
    fc.constantFrom('nan', '-inf', 'Infinity', 'NaN', '-0', '.5', '5.', '+1', '1e400', '0x1f', '1_0', 'x'),
    fc.constantFrom(' ', '  ', '\t', '\r', '\u00a0', 'é', '\ufeff'),
  );
  const line = fc
    .array(fc.oneof({ arbitrary: token, weight: 1 }, { arbitrary: fc.constant(' '), weight: 1 }), {
      maxLength: 9,
    })
    .map((t) => t.join(''));
  const text = fc.array(line, { maxLength: 12 }).map((lines) => lines.join('\n'));
  const utf8 = (s: string) => new TextEncoder().encode(s);

  it('on generated files', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(exactRun({ name: 'loss', bytes: utf8(t) })).toEqual(exactRun({ name: 'loss', text: t }));
      }),
      { numRuns: 2000 },
    );
  });

  // The lines MLflow writes (plainLine's one-pass path) and their near misses: long or signed
  // integers, decimals of every length, doubled blanks, tabs, CR, words, a missing step.
  const digits = fc.stringMatching(/^[0-9]{1,18}$/);
  const decimal = fc.oneof(
    fc.double().map(String),
    fc
      .tuple(
        fc.constantFrom('', '-', '+'),
        fc.stringMatching(/^[0-9]{0,21}$/),
        fc.stringMatching(/^(\.[0-9]{0,22})?$/),
      )
      .map((p) => p.join('')),
    fc
      .tuple(digits, fc.constantFrom('e', 'E', 'e-', 'E+'), fc.integer({ min: 0, max: 400 }))
      .map((p) => p.join('')),
    fc.constantFrom('nan', '-inf', '-0', '.5', '5.', '1.5.3', '1e', 'x'),
  );
  const gap = fc.constantFrom(' ', ' ', ' ', '  ', '\t', ' \t');
  const mlflowLine = fc.oneof(
    {
      arbitrary: fc
        .tuple(digits, gap, decimal, gap, digits, fc.constantFrom('', '', '\r', ' '))
        .map((p) => p.join('')),
      weight: 6,
    },
    { arbitrary: fc.tuple(digits, gap, decimal).map((p) => p.join('')), weight: 1 },
    { arbitrary: line, weight: 1 },
  );
  const mlflowText = fc
    .tuple(fc.array(mlflowLine, { maxLength: 12 }), fc.boolean())
    .map(([lines, last]) => lines.join('\n') + (last ? '\n' : ''));

  it('on generated MLflow lines', () => {
    fc.assert(
      fc.property(mlflowText, (t) => {
        expect(exactRun({ name: 'loss', bytes: utf8(t) })).toEqual(exactRun({ name: 'loss', text: t }));
      }),
      { numRuns: 2000 },
    );
  });

  it('on bytes that are not valid UTF-8, as Buffer decodes them', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), text, (junk, t) => {
        const bytes = new Uint8Array([...utf8(t), ...junk, ...utf8(`\n${t}`)]);
        const decoded = Buffer.from(bytes).toString('utf8');
        expect(exactRun({ name: 'loss', bytes })).toEqual(exactRun({ name: 'loss', text: decoded }));
      }),
      { numRuns: 500 },
    );
  });
});
