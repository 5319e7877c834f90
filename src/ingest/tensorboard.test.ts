import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { benchLoss, eventFile, scalarEventFileChunks } from '../../test/helpers/tfevents-writer.js';
import type { ParsedLog, Series } from '../core/series.js';
import { createTensorboardParser, type TensorboardOptions, tensorboardFormat } from './tensorboard.js';

const DIR = new URL('../../test/fixtures/logs/tensorboard/', import.meta.url);
const CATBOOST = 'catboost__events.out.tfevents';
const KERAS_TRAIN = 'keras-callback-train__events.out.tfevents.1692391291.ds-xps.19223.0.v2';
const KERAS_VAL = 'keras-callback-validation__events.out.tfevents.1692391307.ds-xps.19223.1.v2';
const LIGHTNING =
  'lightning-tensorboardlogger__events.out.tfevents.1714703365.Alirezas-MacBook-Pro.local.21637.4';
const ALLENNLP = 'tensorboardx-allennlp__events.out.tfevents.1559205956.falcon1';
const EMPTY = 'tensorboardx-empty__events.out.tfevents.1654264193.DESKTOP-VBABAJ0';
const ULTRALYTICS = 'ultralytics-summarywriter__events.out.tfevents.1733903426.ad-Sablin.30276.1';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(name, DIR)));

function parse(
  bytes: Uint8Array,
  options: TensorboardOptions = {},
  chunk = 65536,
  source = 'events',
): ParsedLog {
  const p = createTensorboardParser(source, options);
  for (let i = 0; i < bytes.length; i += chunk) p.write(bytes.subarray(i, i + chunk));
  return p.end();
}

function get(log: ParsedLog, name: string): Series {
  const s = log.series.find((x) => x.name === name);
  if (!s) throw new Error(`no series ${name} in ${log.series.map((x) => x.name).join(', ')}`);
  return s;
}

const first = (a: Float64Array) => a[0];
const last = (a: Float64Array) => a[a.length - 1];

