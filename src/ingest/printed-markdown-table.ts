/**
 * Markdown tables of results, as detectron2 prints an evaluation:
 *
 * ```
 * |  AP   |  AP50  |  AP75  |  APs  |  APm  |  APl  |
 * |:-----:|:------:|:------:|:-----:|:-----:|:-----:|
 * | 0.010 | 0.046  | 0.001  | 0.000 | 0.006 | 0.011 |
 * ```
 *
 * Each cell of a row of numbers under a ruled header row is the metric its column names. A row
 * with any other cell (detectron2's per-category table: `| wine bottle | 0.000 | …`) is per-class
 * detail, not a curve; so is any table without the `:---:` rule under its header (nvidia-smi's
 * boxes are ruled with `=`).
 */

const SPACE = 32;
const CR = 13;
const PIPE = 124;
const RULE_CELL = /^:?-{3,}:?$/;
/** A number, each digit matched one way only (no backtracking over a long run of digits). */
const NUMBER_CELL = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?%?$/;
/** A column's name: a word, with the marks metric names hold (`AP50`, `mAP@0.5`, `top-1`, `F1 (macro)`). */
const NAME_CELL = /^[A-Za-z][\w@.%/()+-]*(?: [A-Za-z(][\w@.%/()+-]*)*$/;

/** The cells of a table row `| a | b |`, trimmed; undefined for a line that is no such row. */
function cellsOf(line: string): string[] | undefined {
  let i = 0;
  while (i < line.length && line.charCodeAt(i) === SPACE) i++;
  if (line.charCodeAt(i) !== PIPE) return undefined;
  let j = line.length - 1;
  while (j > i && (line.charCodeAt(j) === SPACE || line.charCodeAt(j) === CR)) j--;
  if (j - i < 2 || line.charCodeAt(j) !== PIPE) return undefined;
  return line
    .slice(i + 1, j)
    .split('|')
    .map((c) => c.trim());
}

/** Follows the markdown tables of a printed log line by line, turning each row of numbers into `name: value` pairs. */
export class MarkdownTables {
  private header: string[] | undefined;
  private ruled = false;

  /**
   * What to read in place of `line`: `AP: 0.010  AP50: 0.046 …` for a row of numbers under a
   * ruled header; undefined to read the line as printed. Every line must pass through here, in
   * order: a line that is no row ends the table.
   */
  row(line: string): string | undefined {
    const cells = cellsOf(line);
    if (cells === undefined) {
      this.header = undefined;
      return undefined;
    }
    if (cells.every((c) => RULE_CELL.test(c))) {
      this.ruled = this.header !== undefined && this.header.length === cells.length;
      return undefined;
    }
    if (cells.every((c) => NUMBER_CELL.test(c))) {
      const header = this.header;
      if (header === undefined || !this.ruled || header.length !== cells.length) return undefined;
      return header.map((name, i) => `${name}: ${cells[i]}`).join('  ');
    }
    const named = cells.every((c) => NAME_CELL.test(c)) && new Set(cells).size === cells.length;
    this.header = named ? cells : undefined;
    this.ruled = false;
    return undefined;
  }
}
