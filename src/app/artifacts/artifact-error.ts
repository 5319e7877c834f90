import { InputError } from '../../core/errors.js';

/**
 * An artifact that cannot be used. Given (artifact, problem, fix), the message reads
 * `artifact NAME: what is wrong, with the value; the fix`, NAME clipped and stripped of control
 * characters; given one string, that is the whole message.
 */
export class ArtifactError extends InputError {
  constructor(message: string);
  constructor(artifact: string, problem: string, fix: string);
  constructor(first: string, problem?: string, fix?: string) {
    super(problem === undefined ? first : `artifact ${safeText(first)}: ${problem}; ${fix ?? ''}`);
    // InputError types `name` as the literal 'InputError', so a class field cannot override it.
    Object.defineProperty(this, 'name', { value: 'ArtifactError' });
  }
}

/**
 * A name from a hostile zip made fit for a log line or a PR comment: control and format characters
 * (newlines, bidi overrides) become `?`, and it is clipped to `max` characters.
 */
export function safeText(text: string, max = 100): string {
  const chars = [...text.replace(/[\p{Cc}\p{Cf}]/gu, '?')];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max).join('')}…`;
}

/** The message of anything thrown. */
export function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** A multi-line message kept readable: its first 11 lines, each made safe (a hostile report may have thousands). */
export function safeLines(message: string): string {
  const lines = message.split('\n');
  const kept = lines.slice(0, 11).map((line) => safeText(line, 300));
  return lines.length > kept.length
    ? `${kept.join('\n')}\n  … ${lines.length - kept.length} more`
    : kept.join('\n');
}
