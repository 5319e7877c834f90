import { InputError } from '../core/errors.js';
import { isMapping } from '../core/is-mapping.js';
import { parseLenientJson } from '../core/lenient-json.js';
import type { ParsedLog, Split } from '../core/series.js';
import { portableAsciiText } from './ascii-bytes.js';
import { FieldLayouts, type LayoutPlan } from './field-layouts.js';
import { flatObjectLineEnd, KeyCache } from './flat-json-object.js';
import type { IncrementalParser, LogFormat, ParserOptions } from './format.js';
import { headText } from './head-text.js';
import { inferSplit, splitWord } from './infer-split.js';
import { quote } from './quote.js';
import { type SeriesBuilder, SeriesCollector } from './series-builder.js';
import { STEP_KEYS } from './step-keys.js';
import { StrictLineSplitter } from './strict-line-splitter.js';

/** Keys that say where a record sits, never metrics. */
const RESERVED = new Set<string>([...STEP_KEYS, 'wall_time', 'timestamp', 'split', 'mode']);
/** A `time` at least this large is a unix time (after 1973); smaller, it is seconds per iteration (mmcv, detectron2). */
const MIN_UNIX_SECONDS = 1e8;
/** A unix time this large is in milliseconds. */
const MIN_UNIX_MS = 1e11;

/** `v` when it is a JSON number (NaN and the infinities included), else undefined: never a string read as one. */
function numberValue(v: unknown): number | undefined {
  return typeof v === 'number' ? v : undefined;
}

/** Where the keys that place a record sit among its fields (−1: absent), found once per key layout. */
class FieldPlan implements LayoutPlan {
  readonly epoch: number;
  readonly split: number;
  readonly mode: number;
  /** Those of step, global_step, iteration, iter present: the first number among them is the step. */
  readonly steps: number[];
  /** Those of wall_time, timestamp, time present: the first number among them is the wall time. */
  readonly wallTimes: number[];
  /** The fields that can be metrics (not reserved keys), in order; whether field i is `time`. */
  readonly metrics: number[];
  readonly time: boolean[];
  /** Builders of the unsplit series of field i, made on first use. */
  readonly builders: (SeriesBuilder | undefined)[] = [];

  constructor(readonly names: readonly string[]) {
    const at = (key: string) => names.indexOf(key);
    this.epoch = at('epoch');
    this.split = at('split');
    this.mode = at('mode');
    this.steps = ['step', 'global_step', 'iteration', 'iter'].map(at).filter((i) => i >= 0);
    this.wallTimes = ['wall_time', 'timestamp', 'time'].map(at).filter((i) => i >= 0);
    this.metrics = names.flatMap((k, i) => (RESERVED.has(k) ? [] : [i]));
    this.time = names.map((k) => k === 'time');
  }
}

/** The first number among the fields at `indices`, else undefined. */
function firstNumber(values: readonly unknown[], indices: readonly number[]): number | undefined {
  for (const i of indices) {
    const v = values[i];
    if (typeof v === 'number') return v;
  }
  return undefined;
}

/**
 * mmcv logs `iter` counted from 0 in every epoch. When the step goes back while the epoch goes
 * forward, the step continues from the last one, so the curve stays in order and a real restart
 * (step and epoch both back) still shows as a new run.
 */
class EpochLocalSteps {
  private readonly bySplit = new Map<string, { epoch: number; last: number; offset: number }>();
  /** The split of the last record and its state: most files hold one split, or alternate few. */
  private lastSplit: string | undefined;
  private lastState: { epoch: number; last: number; offset: number } | undefined;

  step(split: string, step: number, epoch: number): number {
    let s = split === this.lastSplit ? this.lastState : this.bySplit.get(split);
    if (s === undefined) {
      s = { epoch, last: step, offset: 0 };
      this.bySplit.set(split, s);
      this.lastSplit = split;
      this.lastState = s;
      return step;
    }
    this.lastSplit = split;
    this.lastState = s;
    if (epoch > s.epoch && step < s.last) s.offset += s.last;
    s.epoch = epoch;
    s.last = step;
    return step + s.offset;
  }
}

class JsonlParser implements IncrementalParser {
  private readonly lines: StrictLineSplitter;
  private readonly collector = new SeriesCollector();
  private readonly withSplit = new Map<string, SeriesBuilder>();
  private readonly epochLocal = new EpochLocalSteps();
  private readonly warnings: string[] = [];
  private records = 0;
  private pending: string | undefined;

  private readonly keys: KeyCache;

