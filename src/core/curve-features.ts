import type { CurveMemo } from './curve-memo.js';
import { autocorrelations } from './stats/autocorrelation.js';
import { equalCountBins } from './stats/equal-count-bins.js';
import { ar1VarianceInflation, type MannKendallResult, mannKendall } from './stats/mann-kendall.js';
import { inverseNormalUpper } from './stats/normal-cdf.js';
import { robustZ } from './stats/robust-z.js';
import { rollingMedian } from './stats/rolling-median.js';
import { medianOf } from './stats/select.js';
import { type SenSlope, senSlope } from './stats/sen-slope.js';
import type { CurveThresholds } from './thresholds.js';

/**
 * The measurements every curve judge decides from, taken on ≤ `maxBins` equal-count bins of a
 * finite curve. Spike bins are replaced by their rolling median before levels and trends are
 * measured, so a spike that recovers cannot make a curve look risen. Levels are in the loss's own units; relative quantities are fractions of |start|.
 */
export interface CurveFeatures {
  readonly points: number;
  readonly bins: number;
  /** `log` when every value is > 0 (swings and spikes are then ratios), else `linear`. */
  readonly space: 'log' | 'linear';
  readonly firstStep: number;
  readonly lastStep: number;
  /** Median of the first / last `edgeFraction` of bin medians (at least 3 at the start, 5 at the end), and the end count. */
  readonly start: number;
  readonly end: number;
  readonly edgeBins: number;
  /** Smallest of the last `edgeBins` bin medians. */
  readonly endLow: number;
  /** Minimum of the rolling-median-smoothed bin medians, and where it is. */
  readonly min: number;
  readonly minStep: number;
  readonly minBin: number;
  /** (end − start)/|start|. */
  readonly relChange: number;
  /** Mann–Kendall on all bin medians. */
  readonly mk: MannKendallResult;
  /** Sen's slope of the bin medians, loss units per step, with its (1 − alpha) interval. */
  readonly sen: SenSlope;
  /** Improvement start→end implied by Sen's slope and its upper bound, as fractions of |start|. */
  readonly senDrop: number;
  readonly senDropUpper: number;
  /** Mann–Kendall on the bins from the minimum on; null when fewer than `minTrendBins`. */
  readonly mkAfterMin: MannKendallResult | null;
  /** Rise from the minimum to the end: end/min − 1 (log space) or (end − min)/max(|min|, |start|). */
  readonly riseFromMin: number;
  /** Share of the start→minimum drop given back by the end; 0 when the curve never fell. */
  readonly giveBack: number;
  /** Mann–Kendall and Sen's fall (fraction of |end|) over the last `tailFraction` of bins. */
  readonly mkTail: MannKendallResult | null;
  readonly tailDrop: number;
  /** Moves of at least `swingFactor` between turning points of the bin medians (a zigzag count). */
  readonly swings: number;
  /** The same count on the 3-bin rolling median, which independent noise rarely swings. */
  readonly smoothSwings: number;
  /** Most negative autocorrelation of the detrended bin medians over lags 1…B/4 (≤ 64). */
  readonly minAutocorrelation: number;
  /** Its critical value under independent noise: Bonferroni z over the lags tried, divided by √B. */
  readonly autocorrelationCritical: number;
  /** Median over bins of ≥ 5 points of their 90th/10th percentile ratio (log space); NaN otherwise. */
  readonly withinBinSpread: number;
  /** Lag-1 autocorrelation of the detrended bin medians, and the Mann–Kendall variance inflation it implies. */
  readonly rho1: number;
  readonly varianceInflation: number;
  /** Bin-to-bin moves after the minimum, and how many of them go up (a short printed curve rising at every print). */
  readonly movesAfterMin: number;
  readonly risesAfterMin: number;
  /** Steps of the spikes: short runs (≤ 5 bins) of robust z > spikeZ (extended while > spikeZ/2) above the 7-bin rolling median, recovered from. */
  readonly spikeSteps: readonly number[];
}

function oddWindow(bins: number, fraction: number): number {
  const w = Math.max(3, Math.round(bins * fraction));
  return w % 2 === 1 ? w : w + 1;
}

