import { describe, expect, it } from 'vitest';
import { type ConfigError, validateConfig } from './config.js';

const SRC = 'trainspotter.yml';

function errorsOf(raw: unknown): ConfigError[] {
  const result = validateConfig(raw, SRC);
  if (result.ok) throw new Error(`expected errors, got a valid config: ${JSON.stringify(result.config)}`);
  return result.errors;
}

function only(raw: unknown): ConfigError {
  const errors = errorsOf(raw);
  expect(errors.map((e) => e.message)).toHaveLength(1);
  return errors[0] as ConfigError;
}

const smoke = { run: 'python3 train.py' };

describe('validateConfig: good configs', () => {
  it('applies the defaults to a minimal config', () => {
    const result = validateConfig({ checks: { smoke } }, SRC);
    expect(result).toEqual({
      ok: true,
      config: {
        seed: 0,
        checks: {
          smoke: {
            run: 'python3 train.py',
            require_gpu: false,
            timeout_ms: 30 * 60_000,
            probe: 'auto',
            max_steps: 500,
            max_time_ms: 10 * 60_000,
          },
        },
        thresholds: { alpha: 0.05, curve: {} },
        gate: {
          smoke: 'fail',
          overfit: 'fail',
          eval: 'warn',
          reference: 'fail',
          validation_overfitting: 'warn',
          validation: 'warn',
          seeds: 'warn',
          gap: 'warn',
          reproducibility: 'fail',
          gpu_unused: 'warn',
          init_loss: 'warn',
        },
      },
    });
  });

  it('reads a full config, parsing timeouts to ms and telling `better` from the metric name', () => {
    const result = validateConfig(
      {
        version: 1,
        seed: 3,
        classes: 10,
        checks: {
          smoke: { ...smoke, metrics: 'out/metrics.jsonl', timeout: '10m', require_gpu: true },
          overfit: { run: 'python3 train.py --overfit', timeout: 90, target: 0.01 },
          eval: {
            run: 'python3 eval.py',
            timeout: '1h30m',
            irreducible_error: 0,
            eval_file: './out/eval.json',
          },
        },
        reference: {
          source: 'paper, table 2',
          metrics: {
            'test/accuracy': { value: 0.97, std: 0.004, runs: 5, tolerance: 0.01 },
            val_loss: { value: 0.1 },
            custom: { value: 3, better: 'lower' },
          },
        },
        thresholds: { alpha: 0.01, curve: { explodeFactor: 5 } },
        gate: { eval: 'fail', gpu_unused: 'off' },
      },
      SRC,
    );
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
    const { config } = result;
    expect(config.checks.smoke?.timeout_ms).toBe(600_000);
    expect(config.checks.overfit).toEqual({
      run: 'python3 train.py --overfit',
      require_gpu: false,
      timeout_ms: 90_000,
      target: 0.01,
      probe: 'auto',
      max_steps: 500,
      max_time_ms: 600_000,
    });
    expect(config.checks.eval?.timeout_ms).toBe(5_400_000);
    expect(config.reference?.metrics['test/accuracy']?.better).toBe('higher');
    expect(config.reference?.metrics.val_loss?.better).toBe('lower');
    expect(config.reference?.metrics.custom?.better).toBe('lower');
    expect(config.gate).toMatchObject({ smoke: 'fail', eval: 'fail', gpu_unused: 'off' });
    expect(config.thresholds).toEqual({ alpha: 0.01, curve: { explodeFactor: 5 } });
  });

  it('defaults the timeouts per check: smoke 30m, overfit 15m, eval 30m', () => {
    const result = validateConfig({ checks: { smoke, overfit: smoke, eval: smoke } }, SRC);
    if (!result.ok) throw new Error('invalid');
    expect(result.config.checks.smoke?.timeout_ms).toBe(1_800_000);
    expect(result.config.checks.overfit?.timeout_ms).toBe(900_000);
    expect(result.config.checks.eval?.timeout_ms).toBe(1_800_000);
  });
});

