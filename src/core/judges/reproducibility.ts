import { defineJudge, type EvidenceOf } from './judge-spec.js';

/** The evidence keys of the reproducibility judge (judge-reproducibility.ts). */
export const REPRODUCIBILITY_EVIDENCE = [
  'points_compared',
  'series_compared',
  'tolerance',
  'largest_relative_difference',
  'first_divergent_step',
  'first_divergent_series',
  'first_value',
  'second_value',
  'relative_difference_there',
] as const;
export type ReproducibilityEvidence = EvidenceOf<typeof REPRODUCIBILITY_EVIDENCE>;

/**
 * The reproducibility judge (judge-reproducibility.ts): two smoke runs with one seed, step by
 * step. Any of its failing verdicts is failed by the `reproducibility` gate when it says fail.
 */
export const REPRODUCIBILITY_JUDGE = defineJudge({
  name: 'reproducibility',
  doc: 'Two smoke runs with the same seed: identical, within_tolerance, diverges (from a step) or not_comparable.',
  verdicts: {
    identical: { severity: 'pass' },
    within_tolerance: { severity: 'pass' },
    diverges: {
      severity: 'fail',
      gatable: true,
      causes: [
        'an unseeded random source: a shuffle, augmentation or dropout mask drawn without the run seed',
        'data-loader workers without a worker_init_fn / generator seeded from the run seed',
        'nondeterministic kernels switched on (cudnn.benchmark, atomics in scatter/index_add); torch.use_deterministic_algorithms(True) finds them',
      ],
    },
    not_comparable: { severity: 'warn', gatable: true },
  },
  thresholds: {},
  gate: {
    key: 'reproducibility',
    default: 'fail',
    doc: 'Two smoke runs with the same seed whose loss curves diverge (checks.smoke.reproducibility)',
  },
  evidence: REPRODUCIBILITY_EVIDENCE,
});
