import { finiteOrNull } from '../finite-or-null.js';
import { type DecisiveFormat, defineJudge, type EvidenceOf } from './judge-spec.js';

/** The evidence keys of the curve judge (judge-curve.ts classifyCurve; analyze.ts for an all-zero loss). */
export const CURVE_EVIDENCE = [
  'points',
  'bins',
  'space',
  'start_level',
  'end_level',
  'min_level',
  'min_step',
  'relative_change',
  'mk_s',
  'mk_z',
  'mk_p',
  'mk_tau',
  'sen_slope_per_step',
  'sen_drop',
  'sen_drop_upper',
  'mk_after_min_z',
  'mk_after_min_p',
  'rise_from_min',
  'give_back',
  'tail_drop',
  'mk_tail_p',
  'swings',
  'smoothed_swings',
  'min_autocorrelation',
  'autocorrelation_critical',
  'within_bin_spread',
  'spike_count',
  'spike_steps',
  'first_non_finite_step',
  'first_non_finite_value',
  'non_finite_count',
  'last_finite_value',
  'min_points',
  'jump_factor',
  'rises_after_min',
  'moves_after_min',
  'chance_level',
  'trend_at_end',
  'constant_value',
] as const;
export type CurveEvidence = EvidenceOf<typeof CURVE_EVIDENCE>;

/**
 * The curve judge (judge-curve.ts): one loss-like series, from its shape — levels, a
 * Mann–Kendall trend, swings and spikes. Its thresholds are shared with the overfit judge, which
 * classifies the same curve first.
 */
