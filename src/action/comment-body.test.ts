import { describe, expect, it } from 'vitest';
import { COMMENT_LIMIT, COMMENT_MARKER, commentBody } from './comment-body.js';

describe('commentBody', () => {
  it('starts with the marker and keeps a short report whole', () => {
    expect(commentBody('## trainspotter: ✅ pass\n')).toBe(`${COMMENT_MARKER}\n## trainspotter: ✅ pass\n`);
  });

  it('cuts a long report under the limit at a line, closes an open code block and <details>, and says so', () => {
    const long = [
      '## report',
      '<details><summary>Details</summary>',
      '```',
      ...Array(20_000).fill('x'.repeat(20)),
    ].join('\n');
    const body = commentBody(long);
    expect(body.length).toBeLessThan(COMMENT_LIMIT);
    expect(body.startsWith(COMMENT_MARKER)).toBe(true);
    expect(body).toMatch(
      /x\n```\n<\/details>\n\n…\n\n> ✂️ The report was cut to fit a comment \(\d+ characters\)/,
    );
  });
});
