#!/usr/bin/env node
import { createRequire as __tsCreateRequire } from 'node:module';
const require = __tsCreateRequire(import.meta.url);

// src/core/finite-or-null.ts
function finiteOrNull(x) {
  return typeof x === "number" && Number.isFinite(x) ? x : null;
}

// src/core/judges/judge-spec.ts
function defineJudge(spec) {
  return spec;
}
function severities(verdicts) {
  const out = {};
  for (const v of Object.keys(verdicts)) out[v] = verdicts[v].severity;
  return out;
}

// src/core/judges/curve.ts
var CURVE_EVIDENCE = [
  "points",
  "bins",
  "space",
  "start_level",
  "end_level",
  "min_level",
  "min_step",
  "relative_change",
  "mk_s",
  "mk_z",
  "mk_p",
  "mk_tau",
  "sen_slope_per_step",
  "sen_drop",
  "sen_drop_upper",
  "mk_after_min_z",
  "mk_after_min_p",
  "rise_from_min",
  "give_back",
  "tail_drop",
  "mk_tail_p",
  "swings",
  "smoothed_swings",
  "min_autocorrelation",
  "autocorrelation_critical",
  "within_bin_spread",
  "spike_count",
  "spike_steps",
  "first_non_finite_step",
  "first_non_finite_value",
  "non_finite_count",
  "last_finite_value",
  "min_points",
  "jump_factor",
  "rises_after_min",
  "moves_after_min",
  "chance_level",
  "trend_at_end",
  "constant_value"
];
var CURVE_JUDGE = defineJudge({
  name: "curve",
  doc: "One loss-like series, judged from its shape: healthy, goes_up, explodes, oscillates, plateaus, non_finite or too_short.",
  verdicts: {
    healthy: { severity: "pass" },
    goes_up: {
      severity: "fail",
      causes: [
        "flipped sign of the loss or gradient",
        "learning rate too high",
        "softmax taken over the wrong dimension"
      ]
    },
    explodes: {
      severity: "fail",
      causes: ["numerical issue: check every exp, log and division", "learning rate too high"]
    },
    oscillates: {
      severity: "fail",
      causes: [
        "data or labels corrupted (zeroed, wrongly shuffled, wrongly pre-processed)",
        "learning rate too high"
      ]
    },
    plateaus: {
      severity: "fail",
      causes: [
        "learning rate too low",
        "gradients not flowing through the whole model",
        "too much regularisation",
        "incorrect input to the loss (softmax instead of logits, a ReLU on the output)",
        "corrupted data or labels"
      ]
    },
    non_finite: {
      severity: "fail",
      causes: ["numerical instability: inf/NaN from an exp, log or division", "learning rate too high"]
    },
    too_short: { severity: "warn" }
  },
  thresholds: {
    minPoints: {
      default: 10,
      min: 3,
      max: 1e6,
      integer: true,
      doc: "Fewer points than this: `too_short`. Points. MK needs \u2265 8 values to reach p < 0.01."
    },
    maxBins: {
      default: 512,
      min: 16,
      max: 4096,
      integer: true,
      doc: "Most bins a curve is reduced to before any O(B\xB2) statistic. Bins. METHOD.md: ~512."
    },
    alpha: {
      default: 0.01,
      min: 1e-12,
      max: 0.5,
      doc: "Two-sided significance level of every Mann\u2013Kendall test. Probability."
    },
    edgeFraction: {
      default: 0.02,
      min: 1e-3,
      max: 0.5,
      doc: "Share of bins whose median gives the start and end levels (at least 3 bins at the start, 5 at the end). Fraction."
    },
    smoothFraction: {
      default: 0.03,
      min: 0,
      max: 0.5,
      doc: "Window of the rolling median that locates the minimum and the peak, as a share of bins (\u2265 3). Fraction."
    },
    minTrendBins: {
      default: 6,
      min: 3,
      max: 4096,
      integer: true,
      doc: "Fewest bins after the minimum for a test of the rise there. Bins."
    },
    explodeFactor: {
      default: 4,
      min: 1.01,
      max: 1e12,
      doc: "`explodes` when the end level is at least this many times the best level (and above the start). Factor. fastai's LR finder: 4\xD7, pytorch-lr-finder: 5\xD7."
    },
    goesUpMinRise: {
      default: 0.1,
      min: 0,
      max: 1e6,
      doc: "`goes_up` needs the end this much above the start (or the minimum). Fraction."
    },
    goesUpGiveBack: {
      default: 0.5,
      min: 0,
      max: 100,
      doc: "`goes_up` after a minimum needs this share of the drop from start to minimum given back. Fraction."
    },
    swingFactor: {
      default: 2,
      min: 1.01,
      max: 1e6,
      doc: "A swing is a move up or down by at least this factor. Factor. AUTOTRAINER: many peak-to-trough swings."
    },
    minSwings: {
      default: 8,
      min: 2,
      max: 1e6,
      integer: true,
      doc: "`oscillates` at this many swings (half-periods) or more. Count."
    },
    minSwingRate: {
      default: 0.1,
      min: 0,
      max: 1,
      doc: "\u2026or at this many swings per bin, however irregular. Swings/bin. Healthy noise of 15 % per point makes < 0.03."
    },
    oscillationMaxFall: {
      default: 10,
      min: 1,
      max: 1e12,
      doc: "A loss that fell significantly (Mann\u2013Kendall) by at least this factor from start to end is not called `oscillates`, however it swings: per-step minibatch losses near a small floor swing 2\xD7 and more as noise (seen on a real PyTorch run falling 84\xD7). Factor."
    },
    plateauMaxDrop: {
      default: 0.05,
      min: 0,
      max: 1,
      doc: "`plateaus` when the loss improved by less than this share of its start level. Fraction. PyTorch ReduceLROnPlateau uses 1e-4 per epoch; this is over the whole run."
    },
    plateauMaxDropUpper: {
      default: 0.25,
      min: 0,
      max: 1,
      doc: "\u2026and the upper confidence bound (Sen's slope) of that improvement is below this. Fraction."
    },
    tailFraction: {
      default: 0.25,
      min: 0.05,
      max: 1,
      doc: 'Share of bins at the end on which a healthy curve is called "still decreasing" or "flattened". Fraction.'
    },
    stillDecreasingDrop: {
      default: 0.02,
      min: 0,
      max: 1,
      doc: '"still decreasing" needs a significant fall of at least this share of the end level over the tail. Fraction.'
    },
    spikeZ: {
      default: 6,
      min: 1,
      max: 1e6,
      doc: "A spike is a bin whose robust z (1.4826\xB7MAD of log-residuals from a rolling median) exceeds this. Robust SDs."
    },
    spikeFactor: {
      default: 1.5,
      min: 1,
      max: 1e6,
      doc: "\u2026and that rises at least this factor above the rolling median. Factor."
    },
    consistentRiseShare: {
      default: 0.8,
      min: 0.5,
      max: 1,
      doc: "`goes_up` on a short curve: at least this share of the moves after the minimum go up (a one-sided sign test at `alpha` must agree). Printed curves are 10\u201330 window averages, too few and too smooth for the AR(1)-corrected Mann\u2013Kendall. Fraction."
    },
    jumpFactor: {
      default: 4,
      min: 1.01,
      max: 1e12,
      doc: "`explodes` when the loss jumps to this many times its first value within the first three points\u2026 Factor."
    },
    jumpKeepFactor: {
      default: 2,
      min: 1,
      max: 1e12,
      doc: "\u2026and ends at least this many times its first value (it never came back). Factor."
    },
    chanceFactor: {
      default: 1.5,
      min: 1,
      max: 1e6,
      doc: "With known classes, a cross-entropy ending this many times above ln C (a uniform guess) does worse than guessing: `plateaus`. Factor."
    }
  },
  gate: "check",
  evidence: CURVE_EVIDENCE,
  decisive(e, f) {
    const parts = [];
    if (typeof e.first_non_finite_step === "number")
      parts.push(`non-finite from step ${f.num(e.first_non_finite_step)}`);
    if (e.start_level !== void 0 && e.end_level !== void 0) {
      parts.push(`${f.num(finiteOrNull(e.start_level))} \u2192 ${f.num(finiteOrNull(e.end_level))}`);
    }
    if (typeof e.min_level === "number") parts.push(`min ${f.num(e.min_level)}`);
    if (typeof e.mk_p === "number") parts.push(`trend ${f.p(e.mk_p)}`);
    if (typeof e.spike_count === "number" && e.spike_count > 0)
      parts.push(`${e.spike_count} spike${e.spike_count === 1 ? "" : "s"}`);
    return parts;
  }
});

