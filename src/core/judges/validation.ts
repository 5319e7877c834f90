import { defineJudge, type EvidenceOf } from './judge-spec.js';

/** The evidence keys of the validation judge (judge-validation.ts). */
export const VALIDATION_EVIDENCE = [
  'val_points',
  'train_points',
  'best_step',
  'best_value',
  'end_value',
  'end_above_best',
  'gap_ratio',
  'gap_difference',
  'train_end',
  'train_at_best',
  'noise_sd',
  'rise_z',
  'rise_z_needed',
  'rise_p',
  'smoothed_best',
  'rise_above_smoothed_best',
  'best_z',
  'best_z_needed',
  'run_rise_z',
  'run_rise_z_needed',
  'after_best_mk_p_one_sided',
  'val_start',
  'val_change',
  'val_mk_p',
  'train_change',
  'train_mk_p',
  'val_best_gain',
  'train_initial',
  'val_drop_from_train_initial',
  'overfitting_from_step',
  'stalled_from_step',
  'val_second_half_change',
  'train_second_half_change',
  'train_second_half_mk_p',
  'gap_ratio_mid',
] as const;
export type ValidationEvidence = EvidenceOf<typeof VALIDATION_EVIDENCE>;

/**
 * The validation judge (judge-validation.ts): a train/val pair of the same metric (paired by
 * analyze.ts trainSeriesFor). Its verdicts on the run, not on its length, are failed by the
 * `validation` gate when it says fail, whatever their severity.
 */
export const VALIDATION_JUDGE = defineJudge({
  name: 'validation',
  doc: 'A train/val pair of one metric: generalises, overfitting, stalled, not_generalising or too_short.',
  verdicts: {
    generalises: { severity: 'pass' },
    overfitting: {
      severity: 'warn',
      gatable: true,
      causes: [
        'variance: the model fits the training set but not held-out data; add data or augmentation, regularise, or stop early',
        'validation set too small or too easy to fit by tuning: resample it',
      ],
    },
    stalled: {
      severity: 'warn',
      gatable: true,
      causes: [
        'variance beginning: the model keeps fitting the training set while held-out loss no longer improves; keep the best checkpoint, stop earlier, regularise or add data',
        'learning-rate schedule: a rate that stays high can stall validation while train keeps falling',
      ],
    },
    not_generalising: {
      severity: 'fail',
      gatable: true,
      causes: [
        'labels or split suspect: validation labels misaligned or shuffled separately from the inputs',
        'train and validation pre-processed differently (normalisation, tokenisation, augmentation)',
        'train/eval mode set up wrong (dropout, batch-norm statistics)',
      ],
    },
    too_short: { severity: 'warn' },
  },
  thresholds: {
    minValPoints: {
      default: 3,
      min: 3,
      max: 1e6,
      integer: true,
      doc: 'Fewest validation points. Points. Hugging Face fine-tuning evaluates 3–10 times a run.',
    },
    valAlpha: {
      default: 0.05,
      min: 1e-12,
      max: 0.5,
      doc: 'Significance level of its Mann–Kendall tests; validation curves have few, low-noise points. Probability.',
    },
    overfitMinRise: {
      default: 0.02,
      min: 0,
      max: 1e6,
      doc: '`overfitting` needs the val end level at least this share above its best (the effect size). Fraction.',
    },
    valTrendMinZ: {
      default: 1,
      min: 0,
      max: 1e6,
      doc: 'A significant Mann–Kendall rise after the best counts only with the end at least this many noise SDs above the best (a slow drift of a flat tail is not a rise). Robust SDs.',
    },
    valRiseMinZ: {
      default: 2.58,
      min: 0,
      max: 1e6,
      doc: '`overfitting` when the val end level is at least this many noise SDs above the smoothed best (the lowest 3-point rolling median; noise: second differences of the band the run ended in, or of the whole run on a log scale). 2.58 = Φ⁻¹(0.995): a flat noisy plateau of 12–100 evaluations passes it in about 5 % of runs (simulated). Robust SDs.',
    },
    valNoiseFloor: {
      default: 0.01,
      min: 0,
      max: 1,
      doc: 'The least point noise assumed, as a share of the best val level (very smooth curves, tied rounded values, or 3–4 points with no noise estimate): a reseed moves a validation loss by about this much. Fraction.',
    },
    valEndMaxPoints: {
      default: 10,
      min: 1,
      max: 1e6,
      integer: true,
      doc: 'Most points whose median gives the end level (the points after the best, the last ones when more). Points.',
    },
    stallTrainDrop: {
      default: 0.1,
      min: 0,
      max: 1,
      doc: '`stalled` needs train to fall at least this share over the second half of the validation steps. Fraction.',
    },
    stallMinGapRatio: {
      default: 1.3,
      min: 1,
      max: 1e6,
      doc: '`stalled` needs the final val/train loss ratio at least this. Factor.',
    },
    stallGapGrowth: {
      default: 0.1,
      min: 0,
      max: 1e6,
      doc: '`stalled` needs the val/train ratio to grow by at least this share over the second half. Fraction.',
    },
    valMinDrop: {
      default: 0.05,
      min: 0,
      max: 1,
      doc: '`not_generalising` when val improved less than this share of its start. Fraction.',
    },
    trainMinDrop: {
      default: 0.1,
      min: 0,
      max: 1,
      doc: '…while train improved by at least this share. Fraction.',
    },
    resumedValFactor: {
      default: 2,
      min: 1,
      max: 1e6,
      doc: '…and only when val began below this many times the train loss at the start: a model is as bad on validation as on train before training, so val beginning far above it means the run began from a trained model (a second `model.fit` in a notebook, a resumed checkpoint), where val not improving is no sign of broken labels. Factor.',
    },
  },
  gate: {
    key: 'validation',
    default: 'warn',
    doc: 'A validation-judge finding on a train/val pair: overfitting, a stalled validation loss, or a model not generalising',
  },
  evidence: VALIDATION_EVIDENCE,
  // before the judge named the best point (best_*, end_value): its minimum and end as val_*
  legacyEvidence: [
    'val_end',
    'val_min',
    'val_min_step',
    'val_rise_from_min',
    'val_after_min_mk_p_one_sided',
    'train_at_val_min',
  ],
  decisive(e: ValidationEvidence, f) {
    return typeof e.overfitting_from_step === 'number'
      ? [`overfitting from step ${f.num(e.overfitting_from_step)}`]
      : [];
  },
});
