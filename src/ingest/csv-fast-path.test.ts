import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exactLog, expectFastAsSlow, parseOrMessage } from '../../test/helpers/fast-path.js';
import type { ParsedLog } from '../core/series.js';
import { findColumn } from './csv-head.js';
import { type CsvRules, createCsvParser } from './csv-table.js';

// The byte-level fast path (scanAsciiCsv + parseDecimal) must read every file exactly as the
// text path does: same series, same doubles (-0 and NaN included), same warnings, same errors.
const RULES: CsvRules = {
  formatId: 'csv',
  columns: (header) => ({ step: findColumn(header, ['step']), epoch: findColumn(header, ['epoch']) }),
};

const csvParser = (fast: boolean) => createCsvParser('log.csv', RULES, { bytes: fast });
const fastCsv = () => csvParser(true);

function expectSame(bytes: Uint8Array): void {
  expectFastAsSlow(csvParser, bytes, [4096, 7]);
}

const FIXTURES = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'logs');

describe('the CSV fast path reads real logs exactly as the text path', () => {
  for (const folder of ['lightning-csv', 'keras-csv', 'yolo-results']) {
    for (const file of readdirSync(join(FIXTURES, folder))) {
      it(`${folder}/${file}`, () => expectSame(readFileSync(join(FIXTURES, folder, file))));
    }
  }
});

const text = (s: string) => new TextEncoder().encode(s);

describe('the CSV fast path on edge cases', () => {
  const cases: Record<string, string> = {
    'quoted cells, commas and quotes inside': 'step,"a,b",c\n1,"2,5",3\n2,"""4""",5\n3,6,7\n',
    'a quoted cell over two lines': 'step,note,loss\n1,"one\ntwo",0.5\n2,x,0.25\n',
    'CRLF and a missing final newline': 'step,loss\r\n1,0.5\r\n2,0.25\r\n3,0.125',
    'empty cells and blank lines': 'epoch,step,train_loss,val_loss\n0,1,0.9,\n\n0,2,,0.8\n   \n1,3,0.7,\n',
    'NaN and Infinity spellings':
      'step,a\n1,nan\n2,NaN\n3,-nan\n4,inf\n5,-inf\n6,+inf\n7,Infinity\n8,-Infinity\n9,NA\n10,None\n11,null\n12,n/a\n',
    exponents:
      'step,a\n1,1e-5\n2,1E+3\n3,2.5e-30\n4,1e400\n5,-1e-400\n6,7.0000000000000007e-05\n7,1e\n8,3.3e+22\n',
    'negative zero': 'step,a\n1,-0\n2,-0.0\n3,0\n4,-0e5\n5,+0\n',
    'signs, points, spaces, hex': 'step,a\n1, 0.5 \n2,+1.5\n3,.5\n4,5.\n5,0x1A\n6,\t7\t\n7,00012\n8,1_0\n',
    'long mantissas': `step,a\n${Array.from({ length: 300 }, (_, i) => `${i},${Math.exp(-i / 37) * (1 + 1 / (i + 3))}`).join('\n')}\n`,
    'more than 19 digits and huge integers':
      'step,a\n1,0.50000000000000000000001\n2,123456789012345678901234\n3,9007199254740993\n',
    // scanAsciiCsv reads each cell's number as it splits the row: a number that stops short of
    // the comma or line break (text, a second number, a lone CR, a quote) must not be taken
    'numbers followed by more of the cell':
      'step,a,b\n1,1.5x,2\n2,1 5,3\n3,1e,4\n4,5,2.5\r\r\n5,1.5"x",6\n6,-,7\n7,1e5e5,8\n8, 2.5 , 3 \n9,1..5,\t\n',
    'text cells in a metric column': 'step,loss,path\n1,0.5,a.png\n2,0.4,b.png\n3,oops,c.png\n',
    'a row of the wrong width in the middle': 'step,loss\n1,0.5\n2,0.4,9\n3,0.3\n',
    'a row of the wrong width at the end': 'step,loss\n1,0.5\n2,0.4\n3,',
    'a BOM': '\uFEFFstep,loss\n1,0.5\n2,0.25\n',
    'non-ASCII text': 'step,loss,note\n1,0.5,café\n2,0.25,ok\n',
    'only a header': 'step,loss\n',
    'no header': '',
  };
  for (const [name, csv] of Object.entries(cases)) it(name, () => expectSame(text(csv)));

  it('reads the edge cases as parseCell says', () => {
    const log = parseOrMessage(fastCsv(), text(cases['negative zero'] as string), 1 << 20) as ParsedLog;
    expect(Array.from(log.series[0]?.values ?? [], (v) => Object.is(v, -0))).toEqual([
      true,
      true,
      false,
      true,
      false,
    ]);
    const words = parseOrMessage(
      fastCsv(),
      text(cases['NaN and Infinity spellings'] as string),
      1 << 20,
    ) as ParsedLog;
    expect(Array.from(words.series[0]?.values ?? [])).toEqual([
      Number.NaN,
      Number.NaN,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      Number.POSITIVE_INFINITY,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
    ]);
  });
});

describe('the CSV fast path on runs of plain rows', () => {
  // Mostly decimals and empty cells (the columnar path), now and then a cell that sends its row
  // down the row-by-row path: series order, epochs, steps and text warnings must not change.
  const cell = fc.oneof(
    { weight: 6, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }).map(String) },
    { weight: 4, arbitrary: fc.integer({ min: -5, max: 300 }).map(String) },
    { weight: 4, arbitrary: fc.constant('') },
    {
      weight: 1,
      arbitrary: fc.constantFrom(' ', 'nan', 'NA', 'x', ' 2.5', '1e400', '"3"', '0.1000000000000000055511'),
    },
  );
  const name = fc.constantFrom('step', 'epoch', 'loss', 'val_loss', 'acc', 'loss', '');
  const csv = fc
    .tuple(fc.array(name, { minLength: 1, maxLength: 5 }), fc.nat(60), fc.boolean())
    .chain(([header, rows, crlf]) =>
      fc
        .array(fc.array(cell, { minLength: header.length, maxLength: header.length }), {
          minLength: rows,
          maxLength: rows,
        })
        .map((body) => {
          const eol = crlf ? '\r\n' : '\n';
          return [header.join(','), ...body.map((r) => r.join(','))].join(eol) + eol;
        }),
    );
  it('reads them exactly as the text path', () => {
    fc.assert(
      fc.property(csv, fc.integer({ min: 1, max: 64 }), (file, chunk) => {
        const bytes = text(file);
        const slow = exactLog(parseOrMessage(csvParser(false), bytes, bytes.length || 1));
        expect(exactLog(parseOrMessage(csvParser(true), bytes, bytes.length || 1))).toEqual(slow);
        expect(exactLog(parseOrMessage(csvParser(true), bytes, chunk))).toEqual(slow);
      }),
      { numRuns: 1500 },
    );
  });

  it('starts the series in the order of their first point', () => {
    const log = parseOrMessage(fastCsv(), text('step,a,b,c\n1,,,5\n2,,6,\n3,7,8,9\n'), 1 << 20) as ParsedLog;
    expect(log.series.map((s) => s.name)).toEqual(['c', 'b', 'a']);
  });
});