function countSwings(y: Float64Array, h: number): number {
  if (y.length === 0) return 0;
  let hi = y[0] as number;
  let lo = hi;
  let dir = 0;
  let legs = 0;
  for (let i = 1; i < y.length; i++) {
    const z = y[i] as number;
    if (dir >= 0 && z > hi) hi = z;
    if (dir <= 0 && z < lo) lo = z;
    if (dir >= 0 && hi - z >= h) {
      dir = -1;
      lo = z;
      legs++;
    } else if (dir <= 0 && z - lo >= h) {
      dir = 1;
      hi = z;
      legs++;
    }
  }
  return legs;
}

/**
 * Measure a finite curve (values in step order, n ≥ 3). O(n) over the points, then O(B² log B)
 * over the B ≤ `maxBins` bins (taken from `memo` when another judge binned the same points).
 * Throws nothing; the judges decide.
 */
export function curveFeatures(
  steps: Float64Array,
  values: Float64Array,
  th: CurveThresholds,
  memo?: CurveMemo,
): CurveFeatures {
  const n = values.length;
  const bins = memo ? memo.bins(steps, values, th.maxBins) : equalCountBins(steps, values, th.maxBins);
  const b = bins.count;
  // every value > 0 exactly when every bin's minimum is: the binning was the pass over the points
  let positive = true;
  for (let i = 0; i < b; i++) if (!((bins.min[i] as number) > 0)) positive = false;
  const absMedians = new Float64Array(b);
  for (let i = 0; i < b; i++) absMedians[i] = Math.abs(bins.medians[i] as number);
  const scale = medianOf(absMedians) || 1;
  const toY = positive ? (v: number) => Math.log(v) : (v: number) => v / scale;

  const y = bins.medians.map(toY);
  const trend = rollingMedian(y, 7);
  const resid = new Float64Array(b);
  for (let i = 0; i < b; i++) resid[i] = toY(bins.max[i] as number) - (trend[i] as number);
  const z = robustZ(resid);
  const centre = medianOf(resid);
  const minJump = positive ? Math.log(th.spikeFactor) : th.spikeFactor - 1;
  const spikeSteps: number[] = [];
  const spikeBins: number[] = [];
  // a spike is a short run (≤ 5 bins) of outliers above the rolling median that the curve
  // recovers from; many of them are not spikes but swings, and are left for the oscillation rule
  const isOutlier = (j: number, zMin: number) =>
    (z[j] as number) > zMin && (resid[j] as number) - centre >= minJump;
  let i = 0;
  while (i < b) {
    if (!isOutlier(i, th.spikeZ)) {
      i++;
      continue;
    }
    // hysteresis: the spike's decaying tail belongs to it while still half as far out
    let j = i;
    while (j < b && isOutlier(j, th.spikeZ / 2)) j++;
    if (j < b && j - i <= 5) {
      spikeSteps.push(steps[bins.maxIndex[i] as number] as number);
      for (let k = i; k < j; k++) spikeBins.push(k);
    }
    i = j;
  }
  if (spikeSteps.length > Math.max(3, Math.ceil(0.02 * b))) {
    spikeSteps.length = 0;
    spikeBins.length = 0;
  }
  // spikes that recover say nothing about the trend: judge levels and trends without them
  const m = Float64Array.from(bins.medians);
  for (const i of spikeBins) {
    m[i] = positive ? Math.exp(trend[i] as number) : (trend[i] as number) * scale;
    y[i] = trend[i] as number;
  }
  // serial correlation left after a broad rolling median inflates Mann–Kendall's variance
  const broad = rollingMedian(y, oddWindow(b, 0.125));
  const detrended = y.map((v, i) => v - (broad[i] as number));
  // measured around the 7-bin median so that sharp real changes (an explosion) do not read as correlation
  const local = rollingMedian(y, 7);
  const rho1 =
    b >= 10
      ? (autocorrelations(
          y.map((v, i) => v - (local[i] as number)),
          1,
        )[0] ?? 0)
      : 0;
  const inflation = ar1VarianceInflation(rho1);

  // the start window is short because losses fall fastest there; the end window longer for noise
  const k0 = Math.min(b, Math.max(3, Math.ceil(b * th.edgeFraction)));
  const k = Math.min(b, Math.max(5, Math.ceil(b * th.edgeFraction)));
  const start = medianOf(m, 0, k0);
  const end = medianOf(m, b - k, b);
  const smooth = rollingMedian(m, oddWindow(b, th.smoothFraction));
  let minBin = 0;
  for (let i = 1; i < b; i++) if ((smooth[i] as number) < (smooth[minBin] as number)) minBin = i;
  const min = smooth[minBin] as number;
  const denom = Math.abs(start) || 1e-300;

  const mk = mannKendall(m, inflation);
  const sen = senSlope(bins.steps, m, th.alpha, mk.varS);
  const span = (steps[n - 1] as number) - (steps[0] as number);
  const senDrop = (-sen.slope * span) / denom;
  const senDropUpper = (-sen.lower * span) / denom;

  const after = m.subarray(minBin);
  const mkAfterMin = after.length >= th.minTrendBins ? mannKendall(after, inflation) : null;
  const riseFromMin = positive ? end / min - 1 : (end - min) / Math.max(Math.abs(min), denom);
  let risesAfterMin = 0;
  for (let i = 1; i < after.length; i++) if ((after[i] as number) > (after[i - 1] as number)) risesAfterMin++;
  const giveBack = start > min ? (end - min) / (start - min) : 0;

  const kt = Math.max(th.minTrendBins, Math.ceil(b * th.tailFraction));
  let mkTail: MannKendallResult | null = null;
  let tailDrop = 0;
  if (b >= kt) {
    const tm = m.subarray(b - kt);
    const ts = bins.steps.subarray(b - kt);
    mkTail = mannKendall(tm, inflation);
    const tsen = senSlope(ts, tm, th.alpha, mkTail.varS);
    tailDrop = (-tsen.slope * ((ts[kt - 1] as number) - (ts[0] as number))) / (Math.abs(end) || 1e-300);
  }

  const h = positive ? Math.log(th.swingFactor) : th.swingFactor - 1;
  const swings = countSwings(y, h);
  const smoothSwings = countSwings(rollingMedian(y, 3), h);
  // periodic swings leave a negative autocorrelation lobe at half their period; noise does not
  const lags = Math.min(64, Math.floor(b / 4));
  const rho = autocorrelations(detrended, lags);
  let minAutocorrelation = 0;
  for (const r of rho) if (r < minAutocorrelation) minAutocorrelation = r;
  const autocorrelationCritical = lags > 0 ? -inverseNormalUpper(th.alpha / lags) / Math.sqrt(b) : -1;

  const spreads: number[] = [];
  for (let i = 0; i < b; i++) {
    const count = (i + 1 < b ? (bins.start[i + 1] as number) : n) - (bins.start[i] as number);
    if (count >= 5) spreads.push(toY(bins.high[i] as number) - toY(bins.low[i] as number));
  }
  const spread = spreads.length > 0 ? medianOf(spreads) : Number.NaN;
  const withinBinSpread = positive ? Math.exp(spread) : spread;

  return {
    points: n,
    bins: b,
    space: positive ? 'log' : 'linear',
    firstStep: steps[0] as number,
    lastStep: steps[n - 1] as number,
    start,
    end,
    edgeBins: k,
    endLow: Math.min(...m.subarray(b - k)),
    min,
    minStep: bins.steps[minBin] as number,
    minBin,
    relChange: (end - start) / denom,
    mk,
    sen,
    senDrop,
    senDropUpper,
    mkAfterMin,
    riseFromMin,
    giveBack,
    mkTail,
    tailDrop,
    swings,
    smoothSwings,
    minAutocorrelation,
    autocorrelationCritical,
    withinBinSpread,
    spikeSteps,
    movesAfterMin: Math.max(0, after.length - 1),
    risesAfterMin,
    rho1,
    varianceInflation: inflation,
  };
}
