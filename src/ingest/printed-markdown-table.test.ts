import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLog } from '../../test/helpers/parse-log.js';
import { MarkdownTables } from './printed-markdown-table.js';

const rows = (lines: readonly string[]) => {
  const tables = new MarkdownTables();
  return lines.map((line) => tables.row(line));
};

describe('MarkdownTables', () => {
  it("reads a row of numbers under a ruled header by its columns' names (detectron2's evaluation)", () => {
    expect(
      rows([
        '[11/16 03:06:53] d2.evaluation.coco_evaluation INFO: Evaluation results for bbox: ',
        '|  AP   |  AP50  |  AP75  |  APs  |  APm  |  APl  |',
        '|:-----:|:------:|:------:|:-----:|:-----:|:-----:|',
        '| 0.010 | 0.046  | 0.001  | 0.000 | 0.006 | 0.011 |',
      ]),
    ).toEqual([
      undefined,
      undefined,
      undefined,
      'AP: 0.010  AP50: 0.046  AP75: 0.001  APs: 0.000  APm: 0.006  APl: 0.011',
    ]);
  });

  it('reads no per-class rows, no unruled table, no row of another width and no boxes of nvidia-smi', () => {
    // detectron2's per-category table: a name in the row
    expect(
      rows([
        '| category             | AP    | category    | AP    |',
        '|:---------------------|:------|:------------|:------|',
        '| wine bottle          | 0.000 | cup         | 1.250 |',
      ]),
    ).toEqual([undefined, undefined, undefined]);
    expect(rows(['| loss | acc |', '| 0.5 | 0.9 |'])).toEqual([undefined, undefined]);
    expect(rows(['| loss | acc |', '|---|---|', '| 0.5 | 0.9 | 3 |'])).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    // a line that is no row ends the table
    expect(rows(['| loss | acc |', '|---|---|', 'epoch 2', '| 0.5 | 0.9 |'])).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(
      rows([
        '| GPU  Name                 Persistence-M | Bus-Id          Disp.A | Volatile Uncorr. ECC |',
        '|=========================================+========================+======================|',
        '|   0  NVIDIA H100 80GB HBM3          On  |   00000000:61:00.0 Off |                  Off |',
      ]),
    ).toEqual([undefined, undefined, undefined]);
  });

  it('reads a hostile row in linear time: a cell of 200,000 digits that is no number', () => {
    const digits = '1'.repeat(200_000);
    expect(rows(['| loss | acc |', '|---|---|', `| ${digits}x | 0.9 |`, `| ${digits} | 0.9 |`])).toEqual([
      undefined,
      undefined,
      undefined,
      undefined, // the row of words and numbers ended the table
    ]);
    expect(rows(['| loss | acc |', '|---|---|', `| ${digits} | 0.9 |`])[2]).toBe(`loss: ${digits}  acc: 0.9`);
  });

  it('reads every row of numbers under one header, indented or with CRLF', () => {
    expect(rows(['  | epoch | loss |  ', '  |---|---|', '  | 1 | 0.5 |', '| 2 | 0.4 |\r'])).toEqual([
      undefined,
      undefined,
      'epoch: 1  loss: 0.5',
      'epoch: 2  loss: 0.4',
    ]);
  });
});

describe('printed text with markdown tables of results', () => {
  it("reads detectron2's 13 evaluations of a real log.txt, and not its per-category tables", () => {
    const file = 'nyu-ssod-detectron2__log.txt';
    const bytes = readFileSync(join(import.meta.dirname, '../../test/fixtures/logs/printed', file));
    const log = parseLog(file, bytes);
    const ap = log.series.find((s) => s.name === 'Evaluation AP');
    expect(ap?.split).toBe('val');
    expect(Array.from(ap?.values ?? []).slice(0, 2)).toEqual([0.01, 0.016]);
    // detectron2 prints no step with its evaluation: the rows sit at their line numbers, in order
    expect(Array.from(ap?.steps ?? []).slice(0, 2)).toEqual([860, 974]);
    expect(ap?.values.length).toBe(13);
    expect(log.series.map((s) => s.name).filter((n) => /category|bottle/.test(n))).toEqual([]);
  });
});