export const CURVE_JUDGE = defineJudge({
  name: 'curve',
  doc: 'One loss-like series, judged from its shape: healthy, goes_up, explodes, oscillates, plateaus, non_finite or too_short.',
  verdicts: {
    healthy: { severity: 'pass' },
    goes_up: {
      severity: 'fail',
      causes: [
        'flipped sign of the loss or gradient',
        'learning rate too high',
        'softmax taken over the wrong dimension',
      ],
    },
    explodes: {
      severity: 'fail',
      causes: ['numerical issue: check every exp, log and division', 'learning rate too high'],
    },
    oscillates: {
      severity: 'fail',
      causes: [
        'data or labels corrupted (zeroed, wrongly shuffled, wrongly pre-processed)',
        'learning rate too high',
      ],
    },
    plateaus: {
      severity: 'fail',
      causes: [
        'learning rate too low',
        'gradients not flowing through the whole model',
        'too much regularisation',
        'incorrect input to the loss (softmax instead of logits, a ReLU on the output)',
        'corrupted data or labels',
      ],
    },
    non_finite: {
      severity: 'fail',
      causes: ['numerical instability: inf/NaN from an exp, log or division', 'learning rate too high'],
    },
    too_short: { severity: 'warn' },
  },
  thresholds: {
    minPoints: {
      default: 10,
      min: 3,
      max: 1e6,
      integer: true,
      doc: 'Fewer points than this: `too_short`. Points. MK needs ≥ 8 values to reach p < 0.01.',
    },
    maxBins: {
      default: 512,
      min: 16,
      max: 4096,
      integer: true,
      doc: 'Most bins a curve is reduced to before any O(B²) statistic. Bins. METHOD.md: ~512.',
    },
    alpha: {
      default: 0.01,
      min: 1e-12,
      max: 0.5,
      doc: 'Two-sided significance level of every Mann–Kendall test. Probability.',
    },
    edgeFraction: {
      default: 0.02,
      min: 0.001,
      max: 0.5,
      doc: 'Share of bins whose median gives the start and end levels (at least 3 bins at the start, 5 at the end). Fraction.',
    },
    smoothFraction: {
      default: 0.03,
      min: 0,
      max: 0.5,
      doc: 'Window of the rolling median that locates the minimum and the peak, as a share of bins (≥ 3). Fraction.',
    },
    minTrendBins: {
      default: 6,
      min: 3,
      max: 4096,
      integer: true,
      doc: 'Fewest bins after the minimum for a test of the rise there. Bins.',
    },
    explodeFactor: {
      default: 4,
      min: 1.01,
      max: 1e12,
      doc: "`explodes` when the end level is at least this many times the best level (and above the start). Factor. fastai's LR finder: 4×, pytorch-lr-finder: 5×.",
    },
    goesUpMinRise: {
      default: 0.1,
      min: 0,
      max: 1e6,
      doc: '`goes_up` needs the end this much above the start (or the minimum). Fraction.',
    },
    goesUpGiveBack: {
      default: 0.5,
      min: 0,
      max: 100,
      doc: '`goes_up` after a minimum needs this share of the drop from start to minimum given back. Fraction.',
    },
    swingFactor: {
      default: 2,
      min: 1.01,
      max: 1e6,
      doc: 'A swing is a move up or down by at least this factor. Factor. AUTOTRAINER: many peak-to-trough swings.',
    },
    minSwings: {
      default: 8,
      min: 2,
      max: 1e6,
      integer: true,
      doc: '`oscillates` at this many swings (half-periods) or more. Count.',
    },
    minSwingRate: {
      default: 0.1,
      min: 0,
      max: 1,
      doc: '…or at this many swings per bin, however irregular. Swings/bin. Healthy noise of 15 % per point makes < 0.03.',
    },
    oscillationMaxFall: {
      default: 10,
      min: 1,
      max: 1e12,
      doc: 'A loss that fell significantly (Mann–Kendall) by at least this factor from start to end is not called `oscillates`, however it swings: per-step minibatch losses near a small floor swing 2× and more as noise (seen on a real PyTorch run falling 84×). Factor.',
    },
    plateauMaxDrop: {
      default: 0.05,
      min: 0,
      max: 1,
      doc: '`plateaus` when the loss improved by less than this share of its start level. Fraction. PyTorch ReduceLROnPlateau uses 1e-4 per epoch; this is over the whole run.',
    },
    plateauMaxDropUpper: {
      default: 0.25,
      min: 0,
      max: 1,
      doc: "…and the upper confidence bound (Sen's slope) of that improvement is below this. Fraction.",
    },
    tailFraction: {
      default: 0.25,
      min: 0.05,
      max: 1,
      doc: 'Share of bins at the end on which a healthy curve is called "still decreasing" or "flattened". Fraction.',
    },
    stillDecreasingDrop: {
      default: 0.02,
      min: 0,
      max: 1,
      doc: '"still decreasing" needs a significant fall of at least this share of the end level over the tail. Fraction.',
    },
    spikeZ: {
      default: 6,
      min: 1,
      max: 1e6,
      doc: 'A spike is a bin whose robust z (1.4826·MAD of log-residuals from a rolling median) exceeds this. Robust SDs.',
    },
    spikeFactor: {
      default: 1.5,
      min: 1,
      max: 1e6,
      doc: '…and that rises at least this factor above the rolling median. Factor.',
    },
    consistentRiseShare: {
      default: 0.8,
      min: 0.5,
      max: 1,
      doc: '`goes_up` on a short curve: at least this share of the moves after the minimum go up (a one-sided sign test at `alpha` must agree). Printed curves are 10–30 window averages, too few and too smooth for the AR(1)-corrected Mann–Kendall. Fraction.',
    },
    jumpFactor: {
      default: 4,
      min: 1.01,
      max: 1e12,
      doc: '`explodes` when the loss jumps to this many times its first value within the first three points… Factor.',
    },
    jumpKeepFactor: {
      default: 2,
      min: 1,
      max: 1e12,
      doc: '…and ends at least this many times its first value (it never came back). Factor.',
    },
    chanceFactor: {
      default: 1.5,
      min: 1,
      max: 1e6,
      doc: 'With known classes, a cross-entropy ending this many times above ln C (a uniform guess) does worse than guessing: `plateaus`. Factor.',
    },
  },
  gate: 'check',
  evidence: CURVE_EVIDENCE,
  decisive(e: CurveEvidence, f: DecisiveFormat) {
    const parts: string[] = [];
    if (typeof e.first_non_finite_step === 'number')
      parts.push(`non-finite from step ${f.num(e.first_non_finite_step)}`);
    if (e.start_level !== undefined && e.end_level !== undefined) {
      parts.push(`${f.num(finiteOrNull(e.start_level))} → ${f.num(finiteOrNull(e.end_level))}`);
    }
    if (typeof e.min_level === 'number') parts.push(`min ${f.num(e.min_level)}`);
    if (typeof e.mk_p === 'number') parts.push(`trend ${f.p(e.mk_p)}`);
    if (typeof e.spike_count === 'number' && e.spike_count > 0)
      parts.push(`${e.spike_count} spike${e.spike_count === 1 ? '' : 's'}`);
    return parts;
  },
});
