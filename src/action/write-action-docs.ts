// Regenerates the inputs and outputs tables in README.md and docs/action.md from action.yml.
//   node --import tsx src/action/write-action-docs.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderActionTables, withActionTables } from './action-docs.js';

const root = join(import.meta.dirname, '..', '..');
const tables = renderActionTables(readFileSync(join(root, 'action.yml'), 'utf8'));
for (const doc of [join(root, 'README.md'), join(root, 'docs', 'action.md')]) {
  writeFileSync(doc, withActionTables(readFileSync(doc, 'utf8'), tables));
}
