/** The slash commands a PR comment may carry. */
export const COMMANDS = ['ok-to-test', 'accept', 'rerun'] as const;
export type CommandName = (typeof COMMANDS)[number];

export type ParsedCommand =
  | { readonly kind: 'command'; readonly name: CommandName }
  | { readonly kind: 'unknown'; readonly text: string };

/**
 * The first `/trainspotter <command>` line of a comment body (outside quoted `>` lines), or
 * null when the comment addresses no command to trainspotter. Pure.
 */
export function parseCommand(body: string): ParsedCommand | null {
  for (const raw of body.split(/\r?\n/)) {
    const line = raw.trim();
    const match = /^\/trainspotter(?:\s+(\S+))?/i.exec(line);
    if (!match) continue;
    const word = (match[1] ?? '').toLowerCase();
    const name = COMMANDS.find((c) => c === word);
    return name ? { kind: 'command', name } : { kind: 'unknown', text: word };
  }
  return null;
}
