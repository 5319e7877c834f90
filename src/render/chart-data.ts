import type { Curve } from '../core/report.js';
import { robustZ } from '../core/stats/robust-z.js';
import { rollingMedian } from '../core/stats/rolling-median.js';

/** Most points of one chart line: enough for a curve's shape, few enough to read as one line. */
export const CHART_POINTS = 80;
/** A curve whose positive values span more than this ratio is drawn on a log scale (as sparklines are). */
export const LOG_SPAN = 100;
/** A spike: robust z of its residual from a 7-point rolling median above this, and recovered from. */
const SPIKE_Z = 6;

/** A spike drawn at the top of the range instead of its own height. */
export interface ClippedSpike {
  readonly step: number;
  readonly value: number;
}

/** Curves prepared for a chart: one evenly spaced x grid, every line resampled onto it. */
export interface ChartData {
  /** First and last step of the grid; the points lie evenly between them. */
  readonly x0: number;
  readonly x1: number;
  /** One array per drawable curve, in plot units (log10 of the value on a log scale). */
  readonly lines: readonly { readonly curve: Curve; readonly ys: readonly number[] }[];
  readonly log: boolean;
  /** Range of the y axis in plot units: spikes left out, never below zero for non-negative curves. */
  readonly yMin: number;
  readonly yMax: number;
  readonly spikes: readonly ClippedSpike[];
  /** The first step with a non-finite value, and its curve, if any. */
  readonly nonFinite: { readonly series: string; readonly step: number } | null;
}

interface Points {
  readonly curve: Curve;
  readonly steps: number[];
  readonly values: number[];
}

function finitePoints(curve: Curve): Points {
  const steps: number[] = [];
  const values: number[] = [];
  curve.values.forEach((v, i) => {
    const step = curve.steps[i];
    if (v !== null && Number.isFinite(v) && step !== undefined && Number.isFinite(step)) {
      steps.push(step);
      values.push(v);
    }
  });
  return { curve, steps, values };
}

/** Indexes of upward spikes that the curve recovers from: short, far above the local median. */
function spikeIndexes(ys: readonly number[]): Set<number> {
  const n = ys.length;
  if (n < 5) return new Set();
  const trend = rollingMedian(ys, 7);
  const resid = ys.map((y, i) => y - (trend[i] as number));
  const z = robustZ(resid);
  const spread = Math.max(...ys) - Math.min(...ys);
  const median = (a: number[]) => a.sort((x, y) => x - y)[Math.floor(a.length / 2)] as number;
  const out = new Set<number>();
  for (let i = 1; i < n - 1; i++) {
    // the last point is where the curve ended, not a spike it recovered from
    if (!((z[i] as number) > SPIKE_Z && (resid[i] as number) > 0.1 * spread)) continue;
    // a spike stands above a level the curve holds on both sides; a jump within a steep fall does not
    const before = median(ys.slice(Math.max(0, i - 3), i));
    const after = median(ys.slice(i + 1, i + 4));
    const height = (ys[i] as number) - Math.max(before, after);
    if (height > 0.1 * spread && Math.abs(before - after) < 0.25 * height) out.add(i);
  }
  // many "spikes" are a noisy curve, drawn as it is
  return out.size > Math.max(3, Math.ceil(0.02 * n)) ? new Set() : out;
}

/** The evenly spaced steps of a chart: the curves' own steps when they already are, else CHART_POINTS. */
function grid(all: readonly Points[], x0: number, x1: number): number[] {
  if (x1 === x0) return [x0];
  const first = all[0] as Points;
  const d = (first.steps[1] ?? x1) - (first.steps[0] ?? x0);
  const even =
    d > 0 &&
    all.every((p) =>
      p.steps.every((s, i) => i === 0 || Math.abs(s - (p.steps[i - 1] as number) - d) < 1e-9),
    ) &&
    all.every(
      (p) =>
        Math.abs(((p.steps[0] as number) - x0) / d - Math.round(((p.steps[0] as number) - x0) / d)) < 1e-9,
    );
  const count = even ? Math.round((x1 - x0) / d) + 1 : CHART_POINTS;
  const integer = all.every((p) => p.steps.every(Number.isInteger));
  const n = Math.max(2, Math.min(count, CHART_POINTS, integer ? x1 - x0 + 1 : CHART_POINTS));
  return Array.from({ length: n }, (_, k) => x0 + ((x1 - x0) * k) / (n - 1));
}

