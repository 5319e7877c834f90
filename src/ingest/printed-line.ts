import type { Split } from '../core/series.js';
import { splitWord } from './infer-split.js';
import { DELIM, FRAC, JUNK, type LineTokens, NUM, WORD } from './printed-tokens.js';

/** Words that place a line in training time. `epoch` sets the epoch; the others count steps within it or overall. */
const EPOCH_WORDS = new Set(['epoch', 'ep']);
const STEP_WORDS = new Set([
  'step',
  'global_step',
  'iter',
  'iters',
  'iteration',
  'it',
  'batch',
  'batches',
  'index',
  'idx',
  'episode',
]);
/** How many first words of a line may name the split of a heading. */
const HEADING_WORDS = 3;
/** Words of a logging prefix, never the first word of what a line says. */
const LEVEL_WORDS = new Set(['INFO', 'DEBUG', 'WARNING', 'WARN', 'ERROR', 'I', 'W', 'root', '__main__']);
/** Step words that follow their count: `200/2983 batches`. */
const COUNT_WORDS = new Set(['batches', 'batch', 'steps', 'step', 'iters', 'it', 'iterations', 'samples']);

/** Whether token j is an epoch's or a step's own number: `Epoch 1/4`, `epoch: 1/4`, `step=3/10`. */
function followsMarker(t: LineTokens, j: number): boolean {
  let k = j - 1;
  if (t.isDelim(k, COLON) || t.isDelim(k, EQUALS)) k--;
  if (k < 0 || t.kind[k] !== WORD) return false;
  const w = t.text(k).toLowerCase();
  return EPOCH_WORDS.has(w) || STEP_WORDS.has(w);
}
/**
 * Keys that are never a metric: Lightning's version number, countdowns, Python's type names
 * (`vocab_size : int = 50304` in a dataclass printed with the code), `N/A` (nvidia-smi's table),
 * the row of a per-class table (`* class: 3 (accordion)  total: 6  correct: 4`).
 */
const IGNORED_KEYS = new Set([
  'int',
  'float',
  'str',
  'bool',
  'n/a',
  'v_num',
  'eta',
  'remaining',
  'elapsed',
  'pid',
  'rank',
  'port',
  'seed',
  'gpu',
  'device',
  'class',
]);
/** Words that end a key going left: prose, not names. */
const STOP_WORDS = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'by',
  'for',
  'from',
  'in',
  'into',
  'of',
  'on',
  'or',
  'the',
  'to',
  'with',
  'after',
  'before',
  'over',
  'per',
  'then',
  'now',
]);
/** Words joining a key to its value: `loss is 0.23`, `loss was 0.2`. */
const LINK_WORDS = new Set(['is', 'was', 'are', 'of', 'equals']);
/** Words in a metric name that only say how it was aggregated; dropped from `metric` (not from the name). */
const FILLER_WORDS = new Set([
  'average',
  'avg',
  'mean',
  'running',
  'epoch',
  'overall',
  'current',
  'cur',
  'batch',
]);
/**
 * Without `:` or `=` (`loss 0.23`, `| ppl 2056.03 |`), a key must hold one of these, so prose
 * ("loaded 500 images") is not read as a metric.
 */
const METRIC_STEMS = [
  'loss',
  'acc',
  'ppl',
  'perplex',
  'lr',
  'err',
  'mse',
  'mae',
  'f1',
  'auc',
  'bleu',
  'psnr',
  'ssim',
  'dice',
  'iou',
  'map',
  'reward',
  'return',
  'kl',
  'nll',
  'entropy',
  'norm',
  'wer',
  'cer',
  'top1',
  'top5',
  'prec',
  'recall',
  'score',
  'time',
  'ms/',
  'tok',
  'throughput',
  'bpd',
  'bpc',
  'rate',
];
/** File names and paths (`dtypes.py:523`, `dso_loader.cc:49`) are never keys. */
const FILE_EXTENSIONS =
  /\.(py|pyx|cc|cpp|cu|c|h|hpp|js|ts|java|so|pt|pth|ckpt|bin|json|ya?ml|txt|log|csv|png|jpe?g|npy|npz|h5|pkl|onnx|md)$/i;
/** Longest key accepted, in characters. */
const MAX_KEY = 48;