describe('TensorBoard event files from real writers', () => {
  it('CatBoost: no header record, one Logloss curve of 364 steps', () => {
    const log = parse(fixture(CATBOOST));
    expect(log).toMatchObject({ format: 'tensorboard', warnings: [] });
    expect(log.series.map((s) => s.name)).toEqual(['Logloss']);
    const s = get(log, 'Logloss');
    expect(s.values.length).toBe(364);
    expect([first(s.steps), last(s.steps)]).toEqual([0, 363]);
    expect(first(s.values)).toBeCloseTo(0.67284375, 7);
    expect(last(s.values)).toBeCloseTo(0.012195093, 8);
    expect(first(s.wallTimes ?? new Float64Array())).toBe(1746348793);
  });

  it('Keras TensorBoard callback: scalars stored as DT_FLOAT tensors, split from the run folder', () => {
    // Keras writes logs/<run>/train and logs/<run>/validation: one run seen on two splits.
    const train = parse(fixture(KERAS_TRAIN), { run: 'run1/train' });
    expect(train.warnings).toEqual([]);
    // The `keras` model-config string tensor and the graph are not scalars.
    expect(train.series.map((s) => s.name)).toEqual(['train/epoch_loss', 'train/epoch_MSE']);
    const loss = get(train, 'train/epoch_loss');
    expect(loss).toMatchObject({ split: 'train', metric: 'loss', run: 'run1' });
    expect(loss.values.length).toBe(160);
    expect([first(loss.steps), last(loss.steps)]).toEqual([0, 159]);
    expect(first(loss.values)).toBeCloseTo(0.15458632, 7);
    expect(last(loss.values)).toBeCloseTo(0.017908733, 8);

    const val = parse(fixture(KERAS_VAL), { run: 'run1/validation' });
    expect(val.series.map((s) => s.name)).toEqual([
      'validation/evaluation_loss_vs_iterations',
      'validation/evaluation_MSE_vs_iterations',
      'validation/epoch_loss',
      'validation/epoch_MSE',
    ]);
    expect(get(val, 'validation/epoch_loss')).toMatchObject({ split: 'val', metric: 'loss', run: 'run1' });
    const byIteration = get(val, 'validation/evaluation_loss_vs_iterations');
    expect([byIteration.values.length, first(byIteration.steps), last(byIteration.steps)]).toEqual([
      160, 17, 2720,
    ]);
    expect(first(get(val, 'validation/epoch_loss').values)).toBeCloseTo(0.031454712, 8);
  });

  it('Lightning TensorBoardLogger: epoch tag becomes the epoch axis, hparams and hp_metric=-1 dropped', () => {
    const log = parse(fixture(LIGHTNING), { run: 'version_3' });
    expect(log.warnings).toEqual([]);
    const names = log.series.map((s) => s.name);
    expect(names).not.toContain('epoch');
    expect(names).not.toContain('hp_metric');
    expect(names.some((n) => n.startsWith('_hparams_'))).toBe(false);
    expect(names).toContain('train_loss_step');
    const val = get(log, 'val_loss');
    expect(val).toMatchObject({ split: 'val', metric: 'loss', run: 'version_3' });
    expect([val.values.length, first(val.steps), last(val.steps)]).toEqual([300, 47, 14399]);
    expect(Array.from(val.epochs ?? []).slice(0, 3)).toEqual([0, 1, 2]);
    expect(last(val.epochs ?? new Float64Array())).toBe(299);
    const step = get(log, 'train_loss_step');
    expect([step.values.length, first(step.steps)]).toEqual([288, 49]);
    expect(first(step.values)).toBeCloseTo(1.98208201, 7);
  });

  it('tensorboardX 1.x (AllenNLP): no file_version in the first record; validation loss rises', () => {
    const log = parse(fixture(ALLENNLP), { run: 'validation' });
    expect(log.warnings).toEqual([]);
    expect(log.series.map((s) => s.name)).toEqual(
      ['span_acc', 'f1', 'loss', 'em', 'start_acc', 'end_acc'].map((n) => `validation/${n}`),
    );
    for (const s of log.series) {
      expect(s.split).toBe('val');
      expect(s.run).toBeUndefined();
      expect([s.values.length, first(s.steps), last(s.steps)]).toEqual([19, 1, 19]);
    }
    const loss = get(log, 'validation/loss');
    expect(first(loss.values)).toBeCloseTo(3.15323758, 6);
    expect(last(loss.values)).toBeCloseTo(3.52053237, 6);
  });

  it('tensorboardX header-only file: no series, a warning that there is nothing to judge', () => {
    expect(fixture(EMPTY).length).toBe(40);
    expect(parse(fixture(EMPTY), {}, 65536, EMPTY)).toEqual({
      format: 'tensorboard',
      series: [],
      warnings: [
        `${EMPTY} holds no scalar summaries (1 records: a header, graphs, images or histograms only), so nothing to judge`,
      ],
    });
  });

  it('ultralytics: the final metrics logged twice at step 20 are both kept', () => {
    const log = parse(fixture(ULTRALYTICS));
    expect(log.warnings).toEqual([]);
    const top1 = get(log, 'metrics/accuracy_top1');
    expect(top1.values.length).toBe(21);
    expect(Array.from(top1.steps).slice(-3)).toEqual([19, 20, 20]);
    expect(first(top1.values)).toBeCloseTo(0.97203, 5);
    const loss = get(log, 'train/loss');
    expect(loss).toMatchObject({ split: 'train', metric: 'loss' });
    expect([loss.values.length, first(loss.steps), last(loss.steps)]).toEqual([20, 1, 20]);
    expect(last(loss.values)).toBeCloseTo(0.03483, 5);
    expect(get(log, 'val/loss')).toMatchObject({ split: 'val', metric: 'loss' });
  });

  it('gives the same series whatever the chunk size', () => {
    const bytes = fixture(ALLENNLP);
    const whole = parse(bytes);
    for (const chunk of [1, 13, 4096]) expect(parse(bytes, {}, chunk)).toEqual(whole);
  });
});

describe('damaged event files', () => {
  const bytes = fixture(CATBOOST);
  const whole = get(parse(bytes), 'Logloss');

  it('a flipped byte loses one record: a warning with its offset, the other 363 points read', () => {
    const bad = bytes.slice();
    bad[10_000] = (bad[10_000] as number) ^ 0xff;
    const log = parse(bad, {}, 1000, 'catboost_info/learn/events.out.tfevents');
    expect(log.warnings).toHaveLength(1);
    const m = /^catboost_info\/learn\/events\.out\.tfevents: bytes (\d+)-(\d+): corrupt record/.exec(
      log.warnings[0] ?? '',
    );
    expect(m).not.toBeNull();
    const [from, to] = [Number(m?.[1]), Number(m?.[2])];
    expect(from).toBeLessThanOrEqual(10_000);
    expect(to).toBeGreaterThan(10_000);
    const s = get(log, 'Logloss');
    expect(s.values.length).toBe(363);
    expect(last(s.values)).toBe(last(whole.values));
  });

  it('a corrupt length field: resync on the next valid length+CRC', () => {
    const bad = bytes.slice();
    // Walk the record lengths (all < 256 here) to the record covering byte 5000.
    let at = 0;
    while (at + 16 + (bad[at] ?? 0) <= 5000) at += 16 + (bad[at] ?? 0);
    bad[at] = 0x7f;
    const log = parse(bad);
    expect(log.warnings).toHaveLength(1);
    expect(log.warnings[0]).toMatch(
      new RegExp(`^events: bytes ${at}-\\d+: corrupt record header \\(length CRC mismatch\\)`),
    );
    expect(get(log, 'Logloss').values.length).toBe(363);
  });

  it('a truncated file keeps every whole record and names where the cut one starts', () => {
    for (const cut of [10_000, 10_020])
      expect(parse(bytes.subarray(0, cut), {}, 333).warnings).toHaveLength(1);
    const log = parse(bytes.subarray(0, 10_020), {}, 333);
    expect(log.warnings[0]).toMatch(
      /^events: byte \d+: truncated record: the file ends \d+ bytes into a (record of \d+ bytes|12-byte record header)/,
    );
    const s = get(log, 'Logloss');
    expect(Array.from(s.values)).toEqual(Array.from(whole.values.subarray(0, s.values.length)));
    expect(s.values.length).toBeGreaterThan(180);
  });

  it('a file that is not TFRecord at all is bad input; an empty file is no series', () => {
    expect(() =>
      parse(new TextEncoder().encode('step,loss\n0,1.5\n1,1.2\n'), {}, 65536, 'runs/x/events.out.tfevents.1'),
    ).toThrow(/runs\/x\/events\.out\.tfevents\.1: no valid TFRecord in 22 bytes/);
    expect(parse(new Uint8Array(0))).toEqual({
      format: 'tensorboard',
      series: [],
      warnings: ['events is empty: the writer created it but logged nothing, so nothing to judge'],
    });
  });
});

