import { describe, expect, it } from 'vitest';
import { renderRefusalMarkdown } from './refusal-md.js';

describe('renderRefusalMarkdown', () => {
  const gate = {
    run: false as const,
    pr: 42,
    headRepo: 'mallory/<b>models</b>',
    headSha: '6dcb09b5b57875f334f61aebed695e2e4193db5e',
    label: 'trainspotter:ok-to-test',
    stale: false,
  };

  it('names the fork (escaped) and the commit, and says how to approve', () => {
    const md = renderRefusalMarkdown(gate);
    expect(md).toContain('pull request #42 comes from the fork **mallory/\\<b\\>models\\</b\\>**');
    expect(md).toContain('(head commit `6dcb09b5b57875f334f61aebed695e2e4193db5e`)');
    expect(md).toContain('then adds the label `trainspotter:ok-to-test`');
    expect(md).toContain('`labeled`');
    expect(md).toContain('allow-unapproved-forks: true');
  });

  it('says when the label is there but the push is newer than the approval', () => {
    const md = renderRefusalMarkdown({ ...gate, stale: true });
    expect(md).toContain('this run is for a new push');
    expect(md).toContain('removes and re-adds the label');
  });
});
