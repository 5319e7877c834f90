/** A piece of the input for a message: in backticks, cut to `max` characters. */
export function quote(text: string, max = 60): string {
  const cut = text.length > max ? `${text.slice(0, max)}…` : text;
  return `\`${cut}\`${text.length > max ? ' (truncated)' : ''}`;
}