// src/core/judges/engine.ts
var ENGINE_JUDGE = defineJudge({
  name: "engine",
  doc: "What the engine or the PyTorch probe saw inside the training process.",
  verdicts: {
    inputs_ok: { severity: "pass" },
    inputs_unnormalised: { severity: "fail" },
    gradients_ok: { severity: "pass" },
    gradients_vanishing: { severity: "fail" },
    gradients_exploding: { severity: "fail" },
    weights_frozen: { severity: "fail" },
    updates_ok: { severity: "pass" },
    updates_too_small: { severity: "fail" },
    updates_too_large: { severity: "fail" },
    relu_ok: { severity: "pass" },
    relu_dead: { severity: "fail" },
    loss_input_ok: { severity: "pass" },
    loss_input_softmaxed: { severity: "fail" },
    loss_input_relu: { severity: "fail" },
    baseline_ok: { severity: "pass" },
    inputs_ignored: { severity: "fail" },
    modes_ok: { severity: "pass" },
    modes_differ: { severity: "fail" },
    // the PyTorch probe's own (python/trainspotter/probe, src/engines/pytorch)
    loss_input_not_log_probabilities: { severity: "fail" },
    loss_input_not_probabilities: { severity: "fail" },
    gradients_non_finite: { severity: "fail" },
    gradients_accumulate: { severity: "fail" },
    chance_level: { severity: "fail" },
    below_zero: { severity: "fail" }
  },
  thresholds: {},
  gate: "check",
  evidence: "open"
});

