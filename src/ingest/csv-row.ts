/**
 * Splits one CSV record into cells per RFC 4180: `"a,b"` is one cell, `""` inside quotes is
 * one quote; `delimiter` is `,` or a tab (TSV). Returns undefined when a quoted cell is still open at the end of `line` (the
 * record goes on after a line break). Unquoted cells are returned as written, untrimmed.
 */
export function splitCsvRow(line: string, delimiter = ','): string[] | undefined {
  if (!line.includes('"')) return line.split(delimiter);
  const cells: string[] = [];
  let cell = '';
  let i = 0;
  for (;;) {
    // A quoted cell may be padded with spaces before its opening quote.
    let j = i;
    while (line[j] === ' ' || line[j] === '\t') j++;
    if (line[j] === '"') i = j;
    if (line[i] === '"') {
      i++;
      for (;;) {
        const q = line.indexOf('"', i);
        if (q === -1) return undefined;
        cell += line.slice(i, q);
        if (line[q + 1] === '"') {
          cell += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      // Anything between the closing quote and the comma (spaces, stray text) is kept.
      const comma = line.indexOf(delimiter, i);
      cell += (comma === -1 ? line.slice(i) : line.slice(i, comma)).trim();
      i = comma === -1 ? line.length + 1 : comma + 1;
    } else {
      const comma = line.indexOf(delimiter, i);
      cell = comma === -1 ? line.slice(i) : line.slice(i, comma);
      i = comma === -1 ? line.length + 1 : comma + 1;
    }
    cells.push(cell);
    cell = '';
    if (i > line.length) return cells;
  }
}
