import { fmt } from '../../../core/curve-input.js';
import { type Finding, finiteOrNull } from '../../../core/verdict.js';
import { engineFinding } from './finding.js';
import { median, type WeightProbe } from './gradients.js';

/**
 * Healthy update-to-weight ratios ‖Δw‖/‖w‖ per step: Karpathy (CS231n) puts them near 1e-3 for
 * SGD; Adam's normalised steps run ~10× higher. Below UPDATE_MIN in every layer the weights
 * barely move; above UPDATE_MAX in any layer each step rewrites a large share of them.
 */
export const UPDATE_MIN = 1e-4;
export const UPDATE_MAX = 0.3;

/**
 * Update-to-weight ratios of the trained kernels: `updates_too_small` (fail) when the largest
 * per-layer median is below UPDATE_MIN, `updates_too_large` (fail) when any single probed step
 * exceeds UPDATE_MAX.
 */
export function judgeUpdates(probes: readonly WeightProbe[]): Finding {
  const trained = probes.filter((p) => p.updateRatios.length > 0);
  const medians = trained.map((p) => median(p.updateRatios));
  const evidence: Record<string, number | string | null> = {
    min_healthy: UPDATE_MIN,
    max_healthy: UPDATE_MAX,
  };
  trained.forEach((p, i) => {
    evidence[`update_ratio_median ${p.name}`] = finiteOrNull(medians[i] as number);
  });
  const list = trained.map((p, i) => `${p.layer} ${fmt(medians[i] as number)}`).join(', ');
  const top = Math.max(...medians.map((m) => (Number.isNaN(m) ? Infinity : m)), 0);
  // one step that rewrites a large share of a layer is already too large: the largest, not the median
  const peaks = trained.map((p) => Math.max(...p.updateRatios.map((r) => (Number.isNaN(r) ? Infinity : r))));
  const peak = Math.max(0, ...peaks);
  evidence.update_ratio_peak = finiteOrNull(peak);
  if (trained.length > 0 && peak > UPDATE_MAX) {
    return engineFinding(
      'updates',
      'updates_too_large',
      'fail',
      `Updates are too large: ‖Δw‖/‖w‖ reached ${fmt(peak)} in one step; medians ${list} (healthy ${fmt(UPDATE_MIN)}–${fmt(UPDATE_MAX)}, ~1e-3 for SGD).`,
      evidence,
      ['learning rate too high', 'numerical issue: check every exp, log and division'],
    );
  }
  if (trained.length > 0 && top < UPDATE_MIN) {
    return engineFinding(
      'updates',
      'updates_too_small',
      'fail',
      `Updates are too small: ‖Δw‖/‖w‖ per step ${list} (healthy ${fmt(UPDATE_MIN)}–${fmt(UPDATE_MAX)}, ~1e-3 for SGD).`,
      evidence,
      ['learning rate too low', 'too much regularisation or gradient clipping'],
    );
  }
  return engineFinding(
    'updates',
    'updates_ok',
    'pass',
    trained.length > 0 ? `Update-to-weight ratios per step: ${list}.` : 'No trained kernel to measure.',
    evidence,
  );
}
