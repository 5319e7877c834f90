import { InputError } from './errors.js';

/**
 * Every number the curve, overfit, validation and initial-loss judges decide with. Defaults are
 * calibrated on `npm run bench:verdicts` (synthetic labelled curves); sources in METHOD.md are
 * named where one exists. Relative quantities are fractions of a level (0.1 = 10 %), factors are
 * ratios of two loss levels, and "bins" are the ≤ `maxBins` equal-count bins a curve is judged on.
 */
export interface CurveThresholds {
  /** Fewer points than this: `too_short`. Points. MK needs ≥ 8 values to reach p < 0.01. */
  readonly minPoints: number;
  /** Most bins a curve is reduced to before any O(B²) statistic. Bins. METHOD.md: ~512. */
  readonly maxBins: number;
  /** Two-sided significance level of every Mann–Kendall test. Probability. */
  readonly alpha: number;
  /** Share of bins whose median gives the start and end levels (at least 3 bins at the start, 5 at the end). Fraction. */
  readonly edgeFraction: number;
  /** Window of the rolling median that locates the minimum and the peak, as a share of bins (≥ 3). Fraction. */
  readonly smoothFraction: number;
  /** Fewest bins after the minimum for a test of the rise there. Bins. */
  readonly minTrendBins: number;
  /** `explodes` when the end level is at least this many times the best level (and above the start). Factor. fastai's LR finder: 4×, pytorch-lr-finder: 5×. */
  readonly explodeFactor: number;
  /** `goes_up` needs the end this much above the start (or the minimum). Fraction. */
  readonly goesUpMinRise: number;
  /** `goes_up` after a minimum needs this share of the drop from start to minimum given back. Fraction. */
  readonly goesUpGiveBack: number;
  /** A swing is a move up or down by at least this factor. Factor. AUTOTRAINER: many peak-to-trough swings. */
  readonly swingFactor: number;
  /** `oscillates` at this many swings (half-periods) or more. Count. */
  readonly minSwings: number;
  /** …or at this many swings per bin, however irregular. Swings/bin. Healthy noise of 15 % per point makes < 0.03. */
  readonly minSwingRate: number;
  /**
   * A loss that fell significantly (Mann–Kendall) by at least this factor from start to end is
   * not called `oscillates`, however it swings: per-step minibatch losses near a small floor
   * swing 2× and more as noise (seen on a real PyTorch run falling 84×). Factor.
   */
  readonly oscillationMaxFall: number;
  /** `plateaus` when the loss improved by less than this share of its start level. Fraction. PyTorch ReduceLROnPlateau uses 1e-4 per epoch; this is over the whole run. */
  readonly plateauMaxDrop: number;
  /** …and the upper confidence bound (Sen's slope) of that improvement is below this. Fraction. */
  readonly plateauMaxDropUpper: number;
  /** Share of bins at the end on which a healthy curve is called "still decreasing" or "flattened". Fraction. */
  readonly tailFraction: number;
  /** "still decreasing" needs a significant fall of at least this share of the end level over the tail. Fraction. */
  readonly stillDecreasingDrop: number;
  /** A spike is a bin whose robust z (1.4826·MAD of log-residuals from a rolling median) exceeds this. Robust SDs. */
  readonly spikeZ: number;
  /** …and that rises at least this factor above the rolling median. Factor. */
  readonly spikeFactor: number;
  /** Overfit judge: `overfits` when the end level is this many orders of magnitude below the start. Decades. Lecture 7: "arbitrarily close to 0". */
  readonly overfitOrders: number;
  /** Overfit judge: `below_zero` when the loss ends below −(this × start level). Fraction. */
  readonly belowZeroFraction: number;
  /** Validation judge: fewest validation points. Points. Hugging Face fine-tuning evaluates 3–10 times a run. */
  readonly minValPoints: number;
  /** Validation judge: significance level of its Mann–Kendall tests; validation curves have few, low-noise points. Probability. */
  readonly valAlpha: number;
  /** Validation judge: `overfitting` needs the val end level at least this share above its best (the effect size). Fraction. */
  readonly overfitMinRise: number;
  /** Validation judge: a significant Mann–Kendall rise after the best counts only with the end at least this many noise SDs above the best (a slow drift of a flat tail is not a rise). Robust SDs. */
  readonly valTrendMinZ: number;
  /** Validation judge: `overfitting` when the val end level is at least this many noise SDs above the smoothed best (the lowest 3-point rolling median; noise: second differences of the band the run ended in). 2.58 = Φ⁻¹(0.995): a flat noisy plateau of 12–100 evaluations passes it in about 5 % of runs (simulated). Robust SDs. */
  readonly valRiseMinZ: number;
  /** Validation judge: the least point noise assumed, as a share of the best val level (very smooth curves, tied rounded values, or 3–4 points with no noise estimate): a reseed moves a validation loss by about this much. Fraction. */
  readonly valNoiseFloor: number;
  /** Validation judge: most points whose median gives the end level (the points after the best, the last ones when more). Points. */
  readonly valEndMaxPoints: number;
  /** Validation judge: `stalled` needs train to fall at least this share over the second half of the validation steps. Fraction. */
  readonly stallTrainDrop: number;
  /** Validation judge: `stalled` needs the final val/train loss ratio at least this. Factor. */
  readonly stallMinGapRatio: number;
  /** Validation judge: `stalled` needs the val/train ratio to grow by at least this share over the second half. Fraction. */
  readonly stallGapGrowth: number;
  /** Validation judge: `not_generalising` when val improved less than this share of its start. Fraction. */
  readonly valMinDrop: number;
  /** Validation judge: …while train improved by at least this share. Fraction. */
  readonly trainMinDrop: number;
  /** Initial-loss judge: tolerated relative distance of the first loss from ln C. Fraction. Karpathy 2019: verify −ln(1/C). */
  readonly initLossTolerance: number;
  /**
   * `goes_up` on a short curve: at least this share of the moves after the minimum go up (a
   * one-sided sign test at `alpha` must agree). Printed curves are 10–30 window averages, too
   * few and too smooth for the AR(1)-corrected Mann–Kendall. Fraction.
   */
  readonly consistentRiseShare: number;
  /** `explodes` when the loss jumps to this many times its first value within the first three points… Factor. */
  readonly jumpFactor: number;
  /** …and ends at least this many times its first value (it never came back). Factor. */
  readonly jumpKeepFactor: number;
  /** With known classes, a cross-entropy ending this many times above ln C (a uniform guess) does worse than guessing: `plateaus`. Factor. */
  readonly chanceFactor: number;
}

