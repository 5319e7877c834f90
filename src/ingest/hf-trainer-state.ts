import { InputError } from '../core/errors.js';
import { parseLenientJson } from '../core/lenient-json.js';
import type { ParsedLog, Series } from '../core/series.js';
import type { AsciiText } from './ascii-bytes.js';
import { FieldLayouts, type LayoutPlan } from './field-layouts.js';
import type { IncrementalParser, LogFormat } from './format.js';
import { headText } from './head-text.js';
import { quote } from './quote.js';
import { type SeriesBuilder, SeriesCollector } from './series-builder.js';
import { readTrainerStateBytes } from './trainer-state-bytes.js';

/** trainer_state.json is one JSON document, so it is held whole; larger than this it is not one. */
export const MAX_TRAINER_STATE_BYTES = 512 * 1024 * 1024;

/** Keys of a log_history entry that place it or describe the machine, never a curve. */
const NOT_METRICS = new Set(['step', 'epoch', 'total_flos', 'num_input_tokens_seen']);

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${quote(String(value))}`;
}

/** What the fields of one layout of log_history entries mean, worked out once. */
class EntryPlan implements LayoutPlan {
  /**
   * The Trainer's final summary (train_loss = mean loss over the run, train_runtime ...) is
   * one number for the whole run, not a point on the curve; it is left out.
   */
  readonly summary: boolean;
  readonly epoch: number;
  readonly step: number;
  /** The fields that can be curves, in order, and the series of each, made on first use. */
  readonly metrics: number[];
  readonly builders: (SeriesBuilder | undefined)[] = [];

  constructor(readonly names: readonly string[]) {
    const has = (key: string) => names.includes(key);
    this.summary = has('train_runtime') || (has('train_loss') && !has('loss'));
    this.epoch = names.indexOf('epoch');
    this.step = names.indexOf('step');
    this.metrics = names.flatMap((k, i) => (NOT_METRICS.has(k) ? [] : [i]));
  }
}

/** The series of a log_history, entry by entry. */
export class LogHistory {
  private readonly collector = new SeriesCollector();
  private readonly layouts = new FieldLayouts((names) => new EntryPlan(names));

  /** The points of log_history[i], a parsed object. */
  addObject(e: Record<string, unknown>, i: number): void {
    const names = Object.keys(e);
    this.addFields(names, Object.values(e), names.length, i);
  }

  /**
   * The points of log_history[i], given as its fields in order (keys distinct, or repeated as
   * the document wrote them: then the entry is what JSON.parse makes of them).
   */
  addFields(names: readonly string[], values: readonly unknown[], count: number, i: number): void {
    const plan = this.layouts.get(names, count);
    if (plan === undefined) {
      const e: Record<string, unknown> = {};
      for (let k = 0; k < count; k++) e[names[k] as string] = values[k];
      this.addObject(e, i);
      return;
    }
    if (plan.summary) return;
    const e = plan.epoch >= 0 ? values[plan.epoch] : undefined;
    const epoch = typeof e === 'number' ? e : undefined;
    const s = plan.step >= 0 ? values[plan.step] : undefined;
    const step = typeof s === 'number' ? s : (epoch ?? i);
    for (const k of plan.metrics) {
      const v = values[k];
      if (typeof v !== 'number') continue;
      let b = plan.builders[k];
      if (b === undefined) {
        b = this.collector.get(names[k] as string);
        plan.builders[k] = b;
      }
      b.push(step, v, epoch);
    }
  }

  /** Every series with at least one point (SeriesCollector.finish). */
  finish(): Series[] {
    return this.collector.finish();
  }
}

function parseDocument(source: string, bytes: Uint8Array, asciiText: AsciiText | undefined): ParsedLog {
  const fast = new LogHistory();
  if (readTrainerStateBytes(bytes, fast, asciiText)) {
    // One that holds no metric is read again as text, for its message.
    const series = fast.finish();
    if (series.length > 0) return { format: 'hf-trainer-state', series, warnings: [] };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${source}: not valid UTF-8 text; expected a Hugging Face trainer_state.json`);
  }
  const parsed = parseLenientJson(text);
  if (!parsed.ok) {
    throw new InputError(
      `${source} line ${parsed.line}: expected one JSON document (a Hugging Face trainer_state.json), but it does not parse: column ${parsed.column}: ${parsed.problem}`,
    );
  }
  const doc = parsed.value;
  const history = (doc as { log_history?: unknown } | null)?.log_history;
  if (typeof doc !== 'object' || doc === null || !Array.isArray(history)) {
    throw new InputError(
      `${source}: expected a Hugging Face trainer_state.json, an object with a \`log_history\` list; found ${typeof doc !== 'object' || doc === null || Array.isArray(doc) ? describe(doc) : history === undefined ? 'no `log_history`' : `log_history ${describe(history)}`}`,
    );
  }
  const log = new LogHistory();
  const warnings: string[] = [];
  history.forEach((entry: unknown, i) => {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      warnings.push(`${source}: log_history[${i}] is ${describe(entry)}, not an object; skipped`);
      return;
    }
    log.addObject(entry as Record<string, unknown>, i);
  });
  const series = log.finish();
  if (series.length === 0) {
    const d = doc as Record<string, unknown>;
    warnings.push(
      `${source}: log_history holds no metrics (global_step ${String(d.global_step)}, logging_steps ${String(d.logging_steps)}); the Trainer logs every logging_steps steps, so lower logging_steps or train longer`,
    );
  }
  return { format: 'hf-trainer-state', series, warnings };
}

/**
 * Hugging Face Trainer `trainer_state.json`: `log_history` mixes train entries (`loss`,
 * `learning_rate`, `grad_norm`) and eval entries (`eval_loss`, `eval_*`) by `step`. The one
 * document is buffered whole, up to 512 MiB.
 */
export const hfTrainerState: LogFormat = {
  id: 'hf-trainer-state',
  description: 'Hugging Face Trainer trainer_state.json (log_history)',
  sniff(fileName, head) {
    if (fileName.toLowerCase().endsWith('trainer_state.json')) return 0.9;
    const text = headText(head);
    return text?.trimStart().startsWith('{') && text.includes('"log_history"') ? 0.85 : 0;
  },
  create(source, options): IncrementalParser {
    const chunks: Uint8Array[] = [];
    let size = 0;
    return {
      write(chunk) {
        size += chunk.length;
        if (size > MAX_TRAINER_STATE_BYTES) {
          throw new InputError(
            `${source} is larger than 512 MiB; a trainer_state.json is far smaller, so this is not one (point trainspotter at the checkpoint's trainer_state.json)`,
          );
        }
        // Held as given, not copied: the shell hands over a fresh chunk each time (readLogStream),
        // and the one copy into the document is made at the end.
        chunks.push(chunk);
      },
      end() {
        const bytes = new Uint8Array(size);
        let at = 0;
        for (const c of chunks) {
          bytes.set(c, at);
          at += c.length;
        }
        chunks.length = 0;
        return parseDocument(source, bytes, options?.asciiText);
      },
    };
  },
};
