import { splitCsvRow } from './csv-row.js';
import { headText } from './head-text.js';

/** The cell delimiter of a CSV header line: `,`, or a tab for TSV; undefined when it has neither. */
export function csvDelimiter(headerLine: string): ',' | '\t' | undefined {
  if (headerLine.includes(',')) return ',';
  return headerLine.includes('\t') ? '\t' : undefined;
}

/** The trimmed, lower-cased header cells of a CSV head, or undefined when the head is not CSV-like text. */
export function csvHeader(head: Uint8Array): string[] | undefined {
  const text = headText(head);
  if (text === undefined) return undefined;
  const line = text.split('\n', 1)[0]?.replace(/\r$/, '') ?? '';
  const delimiter = csvDelimiter(line);
  if (delimiter === undefined || line.trimStart().startsWith('{')) return undefined;
  const cells = splitCsvRow(line, delimiter);
  return cells?.map((c) => c.trim().toLowerCase());
}

/** Index of the first of `names` (lower-case) in the header cells, case-insensitive and trimmed. */
export function findColumn(header: readonly string[], names: readonly string[]): number | undefined {
  for (const name of names) {
    const i = header.findIndex((h) => h.trim().toLowerCase() === name);
    if (i !== -1) return i;
  }
  return undefined;
}
