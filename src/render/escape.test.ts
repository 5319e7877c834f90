import { describe, expect, it } from 'vitest';
import { codeBlock, escapeMarkdown, fmtNum } from './escape.js';
import { fmtP } from './format-number.js';

describe('escapeMarkdown', () => {
  it('keeps table cells whole and notifies nobody', () => {
    const out = escapeMarkdown('loss|x <img src=x onerror=alert(1)> @octocat #12\nnext');
    expect(out).not.toMatch(/(^|[^\\])\|/);
    expect(out).not.toMatch(/(^|[^\\])</);
    expect(out).toContain('@\u200boctocat');
    expect(out).not.toContain('\n');
    expect(out).toContain('\\#12');
  });

  it('clips very long names', () => {
    expect(escapeMarkdown('a'.repeat(500), 20)).toHaveLength(20);
  });
});

describe('codeBlock', () => {
  it('uses a fence longer than any backtick run inside', () => {
    const block = codeBlock('RuntimeError: ```oops```');
    expect(block.startsWith('````\n')).toBe(true);
    expect(block.endsWith('\n````')).toBe(true);
  });
});

describe('fmtNum', () => {
  it('prints 4 significant digits, exponents for extremes, a dash for null', () => {
    expect(fmtNum(Math.LN10)).toBe('2.303');
    // U+2212: an exponent's sign never wraps to the next line
    expect(fmtNum(5e-6)).toBe('5e\u22126');
    expect(fmtNum(2.36e-95)).toBe('2.36e\u221295');
    expect(fmtNum(2.2e9)).toBe('2.2e9');
    expect(fmtNum(123456.7)).toBe('1.23e5');
    // one step is one string everywhere
    expect(fmtNum(1_200_000)).toBe('1200000');
    expect(fmtNum(null)).toBe('–');
    expect(fmtNum(0)).toBe('0');
    expect(fmtNum(Number.NaN)).toBe('NaN');
  });
});

describe('fmtP', () => {
  it('prints two significant digits and floors noise at 1e-4', () => {
    expect(fmtP(0.03733)).toBe('p = 0.037');
    expect(fmtP(0.0004)).toBe('p = 4e\u22124');
    expect(fmtP(8.2e-5)).toBe('p < 1e\u22124');
    expect(fmtP(2.36e-95)).toBe('p < 1e\u22124');
    expect(fmtP(1)).toBe('p = 1');
  });
});
