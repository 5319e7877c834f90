import { describe, expect, it } from 'vitest';
import { parseConfig } from './parse-config.js';

// trainspotter.yml as a fuzzer or a generator might write it: tens of thousands of keys, keys
// that are JavaScript's own property names. Parsing stays linear and no key is lost or confused.

const SRC = 'trainspotter.yml';
const withMetrics = (lines: string[]) =>
  ['checks:', '  smoke:', '    run: python3 train.py', 'reference:', '  metrics:', ...lines].join('\n');

describe('parseConfig at scale', () => {
  it('reads 32,000 reference metrics in linear time (seconds, not minutes)', () => {
    const text = withMetrics(Array.from({ length: 32_000 }, (_, i) => `    m${i}/loss: { value: 0.5 }`));
    const t0 = performance.now();
    const r = parseConfig(text, SRC);
    const ms = performance.now() - t0;
    expect(r.ok && Object.keys(r.config.reference?.metrics ?? {}).length).toBe(32_000);
    expect(ms).toBeLessThan(10_000);
  }, 60_000);

  it('locates 20,000 errors in linear time, and still finds a duplicate key among 32,000', () => {
    const bad = parseConfig(
      withMetrics(Array.from({ length: 20_000 }, (_, i) => `    m${i}: { value: 0.5 }`)),
      SRC,
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.errors).toHaveLength(20_000);
      expect(bad.errors[19_999]?.line).toBe(20_005);
    }
    const keys = Array.from({ length: 32_000 }, (_, i) => `    m${i}/loss: { value: 0.5 }`);
    keys.push('    m7/loss: { value: 0.6 }');
    const t0 = performance.now();
    const dup = parseConfig(withMetrics(keys), SRC);
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(dup.ok ? [] : dup.errors.map((e) => e.message)).toEqual([
      `${SRC}:32006:5: YAML syntax error: Map keys must be unique`,
    ]);
  }, 60_000);
});

describe('keys that are JavaScript property names', () => {
  it('refuses a reference metric named __proto__ by name instead of dropping it', () => {
    const r = parseConfig(withMetrics(['    __proto__: { value: 0.5, better: higher }']), SRC);
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/^trainspotter\.yml:6:5: .*__proto__.*rename/),
    ]);
  });

  it('keeps constructor, toString and hasOwnProperty as ordinary metric names', () => {
    const r = parseConfig(
      withMetrics([
        '    constructor: { value: 0.1, better: lower }',
        '    toString: { value: 0.2, better: higher }',
        '    hasOwnProperty: { value: 0.3, better: higher }',
      ]),
      SRC,
    );
    expect(r.ok).toBe(true);
    const metrics = r.ok ? (r.config.reference?.metrics ?? {}) : {};
    expect(Object.keys(metrics)).toEqual(['constructor', 'toString', 'hasOwnProperty']);
    expect(metrics.constructor).toMatchObject({ value: 0.1, better: 'lower' });
    expect(Object.getPrototypeOf(metrics)).toBe(null);
    // A name that is not there is not found on a prototype either.
    expect(metrics.valueOf).toBeUndefined();
  });
});
