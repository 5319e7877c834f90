import { type OrderedCurve, orderCurve } from './curve-input.js';
import type { Series } from './series.js';
import { type CurveBins, equalCountBins } from './stats/equal-count-bins.js';

/**
 * The passes over a series' points that several judges of one `analyzeSeries` call share: the
 * curve in step order, and its equal-count bins. The curve judge and the validation judge both
 * order the train and val series, and both bin the val series; a million points cost a pass
 * each time. Keyed by the arrays themselves, so it lives for one call: the series are not
 * changed while they are judged.
 */
export class CurveMemo {
  private readonly curves = new Map<Float64Array, { steps: Float64Array; curve: OrderedCurve }>();
  private readonly binned = new Map<
    Float64Array,
    { steps: Float64Array; maxBins: number; bins: CurveBins }
  >();

  /** `orderCurve(series)`, once per pair of arrays. */
  order(series: Pick<Series, 'steps' | 'values'>): OrderedCurve {
    const hit = this.curves.get(series.values);
    if (hit && hit.steps === series.steps) return hit.curve;
    const curve = orderCurve(series);
    this.curves.set(series.values, { steps: series.steps, curve });
    return curve;
  }

  /** `equalCountBins(steps, values, maxBins)`, once per pair of arrays and bin count. The result is shared: read it only. */
  bins(steps: Float64Array, values: Float64Array, maxBins: number): CurveBins {
    const hit = this.binned.get(values);
    if (hit && hit.steps === steps && hit.maxBins === maxBins) return hit.bins;
    const bins = equalCountBins(steps, values, maxBins);
    this.binned.set(values, { steps, maxBins, bins });
    return bins;
  }
}