/** What one printed line says: its metrics and where in training it sits. */
export class LineReading {
  /** Epoch from the line, NaN when it names none; its total (`Epoch 3/10`) or NaN. */
  epoch = Number.NaN;
  epochTotal = Number.NaN;
  /** A step within the epoch or overall (`Step [100/600]`, `iter 100`, `200/2983 batches`), NaN for none; its total or NaN. */
  local = Number.NaN;
  localTotal = Number.NaN;
  /** The metrics: name as printed (with the split word that applies), split or undefined, bare metric, value. */
  readonly names: string[] = [];
  readonly splits: (Split | undefined)[] = [];
  readonly metrics: string[] = [];
  readonly values: number[] = [];
  /** For each metric, the token holding its value (a line of the same shape has it at the same token). */
  readonly valueTokens: number[] = [];
  /** The tokens holding the epoch and the step, −1 for none. */
  epochToken = -1;
  localToken = -1;
  /** The line's metric names joined, identifying lines of one shape. */
  shape = '';
  /** The split word the line opens with (`Eval begin...`, `Validation:`), if any; for lines without metrics that head a section. */
  leadingSplitWord: string | undefined;
  leadingSplit: Split | undefined;
  /** Whether the line opens with an epoch word (`Epoch 2/10`). */
  leadingEpoch = false;

  reset(): void {
    this.epoch = Number.NaN;
    this.epochTotal = Number.NaN;
    this.local = Number.NaN;
    this.localTotal = Number.NaN;
    this.names.length = 0;
    this.splits.length = 0;
    this.metrics.length = 0;
    this.values.length = 0;
    this.valueTokens.length = 0;
    this.epochToken = -1;
    this.localToken = -1;
    this.shape = '';
    this.leadingSplitWord = undefined;
    this.leadingSplit = undefined;
    this.leadingEpoch = false;
  }
}

const COLON = 58;
const EQUALS = 61;
const OPEN_PAREN = 40;
const CLOSE_PAREN = 41;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const QUOTE = 39;
const DQUOTE = 34;
const PIPE = 124;
const PERCENT = 37;
const COMMA = 44;
const DOT = 46;
const DASH = 45;

/** Keys that abbreviate their split: llm.c's `main.log` writes `s:100 trl:3.31` and `s:128 tel:3.27`. */
const ABBREVIATED_SPLITS: Readonly<Record<string, Split>> = { trl: 'train', tel: 'val' };

function splitOfKey(words: readonly string[]): Split | undefined {
  for (const w of words) {
    const abbreviated = ABBREVIATED_SPLITS[w];
    if (abbreviated !== undefined) return abbreviated;
    for (const part of w.split(/[_/.\-@]/)) {
      const s = splitWord(part);
      if (s !== undefined) return s;
    }
  }
  return undefined;
}

function hasMetricStem(key: string): boolean {
  const k = key.toLowerCase();
  for (const stem of METRIC_STEMS) if (k.includes(stem)) return true;
  return false;
}

/** Whether a key counts steps or epochs (`micro_step`, `ppo_ep`, `total_steps`) rather than measuring: its last `_` part is a step or epoch word and it names no metric. */
function isCounter(key: string): boolean {
  const lower = key.toLowerCase();
  const at = lower.lastIndexOf('_');
  if (at < 0) return false;
  const last = lower.slice(at + 1);
  return (STEP_WORDS.has(last) || EPOCH_WORDS.has(last) || COUNT_WORDS.has(last)) && !hasMetricStem(lower);
}

/** Most `/` in a key: `train/loss`, `throughput/device/tokens_per_second`; more is a path. */
const MAX_KEY_SLASHES = 2;

function isKeyWord(word: string): boolean {
  if (word.length > MAX_KEY || FILE_EXTENSIONS.test(word)) return false;
  let slashes = 0;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) === 47) slashes++;
  return slashes <= MAX_KEY_SLASHES;
}

const CAMEL_BOUNDARY = /([a-z0-9])([A-Z])/g;