export const DEFAULT_THRESHOLDS: CurveThresholds = {
  minPoints: 10,
  maxBins: 512,
  alpha: 0.01,
  edgeFraction: 0.02,
  smoothFraction: 0.03,
  minTrendBins: 6,
  explodeFactor: 4,
  goesUpMinRise: 0.1,
  goesUpGiveBack: 0.5,
  swingFactor: 2,
  minSwings: 8,
  minSwingRate: 0.1,
  oscillationMaxFall: 10,
  plateauMaxDrop: 0.05,
  plateauMaxDropUpper: 0.25,
  tailFraction: 0.25,
  stillDecreasingDrop: 0.02,
  spikeZ: 6,
  spikeFactor: 1.5,
  overfitOrders: 2,
  belowZeroFraction: 0.01,
  minValPoints: 3,
  valAlpha: 0.05,
  overfitMinRise: 0.02,
  valTrendMinZ: 1,
  valRiseMinZ: 2.58,
  valNoiseFloor: 0.01,
  valEndMaxPoints: 10,
  stallTrainDrop: 0.1,
  stallMinGapRatio: 1.3,
  stallGapGrowth: 0.1,
  valMinDrop: 0.05,
  trainMinDrop: 0.1,
  initLossTolerance: 0.25,
  consistentRiseShare: 0.8,
  jumpFactor: 4,
  jumpKeepFactor: 2,
  chanceFactor: 1.5,
};

type Range = readonly [min: number, max: number, integer?: 'integer'];

/** Allowed range (inclusive) of every threshold. */
export const THRESHOLD_RANGES: Readonly<Record<keyof CurveThresholds, Range>> = {
  minPoints: [3, 1e6, 'integer'],
  maxBins: [16, 4096, 'integer'],
  alpha: [1e-12, 0.5],
  edgeFraction: [0.001, 0.5],
  smoothFraction: [0, 0.5],
  minTrendBins: [3, 4096, 'integer'],
  explodeFactor: [1.01, 1e12],
  goesUpMinRise: [0, 1e6],
  goesUpGiveBack: [0, 100],
  swingFactor: [1.01, 1e6],
  minSwings: [2, 1e6, 'integer'],
  minSwingRate: [0, 1],
  oscillationMaxFall: [1, 1e12],
  plateauMaxDrop: [0, 1],
  plateauMaxDropUpper: [0, 1],
  tailFraction: [0.05, 1],
  stillDecreasingDrop: [0, 1],
  spikeZ: [1, 1e6],
  spikeFactor: [1, 1e6],
  overfitOrders: [0.1, 300],
  belowZeroFraction: [0, 1e6],
  minValPoints: [3, 1e6, 'integer'],
  valAlpha: [1e-12, 0.5],
  overfitMinRise: [0, 1e6],
  valTrendMinZ: [0, 1e6],
  valRiseMinZ: [0, 1e6],
  valNoiseFloor: [0, 1],
  valEndMaxPoints: [1, 1e6, 'integer'],
  stallTrainDrop: [0, 1],
  stallMinGapRatio: [1, 1e6],
  stallGapGrowth: [0, 1e6],
  valMinDrop: [0, 1],
  trainMinDrop: [0, 1],
  initLossTolerance: [0, 1e6],
  consistentRiseShare: [0.5, 1],
  jumpFactor: [1.01, 1e12],
  jumpKeepFactor: [1, 1e12],
  chanceFactor: [1, 1e6],
};

/**
 * Defaults with `overrides` applied. Every problem is gathered before throwing.
 * @throws InputError naming each unknown key, or each value that is not a number in its range.
 */
export function resolveThresholds(overrides: Partial<CurveThresholds> = {}): CurveThresholds {
  const problems: string[] = [];
  const out: Record<string, number> = { ...DEFAULT_THRESHOLDS };
  for (const [key, value] of Object.entries(overrides as Record<string, unknown>)) {
    if (value === undefined) continue;
    const range = (THRESHOLD_RANGES as Record<string, Range | undefined>)[key];
    if (!range) {
      problems.push(`unknown threshold '${key}'; known: ${Object.keys(DEFAULT_THRESHOLDS).join(', ')}`);
      continue;
    }
    const [min, max, integer] = range;
    const kind = integer ? 'an integer' : 'a number';
    if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
      problems.push(
        `threshold '${key}' is ${JSON.stringify(value) ?? String(value)}; use ${kind} in [${min}, ${max}]`,
      );
    } else if (integer && !Number.isInteger(value)) {
      problems.push(`threshold '${key}' is ${value}; use ${kind} in [${min}, ${max}]`);
    } else {
      out[key] = value;
    }
  }
  if (problems.length > 0) throw new InputError(`Invalid curve thresholds: ${problems.join('; ')}.`);
  return out as unknown as CurveThresholds;
}
