import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderActionTables, withActionTables } from './action-docs.js';

const ROOT = join(import.meta.dirname, '..', '..');

describe.each(['README.md', 'docs/action.md'])('%s', (file) => {
  it('has the inputs and outputs tables of action.yml (run `node --import tsx src/action/write-action-docs.ts` when this fails)', () => {
    const doc = readFileSync(join(ROOT, file), 'utf8');
    const tables = renderActionTables(readFileSync(join(ROOT, 'action.yml'), 'utf8'));
    expect(withActionTables(doc, tables)).toBe(doc);
  });
});

describe('renderActionTables', () => {
  it('renders defaults as code and folds descriptions onto one line, escaping pipes', () => {
    const yml =
      "inputs:\n  comment:\n    description: >-\n      auto|always\n      or never\n    default: auto\n  config:\n    description: x\n    default: ''\noutputs:\n  status:\n    description: pass or fail\n";
    expect(renderActionTables(yml)).toContain(
      [
        '| input     | default | description           |',
        '| --------- | ------- | --------------------- |',
        '| `comment` | `auto`  | auto\\|always or never |',
        '| `config`  |         | x                     |',
      ].join('\n'),
    );
    expect(renderActionTables(yml)).toContain('| `status` | pass or fail |');
  });
});