/** The bare metric of a key: lower case, split and filler words dropped, `_`-joined (`Test Average loss` -> `loss`). */
function bareMetric(words: readonly string[]): string {
  const kept: string[] = [];
  for (const w of words) {
    // camelCase words apart: `CrossEntropyLoss` -> `cross_entropy_loss`, so `loss` is seen
    const lw = w.replace(CAMEL_BOUNDARY, '$1_$2').toLowerCase();
    if (splitWord(lw) !== undefined || FILLER_WORDS.has(lw)) continue;
    let parts = lw.split(/[_/.]/);
    const first = parts[0];
    const last = parts[parts.length - 1];
    if (parts.length > 1 && first !== undefined && splitWord(first) !== undefined) parts = parts.slice(1);
    else if (parts.length > 1 && last !== undefined && splitWord(last) !== undefined)
      parts = parts.slice(0, -1);
    kept.push(parts.join('_'));
  }
  return kept.length > 0 ? kept.join('_') : words.join('_').toLowerCase();
}

/**
 * Reads the key/value pairs and step markers of one tokenised line into `out` (reset first).
 * A value is a number (or `a/b`, read as a ratio) after a key: `loss: 0.23`, `loss=0.23`,
 * `'loss': 0.23`, `loss is 0.23`, `Loss: tensor(0.23)`, and `loss 0.23` when the key names a
 * metric or the line is a `|` table. A key is up to three words joined by spaces. The nearest
 * split word before a key (`Test set: Average loss`) applies when the key names none. O(tokens).
 */
