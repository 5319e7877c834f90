import { describe, expect, it } from 'vitest';
import { codeBlock, escapeMarkdown, fmtNum } from './escape.js';

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
    expect(fmtNum(5e-6)).toBe('5.00e-6');
    expect(fmtNum(2.2e9)).toBe('2.20e+9');
    expect(fmtNum(null)).toBe('–');
    expect(fmtNum(0)).toBe('0');
  });
});
