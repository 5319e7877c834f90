import { isLossLike } from '../core/analyze.js';
import type { ParsedLog, Series, Split } from '../core/series.js';
import { splitRuns } from '../core/split-runs.js';
import { type AsciiText, portableAsciiText } from './ascii-bytes.js';
import type { IncrementalParser, LogFormat, ParserOptions } from './format.js';
import { headText } from './head-text.js';
import { inferSplit } from './infer-split.js';
import { cocoRow, cocoTableType, mayBeCocoRow } from './printed-coco.js';
import { LineReading, readLine } from './printed-line.js';
import { MarkdownTables } from './printed-markdown-table.js';
import { readablePart } from './printed-readable.js';
import { PrintedSteps } from './printed-steps.js';
import { LineTemplate } from './printed-template.js';
import { FRAC, LineTokens, tokenize } from './printed-tokens.js';
import { quote } from './quote.js';
import { SeriesBuilder } from './series-builder.js';
import { StrictLineSplitter } from './strict-line-splitter.js';
import { looksLikeUltralytics, ULTRALYTICS_ADVICE } from './ultralytics-advice.js';

/** A series needs this many lines of one shape; a config dump or a final summary prints once. */
export const MIN_REPEATS = 2;
/**
 * …and this many when no line of it was placed by an epoch or step (setup output before
 * training: device lists, parameter counts).
 */
export const MIN_UNPLACED = 5;
/** A series with fewer points than this that never changes is a setting printed again (per run, per epoch), not a curve; unless it is a loss printed with steps. */
export const MIN_CONSTANT = 10;
/** The section an evaluation's table (COCO's summary, a markdown table of results) opens when no heading has opened one. */
const EVALUATION_SECTION = { word: 'evaluation', split: 'val' } as const;
/** Longest line without numbers still read, as a possible section heading. */
const MAX_HEADING = 80;
/** Longest line read as a heading: a longer one is prose or printed code (`print0(f"Validation …")`). */
const MAX_HEADING_LINE = 100;
/** Candidate lines quoted when nothing was read. */
const MAX_CANDIDATES = 3;
/** Longest part of a line kept for a message. */
const QUOTE_CHARS = 160;

const HAS_DIGIT = /[0-9]/;
const HAS_SPECIAL = /nan|inf/i;
// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI colour codes start with ESC
const ANSI = /\x1b\[[0-9;?]*[A-Za-z]/g;
const CANDIDATE = /loss|acc|epoch|step/i;

/** Applies backspaces as a terminal would. */
function backspaced(line: string): string {
  let out = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (c === '\b') out = out.slice(0, -1);
    else out += c;
  }
  return out;
}

/**
 * What a terminal would show of a printed line: the last non-blank `\r` redraw (Keras and
 * tqdm progress bars), backspaces applied, colour codes removed.
 */
export function visibleText(raw: string): string {
  let line = raw;
  if (line.includes('\r')) {
    const parts = line.split('\r');
    line = '';
    for (let i = parts.length - 1; i >= 0; i--) {
      const p = parts[i] as string;
      if (p.trim().replaceAll('\b', '') !== '') {
        line = p;
        break;
      }
    }
  }
  if (line.includes('\b')) line = backspaced(line);
  if (line.includes('\x1b')) line = line.replace(ANSI, '');
  return line;
}

interface Entry {
  readonly name: string;
  readonly shape: string;
  readonly builder: SeriesBuilder;
  /** Points from lines placed by an epoch or a step. */
  placed: number;
  first: number;
  constant: boolean;
  /** Line numbers and steps of its first and last point. */
  firstLine: number;
  lastLine: number;
  firstStep: number;
  lastStep: number;
}

/** How every line of one shape is read: which tokens hold its values and markers, and where they go. */
interface Plan {
  readonly entries: readonly Entry[];
  readonly valueTokens: Int32Array;
  /** 1 where the value is printed as `a/b` and read as a ratio. */
  readonly ratio: Uint8Array;
  readonly epochToken: number;
  readonly epochIsFrac: boolean;
  readonly localToken: number;
  readonly localIsFrac: boolean;
  /** Which step counter the line advances (its split). */
  readonly lane: string;
  readonly heading: { readonly word: string; readonly split: Split } | undefined;
  readonly leadingEpoch: boolean;
}

