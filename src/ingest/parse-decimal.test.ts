import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDecimal, readDecimal } from './parse-decimal.js';

const bytes = (s: string) => new TextEncoder().encode(s);
/** parseDecimal of `s`: the very double Number(s) gives, or NaN (left to Number by the caller). */
function agrees(s: string): boolean {
  const b = bytes(s);
  const x = parseDecimal(b, 0, b.length);
  return Number.isNaN(x) || Object.is(x, Number(s));
}

describe('parseDecimal', () => {
  it('gives the very double Number gives', () => {
    const cases: [string, number][] = [
      ['0', 0],
      ['-0', -0],
      ['-0.0', -0],
      ['.5', 0.5],
      ['5.', 5],
      ['+5', 5],
      [' 1.25\t', 1.25],
      ['1e5', 1e5],
      ['1E+5', 1e5],
      ['2.5e-3', 0.0025],
      ['0.1', 0.1],
      ['0.30000000000000004', 0.30000000000000004],
      ['0.6931471805599453', Math.LN2],
      ['9007199254740993', 9007199254740992],
      ['123456789012345678.9', 123456789012345680],
      ['0.000000000000000000001', 1e-21],
      ['00012', 12],
      // leading zeros before and after the point, which the digit loops skip separately
      ['000.00125', 0.00125],
      ['-00.000', -0],
      ['0.0e5', 0],
      ['-.5', -0.5],
      ['00.', 0],
      ['100.0', 100],
      ['4.35', 4.35],
      ['1.2345678901234567e-5', 1.2345678901234568e-5],
    ];
    for (const [s, x] of cases) {
      const b = bytes(s);
      expect(Object.is(parseDecimal(b, 0, b.length), x), s).toBe(true);
    }
  });

  it('leaves to Number what it does not decide', () => {
    for (const s of [
      '',
      ' ',
      '.',
      '-',
      'e5',
      '1e',
      '1e+',
      '1..2',
      '1.2.3',
      '-.',
      '1e-320',
      '0.1000000000000000055511151231257827',
      '.e1',
      '0x1A',
      '1_0',
      'nan',
      'Infinity',
      '1e400',
      '1e-400',
      '1.5e-22',
      '12345678901234567890',
      '1,5',
    ]) {
      const b = bytes(s);
      expect(parseDecimal(b, 0, b.length), s).toBeNaN();
    }
  });

  it('reads only its slice of the bytes', () => {
    const b = bytes('x,0.25,y');
    expect(parseDecimal(b, 2, 6)).toBe(0.25);
  });

  it('agrees with Number on 200,000 printed doubles of every length', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x80000000;
    };
    let decided = 0;
    const bad: string[] = [];
    for (let k = 0; k < 40_000; k++) {
      const v = (random() < 0.2 ? -1 : 1) * Math.exp((random() - 0.5) * 50);
      const spellings = [
        String(v),
        String(Math.fround(v)),
        v.toPrecision(1 + Math.floor(random() * 21)),
        v.toExponential(Math.floor(random() * 19)),
        v.toFixed(Math.floor(random() * 20)),
      ];
      for (const s of spellings) {
        if (!agrees(s)) bad.push(s);
        const b = bytes(s);
        if (!Number.isNaN(parseDecimal(b, 0, b.length))) decided++;
      }
    }
    expect(bad).toEqual([]);
    // The fast path must be the common one: printed doubles are decided here, not by Number.
    expect(decided).toBeGreaterThan(150_000);
  });

  it('agrees with Number on random doubles as JavaScript and Python print them', () => {
    const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
    fc.assert(
      fc.property(finite, (v) => {
        // String: JavaScript's shortest round trip, which is Python's repr; toFixed(6) is '%.6f';
        // toPrecision(17) and toExponential(16) are '%.17g' and '%.16e'
        const spellings = [String(v), v.toPrecision(17), v.toExponential(16), v.toExponential(7)];
        if (Math.abs(v) < 1e21) spellings.push(v.toFixed(6), v.toFixed(17));
        return spellings.every(agrees);
      }),
      { numRuns: 20_000 },
    );
  });

  it('agrees with Number on 1 to 20 digits with the point and exponent anywhere', () => {
    const spelling = fc
      .tuple(
        fc.constantFrom('', '-', '+'),
        fc.stringMatching(/^0{0,3}[0-9]{1,20}$/),
        fc.nat(24),
        fc.option(fc.integer({ min: -30, max: 30 })),
      )
      .map(([sign, digits, at, e]) => {
        const point = Math.min(at, digits.length);
        const mantissa = at > digits.length ? digits : `${digits.slice(0, point)}.${digits.slice(point)}`;
        return `${sign}${mantissa}${e === null ? '' : `e${e}`}`;
      });
    fc.assert(fc.property(spelling, agrees), { numRuns: 20_000 });
  });

  it('reads a decimal up to the first byte that cannot continue it, as parseDecimal reads that cell', () => {
    const cell = fc.stringMatching(/^[0-9 \t.eE+\-x]{0,24}$/);
    fc.assert(
      fc.property(cell, fc.constantFrom(',', '\n', '\r\n', 'x'), (text, after) => {
        const b = bytes(`${text}${after}`);
        const out = new Float64Array(2);
        const stop = readDecimal(b, 0, b.length, out, 1);
        if (stop < 0) return Number.isNaN(parseDecimal(b, 0, text.length)) || after === 'x';
        // only digits, signs, points, exponents and blanks are read: never the delimiter
        if (!/^[0-9 \t.eE+-]*$/.test(text.slice(0, stop)) || stop > text.length) return false;
        return Object.is(parseDecimal(b, 0, stop), out[1]) && Object.is(out[1], Number(text.slice(0, stop)));
      }),
      { numRuns: 20_000 },
    );
  });

  it('reads only its slice, whatever lies around it and wherever it sits in the bytes', () => {
    // Bytes before and after the slice that could continue a number (digits, a point, spaces),
    // at every offset and up to the very end of the bytes: a reader that looks at more than one
    // byte at a time must still stop at `end`.
    const around = fc.stringMatching(/^[0-9. ]{0,9}$/);
    const spelling = fc.stringMatching(/^ {0,6}-?[0-9]{0,20}(\.[0-9]{0,20})?(e-?[0-9]{1,2})? {0,2}$/);
    fc.assert(
      fc.property(around, spelling, around, (before, text, after) => {
        const b = bytes(`${before}${text}${after}`);
        const end = before.length + text.length;
        const x = parseDecimal(b, before.length, end);
        if (!Number.isNaN(x) && !Object.is(x, Number(text))) return false;
        const out = new Float64Array(1);
        const stop = readDecimal(b, before.length, end, out, 0);
        if (stop < 0) return true;
        return stop <= end && Object.is(out[0], Number(text.slice(0, stop - before.length)));
      }),
      { numRuns: 30_000 },
    );
  });
});
