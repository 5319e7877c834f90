import { InputError } from '../core/errors.js';
import { csvHeader, findColumn } from './csv-head.js';
import { createCsvParser } from './csv-table.js';
import type { LogFormat } from './format.js';
import { headText } from './head-text.js';
import { quote } from './quote.js';

/**
 * PyTorch Lightning's CSVLogger `metrics.csv` (and the older test_tube layout): a header with
 * `step` and/or `epoch`, train and validation rows interleaved, the other row's cells left empty
 * (an empty cell is no point, not NaN). The step is `step`, else `epoch`.
 *
 * An empty `metrics.csv` (a run that logged nothing; Lightning writes the header with the first
 * metrics) is read as no series with a warning rather than an error, so one empty `version_N`
 * folder does not stop a folder of runs from being read; the judges then report too little data.
 */
export const lightningCsv: LogFormat = {
  id: 'lightning-csv',
  description: 'PyTorch Lightning CSVLogger metrics.csv',
  sniff(fileName, head) {
    const named = fileName.toLowerCase().endsWith('metrics.csv');
    const header = csvHeader(head);
    if (header === undefined) return named && headText(head)?.trim() === '' ? 0.5 : 0;
    const hasStep = header.includes('step');
    const hasEpoch = header.includes('epoch');
    if (named && (hasStep || hasEpoch)) return 0.9;
    return hasStep && hasEpoch ? 0.6 : 0;
  },
  create: (source, options) =>
    createCsvParser(
      source,
      {
        formatId: 'lightning-csv',
        columns(header) {
          const step = findColumn(header, ['step']);
          const epoch = findColumn(header, ['epoch']);
          if (step === undefined && epoch === undefined) {
            throw new InputError(
              `${source} line 1: expected a header with a \`step\` or \`epoch\` column, as PyTorch Lightning's CSVLogger writes, found ${quote(header.join(','))}`,
            );
          }
          return { step, epoch };
        },
      },
      options,
    ),
};
