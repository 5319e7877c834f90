import { describe, expect, it } from 'vitest';
import { reportFixture } from '../../test/helpers/report-fixture.js';
import { escapeControl } from './escape.js';
import { renderAnalyzeText, renderComparisonText, renderRunText } from './terminal.js';

// Names from logs and configs reach the terminal: no escape sequence (ESC [2J clears the screen,
// OSC 8 hides a link) and no bidirectional override may pass through raw.

const EVIL = 'loss\u001b[2J\u001b]8;;https://evil.example\u0007x\u009b\u202e';
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('escapeControl', () => {
  it('writes control and bidi characters as \\u escapes, and leaves the rest alone', () => {
    expect(escapeControl(EVIL)).toBe('loss\\u001b[2J\\u001b]8;;https://evil.example\\u0007x\\u009b\\u202e');
    expect(escapeControl('val/loss — ünïcode ✓')).toBe('val/loss — ünïcode ✓');
    expect(escapeControl('a\nb\tc')).toBe('a\\u000ab\\u0009c');
  });
});

describe('terminal renderers', () => {
  it('renderAnalyzeText escapes names, paths and warnings', () => {
    const text = renderAnalyzeText([
      {
        path: `logs/${EVIL}.jsonl`,
        format: 'jsonl',
        series: [],
        findings: [],
        warnings: [`line 3: found ${EVIL}`],
      },
    ]);
    expect(text).not.toMatch(RAW);
    expect(text).toContain('\\u001b[2J');
  });

  it('renderRunText and renderComparisonText escape metric names of the comparison', () => {
    const report = reportFixture('h100-digits-pass.json');
    const comparison = {
      source: `paper ${EVIL}`,
      status: 'pass' as const,
      results: [{ metric: `test/${EVIL}`, outcome: 'unchanged' as const, message: `a ${EVIL} b` }],
      missing: [`test/${EVIL}-missing`],
    };
    const withComparison = {
      ...report,
      comparison: { ...report.comparison, ...comparison },
    } as typeof report;
    const run = renderRunText(withComparison, { json: 'r.json', markdown: 'r.md' });
    expect(run).not.toMatch(RAW);
    expect(run).toContain('test/loss\\u001b[2J');
    const cmp = renderComparisonText(withComparison.comparison as NonNullable<typeof report.comparison>);
    expect(cmp).not.toMatch(RAW);
  });
});
