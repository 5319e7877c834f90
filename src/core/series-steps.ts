import type { Series } from './series.js';

/** The largest finite value of any of `arrays`; NaN when none has one. */
function lastOf(arrays: readonly ArrayLike<number>[]): number {
  let last = Number.NEGATIVE_INFINITY;
  for (const a of arrays) {
    for (let i = 0; i < a.length; i++) {
      const v = a[i] as number;
      if (Number.isFinite(v) && v > last) last = v;
    }
  }
  return Number.isFinite(last) ? last : Number.NaN;
}

/**
 * `steps` of a series of one log moved onto another log's step axis, in proportion: the last step
 * of any series of `own` (the log `steps` belongs to) becomes the last of `target`, and step p
 * becomes round(p / ownLast · (targetLast + 1)) − 1, at least 0. Epoch e of E in a run of S
 * optimiser steps lands on the last step of epoch e, e·S/E − 1; a printed step count that is the
 * target's own count stays where it is. It assumes the steps of `own` are spread over the run as
 * the target's are (equal epochs): good to an epoch, not to a step. `steps` unchanged when either
 * log has no positive last step.
 */
export function onStepsOf(
  steps: Float64Array,
  own: readonly Pick<Series, 'steps'>[],
  target: readonly ArrayLike<number>[],
): Float64Array {
  const ownLast = lastOf(own.map((s) => s.steps));
  const targetLast = lastOf(target);
  if (!(ownLast > 0) || !(targetLast > 0)) return steps;
  const scale = (targetLast + 1) / ownLast;
  return steps.map((p) => (Number.isFinite(p) ? Math.max(0, Math.round(p * scale) - 1) : p));
}
