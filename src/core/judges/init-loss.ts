import { defineJudge, type EvidenceOf } from './judge-spec.js';

/** The evidence keys of the initial-loss judge (judge-init-loss.ts). */
export const INIT_LOSS_EVIDENCE = [
  'classes',
  'expected',
  'initial_loss',
  'initial_step',
  'relative_difference',
  'tolerance',
] as const;
export type InitLossEvidence = EvidenceOf<typeof INIT_LOSS_EVIDENCE>;

/** The initial-loss judge (judge-init-loss.ts): the first loss of a C-class cross-entropy against −ln(1/C) (Karpathy 2019). */
export const INIT_LOSS_JUDGE = defineJudge({
  name: 'init_loss',
  doc: 'The loss at initialisation against -ln(1/C): init_loss_ok or init_loss_off.',
  verdicts: {
    init_loss_ok: { severity: 'pass' },
    init_loss_off: {
      severity: 'warn',
      causes: [
        'last layer badly initialised: logits not near zero or bias not set to the data',
        'wrong number of classes or loss reduction (sum instead of mean)',
        'incorrect input to the loss (softmaxed outputs where logits are expected)',
      ],
    },
  },
  thresholds: {
    initLossTolerance: {
      default: 0.25,
      min: 0,
      max: 1e6,
      doc: 'Tolerated relative distance of the first loss from ln C. Fraction. Karpathy 2019: verify −ln(1/C).',
    },
  },
  gate: { key: 'init_loss', default: 'warn', doc: 'A loss at initialisation far from -ln(1/classes)' },
  evidence: INIT_LOSS_EVIDENCE,
  decisive(e: InitLossEvidence, f) {
    return typeof e.expected === 'number' && typeof e.initial_loss === 'number'
      ? [`initial ${f.num(e.initial_loss)} vs −ln(1/C) ${f.num(e.expected)}`]
      : [];
  },
});
