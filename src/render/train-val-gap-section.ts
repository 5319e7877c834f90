import type { Report } from '../core/report.js';
import { finiteOrNull } from '../core/verdict.js';
import { escapeMarkdown as esc } from './escape.js';
import { fmtNum, fmtP } from './format-number.js';

const ratio = (v: unknown) => {
  const x = finiteOrNull(v);
  return x === null ? '–' : `${fmtNum(x)}×`;
};

/**
 * The PR's final train/val gaps against the base branch's, from logs alone: one list item per
 * train/val pair with each side's val/train loss ratio (geometric mean over seeds), the change
 * and the one-sided Welch p. Empty without a base comparison. Pure.
 */
export function trainValGapLines(comparison: Report['comparison'] | undefined): string[] {
  const gaps = comparison?.trainValGaps ?? [];
  if (gaps.length === 0) return [];
  const grew = gaps.filter((g) => g.grew).length;
  const out = [
    grew > 0 ? `### Train/val gap grew (${grew})` : '### Train/val gap against the base branch',
    '',
  ];
  for (const g of gaps) {
    out.push(
      `- ${esc(g.series)}: val/train ${ratio(g.baseRatio)} on the base, ${ratio(g.prRatio)} on the PR (×${fmtNum(finiteOrNull(g.growth))}${g.grew ? ', **grew**' : ''}, ${fmtP(finiteOrNull(g.pValue))})`,
    );
  }
  out.push('');
  return out;
}