// src/core/judges/init-loss.ts
var INIT_LOSS_EVIDENCE = [
  "classes",
  "expected",
  "initial_loss",
  "initial_step",
  "relative_difference",
  "tolerance"
];
var INIT_LOSS_JUDGE = defineJudge({
  name: "init_loss",
  doc: "The loss at initialisation against -ln(1/C): init_loss_ok or init_loss_off.",
  verdicts: {
    init_loss_ok: { severity: "pass" },
    init_loss_off: {
      severity: "warn",
      causes: [
        "last layer badly initialised: logits not near zero or bias not set to the data",
        "wrong number of classes or loss reduction (sum instead of mean)",
        "incorrect input to the loss (softmaxed outputs where logits are expected)"
      ]
    }
  },
  thresholds: {
    initLossTolerance: {
      default: 0.25,
      min: 0,
      max: 1e6,
      doc: "Tolerated relative distance of the first loss from ln C. Fraction. Karpathy 2019: verify \u2212ln(1/C)."
    }
  },
  gate: { key: "init_loss", default: "warn", doc: "A loss at initialisation far from -ln(1/classes)" },
  evidence: INIT_LOSS_EVIDENCE,
  decisive(e, f) {
    return typeof e.expected === "number" && typeof e.initial_loss === "number" ? [`initial ${f.num(e.initial_loss)} vs \u2212ln(1/C) ${f.num(e.expected)}`] : [];
  }
});

// src/core/judges/overfit.ts
var { healthy: _healthy, ...CURVE_FAILURES } = CURVE_JUDGE.verdicts;
var OVERFIT_EVIDENCE = [
  ...CURVE_EVIDENCE,
  "target",
  "goal",
  "orders_below_start",
  "softmax_floor"
];
var OVERFIT_JUDGE = defineJudge({
  name: "overfit",
  doc: "A run on one fixed batch: overfits (the loss near zero), not_near_zero, below_zero, or a failing curve verdict.",
  verdicts: {
    overfits: { severity: "pass" },
    not_near_zero: {
      severity: "fail",
      causes: [
        "too few steps or learning rate too low to fit one batch",
        "too much regularisation (dropout, weight decay, augmentation left on)",
        "incorrect input to the loss (softmax instead of logits, a ReLU on the output)",
        "model cannot represent the batch: gradients not flowing through the whole model"
      ]
    },
    below_zero: {
      severity: "fail",
      causes: [
        "flipped sign of the loss: a cross-entropy-type loss cannot fall below zero",
        "incorrect input to the loss (probabilities or log-probabilities where logits are expected)"
      ]
    },
    ...CURVE_FAILURES
  },
  thresholds: {
    overfitOrders: {
      default: 2,
      min: 0.1,
      max: 300,
      doc: '`overfits` when the end level is this many orders of magnitude below the start. Decades. Lecture 7: "arbitrarily close to 0".'
    },
    belowZeroFraction: {
      default: 0.01,
      min: 0,
      max: 1e6,
      doc: "`below_zero` when the loss ends below \u2212(this \xD7 start level). Fraction."
    }
  },
  gate: "check",
  evidence: OVERFIT_EVIDENCE
});