describe('validateConfig: each kind of error names the key, the value and what is allowed', () => {
  it('an empty file or a non-mapping', () => {
    expect(only(null).message).toMatch(/^trainspotter\.yml: the config is empty; expected a mapping/);
    expect(only(['x']).message).toMatch(/the config is not a mapping/);
  });

  it('missing checks, and checks without any check', () => {
    expect(only({}).message).toBe('trainspotter.yml: `checks` is missing; expected a mapping.');
    expect(only({ checks: {} }).message).toBe(
      'trainspotter.yml: `checks` defines no check; add at least one of `smoke`, `overfit`, `eval`.',
    );
  });

  it('an unknown key, with a did-you-mean suggestion and the allowed keys', () => {
    const errors = errorsOf({ checks: { smok: smoke } });
    expect(errors.map((e) => e.message)).toEqual([
      'trainspotter.yml: unknown key `checks.smok`; did you mean `smoke`? Allowed here: smoke, overfit, eval.',
      'trainspotter.yml: `checks` defines no check; add at least one of `smoke`, `overfit`, `eval`.',
    ]);
    expect(errors[0]?.key).toBe('checks.smok');
    expect(only({ checks: { smoke: { ...smoke, timout: '1m' } } }).message).toMatch(
      /unknown key `checks\.smoke\.timout`; did you mean `timeout`\?/,
    );
    expect(only({ checks: { smoke }, colour: 'red' }).message).toMatch(
      /unknown key `colour`\. Allowed here: version/,
    );
  });

  it('a missing or empty run command', () => {
    expect(only({ checks: { smoke: {} } }).message).toBe(
      'trainspotter.yml: `checks.smoke.run` is missing; expected a string.',
    );
    expect(only({ checks: { smoke: { run: '  ' } } }).message).toMatch(
      /`checks\.smoke\.run` " {2}" is empty; give the shell command to run/,
    );
    expect(only({ checks: { smoke: { run: 5 } } }).message).toBe(
      'trainspotter.yml: `checks.smoke.run` is 5 (an integer); expected a string.',
    );
  });

  it('metrics paths that are absolute or climb out with ..', () => {
    for (const bad of ['/tmp/metrics.jsonl', 'C:\\logs', '../metrics.jsonl', 'out/../../x', '~/x', '']) {
      const e = only({ checks: { smoke: { ...smoke, metrics: bad } } });
      expect(e.key).toBe('checks.smoke.metrics');
      expect(e.value).toBe(bad);
      expect(e.message).toMatch(/absolute path|climbs out|is empty/);
    }
    expect(validateConfig({ checks: { smoke: { ...smoke, metrics: 'out/../logs/' } } }, SRC).ok).toBe(true);
  });

  it('timeouts: not a duration, not positive, longer than 24h, wrong type', () => {
    const t = (timeout: unknown) => only({ checks: { smoke: { ...smoke, timeout } } }).message;
    expect(t('10 minutes')).toBe(
      'trainspotter.yml: `checks.smoke.timeout` "10 minutes" is not a duration; use e.g. "90s", "10m", "1h30m" or a number of seconds, more than 0 and at most 24h.',
    );
    expect(t(0)).toMatch(/`checks\.smoke\.timeout` 0 is not a positive duration/);
    expect(t('25h')).toMatch(/"25h" is longer than 24h/);
    expect(t(true)).toMatch(/`checks\.smoke\.timeout` is true; expected a duration such as "90s"/);
  });

  it('enums, literals, numbers out of range, wrong types', () => {
    expect(only({ checks: { smoke }, gate: { smoke: 'fial' } }).message).toBe(
      'trainspotter.yml: `gate.smoke` is "fial"; allowed: "fail", "warn", "off" (did you mean "fail"?).',
    );
    expect(only({ checks: { smoke }, version: 2 }).message).toBe(
      'trainspotter.yml: `version` is 2; allowed: 1.',
    );
    expect(only({ checks: { smoke }, classes: 1 }).message).toBe(
      'trainspotter.yml: `classes` is 1; it must be at least 2.',
    );
    expect(only({ checks: { smoke }, thresholds: { alpha: 0.5 } }).message).toMatch(
      /`thresholds\.alpha` is 0\.5; it must be less than 0\.5\./,
    );
    expect(only({ checks: { smoke }, thresholds: { curve: { explodeFactor: 'big' } } }).message).toMatch(
      /`thresholds\.curve\.explodeFactor` is "big" \(a string\); expected a number\./,
    );
    expect(only({ checks: { smoke: { ...smoke, require_gpu: 'yes' } } }).message).toMatch(
      /`checks\.smoke\.require_gpu` is "yes" \(a string\); expected true or false\./,
    );
  });

  it('eval: irreducible and baseline error are fractions, and only one of them', () => {
    expect(only({ checks: { eval: { ...smoke, irreducible_error: 25 } } }).message).toMatch(
      /`checks\.eval\.irreducible_error` is 25; it must be at most 1\./,
    );
    expect(
      only({ checks: { eval: { ...smoke, irreducible_error: 0.1, baseline_error: 0.2 } } }).message,
    ).toMatch(/`checks\.eval` gives both `irreducible_error` and `baseline_error`; keep one/);
  });

  it('reference metrics: direction not tellable from the name, std without runs, quoted keys', () => {
    const errors = errorsOf({
      checks: { smoke },
      reference: {
        metrics: { 'test/foo': { value: 1 }, 'test/accuracy': { value: 0.9, std: 0.01, runs: 1 } },
      },
    });
    expect(errors.map((e) => e.message)).toEqual([
      'trainspotter.yml: `reference.metrics["test/foo"].better` is missing and the name does not say which way is better; add better: higher or better: lower.',
      'trainspotter.yml: `reference.metrics["test/accuracy"]` gives `std` but runs: 1; a standard deviation needs runs of at least 2 (the number of seeds it was measured over).',
    ]);
    expect(errors[0]?.key).toBe('reference.metrics["test/foo"].better');
    expect(
      only({ checks: { smoke }, reference: { metrics: { 'test/acc': { value: 'x' } } } }).message,
    ).toMatch(/`reference\.metrics\["test\/acc"\]\.value` is "x" \(a string\); expected a number\./);
  });

  it('gathers every problem at once, across the whole file', () => {
    const errors = errorsOf({
      version: 2,
      checks: {
        smok: smoke,
        smoke: { run: '', timeout: '10 minutes', metrics: '/abs' },
        eval: { run: 'e', irreducible_error: 0.1, baseline_error: 0.1 },
      },
      reference: { metrics: { 'test/accuracy': { value: 0.9, std: 0.1 } } },
      thresholds: { alpha: 0 },
      gate: { smoke: 'maybe', gpu: 'warn' },
    });
    expect(errors.map((e) => e.key).sort()).toEqual(
      [
        'version',
        'checks.smok',
        'checks.smoke.run',
        'checks.smoke.timeout',
        'checks.smoke.metrics',
        'checks.eval',
        'reference.metrics["test/accuracy"].runs',
        'thresholds.alpha',
        'gate.smoke',
        'gate.gpu',
      ].sort(),
    );
    for (const e of errors) expect(e.message.startsWith('trainspotter.yml: ')).toBe(true);
  });
});

describe('validateConfig: the PyTorch probe keys', () => {
  it('reads probe, max_steps and max_time on smoke and overfit, and rejects them on eval', () => {
    const ok = validateConfig(
      { checks: { smoke: { run: 'python train.py', probe: 'off', max_steps: 40, max_time: '90s' } } },
      'trainspotter.yml',
    );
    expect(ok.ok && ok.config.checks.smoke).toMatchObject({
      probe: 'off',
      max_steps: 40,
      max_time_ms: 90_000,
    });
    const bad = validateConfig(
      {
        checks: {
          overfit: { run: 'python train.py', probe: 'on', max_steps: 0 },
          eval: { run: 'x', probe: 'auto' },
        },
      },
      'trainspotter.yml',
    );
    expect(bad.ok).toBe(false);
    const messages = bad.ok ? '' : bad.errors.map((e) => e.message).join('\n');
    expect(messages).toMatch(/checks\.overfit\.probe/);
    expect(messages).toMatch(/checks\.overfit\.max_steps/);
    expect(messages).toMatch(/checks\.eval/);
  });
});
