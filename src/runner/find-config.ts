import { access } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { InputError } from '../core/errors.js';

/** Where a config is looked for, in order, relative to the repository root. */
export const CONFIG_LOCATIONS = [
  'trainspotter.yml',
  'trainspotter.yaml',
  '.github/trainspotter.yml',
  '.github/trainspotter.yaml',
];

/**
 * Finds the config: `explicit` when given, else the first of CONFIG_LOCATIONS under `root`.
 * Returns its path and the project folder (where commands run): the config's folder, or the
 * repository root for a config under `.github/`. Throws InputError naming what was tried.
 */
export async function findConfig(
  root: string,
  explicit?: string,
): Promise<{ path: string; projectDir: string }> {
  const candidates = explicit ? [resolve(root, explicit)] : CONFIG_LOCATIONS.map((p) => join(root, p));
  for (const path of candidates) {
    try {
      await access(path);
      const dir = dirname(path);
      return { path, projectDir: dir.endsWith(`${'/'}.github`) ? dirname(dir) : dir };
    } catch {
      // try the next one
    }
  }
  throw new InputError(
    explicit
      ? `--config ${explicit}: no such file (looked at ${candidates[0]}). Give the path of your trainspotter.yml.`
      : `no trainspotter.yml in ${root} (looked for ${CONFIG_LOCATIONS.join(', ')}). Create one (see README.md, "Config") or pass --config FILE.`,
  );
}
