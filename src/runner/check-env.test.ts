import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../core/errors.js';
import { buildCheckEnv, checkEnv } from './check-env.js';

describe('checkEnv', () => {
  it('inherits the base environment and sets the contract variables', () => {
    const env = checkEnv(
      { HOME: '/h', PYTHONUNBUFFERED: '0', GONE: undefined },
      'smoke',
      3,
      '/o/smoke-seed3',
    );
    expect(env).toEqual({
      HOME: '/h',
      PYTHONUNBUFFERED: '1',
      TRAINSPOTTER_CHECK: 'smoke',
      TRAINSPOTTER_SEED: '3',
      TRAINSPOTTER_OUT: '/o/smoke-seed3',
    });
  });

  it("arms the probe: its folder first on PYTHONPATH, the user's kept, the caps in seconds", () => {
    const probe = { pythonPath: '/ts/python', maxSteps: 40, maxTimeMs: 90_000, fixBatch: true };
    const env = checkEnv({ PYTHONPATH: '/mine' }, 'overfit', 0, '/o', probe);
    expect(env).toMatchObject({
      TRAINSPOTTER_PROBE: '1',
      TRAINSPOTTER_MAX_STEPS: '40',
      TRAINSPOTTER_MAX_TIME: '90',
      TRAINSPOTTER_FIX_BATCH: '1',
      PYTHONPATH: `/ts/python${delimiter}/mine`,
    });
    expect(checkEnv({}, 'smoke', 0, '/o', { ...probe, fixBatch: false }).PYTHONPATH).toBe('/ts/python');
    expect(checkEnv({}, 'smoke', 0, '/o').TRAINSPOTTER_PROBE).toBeUndefined();
  });
});

describe('buildCheckEnv', () => {
  it('creates a fresh, empty folder per check and seed', async () => {
    const root = await mkdtemp(join(tmpdir(), 'trainspotter-env-'));
    const stale = join(root, 'eval-seed0');
    await mkdir(stale);
    await writeFile(join(stale, 'metrics.jsonl'), '{"step": 1}\n');
    const { env, outDir } = await buildCheckEnv({ check: 'eval', seed: 0, outRoot: root, baseEnv: {} });
    expect(outDir).toBe(stale);
    expect(await readdir(outDir)).toEqual([]);
    expect(env.TRAINSPOTTER_OUT).toBe(outDir);
  });

  it('rejects a seed that is not a non-negative integer, naming it', async () => {
    await expect(buildCheckEnv({ check: 'smoke', seed: -1, outRoot: tmpdir() })).rejects.toThrow(InputError);
    await expect(buildCheckEnv({ check: 'smoke', seed: 1.5, outRoot: tmpdir() })).rejects.toThrow(/1\.5/);
  });
});
