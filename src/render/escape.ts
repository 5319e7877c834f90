/**
 * Escapes a user-controlled string (a series name, a log line, a command) for a Markdown table
 * cell or running text on GitHub: no HTML, no @mentions or #references that notify people,
 * no broken tables, no line breaks, no emphasis or links sneaking in.
 */
export function escapeMarkdown(text: string, maxLength = 200): string {
  const clipped = text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
  return (
    clipped
      .replace(/[\r\n\t]+/g, ' ')
      // Only what can start markup here: code, emphasis, links, tables, HTML, strike, #refs.
      .replace(/([\\`*_[\]#|<>~])/g, '\\$1')
      .replace(/&/g, '&amp;')
      .replace(/@/g, '@\u200b')
  );
}

/** A fenced code block that no backtick run inside `text` can close early; text stays verbatim. */
export function codeBlock(text: string, lang = ''): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${lang}\n${text.replace(/\r/g, '')}\n${fence}`;
}

export { fmtNum } from './format-number.js';
