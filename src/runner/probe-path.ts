import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The file that marks the folder holding the probe's sitecustomize.py and package. */
const MARKER = join('python', 'trainspotter', 'probe', '__init__.py');

/**
 * The absolute path of trainspotter's `python/` folder (the probe), found by walking up from
 * this module: `src/runner/` in a checkout, `dist/` in the package. Undefined when it is not
 * shipped alongside (the probe is then simply not offered).
 */
export function probePythonPath(from: string = fileURLToPath(import.meta.url)): string | undefined {
  let dir = dirname(from);
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, MARKER))) return join(dir, 'python');
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return undefined;
}
