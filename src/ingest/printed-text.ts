import { isLossLike } from '../core/analyze.js';
import type { ParsedLog, Series, Split } from '../core/series.js';
import { splitRuns } from '../core/split-runs.js';
import type { IncrementalParser, LogFormat } from './format.js';
import { headText } from './head-text.js';
import { inferSplit } from './infer-split.js';
import { LineSplitter } from './line-splitter.js';
import { LineReading, readLine } from './printed-line.js';
import { PrintedSteps } from './printed-steps.js';
import { LineTokens, tokenize } from './printed-tokens.js';
import { quote } from './quote.js';
import { SeriesBuilder } from './series-builder.js';

/** A series needs this many lines of one shape; a config dump or a final summary prints once. */
export const MIN_REPEATS = 2;
/**
 * …and this many when no line of it was placed by an epoch or step (setup output before
 * training: device lists, parameter counts).
 */
export const MIN_UNPLACED = 5;
/** A series with fewer points than this that never changes is a setting printed again (per run, per epoch), not a curve; unless it is a loss printed with steps. */
export const MIN_CONSTANT = 10;
/** Longest line without numbers still read, as a possible section heading. */
const MAX_HEADING = 80;
/** Candidate lines quoted when nothing was read. */
const MAX_CANDIDATES = 3;
/** Longest part of a line kept for a message. */
const QUOTE_CHARS = 160;

const HAS_DIGIT = /[0-9]/;
const HAS_SPECIAL = /nan|inf/i;
// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI colour codes start with ESC
const ANSI = /\x1b\[[0-9;?]*[A-Za-z]/g;
const CANDIDATE = /loss|acc|epoch|step/i;

/** Lines that are never metrics: argparse dumps, warnings, tracebacks. */
function skipped(line: string): boolean {
  return (
    line.includes('Namespace(') ||
    line.includes('Warning:') ||
    line.includes('warnings.warn') ||
    line.includes('Traceback') ||
    line.trimStart().startsWith('File "')
  );
}

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
}

function kept(e: Entry): boolean {
  const n = e.builder.length;
  if (n < MIN_REPEATS || (e.placed === 0 && n < MIN_UNPLACED)) return false;
  // a loss that never moves is a finding (judged); any other number that never moves is a setting
  if (!e.constant || n >= MIN_CONSTANT) return true;
  return e.placed > 0 && isLossLike(e.builder.build());
}

/** Parses printed training output line by line: see `printedText`. */
export class PrintedTextParser implements IncrementalParser {
  private readonly lines: LineSplitter;
  private readonly tokens = new LineTokens();
  private readonly reading = new LineReading();
  private readonly steps = new PrintedSteps();
  private readonly entries = new Map<string, Entry>();
  private readonly candidates: string[] = [];
  private metricLines = 0;
  /** The split a heading line set for the lines under it. */
  private section: { word: string; split: Split } | undefined;

  constructor(private readonly source: string) {
    this.lines = new LineSplitter(source, (line, n) => this.onLine(line, n));
  }

  write(chunk: Uint8Array): void {
    this.lines.write(chunk);
  }

  /** Feeds one line (without its newline) directly, bypassing byte decoding. */
  line(text: string, lineNumber: number): void {
    this.onLine(text, lineNumber);
  }

  private onLine(raw: string, n: number): void {
    if (raw.length === 0) return;
    // no number: no metric, but a short line may be a heading (`Eval begin...`)
    if (!HAS_DIGIT.test(raw) && !HAS_SPECIAL.test(raw) && raw.length > MAX_HEADING) return;
    const line = visibleText(raw);
    if (skipped(line)) return;
    tokenize(line, this.tokens);
    const r = this.reading;
    readLine(this.tokens, r, this.section);
    const step = this.steps.step(r, n, r.splits[0] ?? this.section?.split ?? 'train');
    const placed = !Number.isNaN(r.local) || !Number.isNaN(this.steps.currentEpoch);
    const count = r.names.length;
    if (count === 0) {
      // a heading line (`Eval begin...`, `Validation:`) names the split of the lines under it,
      // until the next heading or epoch line
      if (r.leadingSplitWord !== undefined && r.leadingSplit !== undefined) {
        this.section =
          r.leadingSplit === 'train' ? undefined : { word: r.leadingSplitWord, split: r.leadingSplit };
      } else if (r.leadingEpoch) {
        this.section = undefined;
      }
      if (this.candidates.length < MAX_CANDIDATES && CANDIDATE.test(line)) this.candidates.push(line.trim());
      return;
    }
    this.metricLines++;
    const epoch = this.steps.currentEpoch;
    for (let i = 0; i < count; i++) {
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
        };
        this.entries.set(id, e);
      }
      const value = r.values[i] as number;
      if (placed) e.placed++;
      if (e.constant && !Object.is(value, e.first) && !(Number.isNaN(value) && Number.isNaN(e.first)))
        e.constant = value === e.first; // 0 and -0 are one value
      e.builder.push(step, value, Number.isNaN(epoch) ? undefined : epoch);
    }
  }

  end(): ParsedLog {
    this.lines.end();
    const warnings: string[] = [];
    // one shape per name: the one printed most often (a per-step line wins over an epoch summary)
    const best = new Map<string, Entry>();
    const others = new Map<string, number>();
    for (const e of this.entries.values()) {
      if (!kept(e)) continue;
      const held = best.get(e.name);
      if (held === undefined || e.builder.length > held.builder.length) {
        if (held !== undefined) others.set(e.name, (others.get(e.name) ?? 0) + 1);
        best.set(e.name, e);
      } else {
        others.set(e.name, (others.get(e.name) ?? 0) + 1);
      }
    }
    const series: Series[] = [];
    for (const e of best.values()) series.push(...splitRuns(e.builder.build()));
    for (const [name, n] of others) {
      warnings.push(
        `${this.source}: ${quote(name)} is printed in ${n + 1} kinds of lines; read the most frequent, the others were left out`,
      );
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

const LOG_NAME = /(\.log|\.out|\.txt|^nohup\.out)$/i;

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
    if (headHasSeries(text)) return 0.15;
    return LOG_NAME.test(fileName) ? 0.05 : 0;
  },
  create: (source) => new PrintedTextParser(source),
};
