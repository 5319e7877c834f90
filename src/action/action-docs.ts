import { parse } from 'yaml';

const DOCS_START =
  '<!-- generated from action.yml: do not edit; run `node --import tsx src/action/write-action-docs.ts` -->';
const DOCS_END = '<!-- end of generated tables -->';

interface ActionYml {
  inputs?: Record<string, { description?: string; default?: unknown; required?: boolean }>;
  outputs?: Record<string, { description?: string }>;
}

function cell(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|');
}

/** A Markdown table with padded columns, as the formatter (biome) writes it. */
function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(3, h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

/** The inputs and outputs tables of action.yml as Markdown, in action.yml's order. */
export function renderActionTables(actionYml: string): string {
  const action = parse(actionYml) as ActionYml;
  const inputs = Object.entries(action.inputs ?? {}).map(([name, i]) => {
    const fallback = i.default === undefined || i.default === '' ? '' : `\`${cell(String(i.default))}\``;
    return [`\`${name}\``, fallback, cell(i.description ?? '')];
  });
  const outputs = Object.entries(action.outputs ?? {}).map(([name, o]) => [
    `\`${name}\``,
    cell(o.description ?? ''),
  ]);
  return [
    '### Inputs',
    '',
    ...table(['input', 'default', 'description'], inputs),
    '',
    '### Outputs',
    '',
    ...table(['output', 'description'], outputs),
  ].join('\n');
}

/**
 * `doc` with the text between DOCS_START and DOCS_END replaced by `tables`. Throws when the
 * markers are missing (the document says where the tables go).
 */
export function withActionTables(doc: string, tables: string): string {
  const start = doc.indexOf(DOCS_START);
  const end = doc.indexOf(DOCS_END);
  if (start < 0 || end < start)
    throw new Error(
      `the document has no '${DOCS_START}' … '${DOCS_END}' block; add one where the tables go.`,
    );
  return `${doc.slice(0, start + DOCS_START.length)}\n\n${tables}\n\n${doc.slice(end)}`;
}
