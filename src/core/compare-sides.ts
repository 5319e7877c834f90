import { InputError } from './errors.js';
import { sampleSummary } from './stats/sample-summary.js';

/**
 * The known result a PR is compared with: a value (a paper's number, an official run),
 * optionally its standard deviation across runs and how many runs it comes from; or the
 * per-seed values of saved base-branch reports.
 */
export type ReferenceInput =
  | { readonly value: number; readonly std?: number; readonly runs?: number }
  | { readonly values: readonly number[] };

/** One side of a comparison as the test uses it. JSON-safe. */
export interface ComparisonSide {
  /** Mean of the finite values (or the reference value); null when there is none. */
  readonly mean: number | null;
  /** Seed-to-seed standard deviation of one run; null when unknown. */
  readonly sd: number | null;
  /** Runs the mean comes from (finite values only). */
  readonly n: number;
  /**
   * Where sd comes from: `seeds` (sample sd of the values), `given` (the reference's std),
   * `borrowed` (the other side's sd, assuming equal seed noise), `none`.
   */
  readonly sdSource: 'seeds' | 'given' | 'borrowed' | 'none';
  /** Values that were NaN or ±Infinity (a diverged run), left out of mean and sd. */
  readonly nonFinite: number;
}

/** A side plus the degrees of freedom its sd was estimated with (Infinity: taken as known). */
export interface Side extends ComparisonSide {
  readonly sdDf: number;
}

function fromValues(values: readonly number[], what: string): Side {
  if (values.length === 0) throw new InputError(`${what}: expected at least one value, got none.`);
  const finite = values.filter(Number.isFinite);
  const nonFinite = values.length - finite.length;
  if (finite.length === 0) return { mean: null, sd: null, n: 0, sdSource: 'none', nonFinite, sdDf: 0 };
  const s = sampleSummary(finite, what);
  return {
    mean: s.mean,
    sd: s.sd,
    n: s.n,
    sdSource: s.sd === null ? 'none' : 'seeds',
    nonFinite,
    sdDf: s.n - 1,
  };
}

/** The PR's side from its per-seed values; non-finite values are counted, not averaged. */
export function prSide(values: readonly number[], metric: string): Side {
  return fromValues(values, `PR values of metric '${metric}'`);
}

/**
 * The reference's side. A value with `std` and `runs` ≥ 2 is a sample of `runs` runs with
 * that sample sd; `std` without `runs` is taken as a known seed sd of a single run (the most
 * cautious reading of a paper's "x ± s"); `runs` without `std` is a mean of that many runs of
 * unknown spread. Throws InputError for a non-finite value, a negative std or a bad runs.
 */
export function referenceSide(ref: ReferenceInput, metric: string): Side {
  const what = `reference of metric '${metric}'`;
  if ('values' in ref) return fromValues(ref.values, `${what} (values)`);
  if (!Number.isFinite(ref.value))
    throw new InputError(`${what}: value must be a finite number, got ${ref.value}.`);
  if (ref.std !== undefined && !(ref.std >= 0 && Number.isFinite(ref.std))) {
    throw new InputError(`${what}: std must be a finite number ≥ 0, got ${ref.std}.`);
  }
  if (ref.runs !== undefined && !(Number.isInteger(ref.runs) && ref.runs >= 1)) {
    throw new InputError(`${what}: runs must be a positive integer, got ${ref.runs}.`);
  }
  const n = ref.runs ?? 1;
  if (ref.std === undefined) return { mean: ref.value, sd: null, n, sdSource: 'none', nonFinite: 0, sdDf: 0 };
  const sdDf = n >= 2 ? n - 1 : Number.POSITIVE_INFINITY;
  return { mean: ref.value, sd: ref.std, n, sdSource: 'given', nonFinite: 0, sdDf };
}

/** The JSON-safe part of a side. */
export function publicSide(side: Side, sdSource: ComparisonSide['sdSource'] = side.sdSource): ComparisonSide {
  return { mean: side.mean, sd: side.sd, n: side.n, sdSource, nonFinite: side.nonFinite };
}
