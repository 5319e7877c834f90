import type { Curve } from '../core/report.js';

/** Only these characters of a user-controlled name reach a Mermaid title; the rest become '_'. */
function safeLabel(text: string): string {
  return text.replace(/[^A-Za-z0-9 _./:()%+-]/g, '_').slice(0, 80);
}

function fmt(v: number): string {
  return Number.isInteger(v) ? String(v) : Number(v.toPrecision(5)).toString();
}

/**
 * A Mermaid `xychart-beta` line chart of one or more downsampled curves over the same steps
 * (the first curve's). Mermaid cannot draw gaps, so non-finite points are left out and the
 * title says where they began. Returns the fenced block, or '' when no point is finite.
 */
export function mermaidChart(title: string, curves: readonly Curve[]): string {
  const first = curves[0];
  if (!first) return '';
  const keep = first.values.map((v, i) => (v === null ? -1 : i)).filter((i) => i >= 0);
  if (keep.length === 0) return '';
  const firstBad = first.values.indexOf(null);
  const note = firstBad >= 0 ? ` (non-finite from step ${fmt(first.steps[firstBad] as number)})` : '';
  const xs = keep.map((i) => first.steps[i] as number);
  const series = curves.map((curve) => resample(curve, xs)).filter((ys) => ys.length > 0);
  const lines = series.map((ys) => `  line [${ys.map(fmt).join(', ')}]`);
  const all = series.flat();
  const lo = Math.min(...all);
  const hi = Math.max(...all);
  const pad = (hi - lo) * 0.05 || Math.abs(hi) * 0.05 || 1;
  return [
    '```mermaid',
    'xychart-beta',
    `  title "${safeLabel(title + note)}"`,
    `  x-axis "step" [${xs.map(fmt).join(', ')}]`,
    `  y-axis "${safeLabel(curves.map((c) => c.series).join(' vs '))}" ${fmt(lo - pad)} --> ${fmt(hi + pad)}`,
    ...lines,
    '```',
  ].join('\n');
}

/**
 * The curve's value at each step of `xs`: its latest finite value at or before that step
 * (its first finite value before it starts), so a per-epoch validation curve can share the
 * x axis of a per-step training curve. Empty when the curve has no finite value.
 */
function resample(curve: Curve, xs: readonly number[]): number[] {
  const finite = curve.values.flatMap((v, i) => (v === null ? [] : [[curve.steps[i] as number, v] as const]));
  const head = finite[0];
  if (!head) return [];
  let j = 0;
  let current = head[1];
  return xs.map((x) => {
    while (j < finite.length && (finite[j] as readonly [number, number])[0] <= x) {
      current = (finite[j] as readonly [number, number])[1];
      j++;
    }
    return current;
  });
}
