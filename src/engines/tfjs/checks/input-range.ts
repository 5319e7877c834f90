import { fmt } from '../../../core/curve-input.js';
import { type Finding, finiteOrNull } from '../../../core/verdict.js';
import { engineFinding } from './finding.js';

/** Summary statistics of the values of one training batch as it enters the model. */
export interface InputStats {
  readonly mean: number;
  readonly std: number;
  readonly min: number;
  readonly max: number;
  /** Values looked at. */
  readonly count: number;
}

/**
 * Normalised inputs (scaled to 0–1 or standardised) stay within a few units; raw pixel bytes
 * reach 255. A largest |value| above this, or a std or |mean| above INPUT_MAX_SCALE, fails.
 */
export const INPUT_MAX_ABS = 20;
export const INPUT_MAX_SCALE = 5;

/**
 * Input range and normalisation (lecture 7: "forgot to normalise"; Karpathy: look at exactly
 * what enters the model): `inputs_unnormalised` (fail) when the batch's values are far from unit
 * scale, or non-finite; else `inputs_ok`.
 */
export function judgeInputRange(s: InputStats): Finding {
  const maxAbs = Math.max(Math.abs(s.min), Math.abs(s.max));
  const evidence = {
    mean: finiteOrNull(s.mean),
    std: finiteOrNull(s.std),
    min: finiteOrNull(s.min),
    max: finiteOrNull(s.max),
    values: s.count,
    max_abs_limit: INPUT_MAX_ABS,
    scale_limit: INPUT_MAX_SCALE,
  };
  const range = `range ${fmt(s.min)} to ${fmt(s.max)}, mean ${fmt(s.mean)}, std ${fmt(s.std)}`;
  const finite = [s.mean, s.std, s.min, s.max].every(Number.isFinite);
  if (!finite || maxAbs > INPUT_MAX_ABS || s.std > INPUT_MAX_SCALE || Math.abs(s.mean) > INPUT_MAX_SCALE) {
    return engineFinding(
      'inputs',
      'inputs_unnormalised',
      'fail',
      finite
        ? `Inputs are not normalised: a training batch has ${range} (expected within ±${INPUT_MAX_ABS}, std and |mean| ≤ ${INPUT_MAX_SCALE}).`
        : `Inputs hold NaN or Infinity: a training batch has ${range}.`,
      evidence,
      [
        'inputs not normalised: scale them (pixels / 255) or standardise them to mean 0, std 1',
        'pre-processing differs from what the model was built for',
      ],
    );
  }
  return engineFinding('inputs', 'inputs_ok', 'pass', `Inputs look normalised: ${range}.`, evidence);
}
