import { COMMENT_MARKER } from '../render/pr-comment.js';

/** The hidden marker that identifies trainspotter's one sticky comment on a pull request (the app's too). */
export { COMMENT_MARKER };

/** GitHub rejects issue comments longer than this many characters. */
export const COMMENT_LIMIT = 65_536;

/**
 * The sticky comment's body: the marker, then the report markdown, cut at a line boundary to
 * stay under `limit` characters with a note saying where the full report is.
 */
export function commentBody(
  markdown: string,
  limit = COMMENT_LIMIT,
  fullReportAt = 'the job summary',
): string {
  const head = `${COMMENT_MARKER}\n`;
  const whole = `${head}${markdown}`;
  if (whole.length < limit) return whole;
  const note = `\n\n…\n\n> ✂️ The report was cut to fit a comment (${markdown.length} characters); the full report is in ${fullReportAt}.\n`;
  // Room for the fences and </details> closed below.
  const room = limit - 1 - head.length - note.length - 200;
  const cut = markdown.slice(0, room);
  const lastLine = cut.lastIndexOf('\n');
  let body = lastLine > 0 ? cut.slice(0, lastLine) : cut;
  // An odd number of fences means a code block or <details> is open: close it so the note shows.
  if ((body.match(/^```/gm) ?? []).length % 2 === 1) body += '\n```';
  const open = (body.match(/<details>/g) ?? []).length - (body.match(/<\/details>/g) ?? []).length;
  body += '\n</details>'.repeat(Math.min(20, Math.max(0, open)));
  return `${head}${body}${note}`;
}