/** Byte templates kept: the line shapes of one log's metric lines, printed in turn. */
const MAX_TEMPLATES = 8;
const NEWLINE = 10;
const CR = 13;

/** Plans kept per heading; a log of ever new lines (prose) starts over past this. */
const MAX_PLANS = 4096;

function kept(e: Entry): boolean {
  const n = e.builder.length;
  if (n < MIN_REPEATS || (e.placed === 0 && n < MIN_UNPLACED)) return false;
  // a loss that never moves is a finding (judged); any other number that never moves is a setting
  if (!e.constant || n >= MIN_CONSTANT) return true;
  return e.placed > 0 && isLossLike(e.builder.build());
}

/** Whether `e` is printed wholly before or after `c`, both placed, the later one's steps starting over. */
function anotherRun(c: Entry, e: Entry): boolean {
  // only lines placed by an epoch or a step: `val_loss = 0.0` in code printed with the log is no run
  if (e.placed < e.builder.length || c.placed < c.builder.length) return false;
  if (e.firstLine > c.lastLine) return e.firstStep < c.lastStep;
  if (e.lastLine < c.firstLine) return c.firstStep < e.lastStep;
  return false;
}

/** The points of entries printed one after another (their lines do not interleave), as one series. */
function joined(parts: readonly Entry[]): Series {
  const built = parts.map((p) => p.builder.build());
  const head = built[0] as Series;
  if (built.length === 1) return head;
  const cat = (get: (s: Series) => Float64Array | undefined): Float64Array => {
    const out = new Float64Array(built.reduce((n, s) => n + s.steps.length, 0));
    let at = 0;
    for (const s of built) {
      const a = get(s);
      if (a === undefined) out.fill(Number.NaN, at, at + s.steps.length);
      else out.set(a, at);
      at += s.steps.length;
    }
    return out;
  };
  return {
    name: head.name,
    metric: head.metric,
    split: head.split,
    steps: cat((s) => s.steps),
    values: cat((s) => s.values),
    ...(built.some((s) => s.epochs) ? { epochs: cat((s) => s.epochs) } : {}),
    ...(built.some((s) => s.wallTimes) ? { wallTimes: cat((s) => s.wallTimes) } : {}),
  };
}

/** Parses printed training output line by line: see `printedText`. */
export class PrintedTextParser implements IncrementalParser {
  private readonly lines: StrictLineSplitter;
  private readonly tokens = new LineTokens();
  private readonly reading = new LineReading();
  /** The markers of the current line, as PrintedSteps reads them. */
  private readonly markers = new LineReading();
  /** Plans by heading, then by line shape hash. */
  private readonly plans = new Map<string, Map<number, Plan>>();
  private readonly steps = new PrintedSteps();
  private readonly entries = new Map<string, Entry>();
  private readonly candidates: string[] = [];
  private metricLines = 0;
  /** Whether the epoch in force was printed with its total (`Epoch 3/10`). */
  private epochTotalled = false;
  /** The split a heading line set for the lines under it. */
  private section: { word: string; split: Split } | undefined;
  /** The markdown table the lines are in, if any. */
  private readonly tables = new MarkdownTables();
  /** The annotation type (`bbox`, `segm`) the last COCO evaluation table was said to be for. */
  private cocoType: string | undefined;

  private readonly asciiText: AsciiText;
  /** Byte templates of the metric lines read last (see LineTemplate), and the one matched last. */
  private readonly templates: LineTemplate[] = [];
  private lastTemplate = 0;
  /** How often a plan cache was emptied: a plan a template kept is the known one until then. */
  private plansCleared = 0;
  /** The plan each template's lines are read with outside sections, and plansCleared when it was found. */
  private readonly plan: (Plan | undefined)[] = [];
  private readonly planCleared: number[] = [];

