import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLog } from '../../test/helpers/parse-log.js';
import { cocoRow, cocoTableType, mayBeCocoRow } from './printed-coco.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
const FIXTURE = 'starwhale-pennfudan__train-output.txt';
const fixture = () =>
  readFileSync(join(import.meta.dirname, '../../test/fixtures/logs/printed', FIXTURE), 'utf8');

describe('cocoRow: a row of pycocotools’ summary table', () => {
  it('names the twelve rows of a table as detectron2 does, after its annotation type', () => {
    const rows = fixture()
      .split('\n')
      .slice(0, 60)
      .filter((line) => mayBeCocoRow(line))
      .slice(0, 12)
      .map((line) => cocoRow(line, 'bbox'));
    expect(rows).toEqual([
      { name: 'bbox AP', value: 0.658 },
      { name: 'bbox AP50', value: 0.988 },
      { name: 'bbox AP75', value: 0.746 },
      'skip', // area= small: -1.000, no small objects
      { name: 'bbox APm', value: 0.667 },
      { name: 'bbox APl', value: 0.661 },
      { name: 'bbox AR1', value: 0.304 },
      { name: 'bbox AR10', value: 0.726 },
      { name: 'bbox AR100', value: 0.729 },
      'skip',
      { name: 'bbox ARm', value: 0.78 },
      { name: 'bbox ARl', value: 0.726 },
    ]);
  });

  it('reads the variants real output prints: no indent, a comment after, other thresholds, limits and areas', () => {
    const row = (line: string, type?: string) => cocoRow(line, type);
    // Intel's model zoo, without the leading space
    expect(row('Average Precision  (AP) @[ IoU=0.50      | area=   all | maxDets=100 ] = 0.479')).toEqual({
      name: 'AP50',
      value: 0.479,
    });
    // YOLOv5's README, with a comment after the value
    expect(
      row(
        ' Average Precision  (AP) @[ IoU=0.50:0.95 | area=   all | maxDets=100 ] = 0.507  # <--- baseline mAP',
      ),
    ).toEqual({ name: 'AP', value: 0.507 });
    // tiny-object evaluators: other thresholds, limits and areas
    expect(row('Average Precision  (AP) @[ IoU=0.25      | area=   all | maxDets=1500 ] = 0.495')).toEqual({
      name: 'AP25',
      value: 0.495,
    });
    expect(row('Average Precision  (AP) @[ IoU=0.50:0.95 | area=verytiny | maxDets=1500 ] = 0.021')).toEqual({
      name: 'AP_verytiny',
      value: 0.021,
    });
    // keypoints: 20 detections per image
    expect(
      row(' Average Recall     (AR) @[ IoU=0.50:0.95 | area=   all | maxDets= 20 ] = 0.716', 'keypoints'),
    ).toEqual({
      name: 'keypoints AR20',
      value: 0.716,
    });
    expect(row(' Average Precision  (AP) @[ IoU=0.50:0.90 | area=   all | maxDets=100 ] = 0.3')).toEqual({
      name: 'AP50_90',
      value: 0.3,
    });
  });

  it('reads hostile lines in linear time: 200,000 digits or spaces where a row has a few', () => {
    const long = '0'.repeat(200_000);
    expect(
      cocoRow(` Average Precision  (AP) @[ IoU=${long} | area=   all | maxDets=${long}`, undefined),
    ).toBeUndefined();
    expect(cocoRow(`${' '.repeat(200_000)}Average Recall maxDets`, undefined)).toBeUndefined();
    expect(cocoTableType(`IoU metric: ${'x'.repeat(200_000)}`)).toHaveLength(200_000);
  });

  it('is no row for other lines that mention maxDets', () => {
    expect(cocoRow('params.maxDets = [1, 10, 100]', undefined)).toBeUndefined();
    expect(cocoRow(' Average Precision  (AP) @[ IoU=0.50:0.95 ] = 0.367', undefined)).toBeUndefined();
  });
});

describe('cocoTableType: the line that says which annotations a table is for', () => {
  it('reads torchvision’s, pycocotools’ and mmdetection’s', () => {
    expect(cocoTableType('IoU metric: segm')).toBe('segm');
    expect(
      cocoTableType('[04/30 02:24:11 d2.evaluation.fast_eval_api]: Evaluate annotation type *bbox*'),
    ).toBe('bbox');
    expect(cocoTableType('2021-05-01 10:00:00,000 - mmdet - INFO - Evaluating bbox...')).toBe('bbox');
    expect(cocoTableType('Evaluating model on 500 images...')).toBeUndefined();
    expect(cocoTableType('Epoch: [0]  [10/60]  loss: 1.6386 (2.3167)')).toBeUndefined();
  });
});

describe('printed text with COCO evaluation tables', () => {
  it('reads each row as a held-out metric, and no series of the brackets’ qualifiers', () => {
    const log = parseLog(FIXTURE, utf8(fixture()));
    const names = log.series.map((s) => s.name);
    expect(names.filter((n) => /maxDets|IoU|area/.test(n))).toEqual([]);
    // `Test:  [ 0/50]` is the eval loop's progress, not a metric named Test
    expect(names).not.toContain('Test');
    const ap = log.series.filter((s) => s.name === 'evaluation bbox AP');
    expect(ap.map((s) => s.split)).toEqual(['val', 'val']);
    // one point after epoch 0 and one after epoch 9 (the README leaves the epochs between out: two runs)
    expect(ap.flatMap((s) => Array.from(s.values))).toEqual([0.658, 0.837]);
    expect(
      log.series.filter((s) => s.name === 'evaluation segm AP50').flatMap((s) => Array.from(s.values)),
    ).toEqual([0.99, 0.986]);
    // the -1.000 rows (no small objects in PennFudanPed) give no series
    expect(names.some((n) => n.endsWith(' APs') || n.endsWith(' ARs'))).toBe(false);
  });

  it('reads a table under no heading as evaluation, and the same series whole or cut into pieces', () => {
    const epochs = [0.21, 0.34, 0.4].map((ap, epoch) =>
      [
        `Epoch: [${epoch}]  [ 0/60]  lr: 0.005000  loss: ${(1 - epoch / 4).toFixed(4)} (0.9)`,
        `Epoch: [${epoch}]  [59/60]  lr: 0.005000  loss: ${(0.9 - epoch / 4).toFixed(4)} (0.8)`,
        'IoU metric: bbox',
        ` Average Precision  (AP) @[ IoU=0.50:0.95 | area=   all | maxDets=100 ] = ${ap.toFixed(3)}`,
        ` Average Precision  (AP) @[ IoU=0.50      | area=   all | maxDets=100 ] = ${(ap + 0.3).toFixed(3)}`,
      ].join('\n'),
    );
    const text = `${epochs.join('\n')}\n`;
    const whole = parseLog('train.log', utf8(text));
    const ap = whole.series.find((s) => s.name === 'evaluation bbox AP');
    expect(ap?.split).toBe('val');
    expect(Array.from(ap?.values ?? [])).toEqual([0.21, 0.34, 0.4]);
    expect(Array.from(ap?.epochs ?? [])).toEqual([0, 1, 2]);
    expect(whole.series.find((s) => s.name === 'loss')?.values.length).toBe(6);
    for (const chunkBytes of [1, 7, 64]) {
      expect(parseLog('train.log', utf8(text), { chunkBytes }).series).toEqual(whole.series);
    }
  });
});
