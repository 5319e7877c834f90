import { describe, expect, it } from 'vitest';
import { parseConfig } from './parse-config.js';

const SRC = '.github/trainspotter.yml';
const messages = (text: string) => {
  const r = parseConfig(text, SRC);
  return r.ok ? [] : r.errors.map((e) => e.message);
};

describe('parseConfig', () => {
  it('reads a valid config', () => {
    const r = parseConfig('checks:\n  smoke:\n    run: python3 train.py\n    timeout: 10m\n', SRC);
    expect(r.ok && r.config.checks.smoke?.timeout_ms).toBe(600_000);
  });

  it('reports YAML syntax errors with line and column', () => {
    expect(messages('checks:\n  smoke:\n    run: a\n    run: b\n')).toEqual([
      '.github/trainspotter.yml:4:5: YAML syntax error: Map keys must be unique',
    ]);
    const [unclosed] = messages('checks:\n  smoke: {run: x\n');
    expect(unclosed).toMatch(/^\.github\/trainspotter\.yml:\d+:\d+: YAML syntax error: /);
  });

  it('locates config errors at their key, sorted by position', () => {
    const text = [
      'version: 1', //            1
      'checks:', //               2
      '  smok:', //               3
      '    run: a', //            4
      '  overfit:', //            5
      '    timeout: 5 minutes', // 6
      'gate:', //                 7
      '  smoke: fial', //         8
    ].join('\n');
    expect(messages(text)).toEqual([
      '.github/trainspotter.yml:3:3: unknown key `checks.smok`; did you mean `smoke`? Allowed here: smoke, overfit, eval.',
      '.github/trainspotter.yml:5:3: `checks.overfit.run` is missing; expected a string.',
      '.github/trainspotter.yml:6:5: `checks.overfit.timeout` "5 minutes" is not a duration; use e.g. "90s", "10m", "1h30m" or a number of seconds, more than 0 and at most 24h.',
      '.github/trainspotter.yml:8:3: `gate.smoke` is "fial"; allowed: "fail", "warn", "off" (did you mean "fail"?).',
    ]);
  });

  it('checks thresholds.curve when the config is read: names, ranges, integers, with line and column', () => {
    const text = [
      'checks:', //                                                1
      '  smoke: {run: python3 train.py}', //                       2
      'thresholds:', //                                            3
      '  curve: {explodFactor: 5, minPoints: 2.5, spikeZ: 0}', //  4
    ].join('\n');
    const [typo, integer, range, ...rest] = messages(text);
    expect(typo).toMatch(
      /^\.github\/trainspotter\.yml:4:11: unknown key `thresholds\.curve\.explodFactor`; did you mean `explodeFactor`\? Allowed here: minPoints, maxBins, /,
    );
    expect([integer, range, ...rest]).toEqual([
      '.github/trainspotter.yml:4:28: `thresholds.curve.minPoints` is 2.5 (a number); expected an integer.',
      '.github/trainspotter.yml:4:44: `thresholds.curve.spikeZ` is 0; it must be at least 1.',
    ]);
  });

  it('reports an empty file', () => {
    expect(messages('')).toEqual([
      '.github/trainspotter.yml: the config is empty; expected a mapping with at least `checks`, e.g. "checks: { smoke: { run: python3 train.py } }".',
    ]);
  });

  it('refuses an alias bomb instead of expanding it', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]'];
    for (const c of 'cdefgh')
      bomb.push(
        `${c}: &${c} [${Array(10)
          .fill(`*${String.fromCharCode(c.charCodeAt(0) - 1)}`)
          .join(', ')}]`,
      );
    const r = parseConfig(bomb.join('\n'), SRC);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.errors[0]?.message).toMatch(/YAML could not be read/);
  });
});
