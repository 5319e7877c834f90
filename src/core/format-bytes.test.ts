import { describe, expect, it } from 'vitest';
import { formatBytes } from './format-bytes.js';

describe('formatBytes', () => {
  it('writes whole amounts without decimals and others with one', () => {
    expect([812, 3277, 64 * 2 ** 20, 2 ** 30, 1e9].map((n) => formatBytes(n))).toEqual([
      '812 B',
      '3.2 KiB',
      '64 MiB',
      '1 GiB',
      '953.7 MiB',
    ]);
  });

  it('writes a fixed number of decimals when asked, as PyTorch writes sizes', () => {
    expect(formatBytes(7406166528, 2)).toBe('6.90 GiB');
    expect(formatBytes(2 ** 31, 2)).toBe('2.00 GiB');
    expect(formatBytes(512, 2)).toBe('512 B');
  });
});
