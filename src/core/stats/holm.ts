/**
 * Holm's step-down adjustment of p-values (controls the family-wise error rate), in the input
 * order: sort ascending, multiply the i-th smallest (0-based) by m − i, keep the running
 * maximum, cap at 1. Same as R's `p.adjust(p, "holm")`.
 */
export function holm(pValues: readonly number[]): number[] {
  const m = pValues.length;
  const order = pValues.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p);
  const adjusted = new Array<number>(m).fill(1);
  let running = 0;
  order.forEach(({ p, i }, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * p));
    adjusted[i] = running;
  });
  return adjusted;
}