export function readLine(
  t: LineTokens,
  out: LineReading,
  carried?: { readonly word: string; readonly split: Split },
): void {
  out.reset();
  const n = t.count;
  const table = lineHasPipe(t);
  let context: string | undefined = carried?.word;
  let contextSplit: Split | undefined = carried?.split;
  // in a `|` table, a split word that begins a cell's key (`|Training time=1.06s |Others=0.23`)
  // names that key only: the context before it comes back after the key
  let contextAt = -1;
  let outerContext = context;
  let outerSplit = contextSplit;
  let shape = '';
  let leadWords = 0;
  // calls whose arguments are settings, not metrics: `BatchNorm2d(64, eps=0.001)`, `TrainConfig(seed=1)`
  const calls: boolean[] = [];
  let inCall = 0;
  for (let j = 0; j < n; j++) {
    const kind = t.kind[j] as number;
    if (kind === DELIM) {
      if (t.value[j] === OPEN_PAREN) {
        const call = j > 0 && t.kind[j - 1] === WORD && t.gap[j] === 0 && t.text(j - 1) !== 'tensor';
        calls.push(call);
        if (call) inCall++;
      } else if (t.value[j] === CLOSE_PAREN && calls.length > 0) {
        if (calls.pop()) inCall--;
      }
      continue;
    }
    if (kind === WORD) {
      const w = t.text(j);
      const s = splitWord(w);
      // `__main__:train:41` is a logging prefix, not a split
      const prefix =
        t.isDelim(j + 1, COLON) && t.gap[j + 1] === 0 && t.kind[j + 2] === NUM && t.gap[j + 2] === 0;
      if (s !== undefined && !prefix) {
        outerContext = context;
        outerSplit = contextSplit;
        contextAt = j;
        context = w;
        contextSplit = s;
      }
      // a heading names its split among its first words: `Eval begin...`, `Now continue training`
      if (leadWords < HEADING_WORDS && !prefix && !LEVEL_WORDS.has(w)) {
        if (s !== undefined) {
          out.leadingSplitWord = w;
          out.leadingSplit = s;
        } else if (leadWords === 0 && EPOCH_WORDS.has(w.toLowerCase())) {
          out.leadingEpoch = true;
        }
        leadWords++;
      }
      continue;
    }
    if (kind !== NUM && kind !== FRAC) continue;
    if (inCall > 0) continue;
    // value first: `200/2983 batches`; but in `Epoch 1/4 step 10` the fraction is the epoch's
    if (
      kind === FRAC &&
      t.kind[j + 1] === WORD &&
      COUNT_WORDS.has(t.text(j + 1).toLowerCase()) &&
      !followsMarker(t, j)
    ) {
      if (Number.isNaN(out.local)) {
        out.local = t.value[j] as number;
        out.localTotal = t.value2[j] as number;
        out.localToken = j;
      }
      continue;
    }
    // a progress bar's percentage (tqdm's `epochs:  40%|████      | 12/30`) is no metric
    if (
      t.isDelim(j + 1, PIPE) &&
      t.gap[j + 1] === 0 &&
      t.line.charCodeAt((t.end[j] as number) - 1) === PERCENT
    )
      continue;
    // a list of numbers (`input_ids: 101 5982 5937`) or a tuple (`shape = (64, 128)`) is no metric
    const nextKind = t.kind[j + 1];
    if (j + 1 < n && (nextKind === NUM || nextKind === FRAC) && t.gap[j + 1] === 1) {
      while (j + 1 < n && (t.kind[j + 1] === NUM || t.kind[j + 1] === FRAC)) j++;
      continue;
    }
    // a row of comma-separated numbers (detectron2's `copypaste: 0.0103,0.0457,0.0010`) is no one key's value
    if (t.isDelim(j + 1, COMMA) && t.gap[j + 1] === 0 && t.kind[j + 2] === NUM && t.gap[j + 2] === 0) {
      while (t.isDelim(j + 1, COMMA) && t.kind[j + 2] === NUM) j += 2;
      continue;
    }
    // inside a string: `device='cuda:0'`; but a value printed as a string after its key is a
    // value (recent Hugging Face Trainers print `{'loss': '19.85', 'epoch': '0.2941'}`)
    const quotedValue =
      (t.isDelim(j - 1, QUOTE) || t.isDelim(j - 1, DQUOTE)) &&
      t.gap[j] === 0 &&
      (t.isDelim(j - 2, COLON) || t.isDelim(j - 2, EQUALS));
    if (
      !quotedValue &&
      (t.isDelim(j + 1, QUOTE) || t.isDelim(j + 1, DQUOTE)) &&
      t.gap[j + 1] === 0 &&
      t.gap[j] === 0
    )
      continue;
    let k = j - 1;
    let separated = false;
    // `[3/10]`, `(3)` after a word: only an epoch or step is written so (`process 'Main' (4456)` is no metric)
    let wrapped = false;
    // the one value of every parameter group, as DeepSpeed prints the learning rate: `lr=[5e-05, 5e-05]`
    const vj = j;
    // (a count in brackets after a key is no such list: torchvision's `Test:  [ 0/50]` is the eval loop's progress)
    const listEnd = t.isDelim(k, OPEN_BRACKET) && kind === NUM ? sameNumbersEnd(t, j) : -1;
    if (t.isDelim(k, OPEN_PAREN) && t.kind[k - 1] === WORD && t.text(k - 1) === 'tensor') k -= 2;
    else if (listEnd > 0 && (t.isDelim(k - 1, COLON) || t.isDelim(k - 1, EQUALS))) {
      k--;
      j = listEnd; // the list is read: go on after it
    } else if (t.isDelim(k, OPEN_BRACKET) || t.isDelim(k, OPEN_PAREN)) {
      const close = t.isDelim(k, OPEN_BRACKET) ? CLOSE_BRACKET : CLOSE_PAREN;
      k = t.isDelim(j + 1, close) ? k - 1 : -1; // `[0/60000 (0%)]` has no key: a bare count
      wrapped = true;
    }
    if (t.isDelim(k, QUOTE) || t.isDelim(k, DQUOTE)) k--;
    // `olmo.train:990`, `module:lineno`: a colon with no space around it before a whole number
    // (llm.c's `trl:3.3148` is a value)
    const tight =
      k === vj - 1 &&
      t.isDelim(k, COLON) &&
      t.gap[k] === 0 &&
      t.gap[vj] === 0 &&
      kind === NUM &&
      !hasFraction(t, vj);
    if (t.isDelim(k, COLON) || t.isDelim(k, EQUALS)) {
      separated = true;
      k--;
    }
    if (t.isDelim(k, QUOTE) || t.isDelim(k, DQUOTE)) k--;
    if (separated && t.isDelim(k, CLOSE_PAREN)) {
      // a unit or a split in parentheses: `Time (mins): 0.015`, `Epoch(val): 3`
      let open = k - 1;
      while (open >= 0 && !t.isDelim(open, OPEN_PAREN) && k - open < 6) open--;
      if (open >= 0 && t.isDelim(open, OPEN_PAREN)) k = open - 1;
    }
    if (k >= 0 && t.kind[k] === WORD && LINK_WORDS.has(t.text(k).toLowerCase()) && t.kind[k - 1] === WORD) {
      separated = true;
      k--;
    }
    if (k < 0 || t.kind[k] !== WORD) {
      // a date (`[12/25 14:22:26]`) is no count
      const dated = t.kind[vj + 1] === JUNK;
      if (kind === FRAC && Number.isNaN(out.local) && !dated) {
        // a bare count: Keras' `19/19 - 12s - loss: ...`, tqdm's `50/50 [00:01<00:00]`
        out.local = t.value[vj] as number;
        out.localTotal = t.value2[vj] as number;
        out.localToken = vj;
      }
      continue;
    }
    const head = t.text(k);
    const lower = head.toLowerCase();
    if (EPOCH_WORDS.has(lower)) {
      if (Number.isNaN(out.epoch)) {
        out.epoch = t.value[vj] as number;
        out.epochTotal = kind === FRAC ? (t.value2[vj] as number) : Number.NaN;
        out.epochToken = vj;
      }
      continue;
    }
    if (STEP_WORDS.has(lower)) {
      if (Number.isNaN(out.local)) {
        out.local = t.value[vj] as number;
        out.localTotal = kind === FRAC ? (t.value2[vj] as number) : Number.NaN;
        out.localToken = vj;
      }
      continue;
    }
    // `--batch_size=10`, `-lr 0.1`: a command line's flags are settings
    const flag = t.isDelim(k - 1, DASH) && t.gap[k] === 0;
    if (
      wrapped ||
      flag ||
      IGNORED_KEYS.has(lower) ||
      STOP_WORDS.has(lower) ||
      !isKeyWord(head) ||
      isCounter(lower)
    )
      continue;
    // more words of the key, joined by spaces only: `train loss`, `Average loss`
    let s = k;
    while (
      s - 1 >= 0 &&
      k - s < 2 &&
      t.gap[s] === 1 &&
      t.kind[s - 1] === WORD &&
      !STOP_WORDS.has(t.text(s - 1).toLowerCase()) &&
      !EPOCH_WORDS.has(t.text(s - 1).toLowerCase()) &&
      !STEP_WORDS.has(t.text(s - 1).toLowerCase())
    ) {
      s--;
    }
    const words: string[] = [];
    for (let w = s; w <= k; w++) words.push(t.text(w));
    const key = words.join(' ');
    if ((!separated && !table) || tight) {
      if (!hasMetricStem(key)) continue;
    }
    const value =
      kind === FRAC ? (t.value[vj] as number) / (t.value2[vj] as number) : (t.value[vj] as number);
    const own = splitOfKey(words);
    const useContext = own === undefined && context !== undefined && !words.includes(context);
    const name = useContext ? `${context} ${key}` : key;
    if (out.names.includes(name)) continue; // a repeat on one line (`loss 0.3 (loss 0.25)`): the first is the value
    out.names.push(name);
    out.splits.push(own ?? (useContext ? contextSplit : undefined));
    out.metrics.push(bareMetric(words));
    out.values.push(value);
    out.valueTokens.push(vj);
    shape = shape === '' ? name : `${shape}|${name}`;
    if (table && contextAt >= s && contextAt <= k) {
      context = outerContext;
      contextSplit = outerSplit;
    }
  }
  out.shape = shape;
}

/** Whether the number at token j is written with a decimal point (`3.31`, not `990`). */
function hasFraction(t: LineTokens, j: number): boolean {
  const line = t.line;
  const e = t.end[j] as number;
  for (let c = t.start[j] as number; c < e; c++) if (line.charCodeAt(c) === DOT) return true;
  return false;
}

/** The `]` closing a list of one number repeated from token j (`[5e-05, 5e-05]`, `[0.001]`), or −1. */
function sameNumbersEnd(t: LineTokens, j: number): number {
  const v = t.value[j] as number;
  let at = j;
  while (t.isDelim(at + 1, COMMA) && t.kind[at + 2] === NUM && t.value[at + 2] === v) at += 2;
  return t.isDelim(at + 1, CLOSE_BRACKET) ? at + 1 : -1;
}

function lineHasPipe(t: LineTokens): boolean {
  for (let j = 0; j < t.count; j++) if (t.kind[j] === DELIM && t.value[j] === PIPE) return true;
  return false;
}