// src/core/judges/reproducibility.ts
var REPRODUCIBILITY_EVIDENCE = [
  "points_compared",
  "series_compared",
  "tolerance",
  "largest_relative_difference",
  "first_divergent_step",
  "first_divergent_series",
  "first_value",
  "second_value",
  "relative_difference_there"
];
var REPRODUCIBILITY_JUDGE = defineJudge({
  name: "reproducibility",
  doc: "Two smoke runs with the same seed: identical, within_tolerance, diverges (from a step) or not_comparable.",
  verdicts: {
    identical: { severity: "pass" },
    within_tolerance: { severity: "pass" },
    diverges: {
      severity: "fail",
      gatable: true,
      causes: [
        "an unseeded random source: a shuffle, augmentation or dropout mask drawn without the run seed",
        "data-loader workers without a worker_init_fn / generator seeded from the run seed",
        "nondeterministic kernels switched on (cudnn.benchmark, atomics in scatter/index_add); torch.use_deterministic_algorithms(True) finds them"
      ]
    },
    not_comparable: { severity: "warn", gatable: true }
  },
  thresholds: {},
  gate: {
    key: "reproducibility",
    default: "fail",
    doc: "Two smoke runs with the same seed whose loss curves diverge (checks.smoke.reproducibility)"
  },
  evidence: REPRODUCIBILITY_EVIDENCE
});

