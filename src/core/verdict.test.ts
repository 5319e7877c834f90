import { describe, expect, it } from 'vitest';
import { worseStatus, worstStatus } from './verdict.js';

describe('the one ordering of statuses', () => {
  it('ranks error > fail > warn > pass > skipped', () => {
    expect(worseStatus('skipped', 'pass')).toBe('pass');
    expect(worseStatus('warn', 'pass')).toBe('warn');
    expect(worseStatus('fail', 'error')).toBe('error');
    expect(worstStatus(['pass', 'skipped', 'warn', 'pass'], 'pass')).toBe('warn');
    expect(worstStatus(['skipped'], 'skipped')).toBe('skipped');
    expect(worstStatus([], 'pass')).toBe('pass');
  });
});
