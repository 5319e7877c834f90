import { mkdir, rm } from 'node:fs/promises';
import { delimiter, join, resolve } from 'node:path';
import type { CheckName } from '../core/config.js';
import { InputError } from '../core/errors.js';

export interface CheckEnvOptions {
  readonly check: CheckName;
  /** A non-negative integer. */
  readonly seed: number;
  /** The run's output folder; the check's own folder is made inside it. */
  readonly outRoot: string;
  /** The environment to inherit. Default `process.env`. */
  readonly baseEnv?: Readonly<Record<string, string | undefined>>;
  /** Arm the PyTorch probe in the command; absent, the command runs untouched. */
  readonly probe?: ProbeEnv;
}

/** What the PyTorch probe is told (python/trainspotter/probe/_settings.py reads it). */
export interface ProbeEnv {
  /** The folder holding the probe's sitecustomize.py, prepended to PYTHONPATH. */
  readonly pythonPath: string;
  readonly maxSteps: number;
  /** Milliseconds. */
  readonly maxTimeMs?: number;
  /** Repeat the first batch of every DataLoader (the overfit check). */
  readonly fixBatch: boolean;
}

export interface CheckEnv {
  /** The complete environment for runCommand. */
  readonly env: Record<string, string>;
  /** The absolute path given as TRAINSPOTTER_OUT: created fresh and empty. */
  readonly outDir: string;
}

/**
 * The environment of one check's command (pure): `baseEnv` plus TRAINSPOTTER_CHECK,
 * TRAINSPOTTER_SEED, TRAINSPOTTER_OUT and PYTHONUNBUFFERED=1 (so Python output streams live).
 * With `probe`, also TRAINSPOTTER_PROBE=1, its caps, and the probe's folder first on PYTHONPATH
 * (the user's PYTHONPATH kept after it). These are the only way data reaches the command;
 * nothing is put into its command string.
 */
export function checkEnv(
  base: Readonly<Record<string, string | undefined>>,
  check: CheckName,
  seed: number,
  outDir: string,
  probe?: ProbeEnv,
): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(base)) if (value !== undefined) env[key] = value;
  env.TRAINSPOTTER_CHECK = check;
  env.TRAINSPOTTER_SEED = String(seed);
  env.TRAINSPOTTER_OUT = outDir;
  env.PYTHONUNBUFFERED = '1';
  if (probe) {
    env.TRAINSPOTTER_PROBE = '1';
    env.TRAINSPOTTER_MAX_STEPS = String(probe.maxSteps);
    if (probe.maxTimeMs !== undefined) env.TRAINSPOTTER_MAX_TIME = String(probe.maxTimeMs / 1000);
    env.TRAINSPOTTER_FIX_BATCH = probe.fixBatch ? '1' : '0';
    const user = base.PYTHONPATH;
    env.PYTHONPATH = user ? `${probe.pythonPath}${delimiter}${user}` : probe.pythonPath;
  }
  return env;
}

/**
 * Makes the check's output folder `<outRoot>/<check>-seed<seed>` fresh and empty (a folder of
 * that name left by an earlier run is removed) and returns the check's environment.
 * Throws InputError for a seed that is not a non-negative integer.
 */
export async function buildCheckEnv(options: CheckEnvOptions): Promise<CheckEnv> {
  const { check, seed } = options;
  if (!Number.isSafeInteger(seed) || seed < 0) {
    throw new InputError(
      `Invalid seed ${JSON.stringify(seed)}: expected a non-negative integer such as 0 or 42.`,
    );
  }
  const outDir = join(resolve(options.outRoot), `${check}-seed${seed}`);
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  return { env: checkEnv(options.baseEnv ?? process.env, check, seed, outDir, options.probe), outDir };
}
