import { InputError } from '../core/errors.js';
import { csvHeader } from './csv-head.js';
import { createCsvParser } from './csv-table.js';
import type { LogFormat } from './format.js';
import { quote } from './quote.js';

/**
 * Keras' CSVLogger file (`training.log`, `history.csv` ...): first column `epoch`, then one
 * column per logged metric (`loss`, `val_loss`, `accuracy` ...). The step is the epoch;
 * Keras' `NA` cells are no point.
 */
export const kerasCsv: LogFormat = {
  id: 'keras-csv',
  description: 'Keras CSVLogger file (first column `epoch`)',
  sniff(_fileName, head) {
    const header = csvHeader(head);
    if (header === undefined || header[0] !== 'epoch' || header.includes('step')) return 0;
    return header.some((h) => h === 'loss' || h.startsWith('val_')) ? 0.7 : 0.4;
  },
  create: (source, options) =>
    createCsvParser(
      source,
      {
        formatId: 'keras-csv',
        columns(header) {
          if (header[0]?.toLowerCase() !== 'epoch') {
            throw new InputError(
              `${source} line 1: expected a header starting with \`epoch\`, as Keras' CSVLogger writes, found ${quote(header.join(','))}`,
            );
          }
          return { step: 0, epoch: 0 };
        },
      },
      options,
    ),
};