// src/core/judges/validation.ts
var VALIDATION_EVIDENCE = [
  "val_points",
  "train_points",
  "best_step",
  "best_value",
  "end_value",
  "end_above_best",
  "gap_ratio",
  "gap_difference",
  "train_end",
  "train_at_best",
  "noise_sd",
  "rise_z",
  "rise_z_needed",
  "rise_p",
  "smoothed_best",
  "rise_above_smoothed_best",
  "best_z",
  "best_z_needed",
  "run_rise_z",
  "run_rise_z_needed",
  "after_best_mk_p_one_sided",
  "val_start",
  "val_change",
  "val_mk_p",
  "train_change",
  "train_mk_p",
  "val_best_gain",
  "train_initial",
  "val_drop_from_train_initial",
  "overfitting_from_step",
  "stalled_from_step",
  "val_second_half_change",
  "train_second_half_change",
  "train_second_half_mk_p",
  "gap_ratio_mid"
];
var VALIDATION_JUDGE = defineJudge({
  name: "validation",
  doc: "A train/val pair of one metric: generalises, overfitting, stalled, not_generalising or too_short.",
  verdicts: {
    generalises: { severity: "pass" },
    overfitting: {
      severity: "warn",
      gatable: true,
      causes: [
        "variance: the model fits the training set but not held-out data; add data or augmentation, regularise, or stop early",
        "validation set too small or too easy to fit by tuning: resample it"
      ]
    },
    stalled: {
      severity: "warn",
      gatable: true,
      causes: [
        "variance beginning: the model keeps fitting the training set while held-out loss no longer improves; keep the best checkpoint, stop earlier, regularise or add data",
        "learning-rate schedule: a rate that stays high can stall validation while train keeps falling"
      ]
    },
    not_generalising: {
      severity: "fail",
      gatable: true,
      causes: [
        "labels or split suspect: validation labels misaligned or shuffled separately from the inputs",
        "train and validation pre-processed differently (normalisation, tokenisation, augmentation)",
        "train/eval mode set up wrong (dropout, batch-norm statistics)"
      ]
    },
    too_short: { severity: "warn" }
  },
  thresholds: {
    minValPoints: {
      default: 3,
      min: 3,
      max: 1e6,
      integer: true,
      doc: "Fewest validation points. Points. Hugging Face fine-tuning evaluates 3\u201310 times a run."
    },
    valAlpha: {
      default: 0.05,
      min: 1e-12,
      max: 0.5,
      doc: "Significance level of its Mann\u2013Kendall tests; validation curves have few, low-noise points. Probability."
    },
    overfitMinRise: {
      default: 0.02,
      min: 0,
      max: 1e6,
      doc: "`overfitting` needs the val end level at least this share above its best (the effect size). Fraction."
    },
    valTrendMinZ: {
      default: 1,
      min: 0,
      max: 1e6,
      doc: "A significant Mann\u2013Kendall rise after the best counts only with the end at least this many noise SDs above the best (a slow drift of a flat tail is not a rise). Robust SDs."
    },
    valRiseMinZ: {
      default: 2.58,
      min: 0,
      max: 1e6,
      doc: "`overfitting` when the val end level is at least this many noise SDs above the smoothed best (the lowest 3-point rolling median; noise: second differences of the band the run ended in, or of the whole run on a log scale). 2.58 = \u03A6\u207B\xB9(0.995): a flat noisy plateau of 12\u2013100 evaluations passes it in about 5 % of runs (simulated). Robust SDs."
    },
    valNoiseFloor: {
      default: 0.01,
      min: 0,
      max: 1,
      doc: "The least point noise assumed, as a share of the best val level (very smooth curves, tied rounded values, or 3\u20134 points with no noise estimate): a reseed moves a validation loss by about this much. Fraction."
    },
    valEndMaxPoints: {
      default: 10,
      min: 1,
      max: 1e6,
      integer: true,
      doc: "Most points whose median gives the end level (the points after the best, the last ones when more). Points."
    },
    stallTrainDrop: {
      default: 0.1,
      min: 0,
      max: 1,
      doc: "`stalled` needs train to fall at least this share over the second half of the validation steps. Fraction."
    },
    stallMinGapRatio: {
      default: 1.3,
      min: 1,
      max: 1e6,
      doc: "`stalled` needs the final val/train loss ratio at least this. Factor."
    },
    stallGapGrowth: {
      default: 0.1,
      min: 0,
      max: 1e6,
      doc: "`stalled` needs the val/train ratio to grow by at least this share over the second half. Fraction."
    },
    valMinDrop: {
      default: 0.05,
      min: 0,
      max: 1,
      doc: "`not_generalising` when val improved less than this share of its start. Fraction."
    },
    trainMinDrop: {
      default: 0.1,
      min: 0,
      max: 1,
      doc: "\u2026while train improved by at least this share. Fraction."
    },
    resumedValFactor: {
      default: 2,
      min: 1,
      max: 1e6,
      doc: "\u2026and only when val began below this many times the train loss at the start: a model is as bad on validation as on train before training, so val beginning far above it means the run began from a trained model (a second `model.fit` in a notebook, a resumed checkpoint), where val not improving is no sign of broken labels. Factor."
    }
  },
  gate: {
    key: "validation",
    default: "warn",
    doc: "A validation-judge finding on a train/val pair: overfitting, a stalled validation loss, or a model not generalising"
  },
  evidence: VALIDATION_EVIDENCE,
  // before the judge named the best point (best_*, end_value): its minimum and end as val_*
  legacyEvidence: [
    "val_end",
    "val_min",
    "val_min_step",
    "val_rise_from_min",
    "val_after_min_mk_p_one_sided",
    "train_at_val_min"
  ],
  decisive(e, f) {
    return typeof e.overfitting_from_step === "number" ? [`overfitting from step ${f.num(e.overfitting_from_step)}`] : [];
  }
});

// src/core/judges/index.ts
var JUDGES = [
  CURVE_JUDGE,
  OVERFIT_JUDGE,
  VALIDATION_JUDGE,
  INIT_LOSS_JUDGE,
  ENGINE_JUDGE,
  REPRODUCIBILITY_JUDGE
];
var JUDGE_NAMES = JUDGES.map((j) => j.name);
function judgeNamed(name) {
  return JUDGES.find((j) => j.name === name);
}
function verdictsOf(name) {
  return Object.keys(judgeNamed(name).verdicts);
}
function verdictSpec(name, verdict) {
  return judgeNamed(name).verdicts[verdict];
}
var THRESHOLD_SPECS = Object.assign(
  {},
  ...JUDGES.map((j) => j.thresholds)
);
var VERDICT_CAUSES = (() => {
  const out = {};
  for (const j of JUDGES) {
    for (const [verdict, spec] of Object.entries(j.verdicts)) {
      if (spec.causes && !(verdict in out)) out[verdict] = spec.causes;
    }
  }
  return out;
})();

export {
  finiteOrNull,
  severities,
  CURVE_JUDGE,
  INIT_LOSS_JUDGE,
  OVERFIT_JUDGE,
  REPRODUCIBILITY_JUDGE,
  VALIDATION_JUDGE,
  JUDGES,
  judgeNamed,
  verdictsOf,
  verdictSpec,
  THRESHOLD_SPECS,
  VERDICT_CAUSES
};