  /** `templates: false` reads every line in full (the general path the templates must agree with). */
  constructor(
    private readonly source: string,
    options: ParserOptions = {},
    { templates = true }: { readonly templates?: boolean } = {},
  ) {
    this.asciiText = options.asciiText ?? portableAsciiText;
    this.lines = new StrictLineSplitter(source, (line, n) => this.onLine(line, n), {
      onAscii: templates ? (bytes, first) => this.onAsciiBlock(bytes, first) : undefined,
      asciiText: options.asciiText,
      isAscii: options.isAscii,
    });
  }

  write(chunk: Uint8Array): void {
    this.lines.write(chunk);
  }

  /** Feeds one line (without its newline) directly, bypassing byte decoding. */
  line(text: string, lineNumber: number): void {
    this.onLine(text, lineNumber);
  }

  /**
   * Reads the ASCII lines of a block: a line of a shape already read whose fixed bytes match
   * (see LineTemplate) is read from its bytes; any other line is made a string and read in full.
   */
  private onAsciiBlock(bytes: Uint8Array, firstLine: number): number {
    let n = firstLine;
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
    for (let pos = 0; pos < bytes.length; n++) {
      const read = this.fastLine(bytes, view, pos, n);
      if (read >= 0) {
        pos = bytes[read] === NEWLINE ? read + 1 : read + 2;
        continue;
      }
      const nl = bytes.indexOf(NEWLINE, pos);
      const end = nl > pos && bytes[nl - 1] === CR ? nl - 1 : nl;
      this.onLine(this.asciiText(bytes, pos, end), n, bytes, pos);
      pos = nl + 1;
    }
    return n - firstLine;
  }

  /**
   * Reads line n, from `bytes[start]` to its line break, by a template if one matches it and its
   * plan is known; returns where its break is, or −1 when it was not read.
   */
  private fastLine(bytes: Uint8Array, view: DataView, start: number, n: number): number {
    const templates = this.templates;
    if (templates.length === 0) return -1;
    const limit = bytes.length;
    let template = templates[this.lastTemplate] as LineTemplate;
    let end = template.match(bytes, start, limit, view);
    if (end < 0) {
      let i = 0;
      for (; i < templates.length; i++) {
        if (i === this.lastTemplate) continue;
        template = templates[i] as LineTemplate;
        end = template.match(bytes, start, limit, view);
        if (end >= 0) break;
      }
      if (i === templates.length) return -1;
      this.lastTemplate = i;
    }
    const t = this.tokens;
    // the numbers and the shape's hashes are all a known plan reads
    template.writeNumbers(t);
    template.used = n;
    // outside any section the plan of a shape stays the one found first, until the plans are emptied
    const at = this.lastTemplate;
    let plan =
      this.section === undefined && this.planCleared[at] === this.plansCleared ? this.plan[at] : undefined;
    if (plan === undefined) {
      plan = this.knownPlan(t);
      if (plan === undefined || plan.entries.length === 0) return -1;
      if (this.section === undefined) {
        this.plan[at] = plan;
        this.planCleared[at] = this.plansCleared;
      }
    }
    this.record(plan, this.stepOf(plan, n), n);
    return end;
  }

