import type { Series } from './series.js';

/**
 * Splits a series whose step goes backwards into one series per run, labelled `run 1`,
 * `run 2` ... (after any existing label), as happens when a restarted job appends to the same
 * log. A repeated step is not a restart; only a strictly smaller step is. A series that never
 * goes backwards is returned as is, unlabelled. O(n).
 */
export function splitRuns(series: Series): Series[] {
  const { steps } = series;
  const starts = [0];
  for (let i = 1; i < steps.length; i++) {
    if ((steps[i] as number) < (steps[i - 1] as number)) starts.push(i);
  }
  if (starts.length === 1) return [series];
  return starts.map((start, k) => {
    const end = starts[k + 1] ?? steps.length;
    const label = `run ${k + 1}`;
    return {
      name: series.name,
      metric: series.metric,
      split: series.split,
      run: series.run === undefined ? label : `${series.run}, ${label}`,
      steps: series.steps.slice(start, end),
      values: series.values.slice(start, end),
      ...(series.epochs ? { epochs: series.epochs.slice(start, end) } : {}),
      ...(series.wallTimes ? { wallTimes: series.wallTimes.slice(start, end) } : {}),
    };
  });
}
