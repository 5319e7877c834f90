import { describe, expect, it } from 'vitest';
import { PYTHON_FLOATS } from '../core/python-floats.js';
import { parseMlflowRun } from './mlflow.js';

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

function parsed(text: string): { points: string[]; warnings: number[] } {
  const log = parseMlflowRun({ runId: 'r', metrics: [{ name: 'loss', text }] }, 'mlruns/0/r');
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
    it(name, () => expect(parsed(text)).toEqual(reference(text)));
  }
});
