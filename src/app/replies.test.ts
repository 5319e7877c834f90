import { describe, expect, it } from 'vitest';
import { replies } from './replies.js';

describe('replies', () => {
  it('never mentions or links a user-controlled login, and keeps to one line', () => {
    const text = replies.refused('@octocat <img src=x>', 'read');
    expect(text).not.toContain('@octocat');
    expect(text).not.toMatch(/(^|[^\\])<img/);
    expect(text).not.toContain('\n');
    expect(text).toContain('read access');
  });

  it('shortens a SHA to 12 characters', () => {
    expect(replies.approved('maintainer', 'a'.repeat(40))).toContain(`\`${'a'.repeat(12)}\``);
  });
});
