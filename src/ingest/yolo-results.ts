import { InputError } from '../core/errors.js';
import { csvHeader, findColumn } from './csv-head.js';
import { createCsvParser } from './csv-table.js';
import type { LogFormat } from './format.js';
import { quote } from './quote.js';

/** Loss columns only YOLO writes: `train/box_loss`, `val/dfl_loss`, `train/seg_loss` ... and classify's `train/loss`. */
const YOLO_LOSS = /^(train|val)\/(box|obj|cls|dfl|seg|pose|kobj|rle|angle)_loss$/;

/** True when the (lower-cased, trimmed) header cells are a YOLO results.csv header. */
function isYoloHeader(header: readonly string[]): boolean {
  if (header[0] !== 'epoch') return false;
  if (header.some((h) => YOLO_LOSS.test(h))) return true;
  // YOLO classify: train/loss next to metrics/accuracy_top1.
  return header.includes('train/loss') && header.some((h) => h.startsWith('metrics/accuracy_top'));
}

/**
 * Ultralytics YOLO `results.csv` (YOLOv5/v9 and v8 pad every cell with spaces; YOLO11 does not):
 * `epoch, train/box_loss, ..., metrics/mAP50(B), ..., val/box_loss, ..., lr/pg0`. The step is the
 * epoch as written (YOLOv5 counts from 0, ultralytics 8.x from 1); the `time` column (seconds
 * since the start) is not a metric. Series keep YOLO's names; the split comes from the prefix.
 */
export const yoloResults: LogFormat = {
  id: 'yolo-results',
  description: 'Ultralytics YOLO results.csv (epoch, train/box_loss, metrics/mAP50(B) ...)',
  sniff(fileName, head) {
    const header = csvHeader(head);
    if (header === undefined || !isYoloHeader(header)) return 0;
    return /(^|[\\/])results\.csv$/i.test(fileName) ? 0.95 : 0.85;
  },
  create: (source, options) =>
    createCsvParser(
      source,
      {
        formatId: 'yolo-results',
        columns(header) {
          const epoch = findColumn(header, ['epoch']);
          if (epoch === undefined) {
            throw new InputError(
              `${source} line 1: expected a YOLO results.csv header with an \`epoch\` column, found ${quote(header.join(','))}`,
            );
          }
          const time = findColumn(header, ['time']);
          return { step: epoch, epoch, ...(time !== undefined ? { skip: [time] } : {}) };
        },
      },
      options,
    ),
};
