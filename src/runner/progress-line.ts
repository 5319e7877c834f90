import { pythonNonFinite } from '../core/python-floats.js';
import { STEP_KEYS } from '../ingest/step-keys.js';

/** The newest training position shown in a progress line. */
export interface ProgressPoint {
  /** The record's step (or iteration, epoch); the count of loss records when it has none. */
  readonly step: number;
  /** May be NaN or ±Infinity: Python's json writes them bare and they are worth showing. */
  readonly loss: number;
  /** The key the loss was read from, e.g. `loss`, `train/loss`. */
  readonly lossKey: string;
}

const PAIR =
  /"((?:[^"\\]|\\.)*)"\s*:\s*(-?(?:\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?|Infinity)|NaN)/g;
const TRAIN_LOSS_KEYS = [
  'loss',
  'train_loss',
  'train/loss',
  'loss/train',
  'training_loss',
  'train.loss',
  'train_loss_step',
];
const HELD_OUT = /val|test|eval/i;

/**
 * Reads the step and the training loss from one line of our JSONL protocol, cheaply: numeric
 * `"key": value` pairs are picked out with one regular expression, without building the object
 * (pure). Returns undefined for a line that is not a JSON object or has no training loss.
 * `fallbackStep` is used when the record has no step key.
 */
export function parseProgressLine(line: string, fallbackStep: number): ProgressPoint | undefined {
  const start = line.trimStart();
  if (!start.startsWith('{')) return undefined;
  const values = new Map<string, number>();
  for (const m of start.matchAll(PAIR)) {
    const key = m[1] as string;
    if (!values.has(key)) values.set(key, m[2] === 'NaN' ? Number.NaN : Number(m[2]));
  }
  let lossKey = TRAIN_LOSS_KEYS.find((k) => values.has(k));
  lossKey ??= [...values.keys()].find((k) => /loss/i.test(k) && !HELD_OUT.test(k));
  if (lossKey === undefined) return undefined;
  const stepKey = STEP_KEYS.find((k) => values.has(k));
  const step = stepKey === undefined ? fallbackStep : (values.get(stepKey) as number);
  return { step, loss: values.get(lossKey) as number, lossKey };
}

/** `1.234e-5`, `0.4312`, `nan`: four decimals where they say something, else scientific. */
function formatLoss(loss: number): string {
  const nonFinite = pythonNonFinite(loss);
  if (nonFinite) return nonFinite;
  const abs = Math.abs(loss);
  if (abs !== 0 && (abs < 1e-3 || abs >= 1e5)) return loss.toExponential(3);
  return loss.toFixed(4);
}

/** The live progress line of one check, e.g. `[smoke] step 120  loss 0.4312` (pure). */
export function formatProgress(check: string, point: ProgressPoint): string {
  const loss = point.lossKey === 'loss' ? 'loss' : point.lossKey;
  return `[${check}] step ${point.step}  ${loss} ${formatLoss(point.loss)}`;
}
