import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// dist/ is committed (GitHub runs the action from it), so it must be exactly what the source builds.
describe('dist/', () => {
  const fresh = mkdtempSync(join(tmpdir(), 'trainspotter-dist-'));
  afterAll(() => rmSync(fresh, { recursive: true, force: true }));

  it('is rebuilt from the current source (run `npm run build` and commit dist/ when this fails)', () => {
    execFileSync(process.execPath, ['scripts/build.mjs', fresh], { stdio: 'pipe' });
    const built = readdirSync(fresh).sort();
    expect(readdirSync('dist').sort()).toEqual(built);
    for (const file of built) {
      const same = readFileSync(join('dist', file)).equals(readFileSync(join(fresh, file)));
      expect(same, `dist/${file} is stale: run \`npm run build\` and commit dist/`).toBe(true);
    }
  });
});
