import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance } from './did-you-mean.js';

describe('didYouMean', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('fial', 'fail')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('suggests close keys only', () => {
    const keys = ['smoke', 'overfit', 'eval'];
    expect(didYouMean('smok', keys)).toBe('smoke');
    expect(didYouMean('Eval', keys)).toBe('eval');
    expect(didYouMean('overfitt', keys)).toBe('overfit');
    expect(didYouMean('train', keys)).toBeUndefined();
    expect(didYouMean('x', keys)).toBeUndefined();
    expect(didYouMean('smoke', [])).toBeUndefined();
  });
});
