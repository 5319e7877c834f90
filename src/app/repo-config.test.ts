import { describe, expect, it } from 'vitest';
import { DEFAULT_APP_CONFIG, loadRepoConfig, validateRepoConfig } from './repo-config.js';

describe('validateRepoConfig', () => {
  it('uses the defaults when the repository has no .github/trainspotter.yml', () => {
    expect(validateRepoConfig(null)).toEqual({ config: DEFAULT_APP_CONFIG, errors: [] });
  });

  it("validates with the CLI's schema: the known result and the gate come through", () => {
    const { config, errors } = validateRepoConfig({
      checks: { smoke: { run: 'python train.py' } },
      reference: { metrics: { 'test/accuracy': { value: 0.97, tolerance: 0.01 } } },
      gate: { reference: 'warn' },
    });
    expect(errors).toEqual([]);
    expect(config.reference?.metrics['test/accuracy']?.value).toBe(0.97);
    expect(config.gate.reference).toBe('warn');
  });

  it('names the file, the key and the fix for an invalid config, and falls back to the defaults', () => {
    const { config, errors } = validateRepoConfig({
      checks: { smoke: { run: 1 } },
      gate: { smoke: 'explode' },
    });
    expect(config).toBe(DEFAULT_APP_CONFIG);
    expect(errors.length).toBeGreaterThanOrEqual(2);
    for (const e of errors) expect(e).toMatch(/^\.github\/trainspotter\.yml: .*Fix it on the default branch/);
    expect(errors.join('\n')).toMatch(/gate\.smoke|smoke/);
  });
});

describe('loadRepoConfig', () => {
  it("turns the loader's YAML error into a note that names the file", async () => {
    const context = {
      config: async () => {
        throw new Error(
          '[@probot/octokit-plugin-config] Configuration could not be parsed from x (invalid YAML)',
        );
      },
    };
    const { errors } = await loadRepoConfig(context as never);
    expect(errors[0]).toMatch(
      /^\.github\/trainspotter\.yml: Configuration could not be parsed.*invalid YAML.*Fix the YAML/,
    );
  });

  it("lets GitHub's own failures through (they are retried, not the user's fault)", async () => {
    const context = { config: async () => Promise.reject(Object.assign(new Error('boom'), { status: 502 })) };
    await expect(loadRepoConfig(context as never)).rejects.toThrow('boom');
  });
});
