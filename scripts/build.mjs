// Bundles the entry points into dist/ (committed: GitHub runs the action from it, and
// `npx trainspotter` runs the CLI from it). Deterministic: same source, same bytes;
// a test rebuilds into a temporary folder and fails when dist/ is stale.
import { chmodSync, readFileSync } from 'node:fs';
import { build } from 'esbuild';

const outdir = process.argv[2] ?? 'dist';

/** Entry points: [source, output name]. */
const entries = [
  ['src/cli/bin.ts', 'cli'],
  ['src/action/index.ts', 'action'],
];
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

for (const [entry, name] of entries) {
  await build({
    entryPoints: [entry],
    outfile: `${outdir}/${name}.js`,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    sourcemap: false,
    legalComments: 'none',
    logLevel: 'warning',
    define: { __TRAINSPOTTER_VERSION__: JSON.stringify(version) },
    // Optional native backends stay outside the bundle: used only when installed.
    external: ['@tensorflow/tfjs-node', '@tensorflow/tfjs-node-gpu', 'better-sqlite3', 'pg-native'],
    banner: {
      js: [
        '#!/usr/bin/env node',
        "import { createRequire as __tsCreateRequire } from 'node:module';",
        'const require = __tsCreateRequire(import.meta.url);',
      ].join('\n'),
    },
  });
  // The CLI bundle is the package's bin: executable, so npx and npm's bin links can run it.
  if (name === 'cli') chmodSync(`${outdir}/${name}.js`, 0o755);
}