  /**
   * Reads one line. `bytes` and `start`, when given, hold its bytes (ASCII): a metric line read
   * as printed is then learnt as a template for the lines of its shape.
   */
  private onLine(raw: string, n: number, bytes?: Uint8Array, start = 0): void {
    if (raw.length === 0) return;
    // a row of numbers under a markdown table's header is its columns' metrics, a result of an evaluation
    const tableRow = this.tables.row(raw);
    if (tableRow !== undefined) this.section ??= EVALUATION_SECTION;
    const text = tableRow ?? raw;
    // no number: no metric, but a short line may be a heading (`Eval begin...`)
    if (!HAS_DIGIT.test(text) && !HAS_SPECIAL.test(text) && text.length > MAX_HEADING) return;
    let line = readablePart(visibleText(text));
    if (line === undefined) return;
    if (mayBeCocoRow(line)) {
      const row = cocoRow(line, this.cocoType);
      if (row === 'skip') return;
      if (row !== undefined) {
        // a row of an evaluation's table is a held-out metric: under its section, or one of its own
        this.section ??= EVALUATION_SECTION;
        line = `${row.name}: ${row.value}`;
      }
    } else {
      this.cocoType = cocoTableType(line) ?? this.cocoType;
    }
    const t = this.tokens;
    tokenize(line, t);
    const plan = this.planFor(t);
    const step = this.stepOf(plan, n);
    if (plan.entries.length === 0) {
      // a heading line (`Eval begin...`, `Validation:`) names the split of the lines under it,
      // until the next heading or epoch line
      if (plan.heading !== undefined && line.length <= MAX_HEADING_LINE) {
        this.section = plan.heading.split === 'train' ? undefined : plan.heading;
      } else if (plan.leadingEpoch || plan.epochToken >= 0) {
        this.section = undefined;
      }
      if (this.candidates.length < MAX_CANDIDATES && CANDIDATE.test(line)) this.candidates.push(line.trim());
      return;
    }
    this.record(plan, step, n);
    if (bytes !== undefined && line === raw) this.learn(bytes, start, start + raw.length, n);
  }

  /** Keeps a template of the line just read from `bytes[start, end)`, in place of the one unused longest when there are enough. */
  private learn(bytes: Uint8Array, start: number, end: number, n: number): void {
    const template = LineTemplate.learn(bytes, start, end, this.tokens);
    if (template === undefined) return;
    template.used = n;
    const templates = this.templates;
    let at = templates.length;
    if (at === MAX_TEMPLATES) {
      at = 0;
      for (let i = 1; i < templates.length; i++)
        if ((templates[i] as LineTemplate).used < (templates[at] as LineTemplate).used) at = i;
    }
    templates[at] = template;
    this.plan[at] = undefined;
    this.planCleared[at] = -1;
  }

  /** Reads the markers of a line of `plan` from the tokens, moves the epoch and steps on, and returns the line's step. */
  private stepOf(plan: Plan, n: number): number {
    const t = this.tokens;
    const r = this.markers;
    r.epoch = plan.epochToken >= 0 ? (t.value[plan.epochToken] as number) : Number.NaN;
    r.epochTotal =
      plan.epochToken >= 0 && plan.epochIsFrac ? (t.value2[plan.epochToken] as number) : Number.NaN;
    r.local = plan.localToken >= 0 ? (t.value[plan.localToken] as number) : Number.NaN;
    r.localTotal =
      plan.localToken >= 0 && plan.localIsFrac ? (t.value2[plan.localToken] as number) : Number.NaN;
    if (!Number.isNaN(r.epoch)) {
      // a line without metrics naming an epoch gone by, without its total, under epochs printed
      // with one, is a message about it (Keras' `Epoch 00008: early stopping` after `Epoch 9/10`)
      const totalled = !Number.isNaN(r.epochTotal);
      if (plan.entries.length === 0 && !totalled && this.epochTotalled && r.epoch < this.steps.currentEpoch)
        r.epoch = Number.NaN;
      else this.epochTotalled = totalled;
    }
    return this.steps.step(r, n, plan.lane);
  }

  /** Adds the metrics of a line of `plan` (at least one), read from the tokens, at `step`. */
  private record(plan: Plan, step: number, n: number): void {
    const t = this.tokens;
    this.metricLines++;
    const placed = !Number.isNaN(this.markers.local) || !Number.isNaN(this.steps.currentEpoch);
    const epoch = this.steps.currentEpoch;
    const at = Number.isNaN(epoch) ? undefined : epoch;
    const count = plan.entries.length;
    for (let i = 0; i < count; i++) {
      const e = plan.entries[i] as Entry;
      const j = plan.valueTokens[i] as number;
      const value = plan.ratio[i] ? (t.value[j] as number) / (t.value2[j] as number) : (t.value[j] as number);
      if (placed) e.placed++;
      if (e.firstLine === 0) {
        e.firstLine = n;
        e.firstStep = step;
      }
      e.lastLine = n;
      e.lastStep = step;
      if (e.constant && value !== e.first && !(Number.isNaN(value) && Number.isNaN(e.first)))
        e.constant = false;
      e.builder.push(step, value, at);
    }
  }

