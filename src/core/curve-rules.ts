import type { CurveFeatures } from './curve-features.js';
import { fmt, type OrderedCurve, pct } from './curve-input.js';
import { finiteOrNull } from './finite-or-null.js';
import type { MannKendallResult } from './stats/mann-kendall.js';
import { signTestUpper } from './stats/sign-test.js';
import type { CurveThresholds } from './thresholds.js';
import type { CurveVerdict, EvidenceValue } from './verdict.js';

function significantRise(mk: MannKendallResult | null, alpha: number): boolean {
  return mk !== null && mk.z > 0 && mk.p < alpha;
}

/** A rule on the points alone, before any feature is computed: its sentence and evidence when it applies. */
export interface PointRule {
  readonly name: string;
  readonly verdict: CurveVerdict;
  decide(
    c: OrderedCurve,
    th: CurveThresholds,
  ): { summary: string; evidence: Record<string, EvidenceValue> } | null;
}

/** What a shape rule reads: the curve, its features, the thresholds; `evidence` is the finding's, to add to. */
export interface ShapeInput {
  readonly c: OrderedCurve;
  readonly f: CurveFeatures;
  readonly th: CurveThresholds;
  readonly chanceLevel: number | undefined;
  readonly evidence: Record<string, EvidenceValue>;
  /** `from … to … (minimum … at step …)`, for the sentences. */
  readonly levels: string;
  /** `, Mann–Kendall p = … after the minimum`, or empty. */
  readonly after: string;
  /** The first logged value. */
  readonly initial: number;
}

/** A rule on the curve's shape: its sentence when it applies (it may add evidence then, never otherwise). */
export interface ShapeRule {
  readonly name: string;
  readonly verdict: CurveVerdict;
  decide(x: ShapeInput): string | null;
}

/** The rules on the points, in order: a non-finite value first, then too few points. */
export const POINT_RULES: readonly PointRule[] = [
  {
    name: 'non-finite value',
    verdict: 'non_finite',
    decide(c) {
      if (c.firstNonFinite < 0) return null;
      const n = c.values.length;
      const v = c.values[c.firstNonFinite] as number;
      const kind = Number.isNaN(v) ? 'NaN' : v > 0 ? 'Infinity' : '-Infinity';
      const step = c.steps[c.firstNonFinite] as number;
      return {
        summary: `Loss became ${kind} at step ${fmt(step)} (${c.nonFiniteCount} of ${n} points non-finite).`,
        evidence: {
          points: n,
          first_non_finite_step: finiteOrNull(step),
          first_non_finite_value: kind,
          non_finite_count: c.nonFiniteCount,
          last_finite_value:
            c.firstNonFinite > 0 ? finiteOrNull(c.values[c.firstNonFinite - 1] as number) : null,
        },
      };
    },
  },
  {
    name: 'too few points',
    verdict: 'too_short',
    decide(c, th) {
      const n = c.values.length;
      if (n >= th.minPoints) return null;
      return {
        summary: `Only ${n} point${n === 1 ? '' : 's'}; at least ${th.minPoints} are needed to judge a curve.`,
        evidence: { points: n, min_points: th.minPoints },
      };
    },
  },
];

/**
 * The rules on the shape, in order; the first that applies gives the verdict. Each needs a
 * practical effect AND a significant Mann–Kendall test (or, for swings, many large moves).
 * Oscillation comes first (swings make every trend test meaningless), then the explosions
 * (a rise so large it is significant by its size), then the rises (below zero, a trend, a
 * consistent rise on few points, a rise after the minimum), then the plateaus (far above
 * chance, or no improvement), and `healthy` when none applies.
 */
