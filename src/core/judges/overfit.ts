import { CURVE_EVIDENCE, CURVE_JUDGE } from './curve.js';
import { defineJudge, type EvidenceOf } from './judge-spec.js';

const { healthy: _healthy, ...CURVE_FAILURES } = CURVE_JUDGE.verdicts;

/** The evidence keys of the overfit judge: the curve's, and how near zero it got. */
export const OVERFIT_EVIDENCE = [
  ...CURVE_EVIDENCE,
  'target',
  'goal',
  'orders_below_start',
  'softmax_floor',
] as const;
export type OverfitEvidence = EvidenceOf<typeof OVERFIT_EVIDENCE>;

/**
 * The single-batch overfit judge (judge-overfit.ts, lecture 7): `overfits` only when the loss gets
 * near zero. It classifies the curve with the curve judge's rules and thresholds first, so the
 * curve's failing verdicts (and their causes) are its own too; its decisive numbers are the
 * curve's, read from the same evidence keys.
 */
export const OVERFIT_JUDGE = defineJudge({
  name: 'overfit',
  doc: 'A run on one fixed batch: overfits (the loss near zero), not_near_zero, below_zero, or a failing curve verdict.',
  verdicts: {
    overfits: { severity: 'pass' },
    not_near_zero: {
      severity: 'fail',
      causes: [
        'too few steps or learning rate too low to fit one batch',
        'too much regularisation (dropout, weight decay, augmentation left on)',
        'incorrect input to the loss (softmax instead of logits, a ReLU on the output)',
        'model cannot represent the batch: gradients not flowing through the whole model',
      ],
    },
    below_zero: {
      severity: 'fail',
      causes: [
        'flipped sign of the loss: a cross-entropy-type loss cannot fall below zero',
        'incorrect input to the loss (probabilities or log-probabilities where logits are expected)',
      ],
    },
    ...CURVE_FAILURES,
  },
  thresholds: {
    overfitOrders: {
      default: 2,
      min: 0.1,
      max: 300,
      doc: '`overfits` when the end level is this many orders of magnitude below the start. Decades. Lecture 7: "arbitrarily close to 0".',
    },
    belowZeroFraction: {
      default: 0.01,
      min: 0,
      max: 1e6,
      doc: '`below_zero` when the loss ends below −(this × start level). Fraction.',
    },
  },
  gate: 'check',
  evidence: OVERFIT_EVIDENCE,
});
