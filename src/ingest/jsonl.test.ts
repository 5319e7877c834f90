import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseChunked, seriesNamed } from '../../test/helpers/parse-log.js';
import { InputError } from '../core/errors.js';
import type { ParsedLog } from '../core/series.js';
import { jsonl } from './jsonl.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../../test/fixtures/logs/jsonl/${name}`, import.meta.url));

const parse = (source: string, bytes: Uint8Array | string, chunk = 13): ParsedLog =>
  parseChunked(jsonl, source, bytes, chunk);

const series = seriesNamed;

describe('jsonl: real files', () => {
  it('splits detectron2 metrics.json with five appended runs where `iteration` restarts at 19', () => {
    const log = parse('metrics.json', fixture('detectron2-custom-appended__metrics.json'));
    expect(log.format).toBe('jsonl');
    expect(log.warnings).toEqual([]);
    expect(log.series).toHaveLength(10);
    const loss = log.series.filter((s) => s.name === 'total_loss');
    expect(loss.map((s) => s.run)).toEqual(['run 1', 'run 2', 'run 3', 'run 4', 'run 5']);
    expect(loss.map((s) => s.values.length)).toEqual([8, 15, 7, 5, 42]);
    expect(loss.map((s) => s.steps[0])).toEqual([19, 19, 19, 19, 19]);
    expect(loss[0]?.values[0]).toBe(190.6327896118164);
    expect(loss[4]?.steps[41]).toBe(839);
    expect(loss[4]?.values[41]).toBe(4.359073877334595);
    expect(series(log, 'lr', 'run 1').split).toBe('other');
  });

  it('reads detectron2 Mask R-CNN metrics, its per-iteration `time` as a metric, not a clock', () => {
    const log = parse('metrics.json', fixture('detectron2-maskrcnn__metrics.json'));
    expect(log.series).toHaveLength(20);
    const loss = series(log, 'total_loss');
    expect(Array.from(loss.steps)).toEqual([19, 39, 59, 79, 99]);
    expect(loss.values[0]).toBe(2.0359768134658225);
    expect(loss.values[4]).toBe(1.280293806164991);
    expect(loss.wallTimes).toBeUndefined();
    expect(series(log, 'time').split).toBe('other');
    expect(series(log, 'mask_rcnn/accuracy')).toMatchObject({ split: 'train', metric: 'mask_rcnn/accuracy' });
  });

  it('reads DETR log.txt by epoch, ignoring the list-valued test_coco_eval_bbox', () => {
    const log = parse('log.txt', fixture('detr__log.txt'));
    expect(log.series).toHaveLength(92);
    expect(log.series.filter((s) => s.split === 'train')).toHaveLength(46);
    expect(log.series.filter((s) => s.split === 'test')).toHaveLength(45);
    expect(log.series.some((s) => s.name === 'test_coco_eval_bbox')).toBe(false);
    const loss = series(log, 'test_loss');
    expect(loss).toMatchObject({ split: 'test', metric: 'loss' });
    // Both lines are epoch 0 (a restarted run appended): a repeated step is not split.
    expect(Array.from(loss.steps)).toEqual([0, 0]);
    expect(Array.from(loss.values)).toEqual([21.519935589628858, 21.61705023792986]);
    expect(series(log, 'train_loss').values[0]).toBe(24.53344465317914);
  });

  it('skips the mmdetection header line and reads the train line by `iter`', () => {
    const log = parse(
      '20210812_190636.log.json',
      fixture('mmdet2-faster-rcnn__20210812_190636.log.json'),
      4096,
    );
    expect(log.warnings).toEqual([]);
    expect(log.series).toHaveLength(10);
    const loss = series(log, 'loss');
    expect(loss).toMatchObject({ split: 'train', metric: 'loss' });
    expect(Array.from(loss.steps)).toEqual([50]);
    expect(Array.from(loss.epochs ?? [])).toEqual([1]);
    expect(loss.values[0]).toBe(1.52762);
    expect(log.series.some((s) => s.name === 'seed' || s.name === 'env_info')).toBe(false);
  });
});

