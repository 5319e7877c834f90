import { InputError } from '../core/errors.js';
import { csvHeader, findColumn } from './csv-head.js';
import { createCsvParser } from './csv-table.js';
import type { LogFormat } from './format.js';
import { quote } from './quote.js';

/** Step column names in order of preference (lower-case; headers are matched trimmed and case-insensitively). */
const STEP_COLUMNS = ['step', 'global_step', 'iteration', 'iter', 'epoch'] as const;

/**
 * Any CSV with a `step`, `global_step`, `iteration`, `iter` or `epoch` column; every other
 * numeric column is a metric. Scores low so that a specific format wins when one fits.
 */
export const genericCsv: LogFormat = {
  id: 'generic-csv',
  description: 'CSV with a step, epoch, iteration or global_step column',
  sniff(_fileName, head) {
    const header = csvHeader(head);
    return header !== undefined && findColumn(header, STEP_COLUMNS) !== undefined ? 0.2 : 0;
  },
  create: (source) =>
    createCsvParser(source, {
      formatId: 'generic-csv',
      columns(header) {
        const step = findColumn(header, STEP_COLUMNS);
        if (step === undefined) {
          throw new InputError(
            `${source} line 1: expected a header with a step, global_step, iteration or epoch column, found ${quote(header.join(','))}`,
          );
        }
        const epoch = findColumn(header, ['epoch']);
        const skip = header.flatMap((h, i) =>
          (STEP_COLUMNS as readonly string[]).includes(h.toLowerCase()) ? [i] : [],
        );
        return { step, epoch, skip };
      },
    }),
};
