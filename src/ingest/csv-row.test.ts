import { describe, expect, it } from 'vitest';
import { splitCsvRow } from './csv-row.js';

describe('splitCsvRow', () => {
  it('splits plain cells, keeping empty ones', () => {
    expect(splitCsvRow('4,24,,681.06')).toEqual(['4', '24', '', '681.06']);
    expect(splitCsvRow('a,')).toEqual(['a', '']);
    expect(splitCsvRow('')).toEqual(['']);
  });

  it('reads quoted cells with commas and doubled quotes', () => {
    expect(splitCsvRow('"step","val, loss","say ""hi"""')).toEqual(['step', 'val, loss', 'say "hi"']);
    expect(splitCsvRow('1, "a,b" ,2')).toEqual(['1', 'a,b', '2']);
    expect(splitCsvRow('"",x')).toEqual(['', 'x']);
  });

  it('reports a quoted cell left open at the end of the line', () => {
    expect(splitCsvRow('1,"two\nlines')).toBeUndefined();
    expect(splitCsvRow('1,"open')).toBeUndefined();
  });
});
