import { describe, expect, it } from 'vitest';
import { type Config, validateConfig } from '../core/config.js';
import { checkOrder, isCheckName } from './check-order.js';

function config(checks: Record<string, unknown>): Config {
  const r = validateConfig({ checks }, 'trainspotter.yml');
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
  return r.config;
}

describe('checkOrder', () => {
  const all = config({ eval: { run: 'c' }, smoke: { run: 'a' }, overfit: { run: 'b' } });

  it('runs every configured check in the order smoke, overfit, eval', () => {
    expect(checkOrder(all)).toEqual(['smoke', 'overfit', 'eval']);
    expect(checkOrder(config({ eval: { run: 'c' }, smoke: { run: 'a' } }))).toEqual(['smoke', 'eval']);
  });

  it('keeps that order for the checks `only` names', () => {
    expect(checkOrder(all, ['eval', 'smoke'])).toEqual(['smoke', 'eval']);
  });

  it('names a check the config does not define, and the ones it does', () => {
    expect(() => checkOrder(config({ smoke: { run: 'a' }, eval: { run: 'c' } }), ['overfit'])).toThrow(
      '--check overfit: trainspotter.yml defines no checks.overfit; it defines smoke, eval.',
    );
  });
});

describe('isCheckName', () => {
  it('is true for the check names only', () => {
    expect(['smoke', 'overfit', 'eval', 'train', 'Smoke', ''].map(isCheckName)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});