describe('jsonl: written files', () => {
  it('reads records of more key layouts than it remembers, a repeated key at its first place with its last value', () => {
    // 11 layouts in turn (the reader keeps plans for 8): each metric on its own, a split, a clock, a repeated key
    const lines: string[] = [];
    for (let i = 0; i < 44; i++) {
      const k = i % 11;
      const extra =
        k === 3 ? ', "split": "val"' : k === 5 ? ', "loss": 7' : k === 7 ? ', "time": 1700000000.5' : '';
      lines.push(`{"step": ${i}, "m${k}": ${i}, "loss": ${i / 2}${extra}}`);
    }
    const log = parse('metrics.jsonl', `${lines.join('\n')}\n`);
    const loss = series(log, 'loss');
    expect(loss.values.length).toBe(40);
    expect(loss.values[4]).toBe(7); // step 5 (after the val record of step 3): the repeated key's last value
    expect(loss.steps[3]).toBe(4); // step 3 is the val record's
    expect(Array.from(series(log, 'val/loss').values)).toEqual([1.5, 7, 12.5, 18]);
    expect(Array.from(series(log, 'm7').steps)).toEqual([7, 18, 29, 40]);
    expect(series(log, 'm7').wallTimes?.[0]).toBe(1700000000.5);
    expect(series(log, 'm6').wallTimes).toBeUndefined();
    expect(log.series.map((s) => s.name).slice(0, 4)).toEqual(['m0', 'loss', 'm1', 'm2']);
  });
  it('reads NaN and Infinity as Python json.dumps writes them, without touching strings', () => {
    const log = parse(
      'metrics.jsonl',
      [
        '{"step": 1, "loss": 0.5, "note": "NaN incoming"}',
        '{"step": 2, "loss": NaN, "note": "Infinity and -Infinity"}',
        '{"step": 3, "loss": Infinity}',
        '{"step": 4, "loss": -Infinity}',
      ].join('\n'),
    );
    expect(log.series).toHaveLength(1);
    expect(Array.from(series(log, 'loss').values)).toEqual([
      0.5,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
    ]);
  });

  it('takes the step from its aliases, else the epoch, else the record index', () => {
    const log = parse(
      'm.jsonl',
      '{"global_step": 7, "a": 1}\n{"iteration": 9, "b": 1}\n{"epoch": 3, "c": 1}\n{"header": "x"}\n{"d": 1}\n{"e": 1}\n',
    );
    expect(log.series.map((s) => [s.name, s.steps[0]])).toEqual([
      ['a', 7],
      ['b', 9],
      ['c', 3],
      ['d', 3],
      ['e', 4],
    ]);
  });

  it('reads unix times in seconds or milliseconds, and small `time` values as a metric', () => {
    const log = parse(
      'm.jsonl',
      '{"step": 1, "loss": 2, "time": 1700000000.5}\n{"step": 2, "loss": 1, "timestamp": 1700000001000}\n{"step": 3, "loss": 1, "time": 0.4}\n',
    );
    const loss = series(log, 'loss');
    expect(Array.from(loss.wallTimes ?? [])).toEqual([1700000000.5, 1700000001, Number.NaN]);
    expect(Array.from(series(log, 'time').values)).toEqual([0.4]);
  });

  it('separates mmdetection train and val records and continues `iter` across epochs', () => {
    const log = parse(
      'x.log.json',
      [
        '{"mode": "train", "epoch": 1, "iter": 50, "lr": 0.01, "loss": 1.5}',
        '{"mode": "train", "epoch": 1, "iter": 100, "lr": 0.01, "loss": 1.2}',
        '{"mode": "val", "epoch": 1, "iter": 625, "lr": 0.01, "bbox_mAP": 0.1}',
        '{"mode": "train", "epoch": 2, "iter": 50, "lr": 0.01, "loss": 1.0}',
        '{"mode": "val", "epoch": 2, "iter": 625, "lr": 0.01, "bbox_mAP": 0.2}',
      ].join('\n'),
    );
    expect(Array.from(series(log, 'loss').steps)).toEqual([50, 100, 150]);
    expect(series(log, 'loss').run).toBeUndefined();
    expect(series(log, 'val/bbox_mAP')).toMatchObject({ split: 'val', metric: 'bbox_mAP' });
    expect(Array.from(series(log, 'val/bbox_mAP').values)).toEqual([0.1, 0.2]);
    expect(series(log, 'val/lr').split).toBe('other');
  });

  it('reads CRLF lines and blank lines', () => {
    const log = parse('m.jsonl', '{"step": 1, "loss": 2}\r\n\r\n{"step": 2, "loss": 1}\r\n');
    expect(Array.from(series(log, 'loss').values)).toEqual([2, 1]);
  });
});

describe('jsonl: bad input', () => {
  it('refuses a truncated JSON line in the middle, naming file, line and expectation', () => {
    const text = '{"step": 1, "loss": 2}\n{"step": 2, "lo\n{"step": 3, "loss": 1}\n';
    expect(() => parse('run/metrics.jsonl', text)).toThrow(InputError);
    expect(() => parse('run/metrics.jsonl', text)).toThrow(
      /^run\/metrics\.jsonl line 2: expected one JSON object per line, found `\{"step": 2, "lo`/,
    );
  });

  it('keeps the points before a truncated last line and warns about it', () => {
    const log = parse('metrics.jsonl', '{"step": 1, "loss": 2}\n{"step": 2, "loss": 1}\n{"step": 3, "lo');
    expect(Array.from(series(log, 'loss').values)).toEqual([2, 1]);
    expect(log.warnings).toHaveLength(1);
    expect(log.warnings[0]).toMatch(
      /^metrics\.jsonl line 3: expected one JSON object per line.*skipped it as the last line/,
    );
  });

  it('refuses a line that is JSON but not an object', () => {
    expect(() => parse('m.jsonl', '{"loss": 1}\n[1, 2]\n')).toThrow(
      'm.jsonl line 2: expected a JSON object like {"step": 100, "loss": 0.42}, found `[1, 2]`',
    );
  });

  it('reads an empty file as no series, with a warning', () => {
    const log = parse('metrics.jsonl', '');
    expect(log.series).toEqual([]);
    expect(log.warnings[0]).toMatch(/^metrics\.jsonl holds no numeric metric/);
  });
});