  constructor(
    private readonly source: string,
    /** `bytes: false` reads every line as text (the slow path; tests compare the two). */
    options: ParserOptions & { readonly bytes?: boolean } = {},
  ) {
    this.keys = new KeyCache(options.asciiText ?? portableAsciiText);
    this.lines = new StrictLineSplitter(source, (line, n) => this.onLine(line, n), {
      onAscii: options.bytes === false ? undefined : (bytes, first) => this.onAscii(bytes, first),
      isAscii: options.isAscii,
    });
  }

  /**
   * The fast path for ASCII lines: a flat object is read from its bytes (readFlatJsonFields);
   * any other line goes the text way, in order.
   */
  private onAscii(bytes: Uint8Array, first: number): number {
    const keys = this.keys;
    let n = first - 1;
    for (let pos = 0; pos < bytes.length; ) {
      n++;
      // The object is read first and its line's end found after it: no separate search for the
      // newline (an object never reads past one: no token holds a control byte).
      let nl = this.pending === undefined ? flatObjectLineEnd(bytes, pos, keys) : -1;
      const flat = nl >= 0;
      if (!flat) nl = bytes.indexOf(10, pos);
      // The text lines before it first, in order; a bad one among them stops the fast path.
      if (flat && this.batch.length > 0) this.flush();
      if (!flat || this.pending !== undefined) {
        const end = nl > pos && bytes[nl - 1] === 13 ? nl - 1 : nl;
        this.onLine(keys.asciiText(bytes, pos, end), n);
      } else this.fields(keys.fieldNames, keys.fieldValues, keys.fieldCount);
      pos = nl + 1;
    }
    return n - first + 1;
  }

  write(chunk: Uint8Array): void {
    this.lines.write(chunk);
  }

  end(): ParsedLog {
    this.lines.end();
    this.flush();
    if (this.pending !== undefined) {
      this.warnings.push(
        `${this.pending}; skipped it as the last line (the writer probably stopped mid-line)`,
      );
    }
    const series = this.collector.finish();
    if (series.length === 0) {
      this.warnings.push(
        `${this.source} holds no numeric metric (expected lines like {"step": 100, "loss": 0.42}), so nothing to judge`,
      );
    }
    return { format: 'jsonl', series, warnings: this.warnings };
  }

  /** Lines waiting to be parsed together: one JSON.parse of many lines costs far less than many. */
  private batch: string[] = [];
  private batchLines: number[] = [];

  private onLine(line: string, n: number): void {
    if (line.length === 0 || (line.charCodeAt(0) <= 32 && line.trim() === '')) return;
    this.batch.push(line);
    this.batchLines.push(n);
    if (this.batch.length >= BATCH_LINES) this.flush();
  }

