import type { Context } from 'probot';
import { type Config, configSchema, validateConfig } from '../core/config.js';

/** The parts of trainspotter.yml the app uses: the known result, the statistical level, the gate. */
export type AppConfig = Pick<Config, 'reference' | 'thresholds' | 'gate'>;

/** Where the app reads the config: the default branch's `.github/trainspotter.yml` (Probot's loader). */
const APP_CONFIG_FILE = 'trainspotter.yml';
const APP_CONFIG_PATH = `.github/${APP_CONFIG_FILE}`;

/** The config of a repository without one: alpha 0.05 and the default gate, no known result. */
export const DEFAULT_APP_CONFIG: AppConfig = {
  reference: undefined,
  thresholds: configSchema.shape.thresholds.parse(undefined),
  gate: configSchema.shape.gate.parse(undefined),
};

export interface RepoConfig {
  readonly config: AppConfig;
  /** Why the file could not be used (each names the file and the fix); the defaults apply then. */
  readonly errors: readonly string[];
}

/**
 * Validates what Probot's config loader returned (null when the repository has no
 * `.github/trainspotter.yml`) with the CLI's schema. Pure.
 */
export function validateRepoConfig(raw: unknown): RepoConfig {
  if (raw === null || raw === undefined) return { config: DEFAULT_APP_CONFIG, errors: [] };
  const result = validateConfig(raw, APP_CONFIG_PATH);
  if (result.ok) return { config: result.config, errors: [] };
  return {
    config: DEFAULT_APP_CONFIG,
    errors: result.errors.map(
      (e) =>
        `${e.message} Fix it on the default branch (the app reads the config from there); the defaults apply until then.`,
    ),
  };
}

/** Loads and validates the repository's config; a file that cannot be read or parsed is an error, not a throw. */
export async function loadRepoConfig(context: Pick<Context, 'config'>): Promise<RepoConfig> {
  try {
    return validateRepoConfig(await context.config(APP_CONFIG_FILE));
  } catch (error) {
    const status = (error as { status?: number }).status;
    // GitHub's own failures (5xx after retries, rate limits) are not the user's config problem.
    if (status !== undefined) throw error;
    const message = error instanceof Error ? error.message : String(error);
    return {
      config: DEFAULT_APP_CONFIG,
      errors: [
        `${APP_CONFIG_PATH}: ${message.replace('[@probot/octokit-plugin-config] ', '')}. Fix the YAML on the default branch; the defaults apply until then.`,
      ],
    };
  }
}
