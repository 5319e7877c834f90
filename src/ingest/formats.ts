import type { LogFormat } from './format.js';
import { genericCsv } from './generic-csv.js';
import { hfTrainerState } from './hf-trainer-state.js';
import { jsonl } from './jsonl.js';
import { kerasCsv } from './keras-csv.js';
import { lightningCsv } from './lightning-csv.js';
import { printedText } from './printed-text.js';
import { tensorboardFormat } from './tensorboard.js';
import { yoloResults } from './yolo-results.js';

/**
 * Every single-file log format trainspotter reads. Detection asks each for a score and takes
 * the highest; on a tie the earlier entry wins. Append new formats here.
 */
export const LOG_FORMATS: LogFormat[] = [
  jsonl,
  lightningCsv,
  kerasCsv,
  hfTrainerState,
  genericCsv,
  tensorboardFormat,
  yoloResults,
  printedText,
];
