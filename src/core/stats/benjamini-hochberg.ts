/**
 * Benjamini–Hochberg step-up adjustment of p-values (controls the false discovery rate), in
 * the input order: the i-th smallest (1-based) times m / i, with the running minimum taken from
 * the largest down, capped at 1. Same as R's `p.adjust(p, "BH")`.
 */
export function benjaminiHochberg(pValues: readonly number[]): number[] {
  const m = pValues.length;
  const order = pValues.map((p, i) => ({ p, i })).sort((a, b) => b.p - a.p);
  const adjusted = new Array<number>(m).fill(1);
  let running = 1;
  order.forEach(({ p, i }, k) => {
    running = Math.min(running, (m / (m - k)) * p);
    adjusted[i] = Math.min(1, running);
  });
  return adjusted;
}
