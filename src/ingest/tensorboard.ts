import protobuf from 'protobufjs/light.js';
import { InputError } from '../core/errors.js';
import type { ParsedLog, Series, Split } from '../core/series.js';
import { splitRuns } from '../core/split-runs.js';
import { FloatColumn } from './float-column.js';
import type { IncrementalParser, LogFormat } from './format.js';
import { inferSplit, splitWord } from './infer-split.js';
import { TENSORBOARD_DESCRIPTOR } from './proto/tensorboard-descriptor.js';
import { int64ToNumber, type TensorLike, tensorScalar } from './tensor-scalar.js';
import { FastEventDecoder } from './tensorboard-event-fast.js';
import { startsWithTfRecord, TfRecordReader } from './tfrecord.js';

/** The parts of a decoded `tensorboard.Event` read here (field names as in event.proto). */
interface DecodedEvent {
  wall_time: number;
  step: unknown;
  summary?: { value: DecodedValue[] } | null;
}
interface DecodedValue {
  tag: string;
  metadata?: { plugin_data?: { plugin_name?: string } | null } | null;
  /** The oneof's member that was set: `simple_value`, `tensor` or undefined (an image, a histogram ...). */
  value?: string;
  simple_value: number;
  tensor?: TensorLike | null;
}

type OneofAccessors = {
  oneOfGetter(fieldNames: string[]): () => string | undefined;
  oneOfSetter(fieldNames: string[]): (name: string | undefined) => void;
};

let eventType: protobuf.Type | undefined;
function getEventType(): protobuf.Type {
  if (eventType) return eventType;
  // protobufjs records which oneof member a decoded message holds through a setter that
  // `delete`s the other members: that turns every Event and Value into a slow dictionary object,
  // half of the decoding time. Our types get accessors that store the member's name instead;
  // protobufjs builds them while a type is set up, so the library's own are restored after.
  const util = protobuf.util as unknown as OneofAccessors;
  const saved = { oneOfGetter: util.oneOfGetter, oneOfSetter: util.oneOfSetter };
  util.oneOfGetter = (fieldNames) => {
    const key = `$oneof:${fieldNames.join(',')}`;
    return function (this: Record<string, string | undefined>) {
      return this[key];
    };
  };
  util.oneOfSetter = (fieldNames) => {
    const key = `$oneof:${fieldNames.join(',')}`;
    return function (this: Record<string, string | undefined>, name) {
      this[key] = name;
    };
  };
  try {
    const root = protobuf.Root.fromJSON(TENSORBOARD_DESCRIPTOR);
    for (const name of ['tensorboard.Summary.Value', 'tensorboard.Event']) root.lookupType(name).setup();
    eventType = root.lookupType('tensorboard.Event');
  } finally {
    Object.assign(util, saved);
  }
  return eventType;
}

export interface TensorboardOptions {
  /** Run label for every series (the shell passes the subfolder, e.g. `train`, `validation`). */
  run?: string;
}

/** A run folder named after a split (Keras writes `train/` and `validation/`) sets the split of its tags. */
function splitOfRun(run: string | undefined): Split | undefined {
  const last = run?.split(/[\\/]/).pop();
  return last === undefined ? undefined : splitWord(last);
}

interface TagColumns {
  steps: FloatColumn;
  values: FloatColumn;
  wallTimes: FloatColumn;
}

class TensorboardParser implements IncrementalParser {
  private readonly tags = new Map<string, TagColumns>();
  /** The plugin named by the first value of each tag that carried metadata. */
  private readonly plugins = new Map<string, string>();
  private readonly warnings: string[] = [];
  private readonly reader: TfRecordReader;
  private readonly fast = new FastEventDecoder();
  private bytes = 0;
  /** The last tag written and its columns: most files log the same few tags over and over. */
  private lastTag = '';
  private lastCols: TagColumns | undefined;

  constructor(
    private readonly source: string,
    private readonly options: TensorboardOptions,
    /** `fast: false` decodes every record with protobufjs (tests compare the two). */
    private readonly useFast = true,
  ) {
    this.reader = new TfRecordReader({
      record: (bytes, start, end, offset) => this.onRecord(bytes, start, end, offset),
      warning: (message) => this.warnings.push(`${source}: ${message}`),
    });
  }

  write(chunk: Uint8Array): void {
    this.bytes += chunk.length;
    this.reader.write(chunk);
  }

  end(): ParsedLog {
    this.reader.end();
    if (this.bytes > 0 && this.reader.records === 0) {
      throw new InputError(
        `${this.source}: no valid TFRecord in ${this.bytes} bytes; expected a TensorBoard event file ` +
          '(events.out.tfevents.*, records framed as length, masked CRC-32C, data, masked CRC-32C)',
      );
    }
    const series = buildSeries(this.tags, this.options.run);
    if (series.length === 0) {
      this.warnings.push(
        this.bytes === 0
          ? `${this.source} is empty: the writer created it but logged nothing, so nothing to judge`
          : `${this.source} holds no scalar summaries (${this.reader.records} records: a header, graphs, ` +
              'images or histograms only), so nothing to judge',
      );
    }
    return { format: 'tensorboard', series, warnings: this.warnings };
  }

