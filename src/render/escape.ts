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

// biome-ignore lint/suspicious/noControlCharactersInRegex: escaping them is the point
const TERMINAL_CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Writes the characters that could steer a terminal as `\uXXXX`: C0 and C1 controls (ESC starts
 * every escape sequence: ESC [2J clears the screen, OSC 8 hides a link), DEL, and the
 * bidirectional overrides and isolates that reorder what is shown. Everything else stays.
 */
export function escapeControl(text: string): string {
  return text.replace(TERMINAL_CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