/**
 * A line's value at each grid step: the mean of its points within half a grid step (a spike's
 * own value where one lies there, so it stays visible), linear interpolation between points
 * elsewhere, and its first or last value beyond its ends (Mermaid draws no gaps).
 */
function resample(
  steps: readonly number[],
  ys: readonly number[],
  spikes: Set<number>,
  xs: readonly number[],
) {
  const half = xs.length > 1 ? ((xs[1] as number) - (xs[0] as number)) / 2 : 0.5;
  let j = 0;
  return xs.map((x) => {
    while (j < steps.length && (steps[j] as number) < x - half) j++;
    let sum = 0;
    let count = 0;
    let spike: number | null = null;
    for (let k = j; k < steps.length && (steps[k] as number) <= x + half; k++) {
      if (spikes.has(k)) spike = Math.max(spike ?? Number.NEGATIVE_INFINITY, ys[k] as number);
      else {
        sum += ys[k] as number;
        count++;
      }
    }
    if (spike !== null) return spike;
    if (count > 0) return sum / count;
    const after = steps.findIndex((s) => s > x);
    if (after <= 0) return (after === 0 ? ys[0] : ys[ys.length - 1]) as number;
    const [sa, sb, ya, yb] = [steps[after - 1], steps[after], ys[after - 1], ys[after]] as number[];
    return (
      (ya as number) +
      (((yb as number) - (ya as number)) * (x - (sa as number))) / ((sb as number) - (sa as number))
    );
  });
}

/**
 * Prepares curves for one chart: a shared, evenly spaced x grid over all their steps; a log10
 * scale when every value is positive and they span more than LOG_SPAN; a y range from the
 * values without their recovered spikes (those are listed, and drawn at the top edge), padded
 * 5 %, and never below zero when no value is. Null when no curve has a finite point.
 */
export function chartData(curves: readonly Curve[]): ChartData | null {
  const points = curves.map(finitePoints).filter((p) => p.values.length > 0);
  if (points.length === 0) return null;
  const positive = points.every((p) => p.values.every((v) => v > 0));
  const spikeSets = points.map((p) => spikeIndexes(positive ? p.values.map(Math.log10) : p.values));
  const calm = points.flatMap((p, i) => p.values.filter((_, k) => !spikeSets[i]?.has(k)));
  const lo = Math.min(...calm);
  const hi = Math.max(...calm);
  const log = positive && hi / lo > LOG_SPAN;
  const toY = log ? Math.log10 : (v: number) => v;
  const x0 = Math.min(...points.map((p) => p.steps[0] as number));
  const x1 = Math.max(...points.map((p) => p.steps[p.steps.length - 1] as number));
  const xs = grid(points, x0, x1);
  const [yLo, yHi] = [toY(lo), toY(hi)];
  const pad = (yHi - yLo) * 0.05 || Math.abs(yHi) * 0.05 || 1;
  const yMin = !log && lo >= 0 ? Math.max(0, yLo - pad) : yLo - pad;
  const yMax = yHi + pad;
  const spikes: ClippedSpike[] = [];
  const lines = points.map((p, i) => {
    const set = spikeSets[i] as Set<number>;
    for (const k of set) spikes.push({ step: p.steps[k] as number, value: p.values[k] as number });
    const ys = resample(p.steps, p.values.map(toY), set, xs);
    return { curve: p.curve, ys: ys.map((y) => Math.min(yMax, Math.max(yMin, y))) };
  });
  let nonFinite: ChartData['nonFinite'] = null;
  for (const c of curves) {
    const i = c.values.indexOf(null);
    const step = c.steps[i];
    if (i >= 0 && step !== undefined && (nonFinite === null || step < nonFinite.step))
      nonFinite = { series: c.series, step };
  }
  return { x0, x1: xs[xs.length - 1] as number, lines, log, yMin, yMax, spikes, nonFinite };
}