  private onRecord(bytes: Uint8Array, start: number, end: number, offset: number): void {
    if (this.useFast) {
      const f = this.fast;
      const kind = f.decode(bytes, start, end);
      if (kind === 'none') return;
      if (kind === 'values') {
        for (let k = 0; k < f.count; k++) {
          const tag = f.tags[k] as string;
          const plugin = f.plugins[k] as string;
          if (plugin) this.plugins.set(tag, plugin);
          if (!f.hasSimple[k]) continue;
          this.push(tag, f.step, f.simple[k] as number, f.wallTime);
        }
        return;
      }
    }
    let event: DecodedEvent;
    try {
      event = getEventType().decode(bytes.subarray(start, end)) as unknown as DecodedEvent;
    } catch (error) {
      this.warnings.push(
        `${this.source}: byte ${offset}: a record with valid CRCs is not a TensorBoard Event ` +
          `(${(error as Error).message}); skipped`,
      );
      return;
    }
    const values = event.summary?.value;
    if (!values) return; // file_version header, graph_def, session_log, run metadata
    const step = int64ToNumber(event.step);
    for (const v of values) {
      const plugin = v.metadata?.plugin_data?.plugin_name;
      if (plugin) this.plugins.set(v.tag, plugin);
      let x: number | undefined;
      if (v.value === 'simple_value') x = v.simple_value;
      else if (v.value === 'tensor' && v.tensor) {
        const known = this.plugins.get(v.tag);
        // hparams, text, histograms ... may hold one-element tensors that are not curves.
        if (known === undefined || known === 'scalars') x = tensorScalar(v.tensor);
      }
      if (x === undefined) continue;
      this.push(v.tag, step, x, event.wall_time);
    }
  }

  private push(tag: string, step: number, x: number, wallTime: number): void {
    const cols = tag === this.lastTag && this.lastCols ? this.lastCols : this.columns(tag);
    cols.steps.push(step);
    cols.values.push(x);
    cols.wallTimes.push(wallTime);
  }

  private columns(tag: string): TagColumns {
    let cols = this.tags.get(tag);
    if (!cols) {
      cols = { steps: new FloatColumn(), values: new FloatColumn(), wallTimes: new FloatColumn() };
      this.tags.set(tag, cols);
    }
    this.lastTag = tag;
    this.lastCols = cols;
    return cols;
  }
}

/** The epoch at `step` from Lightning's `epoch` tag: the last epoch logged at or before it. */
function epochLookup(epoch: TagColumns): (step: number) => number {
  const order = Array.from({ length: epoch.steps.length }, (_, i) => i).sort(
    (a, b) => epoch.steps.at(a) - epoch.steps.at(b) || a - b,
  );
  const steps = order.map((i) => epoch.steps.at(i));
  const values = order.map((i) => epoch.values.at(i));
  return (step) => {
    let lo = 0;
    let hi = steps.length; // first index with steps[i] > step
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((steps[mid] as number) <= step) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? Number.NaN : (values[lo - 1] as number);
  };
}

function buildSeries(tags: Map<string, TagColumns>, runFolder: string | undefined): Series[] {
  const runSplit = splitOfRun(runFolder);
  // `run1/train` and `run1/validation` are one run seen on two splits: the run is the parent
  // folder, and the split word prefixes the tag so the two `epoch_loss` curves keep apart.
  const parts = runFolder?.split(/[\\/]/) ?? [];
  const splitWord = runSplit ? parts.pop() : undefined;
  const run = runSplit ? parts.join('/') || undefined : runFolder;
  // Lightning logs the epoch as a scalar tag: it is an axis, not a curve to judge.
  const epochTag = tags.get('epoch');
  const epochAt = epochTag ? epochLookup(epochTag) : undefined;
  const out: Series[] = [];
  for (const [tag, cols] of tags) {
    if (tag === 'epoch' && epochAt) continue;
    const values = cols.values.toArray();
    // Lightning writes hp_metric = -1 when no metric was named: a placeholder, not a measurement.
    if (tag === 'hp_metric' && values.every((v) => v === -1)) continue;
    const steps = cols.steps.toArray();
    const inferred = inferSplit(tag);
    const series: Series = {
      name: splitWord ? `${splitWord}/${tag}` : tag,
      metric: inferred.metric,
      split: runSplit ?? inferred.split,
      ...(run !== undefined ? { run } : {}),
      steps,
      values,
      ...(epochAt ? { epochs: steps.map(epochAt) } : {}),
      wallTimes: cols.wallTimes.toArray(),
    };
    // A job restarted into the same file: the step goes back; each stretch becomes a run.
    out.push(...splitRuns(series));
  }
  return out;
}

/**
 * A parser for one TensorBoard event file. Scalars come from `simple_value` and from one-element
 * numeric tensors (TF2 / Keras); images, histograms, graphs and hparams are skipped. Every point is
 * kept in file order, so a step logged twice appears twice. Corrupt or truncated records become
 * warnings with their byte offset; `end` throws InputError only when no valid record was found.
 */
export function createTensorboardParser(
  source: string,
  options: TensorboardOptions = {},
  /** `fast: false` decodes every record with protobufjs (the slow path; tests compare the two). */
  decoding: { readonly fast?: boolean } = {},
): IncrementalParser {
  return new TensorboardParser(source, options, decoding.fast !== false);
}

/** TensorBoard event files (`events.out.tfevents.*`) from TensorFlow, Keras, PyTorch, tensorboardX, CatBoost ... */
export const tensorboardFormat: LogFormat = {
  id: 'tensorboard',
  description: 'TensorBoard event file (events.out.tfevents.*)',
  sniff(fileName, head) {
    const named = fileName.includes('events.out.tfevents');
    const framed = startsWithTfRecord(head);
    if (named && framed) return 1;
    if (named) return head.length === 0 ? 0.9 : 0.7;
    return framed ? 0.8 : 0;
  },
  create: (source, options) => createTensorboardParser(source, options),
};
