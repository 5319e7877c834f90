import { describe, expect, it } from 'vitest';
import { loadOnce } from './load-once.js';

describe('loadOnce', () => {
  it('loads on the first call only and hands every call the same promise', async () => {
    let loads = 0;
    const load = loadOnce(async () => ++loads);
    expect(loads).toBe(0);
    const first = load();
    expect(load()).toBe(first);
    expect(await first).toBe(1);
    expect(loads).toBe(1);
  });

  it('keeps a failure for whoever awaits it, without an unhandled rejection before', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const load = loadOnce(() => Promise.reject(new Error('chunk missing')));
      load(); // started early, nobody awaits it yet
      await new Promise((r) => setTimeout(r, 20));
      expect(unhandled).toEqual([]);
      await expect(load()).rejects.toThrow('chunk missing');
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});
