import type { Curve } from '../core/report.js';
import { type ChartData, chartData } from './chart-data.js';
import { fmtNum } from './escape.js';

/** Strong, distinct colours for the lines, in order (Okabe–Ito: they stay apart for colour-blind readers). */
export const LINE_COLOURS = [
  { name: 'blue', hex: '#0072B2' },
  { name: 'orange', hex: '#E69F00' },
  { name: 'green', hex: '#009E73' },
  { name: 'pink', hex: '#CC79A7' },
] as const;

/** Only these characters of a user-controlled name reach a Mermaid title; the rest become '_'. */
function safeLabel(text: string, max = 80): string {
  return text
    .replace(/\u2212/g, '-')
    .replace(/[^A-Za-z0-9 _./:()%+,-]/g, '_')
    .slice(0, max);
}

/**
 * A number as Mermaid's xychart parser reads it: plain decimal digits, never exponent
 * notation (`9.7602e-7` is a syntax error there), `decimals` places at most, trailing zeros cut.
 */
export function chartNumber(value: number, decimals: number): string {
  if (Math.abs(value) >= 1e21) return BigInt(Math.round(value)).toString();
  const fixed = value.toFixed(Math.max(0, Math.min(20, decimals)));
  const cut = fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
  return cut === '-0' ? '0' : cut;
}

/** Decimal places that resolve a thousandth of a span: finer than a pixel of the chart. */
function decimalsFor(span: number): number {
  return span > 0 ? Math.max(0, Math.ceil(-Math.log10(span)) + 3) : 6;
}

/** Steps in thousands or millions when they are long, so the axis labels stay short. */
function stepUnit(x1: number): { div: number; label: string } {
  if (Math.abs(x1) >= 1e7) return { div: 1e6, label: 'step (millions)' };
  if (Math.abs(x1) >= 1e5) return { div: 1e3, label: 'step (thousands)' };
  return { div: 1, label: 'step' };
}

function notes(data: ChartData, names: readonly string[]): string {
  const out: string[] = [];
  if (data.spikes.length > 0) {
    const top = data.spikes.reduce((a, b) => (b.value > a.value ? b : a));
    out.push(
      data.spikes.length === 1
        ? `spike to ${fmtNum(top.value)} at step ${fmtNum(top.step)} cut off`
        : `${data.spikes.length} spikes cut off, highest ${fmtNum(top.value)} at step ${fmtNum(top.step)}`,
    );
  }
  if (data.nonFinite) {
    const who = names.length > 1 ? `${data.nonFinite.series} ` : '';
    out.push(`${who}non-finite from step ${fmtNum(data.nonFinite.step)}`);
  }
  return out.length ? ` (${out.join('; ')})` : '';
}

/**
 * A Mermaid `xychart-beta` line chart of up to four curves (chartData: an evenly resampled
 * numeric x axis, a log10 y axis when the curves span decades, spikes cut off and named).
 * The lines' colours are set in the chart and named in its title, which is the legend; each
 * line also carries its name for Mermaid versions that draw a legend. `yLabel` names the
 * quantity (`loss`). Non-finite points cannot be drawn; the title says where they began.
 * Returns the fenced block, or '' when no point is finite.
 */
export function mermaidChart(title: string, curves: readonly Curve[], yLabel = 'value'): string {
  const data = chartData(curves.slice(0, LINE_COLOURS.length));
  if (!data) return '';
  const names = data.lines.map((l) => l.curve.series);
  const legend = data.lines.map((l, i) => `${safeLabel(l.curve.series, 30)} ${LINE_COLOURS[i]?.name}`);
  const palette = data.lines.map((_, i) => LINE_COLOURS[i]?.hex).join(',');
  const unit = stepUnit(data.x1);
  const x1 = data.x1 === data.x0 ? data.x0 + 1 : data.x1;
  const xDecimals = decimalsFor((x1 - data.x0) / unit.div);
  const yDecimals = decimalsFor(data.yMax - data.yMin);
  // bounds rounded outwards, so no rounded point lies outside them
  const unitY = 10 ** -yDecimals;
  const yMin = data.yMin === 0 ? 0 : Math.floor(data.yMin / unitY) * unitY;
  const yMax = Math.ceil(data.yMax / unitY) * unitY;
  const init = {
    xyChart: { height: 360 },
    themeVariables: { xyChart: { plotColorPalette: palette } },
  };
  return [
    '```mermaid',
    `%%{init: ${JSON.stringify(init)}}%%`,
    'xychart-beta',
    `  title "${safeLabel(`${title}: ${legend.join(', ')}`, 120)}${safeLabel(notes(data, names), 100)}"`,
    `  x-axis "${unit.label}" ${chartNumber(data.x0 / unit.div, xDecimals)} --> ${chartNumber(x1 / unit.div, xDecimals)}`,
    `  y-axis "${safeLabel(data.log ? `log10 ${yLabel}` : yLabel, 60)}" ${chartNumber(yMin, yDecimals)} --> ${chartNumber(yMax, yDecimals)}`,
    ...data.lines.map(
      (l) =>
        `  line "${safeLabel(l.curve.series, 30)}" [${l.ys.map((y) => chartNumber(y >= data.yMax ? yMax : Math.max(yMin, y), yDecimals)).join(', ')}]`,
    ),
    '```',
  ].join('\n');
}
