import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// DESIGN.md's import table: which of our folders each folder may import. In the pure folders
// Node's own modules, the shells and any package but a few pure libraries are forbidden too;
// that they use no Node globals either is checked by `tsc -p tsconfig.pure.json` (no Node types).
const ROOT = resolve(import.meta.dirname, '..');
const PURE: Readonly<Record<string, readonly string[]>> = {
  'src/core': ['src/core'],
  'src/ingest': ['src/core', 'src/ingest'],
  'src/render': ['src/core', 'src/render'],
};
/** The shells: any package or Node module, but only these folders of ours (src/cli may import all). */
const SHELLS: Readonly<Record<string, readonly string[]>> = {
  // The runner reads what the PyTorch probe wrote and judges it with the PyTorch engine's judges.
  'src/runner': ['src/core', 'src/ingest', 'src/runner', 'src/engines/pytorch'],
  'src/engines': ['src/core', 'src/engines'],
  'src/app': ['src/core', 'src/ingest', 'src/render', 'src/app'],
  'src/action': ['src/core', 'src/ingest', 'src/render', 'src/runner', 'src/engines', 'src/action'],
};
const TABLE = { ...PURE, ...SHELLS };
/** Schema, parsing and statistics libraries: pure themselves. */
const PACKAGES = [
  /^zod(\/(mini|locales))?$/,
  /^yaml$/,
  /^protobufjs(\/|$)/,
  /^@stdlib\//,
  /^simple-statistics$/,
];

/**
 * The module specifiers of a TypeScript source: static imports, re-exports and dynamic imports,
 * as TypeScript's own scanner finds them (a word `from` inside a string is no import).
 */
function specifiers(source: string): string[] {
  return ts.preProcessFile(source, true, true).importedFiles.map((f) => f.fileName);
}

const posix = (path: string) => path.split(sep).join('/');

/** Why `file` (relative to the root) may not import `specifier`; undefined when it may. */
function forbidden(file: string, specifier: string): string | undefined {
  const folder = Object.keys(TABLE).find((f) => file.startsWith(`${f}/`));
  if (!folder) return undefined;
  const allowed = TABLE[folder] ?? [];
  if (specifier.startsWith('.')) {
    const target = posix(relative(ROOT, resolve(ROOT, file, '..', specifier)));
    if (!target.startsWith('src/') || allowed.some((a) => target.startsWith(`${a}/`))) return undefined;
    return `${file} imports ${specifier} (${target}); ${folder} may import only ${allowed.join(', ')}`;
  }
  if (folder in SHELLS || PACKAGES.some((p) => p.test(specifier))) return undefined;
  return `${file} imports '${specifier}'; ${folder} is pure: no Node module, file system, network or process (packages: ${PACKAGES.join(' ')})`;
}

function sources(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => `${folder}/${posix(f)}`);
}

describe('the folder contract (DESIGN.md)', () => {
  it('finds a forbidden import of each kind', () => {
    const probe = [
      "import { readFile } from 'node:fs/promises';",
      "import { join } from 'path';",
      "import process from 'process';",
      "export { runCommand } from '../runner/run-command.js';",
      "const app = await import('../app/app.js');",
      "import { renderReportMarkdown } from '../render/report-md.js';",
      "import { z } from 'zod';",
      "import type { Series } from './series.js';",
    ].join('\n');
    expect(specifiers(probe).map((s) => forbidden('src/core/x.ts', s) !== undefined)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
    expect(forbidden('src/render/x.ts', '../ingest/jsonl.js')).toMatch(
      /may import only src\/core, src\/render/,
    );
    expect(forbidden('src/ingest/x.ts', '../core/series.js')).toBeUndefined();
    expect(forbidden('src/action/x.ts', '../cli/version.js')).toMatch(/src\/action may import only/);
    expect(forbidden('src/app/x.ts', '../runner/run-command.js')).toMatch(/src\/app may import only/);
    expect(forbidden('src/app/x.ts', 'node:fs')).toBeUndefined();
  });

  it('holds: every folder imports only what it may', () => {
    const files = Object.keys(TABLE).flatMap(sources);
    expect(files.length).toBeGreaterThan(150);
    const problems = files.flatMap((file) =>
      specifiers(readFileSync(join(ROOT, file), 'utf8'))
        .map((s) => forbidden(file, s))
        .filter((p): p is string => p !== undefined),
    );
    expect(problems).toEqual([]);
  });
});