describe('written events', () => {
  it('reads simple_value and tensor scalars (tensor_content and float_val), NaN and Infinity, a repeated step', () => {
    const file = eventFile(
      [
        { tag: 'loss', step: 0, value: 2 },
        { tag: 'loss', step: 1, value: Number.NaN },
        { tag: 'loss', step: 1, value: 1.5 },
        { tag: 'epoch_loss', step: 0, value: 0.25, asTensor: 'tensor_content', plugin: 'scalars' },
        { tag: 'epoch_loss', step: 1, value: Number.POSITIVE_INFINITY, asTensor: 'float_val' },
        { tag: 'text_summary', step: 0, value: 1, asTensor: 'float_val', plugin: 'text' },
      ],
      { header: false },
    );
    const log = parse(file, {}, 5);
    expect(log.warnings).toEqual([]);
    expect(log.series.map((s) => s.name)).toEqual(['loss', 'epoch_loss']);
    expect(Array.from(get(log, 'loss').steps)).toEqual([0, 1, 1]);
    expect(Array.from(get(log, 'loss').values)).toEqual([2, Number.NaN, 1.5]);
    expect(Array.from(get(log, 'epoch_loss').values)).toEqual([0.25, Number.POSITIVE_INFINITY]);
  });

  it('reads a 1,000,000-scalar file streamed in 64 KiB chunks', () => {
    const count = 1_000_000;
    const p = createTensorboardParser('big');
    for (const chunk of scalarEventFileChunks(count, 1 << 20)) {
      for (let i = 0; i < chunk.length; i += 65536) p.write(chunk.subarray(i, i + 65536));
    }
    const log = p.end();
    expect(log.warnings).toEqual([]);
    const s = get(log, 'train/loss');
    expect(s.values.length).toBe(count);
    expect([first(s.steps), last(s.steps)]).toEqual([0, count - 1]);
    expect(first(s.values)).toBe(Math.fround(benchLoss(0, count)));
    expect(last(s.values)).toBe(Math.fround(benchLoss(count - 1, count)));
  }, 60_000);
});

describe('protobufjs', () => {
  it('keeps its own oneof accessors for everyone else after the TensorBoard types are built', async () => {
    const protobuf = (await import('protobufjs/light.js')).default;
    const before = protobuf.util.oneOfSetter;
    parse(fixture(ALLENNLP));
    expect(protobuf.util.oneOfSetter).toBe(before);
    const root = protobuf.Root.fromJSON({
      nested: {
        M: {
          oneofs: { v: { oneof: ['a', 'b'] } },
          fields: { a: { type: 'int32', id: 1 }, b: { type: 'int32', id: 2 } },
        },
      },
    });
    const m = root.lookupType('M').decode(Uint8Array.of(0x08, 0x01, 0x10, 0x02)) as unknown as Record<
      string,
      unknown
    >;
    expect([m.v, Object.hasOwn(m, 'a')]).toEqual(['b', false]);
  });
});

describe('tensorboardFormat.sniff', () => {
  const head = fixture(CATBOOST).subarray(0, 4096);
  it('is sure of a named, framed file; fairly sure of either alone; not of a CSV', () => {
    expect(tensorboardFormat.sniff('events.out.tfevents.1714703365.host.1.0', head)).toBe(1);
    expect(tensorboardFormat.sniff('events.out.tfevents', new Uint8Array(0))).toBeGreaterThan(0.5);
    expect(tensorboardFormat.sniff('renamed.bin', head)).toBeGreaterThan(0.5);
    expect(tensorboardFormat.sniff('metrics.csv', new TextEncoder().encode('step,loss\n'))).toBe(0);
  });
});