  /** How lines of this shape (under the current heading) are read: worked out once, from the first. */
  private planFor(t: LineTokens): Plan {
    return this.knownPlan(t) ?? this.newPlan(t);
  }

  /**
   * The plan for lines of this shape under the current heading, if one was worked out; ends the
   * section when the line goes on from training outside it. Has no other effect.
   */
  private knownPlan(t: LineTokens): Plan | undefined {
    const key = t.hash1 * 0x200000 + (t.hash2 & 0x1fffff);
    if (this.section !== undefined) {
      // a line first printed outside any section whose epoch or step goes on from the last one
      // means training went on: the section is over (detectron2's `iter: 519` after `Evaluation
      // results`, Dassl's `epoch [2/50] batch [5/180]` after `在 *val* 集上测试`)
      const outside = this.plans.get('')?.get(key);
      if (
        outside !== undefined &&
        ((outside.epochToken >= 0 && (t.value[outside.epochToken] as number) > this.steps.currentEpoch) ||
          (outside.localToken >= 0 &&
            (t.value[outside.localToken] as number) > this.steps.lastLocal(outside.lane)))
      ) {
        this.section = undefined;
        return outside;
      }
    }
    return this.plans.get(this.section?.word ?? '')?.get(key);
  }

  /** Works out the plan for lines of this shape under the current heading, from this first one. */
  private newPlan(t: LineTokens): Plan {
    const key = t.hash1 * 0x200000 + (t.hash2 & 0x1fffff);
    const sectionKey = this.section?.word ?? '';
    let cache = this.plans.get(sectionKey);
    if (cache === undefined) {
      cache = new Map();
      this.plans.set(sectionKey, cache);
    }
    const r = this.reading;
    readLine(t, r, this.section);
    const entries: Entry[] = [];
    for (let i = 0; i < r.names.length; i++) {
      const name = r.names[i] as string;
      const id = `${r.shape}\u0001${name}`;
      let e = this.entries.get(id);
      if (e === undefined) {
        const metric = r.metrics[i] as string;
        const split: Split = inferSplit(metric).split === 'other' ? 'other' : (r.splits[i] ?? 'train');
        const first = r.values[i] as number;
        e = {
          name,
          shape: r.shape,
          builder: new SeriesBuilder(name, metric, split),
          placed: 0,
          first,
          constant: true,
          firstLine: 0,
          lastLine: 0,
          firstStep: 0,
          lastStep: 0,
        };
        this.entries.set(id, e);
      }
      entries.push(e);
    }
    const plan: Plan = {
      entries,
      valueTokens: Int32Array.from(r.valueTokens),
      ratio: Uint8Array.from(r.valueTokens, (j) => (t.kind[j] === FRAC ? 1 : 0)),
      epochToken: r.epochToken,
      epochIsFrac: r.epochToken >= 0 && t.kind[r.epochToken] === FRAC,
      localToken: r.localToken,
      localIsFrac: r.localToken >= 0 && t.kind[r.localToken] === FRAC,
      lane: r.splits[0] ?? this.section?.split ?? 'train',
      heading:
        r.leadingSplitWord !== undefined && r.leadingSplit !== undefined
          ? { word: r.leadingSplitWord, split: r.leadingSplit }
          : undefined,
      leadingEpoch: r.leadingEpoch,
    };
    if (cache.size >= MAX_PLANS) {
      cache.clear(); // lines that never repeat (prose) must not pile up
      this.plansCleared++;
    }
    cache.set(key, plan);
    return plan;
  }

