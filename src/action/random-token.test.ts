import { describe, expect, it } from 'vitest';
import { randomToken } from './random-token.js';

describe('randomToken', () => {
  it('gives 32 hex digits, a new value each call', () => {
    const tokens = Array.from({ length: 100 }, randomToken);
    for (const t of tokens) expect(t).toMatch(/^[0-9a-f]{32}$/);
    expect(new Set(tokens).size).toBe(100);
  });
});