  /**
   * Parses the waiting lines as one JSON array; when that fails (a bare NaN, a bad line) or
   * yields anything but one object per line, each line is parsed on its own, in order, so
   * errors still name their line.
   */
  private flush(): void {
    const lines = this.batch;
    const numbers = this.batchLines;
    if (lines.length === 0) return;
    this.batch = [];
    this.batchLines = [];
    if (this.pending === undefined) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(`[${lines.join(',')}]`);
      } catch {
        parsed = undefined;
      }
      if (Array.isArray(parsed) && parsed.length === lines.length && parsed.every(isMapping)) {
        for (const r of parsed as Record<string, unknown>[]) this.record(r);
        return;
      }
    }
    for (let i = 0; i < lines.length; i++) this.parseLine(lines[i] as string, numbers[i] as number);
  }

  private parseLine(line: string, n: number): void {
    if (this.pending !== undefined) throw new InputError(this.pending);
    const parsed = parseLenientJson(line);
    if (!parsed.ok) {
      // Held back: a bad last line is what a killed writer leaves, and only a warning.
      this.pending = `${this.source} line ${n}: expected one JSON object per line, found ${quote(line)} (column ${parsed.column}: ${parsed.problem})`;
      return;
    }
    const record = parsed.value;
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      throw new InputError(
        `${this.source} line ${n}: expected a JSON object like {"step": 100, "loss": 0.42}, found ${quote(line)}`,
      );
    }
    this.record(record as Record<string, unknown>);
  }

  private record(r: Record<string, unknown>): void {
    const names = Object.keys(r);
    this.fields(names, Object.values(r), names.length);
  }

  private readonly layouts = new FieldLayouts((names) => new FieldPlan(names));

  /**
   * One record given as its fields in order (keys distinct, or repeated as the line wrote them:
   * then the record is what JSON.parse makes of them). The keys that place it are found once per
   * layout of keys (FieldPlan), not looked up by name on every record.
   */
  private fields(names: readonly string[], values: readonly unknown[], count: number): void {
    const plan = this.layouts.get(names, count);
    if (plan === undefined) {
      const r: Record<string, unknown> = {};
      for (let i = 0; i < count; i++) r[names[i] as string] = values[i];
      this.record(r);
      return;
    }
    const epoch = plan.epoch >= 0 ? numberValue(values[plan.epoch]) : undefined;
    const split = plan.split >= 0 ? values[plan.split] : undefined;
    const mode = plan.mode >= 0 ? values[plan.mode] : undefined;
    const splitName = typeof split === 'string' ? split : typeof mode === 'string' ? mode : undefined;
    let step = firstNumber(values, plan.steps);
    if (step !== undefined && epoch !== undefined) step = this.epochLocal.step(splitName ?? '', step, epoch);
    step ??= epoch ?? this.records;
    const t = firstNumber(values, plan.wallTimes);
    const wallTime =
      t === undefined || !(t >= MIN_UNIX_SECONDS) ? undefined : t >= MIN_UNIX_MS ? t / 1000 : t;
    let any = false;
    for (const i of plan.metrics) {
      const v = values[i];
      if (typeof v !== 'number') continue;
      if (plan.time[i] && wallTime !== undefined) continue;
      const key = names[i] as string;
      let b = splitName === undefined ? plan.builders[i] : this.builderWithSplit(splitName, key);
      if (b === undefined) {
        b = this.collector.get(key);
        plan.builders[i] = b;
      }
      b.push(step, v, epoch, wallTime);
      any = true;
    }
    if (any) this.records++;
  }

  /**
   * The series of `key` in records marked `"mode": "val"` (mmdetection) or `"split": ...`.
   * Named `val/key` unless the key already says its split, so names stay unique in the file.
   */
  private builderWithSplit(splitName: string, key: string): SeriesBuilder {
    const id = `${splitName}\u0000${key}`;
    let b = this.withSplit.get(id);
    if (b === undefined) {
      const split: Split = splitWord(splitName) ?? 'other';
      const inferred = inferSplit(key);
      const name = split === 'train' || inferred.split === split ? key : `${splitName}/${key}`;
      b = this.collector.get(name, inferred.split === 'other' ? 'other' : split, inferred.metric);
      this.withSplit.set(id, b);
    }
    return b;
  }
}

/**
 * trainspotter's JSONL protocol, also written by detectron2 (`metrics.json`), DETR (`log.txt`)
 * and mmdetection (`*.log.json`): one JSON object per line. `step` (or `global_step`,
 * `iteration`, `iter`), `epoch`, `time` (unix seconds; or `wall_time`, `timestamp`) and `split`
 * (or `mode`) place the record; every other numeric field is a metric; Python's bare `NaN` and
 * `Infinity` are accepted. Without a step the epoch is used, else the record's index.
 */
/** Lines parsed per JSON.parse call on the fast path. */
const BATCH_LINES = 2048;

/** A JSONL parser; `bytes: false` reads every line as text (the slow path; tests compare the two). */
export function createJsonlParser(
  source: string,
  options: ParserOptions & { readonly bytes?: boolean } = {},
): IncrementalParser {
  return new JsonlParser(source, options);
}

export const jsonl: LogFormat = {
  id: 'jsonl',
  description: 'JSON lines, one object per line: {"step": 100, "loss": 0.42, "val_loss": 0.51}',
  sniff(fileName, head) {
    const text = headText(head);
    if (text === undefined) return 0;
    const start = text.search(/\S/);
    const bonus = /\.jsonl$/i.test(fileName) ? 0.1 : 0;
    // An empty metrics.jsonl is a run that logged nothing yet: read as no series, with a warning.
    if (start === -1) return bonus > 0 ? 0.5 : 0;
    if (text[start] !== '{') return 0;
    const nl = text.indexOf('\n', start);
    const line = (nl === -1 ? text.slice(start) : text.slice(start, nl)).trim();
    if (line === '{') return 0; // pretty-printed JSON, not JSON lines
    if (nl === -1 && head.length >= 65536) return 0.5 + bonus; // a first line longer than the head
    const r = parseLenientJson(line);
    // A Python dict printed by a script ({'loss': 0.5, 'epoch': 1.0}, Hugging Face's Trainer) is
    // printed output, unless the file is named as JSON lines (then its parse error is the answer).
    if (!r.ok) return bonus === 0 && /^\{\s*'/.test(line) ? 0.1 : 0.3 + bonus;
    return typeof r.value === 'object' && r.value !== null && !Array.isArray(r.value) ? 0.8 + bonus : 0;
  },
  create: (source, options) => createJsonlParser(source, options),
};
