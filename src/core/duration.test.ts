import { describe, expect, it } from 'vitest';
import { parseDuration } from './duration.js';

describe('parseDuration', () => {
  it.each([
    ['90s', 90_000],
    ['10m', 600_000],
    ['1h30m', 5_400_000],
    ['1h', 3_600_000],
    ['1.5h', 5_400_000],
    ['2m30s', 150_000],
    [' 45s ', 45_000],
    ['600', 600_000],
    [600, 600_000],
    [0.5, 500],
    ['24h', 86_400_000],
  ])('%j → %i ms', (input, ms) => {
    expect(parseDuration(input)).toEqual({ ok: true, ms });
  });

  it.each(['', '10 minutes', '10M', 'm', '30m1h', '-5s', '1d'])('refuses %j', (input) => {
    const r = parseDuration(input);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.problem).toMatch(/not a duration; use e\.g\. "90s"/);
  });

  it('refuses zero, negative, non-finite and more than 24h', () => {
    expect(parseDuration(0)).toMatchObject({ ok: false, problem: expect.stringMatching(/not a positive/) });
    expect(parseDuration(-1)).toMatchObject({ ok: false });
    expect(parseDuration(Number.NaN)).toMatchObject({ ok: false });
    expect(parseDuration('0s')).toMatchObject({ ok: false });
    expect(parseDuration(86_401)).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/longer than 24h/),
    });
  });
});
