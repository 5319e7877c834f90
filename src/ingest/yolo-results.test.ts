import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ParsedLog, Series } from '../core/series.js';
import { kerasCsv } from './keras-csv.js';
import { yoloResults } from './yolo-results.js';

const DIR = new URL('../../test/fixtures/logs/yolo-results/', import.meta.url);
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(name, DIR)));
const utf8 = (s: string) => new TextEncoder().encode(s);

function parse(bytes: Uint8Array, chunk = 65536): ParsedLog {
  const p = yoloResults.create('runs/train/exp/results.csv');
  for (let i = 0; i < bytes.length; i += chunk) p.write(bytes.subarray(i, i + chunk));
  return p.end();
}
function get(log: ParsedLog, name: string): Series {
  const s = log.series.find((x) => x.name === name);
  if (!s) throw new Error(`no series ${name} in ${log.series.map((x) => x.name).join(', ')}`);
  return s;
}

/** A results.csv in YOLOv5's layout (every cell right-aligned to 20 characters), written here. */
const pad = (cells: (string | number)[]) => cells.map((c) => String(c).padStart(20)).join(',');
const V5_HEADER = [
  'epoch',
  'train/box_loss',
  'train/obj_loss',
  'train/cls_loss',
  'metrics/precision',
  'metrics/recall',
];
const V5_TAIL = [
  'metrics/mAP_0.5',
  'metrics/mAP_0.5:0.95',
  'val/box_loss',
  'val/obj_loss',
  'val/cls_loss',
  'x/lr0',
];
const V5 = [
  pad([...V5_HEADER, ...V5_TAIL]),
  pad([0, 0.1, 0.05, 0, 0.01, 0.2, 0.005, 0.001, 0.09, 0.04, 0, 0.09]),
  pad([1, 0.08, 0.045, 0, 0.3, 0.4, 0.2, 0.08, 0.07, 0.035, 0, 0.08]),
  pad([2, 'nan', 0.04, 0, 0.5, 0.6, 0.45, 0.2, 0.06, 0.03, 0, 0.07]),
].join('\n');

describe('yolo-results', () => {
  it('reads the space-padded YOLOv5 layout: step = epoch from 0, names kept, split from the prefix, nan kept', () => {
    const log = parse(utf8(`${V5}\n`), 7);
    expect(log.warnings).toEqual([]);
    expect(log.format).toBe('yolo-results');
    expect(log.series.map((s) => s.name)).toEqual([...V5_HEADER.slice(1), ...V5_TAIL]);
    const box = get(log, 'train/box_loss');
    expect(box).toMatchObject({ split: 'train', metric: 'box_loss' });
    expect(Array.from(box.steps)).toEqual([0, 1, 2]);
    expect(Array.from(box.epochs ?? [])).toEqual([0, 1, 2]);
    expect(Array.from(box.values)).toEqual([0.1, 0.08, Number.NaN]);
    expect(get(log, 'val/box_loss')).toMatchObject({ split: 'val', metric: 'box_loss' });
    expect(Array.from(get(log, 'metrics/mAP_0.5:0.95').values)).toEqual([0.001, 0.08, 0.2]);
  });

  it('reads ultralytics 8.x padded detection + segmentation columns (YOLOv8-seg, 100 epochs from 1)', () => {
    const log = parse(fixture('yolov8-segment__results.csv'));
    expect(log.warnings).toEqual([]);
    expect(log.series).toHaveLength(19);
    const box = get(log, 'train/box_loss');
    expect([box.values.length, box.steps[0], box.steps[99]]).toEqual([100, 1, 100]);
    expect([box.values[0], box.values[99]]).toEqual([0.96974, 0.27648]);
    expect(get(log, 'metrics/mAP50-95(M)').values[99]).toBe(0.90164);
    expect(get(log, 'val/seg_loss')).toMatchObject({ split: 'val', metric: 'seg_loss' });
    expect(get(log, 'lr/pg0').values[99]).toBe(3.98e-5);
  });

  it('reads unpadded YOLO11 classify results, without the time column', () => {
    const log = parse(fixture('yolo11-cls-train3__results.csv'));
    expect(log.warnings).toEqual([]);
    expect(log.series.map((s) => s.name)).toEqual([
      'train/loss',
      'metrics/accuracy_top1',
      'metrics/accuracy_top5',
      'val/loss',
      'lr/pg0',
      'lr/pg1',
      'lr/pg2',
    ]);
    const loss = get(log, 'train/loss');
    expect([loss.values.length, loss.steps[0], loss.steps[19]]).toEqual([20, 1, 20]);
    expect([loss.values[0], loss.values[19]]).toEqual([1.63467, 0.03483]);
  });

  it('is sniffed over Keras CSV by its loss columns, more surely when named results.csv', () => {
    const head = fixture('yolov8-segment__results.csv');
    expect(yoloResults.sniff('results.csv', head)).toBe(0.95);
    expect(yoloResults.sniff('metrics.csv', head)).toBe(0.85);
    expect(yoloResults.sniff('results.csv', utf8(V5))).toBe(0.95);
    expect(yoloResults.sniff('results.csv', fixture('yolo11-cls-train3__results.csv'))).toBe(0.95);
    expect(kerasCsv.sniff('results.csv', head)).toBeLessThan(0.85);
    expect(yoloResults.sniff('results.csv', utf8('epoch,loss,val_loss\n0,1,1\n'))).toBe(0);
  });
});
