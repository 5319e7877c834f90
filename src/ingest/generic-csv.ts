import { InputError } from '../core/errors.js';
import { csvHeader, findColumn } from './csv-head.js';
import { createCsvParser } from './csv-table.js';
import type { LogFormat } from './format.js';
import { quote } from './quote.js';
import { STEP_KEYS } from './step-keys.js';

/**
 * Step column names in order of preference (lower-case; headers are matched trimmed and
 * case-insensitively): the step keys, then a row index column (`idx`, `index`), which in a CSV
 * places a row as well as a step does.
 */
const STEP_COLUMNS: readonly string[] = [...STEP_KEYS, 'idx', 'index'];
/** A column that names a loss: enough for a CSV without a step column (the row is the epoch). */
const LOSS_COLUMN = /loss|nll|mse|mae|rmse|perplexity|ppl/i;

/** A header cell that is a name, not data: `Loss: 2.3066` (a printed line with commas) is none. */
const NAME_CELL = /^[^:=]*$/;
const NUMBER_IN_CELL = /\d\.\d|\d{3}/;

function hasLossColumn(header: readonly string[]): boolean {
  if (!header.every((h) => NAME_CELL.test(h) && !NUMBER_IN_CELL.test(h))) return false;
  return header.some((h) => LOSS_COLUMN.test(h) && !/scale/i.test(h));
}

/**
 * Any CSV (or TSV) with a `step`, `global_step`, `iteration`, `iter` or `epoch` column, or
 * without one but with a loss-like column (`pd.DataFrame(history.history).to_csv(...)`, with or
 * without pandas' unnamed index column): then the row is the step. Every other numeric column
 * is a metric. Scores low so that a specific format wins when one fits.
 */
export const genericCsv: LogFormat = {
  id: 'generic-csv',
  description:
    'CSV or TSV with a step, epoch, iteration or global_step column, or a loss column (one row per epoch)',
  sniff(_fileName, head) {
    const header = csvHeader(head);
    if (header === undefined) return 0;
    if (findColumn(header, STEP_COLUMNS) !== undefined) return 0.2;
    return hasLossColumn(header) ? 0.18 : 0;
  },
  create: (source, options) =>
    createCsvParser(
      source,
      {
        formatId: 'generic-csv',
        columns(header) {
          const step = findColumn(header, STEP_COLUMNS);
          if (step === undefined && !hasLossColumn(header)) {
            throw new InputError(
              `${source} line 1: expected a header with a step, global_step, iteration or epoch column, found ${quote(header.join(','))}`,
            );
          }
          const epoch = findColumn(header, ['epoch']);
          const skip = header.flatMap((h, i) => (STEP_COLUMNS.includes(h.toLowerCase()) ? [i] : []));
          return { step, epoch, skip };
        },
      },
      options,
    ),
};