export const SHAPE_RULES: readonly ShapeRule[] = [
  {
    name: 'swings',
    verdict: 'oscillates',
    decide({ f, th, levels }) {
      const spreadLimit = f.space === 'log' ? th.swingFactor : Math.log(th.swingFactor);
      // many 2× swings are only oscillation when they are regular (a negative autocorrelation lobe)
      // or dense: independent noise rarely swings 2× between neighbouring bins
      const periodic =
        f.swings >= th.minSwings &&
        (f.minAutocorrelation < f.autocorrelationCritical || f.swings >= th.minSwingRate * f.bins);
      const convergedNoise =
        f.space === 'log' && f.start / f.end >= th.oscillationMaxFall && f.mk.z < 0 && f.mk.p < th.alpha;
      if (convergedNoise || !(periodic || f.smoothSwings >= th.minSwings || f.withinBinSpread >= spreadLimit))
        return null;
      const what =
        periodic || f.smoothSwings >= th.minSwings
          ? `${Math.max(f.swings, f.smoothSwings)} swings of at least ${fmt(th.swingFactor)}×`
          : `points within each stretch spread ${fmt(f.withinBinSpread)}× (90th/10th percentile)`;
      return `Loss oscillates: ${what}, ${levels}.`;
    },
  },
  {
    name: 'far above its best',
    verdict: 'explodes',
    decide({ f, th, levels, after, initial }) {
      const factor = f.space === 'log' ? f.end / f.min : 1 + f.riseFromMin;
      // an explosion is significant by its size: a rise after the minimum, or every end bin above the line
      const lowFactor = f.space === 'log' ? f.endLow / f.min : 1;
      const persistent = significantRise(f.mkAfterMin, th.alpha) || lowFactor >= th.explodeFactor;
      // The initial loss counts too: a loss that blew up within the first steps and settled far
      // above where it began (learning rate far too high) has its start level already exploded.
      const aboveStart = f.end > f.start || (initial > 0 && f.end >= th.explodeFactor * initial);
      if (!(factor >= th.explodeFactor && aboveStart && persistent)) return null;
      return `Loss exploded: ${fmt(factor)}× its best level, ${levels}${after}.`;
    },
  },
  {
    name: 'jump after the first value',
    verdict: 'explodes',
    decide({ c, f, th, evidence, levels, initial }) {
      // A jump right after the first print that is never given back is no warm-up: the rolling
      // median smooths the one low point away, so it is measured against the first value itself.
      const jump = initial > 0 ? Math.max(...c.values.subarray(1, 4)) / initial : 0;
      if (!(jump >= th.jumpFactor && f.endLow >= th.jumpKeepFactor * initial)) return null;
      evidence.jump_factor = finiteOrNull(jump);
      return `Loss jumped ${fmt(jump)}× right after its first value ${fmt(initial)} and never came back: it ends at ${fmt(f.end)}, ${fmt(f.end / initial)}× where it began (${levels}).`;
    },
  },
  {
    name: 'below zero',
    verdict: 'goes_up',
    decide({ f, th, initial }) {
      // A loss that starts positive and falls further below zero than it ever was above cannot be a
      // cross-entropy-type loss: its sign is flipped (METHOD.md, the "goes up" row seen from below).
      // Starting below zero (the logged loss is already negated), it runs away: 4× further down.
      const belowZero =
        initial > 0
          ? f.end < -Math.max(initial, f.start)
          : f.end < th.explodeFactor * Math.min(initial, f.start);
      if (!(f.end < 0 && belowZero && f.mk.z < 0 && f.mk.p < th.alpha)) return null;
      return `Loss ran below zero, from ${fmt(f.start)} to ${fmt(f.end)}: a loss of this kind cannot, so its sign is likely flipped (the loss goes up, seen from below).`;
    },
  },
  {
    name: 'rising trend',
    verdict: 'goes_up',
    decide({ f, th, levels }) {
      if (!(significantRise(f.mk, th.alpha) && f.relChange >= th.goesUpMinRise)) return null;
      return `Loss went up ${pct(f.relChange)} ${levels}, Mann–Kendall p = ${fmt(f.mk.p)}.`;
    },
  },
  {
    name: 'consistent rise after the minimum',
    verdict: 'goes_up',
    decide({ f, th, evidence, levels }) {
      // few smooth points rising at almost every print: the sign of each move says more than an
      // autocorrelation-corrected trend test can on ten points
      const consistentRise =
        f.movesAfterMin >= th.minTrendBins - 1 &&
        f.risesAfterMin >= th.consistentRiseShare * f.movesAfterMin &&
        signTestUpper(f.risesAfterMin, f.movesAfterMin) < th.alpha;
      if (
        !(
          consistentRise &&
          (f.giveBack >= th.goesUpGiveBack || f.end > f.start) &&
          f.riseFromMin >= th.goesUpMinRise
        )
      )
        return null;
      evidence.rises_after_min = f.risesAfterMin;
      evidence.moves_after_min = f.movesAfterMin;
      return `Loss went back up after its minimum, rising at ${f.risesAfterMin} of ${f.movesAfterMin} prints since (sign test p = ${fmt(signTestUpper(f.risesAfterMin, f.movesAfterMin))}), ${pct(f.riseFromMin)} from the minimum: ${levels}.`;
    },
  },
  {
    name: 'rise after the minimum',
    verdict: 'goes_up',
    decide({ f, th, levels, after }) {
      if (
        !(
          significantRise(f.mkAfterMin, th.alpha) &&
          f.giveBack >= th.goesUpGiveBack &&
          f.riseFromMin >= th.goesUpMinRise
        )
      )
        return null;
      return `Loss went back up after its minimum, giving back ${pct(f.giveBack)} of its fall: ${levels}${after}.`;
    },
  },
  {
    name: 'far above chance',
    verdict: 'plateaus',
    decide({ f, th, chanceLevel, evidence, levels }) {
      // a C-class cross-entropy ending far above ln C predicts worse than a uniform guess
      if (!(chanceLevel !== undefined && chanceLevel > 0 && f.end >= th.chanceFactor * chanceLevel))
        return null;
      evidence.chance_level = chanceLevel;
      return `Loss stayed far above chance: it ends at ${fmt(f.end)}, ${fmt(f.end / chanceLevel)}× ln C = ${fmt(chanceLevel)}, the loss of a uniform guess (${levels}).`;
    },
  },
  {
    name: 'no improvement',
    verdict: 'plateaus',
    decide({ f, th, levels }) {
      // both estimates of the improvement (edge levels, Sen's slope) small, and its upper bound too
      if (
        !(
          -f.relChange < th.plateauMaxDrop &&
          f.senDrop < th.plateauMaxDrop &&
          f.senDropUpper < th.plateauMaxDropUpper
        )
      )
        return null;
      return `Loss plateaued: changed ${pct(f.relChange)} ${levels}; at most ${pct(f.senDropUpper)} improvement (Sen's slope, upper bound).`;
    },
  },
  {
    name: 'none of the above',
    verdict: 'healthy',
    decide({ f, th, evidence, levels }) {
      const stillDecreasing =
        f.mkTail !== null && f.mkTail.z < 0 && f.mkTail.p < th.alpha && f.tailDrop >= th.stillDecreasingDrop;
      evidence.trend_at_end = stillDecreasing ? 'still_decreasing' : 'flattened';
      const spikes = f.spikeSteps.length > 0 ? `; ${f.spikeSteps.length} spike(s) recovered` : '';
      return `Loss ${f.relChange < 0 ? 'fell' : 'changed'} ${pct(f.relChange)} ${levels}, Mann–Kendall p = ${fmt(f.mk.p)}; ${stillDecreasing ? 'still decreasing' : 'flattened'} at the end${spikes}.`;
    },
  },
];
