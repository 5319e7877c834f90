// Bundles the entry points into dist/ (committed: GitHub runs the action from it, and
// `npx trainspotter` runs the CLI from it). Deterministic: same source, same bytes;
// a test rebuilds into a temporary folder and fails when dist/ is stale.
//
// One ESM build with code splitting: dist/cli.js and dist/action.js are small entries, and every
// dynamic import() (one per CLI command, the action's GitHub clients) is a chunk of its own, loaded
// only when called. So `trainspotter --version` parses a few kB, not the whole 5 MB of Probot,
// Octokit and TensorFlow.js. Chunks lie flat beside the entries, so paths relative to a bundle
// file mean the same in every chunk.
import { chmodSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const outdir = process.argv[2] ?? 'dist';

/** Entry points: output name → source. */
const entries = {
  cli: 'src/cli/bin.ts',
  action: 'src/action/index.ts',
};
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

/**
 * @actions/core imports its OIDC client, and with it @actions/http-client and undici (a fifth of
 * the action's start-up), for getIDToken alone, which trainspotter never calls. This plugin puts
 * that client behind a dynamic import(): same API, loaded on first call.
 */
const lazyActionsOidc = {
  name: 'lazy-actions-oidc',
  setup(b) {
    b.onResolve({ filter: /^\.\/oidc-utils\.js$/ }, (args) =>
      args.importer.includes(`${sep}@actions${sep}core${sep}`)
        ? { path: join(dirname(args.importer), 'oidc-utils.js'), namespace: 'lazy-oidc' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-oidc' }, (args) => ({
      contents: `export class OidcClient {
  static async getIDToken(audience) {
    const real = await import(${JSON.stringify(args.path)});
    return real.OidcClient.getIDToken(audience);
  }
}
`,
      resolveDir: dirname(args.path),
    }));
  },
};

/**
 * @actions/core imports node:crypto (5 ms to compile on Node 24, before the command starts) for
 * one randomUUID, the delimiter of a value written to a file command (setOutput and the like),
 * which the action first calls after the checks (or on a refusal or an error). This plugin loads
 * node:crypto on that first call: same delimiter, same API.
 */
const lazyActionsCrypto = {
  name: 'lazy-actions-crypto',
  setup(b) {
    b.onLoad({ filter: /[\\/]@actions[\\/]core[\\/]lib[\\/]file-command\.js$/ }, (args) => {
      const eager = "import * as crypto from 'crypto';";
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes(eager)) throw new Error(`${args.path}: no \`${eager}\` to make lazy`);
      const lazy =
        "const crypto = { randomUUID: () => process.getBuiltinModule('node:crypto').randomUUID() };";
      return { contents: source.replace(eager, lazy), resolveDir: dirname(args.path) };
    });
  },
};

/**
 * zod's namespace `z` re-exports all of its 40-odd locales (`z.locales`), so a bundle that uses
 * `z` compiles every one of them (350 kB, a third of zod), though zod itself configures only
 * English and trainspotter never switches. This plugin gives zod a locales index holding English
 * alone: the same messages, and every command that validates starts faster.
 */
const englishZodLocales = {
  name: 'english-zod-locales',
  setup(b) {
    b.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, (args) => ({
      contents: "export { default as en } from './en.js';\n",
      resolveDir: dirname(args.path),
    }));
  },
};

// Chunk names carry a content hash: a chunk of an earlier build would linger, so remove our outputs
// (only those: the folder may be any the caller names).
const OUTPUT = /^(cli|action|chunk-[A-Z0-9]+)\.js$/;
for (const file of existsSync(outdir) ? readdirSync(outdir) : []) {
  if (OUTPUT.test(file)) rmSync(join(outdir, file));
}
/**
 * yaml's package gives Node its CommonJS build, which a bundler must keep whole (and every command
 * that reads trainspotter.yml compiles it before its first check); its ES module build, the one it
 * gives every other platform, is the same code, so the bundle takes that and keeps only what the
 * config's reader uses. (Probot's own imports of yaml, in the app only, keep the CommonJS build.)
 */
const yamlModules = {
  name: 'yaml-modules',
  setup(b) {
    b.onResolve({ filter: /^yaml$/ }, (args) =>
      args.importer.includes(`${sep}node_modules${sep}`)
        ? undefined
        : { path: join(yamlRoot, 'browser', 'dist', 'index.js') },
    );
  },
};
const yamlRoot = dirname(fileURLToPath(import.meta.resolve('yaml/package.json')));

await build({
  entryPoints: entries,
  outdir,
  bundle: true,
  splitting: true,
  chunkNames: 'chunk-[hash]',
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [lazyActionsOidc, lazyActionsCrypto, englishZodLocales, yamlModules],
  define: { __TRAINSPOTTER_VERSION__: JSON.stringify(version) },
  // Optional native backends stay outside the bundle: used only when installed.
  external: ['@tensorflow/tfjs-node', '@tensorflow/tfjs-node-gpu', 'better-sqlite3', 'pg-native'],
  banner: {
    // Every output file gets it (CommonJS dependencies inside a chunk call `require`).
    js: [
      '#!/usr/bin/env node',
      "import { createRequire as __tsCreateRequire } from 'node:module';",
      'const require = __tsCreateRequire(import.meta.url);',
    ].join('\n'),
  },
});
// The CLI bundle is the package's bin: executable, so npx and npm's bin links can run it.
chmodSync(`${outdir}/cli.js`, 0o755);
