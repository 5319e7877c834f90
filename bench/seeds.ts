// The seed comparison on real seed values: the false-alarm rate on identical code and the power
// on a real regression, from the digits example's final val accuracy over many seeds
// (test/fixtures/seeds/digits-val-accuracy.json), resampled into many 3-versus-3 splits.
// `npm run bench:seeds [-- --splits N]`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareWithReference } from '../src/core/compare.js';
import { createRng, type Rng } from '../test/helpers/synthetic/prng.js';

interface Side {
  readonly hidden: number;
  readonly seeds: readonly number[];
  readonly val_accuracy: readonly number[];
}
const fixture = JSON.parse(
  readFileSync(join(import.meta.dirname, '../test/fixtures/seeds/digits-val-accuracy.json'), 'utf8'),
) as { readonly command: string; readonly base: Side; readonly cut: Side };

const at = process.argv.indexOf('--splits');
const SPLITS = at >= 0 ? Number(process.argv[at + 1]) : 5000;
const ALPHA = 0.05;
const PER_SIDE = 3;

/** k distinct indices of [0, n), drawn without replacement. */
function draw(rng: Rng, n: number, k: number, exclude: ReadonlySet<number> = new Set()): number[] {
  const out: number[] = [];
  while (out.length < k) {
    const i = Math.floor(rng.uniform(0, n));
    if (i < n && !exclude.has(i) && !out.includes(i)) out.push(i);
  }
  return out;
}

interface Tally {
  regressed: number;
  welchAlone: number;
  seedFinding: number;
  inconclusive: number;
}

function run(label: string, pick: (rng: Rng) => { pr: number[]; base: number[] }, tolerance: number): Tally {
  const rng = createRng(20260601 + Math.round(tolerance * 1000));
  const t: Tally = { regressed: 0, welchAlone: 0, seedFinding: 0, inconclusive: 0 };
  for (let k = 0; k < SPLITS; k++) {
    const { pr, base } = pick(rng);
    const [r] = compareWithReference(
      [{ metric: 'val_accuracy', pr, reference: { values: base }, better: 'higher', tolerance }],
      { alpha: ALPHA },
    );
    if (r?.outcome === 'regressed') t.regressed++;
    if (r?.pRegression !== null && (r?.pRegression as number) < ALPHA) t.welchAlone++;
    if (r?.outcome === 'inconclusive') t.inconclusive++;
    if (r?.seeds?.scatter?.flagged || r?.seeds?.collapse?.flagged) t.seedFinding++;
  }
  const pct = (x: number) => `${((100 * x) / SPLITS).toFixed(2)} %`;
  console.log(
    `${label.padEnd(46)} tolerance ${String(tolerance).padEnd(5)} regressed ${pct(t.regressed).padStart(8)} (Welch alone ${pct(t.welchAlone).padStart(8)})   seed finding ${pct(t.seedFinding).padStart(8)}   inconclusive ${pct(t.inconclusive).padStart(8)}`,
  );
  return t;
}

const base = fixture.base.val_accuracy;
const cut = fixture.cut.val_accuracy;
console.log(`Seed comparison on real seeds: ${fixture.command}`);
console.log(
  `base (hidden ${fixture.base.hidden}): ${base.length} seeds, val accuracy ${Math.min(...base).toFixed(3)}–${Math.max(...base).toFixed(3)}; capacity cut (hidden ${fixture.cut.hidden}): ${cut.length} seeds, ${Math.min(...cut).toFixed(3)}–${Math.max(...cut).toFixed(3)}`,
);
console.log(`${SPLITS} random ${PER_SIDE}-versus-${PER_SIDE} splits each, alpha = ${ALPHA}\n`);
const identical = (rng: Rng) => {
  const b = draw(rng, base.length, PER_SIDE);
  const p = draw(rng, base.length, PER_SIDE, new Set(b));
  return { pr: p.map((i) => base[i] as number), base: b.map((i) => base[i] as number) };
};
const capacityCut = (rng: Rng) => ({
  pr: draw(rng, cut.length, PER_SIDE).map((i) => cut[i] as number),
  base: draw(rng, base.length, PER_SIDE).map((i) => base[i] as number),
});
for (const tolerance of [0, 0.01]) {
  const fa = run('identical code (base seeds against base seeds)', identical, tolerance);
  run('capacity cut (cut seeds against base seeds)', capacityCut, tolerance);
  const rate = fa.regressed / SPLITS;
  console.log(
    `  false-alarm rate ${(100 * rate).toFixed(2)} % ${rate <= ALPHA ? '≤' : '>'} alpha ${ALPHA * 100} % (target: ≤ alpha) ${rate <= ALPHA ? 'MET' : 'MISSED'}`,
  );
}
const [issue] = compareWithReference([
  {
    metric: 'val_accuracy',
    pr: [0.743, 0.63, 0.913],
    reference: { values: [0.973, 0.983, 0.99] },
    better: 'higher',
    tolerance: 0.01,
  },
]);
console.log(`\nThe issue's case (base 0.973, 0.983, 0.990 vs PR 0.743, 0.630, 0.913): ${issue?.message}`);
