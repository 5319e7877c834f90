import { fmt } from '../../core/curve-input.js';
import type { ProbeSummary } from '../../core/probe-summary.js';
import { type Finding, finiteOrNull } from '../../core/verdict.js';
import { engineFinding } from '../tfjs/checks/finding.js';
import { judgeLossInput, ROW_SUM_TOLERANCE } from '../tfjs/checks/loss-input.js';

type LossInput = ProbeSummary['loss_inputs'][string];

/** |logsumexp of a row| above this: the rows are not log-probabilities. */
export const LOG_PROB_TOLERANCE = 1e-3;

const evidence = (fn: string, s: LossInput) => ({
  function: fn,
  min: finiteOrNull(s.min ?? Number.NaN),
  max: finiteOrNull(s.max ?? Number.NaN),
  row_sum_error: finiteOrNull(s.row_sum_error ?? Number.NaN),
  logsumexp_error: finiteOrNull(s.logsumexp_error ?? Number.NaN),
  zero_fraction: finiteOrNull(s.zero_fraction ?? Number.NaN),
});

const seen = (s: LossInput) =>
  `values ${fmt(s.min ?? Number.NaN)} to ${fmt(s.max ?? Number.NaN)}, rows sum to 1 within ${fmt(s.row_sum_error ?? Number.NaN)}, logsumexp of a row within ${fmt(s.logsumexp_error ?? Number.NaN)} of 0`;

/** nll_loss expects log-probabilities (log_softmax): rows ≤ 0 whose exp sums to 1. */
function judgeNll(s: LossInput): Finding {
  const e = evidence('nll_loss', s);
  const min = s.min ?? Number.NaN;
  const max = s.max ?? Number.NaN;
  if (min >= 0 && max <= 1 && (s.row_sum_error ?? Number.POSITIVE_INFINITY) <= ROW_SUM_TOLERANCE) {
    return engineFinding(
      'loss input',
      'loss_input_softmaxed',
      'fail',
      `nll_loss expects log-probabilities but gets probabilities: ${seen(s)}.`,
      e,
      [
        'incorrect input to the loss: softmax where log_softmax belongs before nll_loss (or use cross_entropy on the logits)',
      ],
    );
  }
  if (!(max <= LOG_PROB_TOLERANCE) || !((s.logsumexp_error ?? Number.NaN) <= LOG_PROB_TOLERANCE)) {
    return engineFinding(
      'loss input',
      'loss_input_not_log_probabilities',
      'fail',
      `nll_loss expects log-probabilities but gets values that are not: ${seen(s)}.`,
      e,
      [
        'incorrect input to the loss: nll_loss needs log_softmax outputs; give raw logits to cross_entropy instead',
      ],
    );
  }
  return engineFinding(
    'loss input',
    'loss_input_ok',
    'pass',
    `nll_loss gets log-probabilities: ${seen(s)}.`,
    e,
  );
}

/** binary_cross_entropy (BCELoss) expects probabilities in [0, 1]. */
function judgeBce(s: LossInput): Finding {
  const e = evidence('binary_cross_entropy', s);
  const range = `values ${fmt(s.min ?? Number.NaN)} to ${fmt(s.max ?? Number.NaN)}`;
  if (!((s.min ?? Number.NaN) >= 0 && (s.max ?? Number.NaN) <= 1)) {
    return engineFinding(
      'loss input',
      'loss_input_not_probabilities',
      'fail',
      `BCELoss expects probabilities in [0, 1] but gets ${range}: logits, most likely.`,
      e,
      [
        'incorrect input to the loss: logits given to BCELoss; use BCEWithLogitsLoss on the logits (or apply a sigmoid)',
      ],
    );
  }
  return engineFinding('loss input', 'loss_input_ok', 'pass', `BCELoss gets probabilities: ${range}.`, e);
}

/**
 * The input of each loss function the script called (lecture 7, "incorrect input to the
 * loss"): cross_entropy through the TF.js engine's judge (logits expected), nll_loss
 * (log-probabilities expected) and binary_cross_entropy (probabilities expected).
 */
export function judgeLossInputs(inputs: ProbeSummary['loss_inputs']): Finding[] {
  const out: Finding[] = [];
  for (const [fn, s] of Object.entries(inputs)) {
    if (s.min === undefined || s.max === undefined) continue;
    if (fn === 'cross_entropy' && s.dim >= 2) {
      const f = judgeLossInput({
        min: s.min,
        max: s.max,
        rowSumError: s.row_sum_error ?? Number.POSITIVE_INFINITY,
        zeroFraction: s.zero_fraction ?? 0,
        expects: 'logits',
      });
      out.push({ ...f, summary: `cross_entropy: ${f.summary}`, evidence: { function: fn, ...f.evidence } });
    } else if (fn === 'nll_loss' && s.dim >= 2) out.push(judgeNll(s));
    else if (fn === 'binary_cross_entropy') out.push(judgeBce(s));
  }
  return out;
}

/** C, the number of classes, from the logits given to cross_entropy or nll_loss; undefined without. */
export function classesOf(inputs: ProbeSummary['loss_inputs']): number | undefined {
  for (const fn of ['cross_entropy', 'nll_loss']) {
    const s = inputs[fn];
    if (s && s.dim >= 2 && s.classes !== undefined && s.classes >= 2) return s.classes;
  }
  return undefined;
}