  end(): ParsedLog {
    this.lines.end();
    const warnings: string[] = [];
    // one shape per name: the one printed most often (a per-step line wins over an epoch summary
    // printed among or after them); a shape printed only before or after it, its steps starting
    // over, is another run of the same curve (a job run again without validation: `loss - acc`
    // after `loss - val_loss`)
    const byName = new Map<string, Entry[]>();
    for (const e of this.entries.values()) {
      if (!kept(e)) continue;
      const held = byName.get(e.name);
      if (held === undefined) byName.set(e.name, [e]);
      else held.push(e);
    }
    const series: Series[] = [];
    for (const [name, shapes] of byName) {
      shapes.sort((a, b) => b.builder.length - a.builder.length);
      const chosen: Entry[] = [];
      for (const e of shapes) {
        if (chosen.every((c) => anotherRun(c, e))) chosen.push(e);
      }
      chosen.sort((a, b) => a.firstLine - b.firstLine);
      series.push(...splitRuns(joined(chosen)));
      const left = shapes.length - chosen.length;
      if (left > 0) {
        warnings.push(
          `${this.source}: ${quote(name)} is printed in ${left + 1} kinds of lines; read the most frequent, the others were left out`,
        );
      }
    }
    if (series.length === 0) warnings.push(this.nothingRead());
    return { format: 'printed-text', series, warnings };
  }

  private nothingRead(): string {
    const what =
      this.metricLines === 0
        ? 'no line of the form `loss: 0.42`, `loss=0.42` or `| loss 0.42 |`'
        : 'metric lines, but none repeated (a series needs at least two lines of the same shape)';
    const near =
      this.candidates.length > 0
        ? ` Closest lines: ${this.candidates.map((c) => quote(c.slice(0, QUOTE_CHARS))).join('; ')}.`
        : '';
    if (this.candidates.some(looksLikeUltralytics)) {
      return `${this.source} held ${what}, so nothing to judge.${near} ${ULTRALYTICS_ADVICE}`;
    }
    return `${this.source} held ${what}, so nothing to judge.${near} Print one line per logging step such as \`epoch 3 step 100 loss: 0.4213 val_loss: 0.5102\`, or write {"step": 100, "loss": 0.42} lines to $TRAINSPOTTER_OUT/metrics.jsonl.`;
  }
}

/** Whether the head of a file holds at least one series of printed metrics. */
function headHasSeries(text: string): boolean {
  const parser = new PrintedTextParser('head');
  let n = 0;
  let at = 0;
  // the last line of the head may be cut: it is left out
  for (;;) {
    const nl = text.indexOf('\n', at);
    if (nl === -1) break;
    parser.line(text.slice(at, nl > at && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl), ++n);
    at = nl + 1;
  }
  if (n === 0) parser.line(text, 1);
  return parser.end().series.length > 0;
}

/** Names of saved output, read as printed text even when their head holds no metric yet: `*.log`, `*.out`, `train_log.txt`, `output.txt`. */
const LOG_NAME = /(\.log|\.out)$|(log|train|output|stdout|stderr|console)[^/]*\.txt$/i;

/** Printed text's score when its head holds a series: below every structured format's. */
const PRINTED_SCORE = 0.15;

/**
 * Text that training code printed: stdout, `nohup.out`, `train.log`, `log.txt`. Each line is
 * tokenised once; key/value pairs in every common spelling (`loss: 0.23`, `loss=0.23`,
 * `| loss 7.63 |`, `{'loss': 0.52}`, `Loss: tensor(0.23)`) are metrics, `Epoch 3/10`,
 * `Step [100/600]`, `iter 100`, `200/2983 batches` place them (see PrintedSteps), `\r` redraws
 * of Keras and tqdm progress bars are read as shown. A series is a name printed in at least two
 * lines of the same shape, so config dumps and summaries printed once are not curves. Scores low
 * so that every structured format wins.
 */
export const printedText: LogFormat = {
  id: 'printed-text',
  description: 'printed training output (stdout, train.log): lines like `epoch 3 step 100 loss: 0.42`',
  sniff(fileName, head) {
    const text = headText(head);
    if (text === undefined || text.trim() === '') return 0;
    if (headHasSeries(text)) return PRINTED_SCORE;
    return LOG_NAME.test(fileName) ? 0.05 : 0;
  },
  maxScore: PRINTED_SCORE,
  create: (source, options) => new PrintedTextParser(source, options),
};
