import { StringDecoder } from 'node:string_decoder';

/** Longest line handed on, in characters; the rest of a longer line is dropped and counted. */
export const DEFAULT_MAX_LINE_LENGTH = 4096;

/**
 * Splits a byte stream into lines in bounded memory. `\n`, `\r\n` and a lone `\r` all end a
 * line (tqdm redraws its bar with `\r`, and each redraw is worth seeing live). A UTF-8
 * character cut between two chunks is kept whole. A line longer than `maxLength` characters
 * is cut there and marked with how much was dropped, so a program that prints gigabytes
 * without a newline costs at most `maxLength` characters here.
 */
export class LineSplitter {
  private readonly decoder = new StringDecoder('utf8');
  private partial = '';
  private dropped = 0;
  private lastWasCr = false;

  constructor(
    private readonly onLine: (line: string) => void,
    private readonly maxLength = DEFAULT_MAX_LINE_LENGTH,
  ) {}

  write(chunk: Buffer | string): void {
    this.consume(typeof chunk === 'string' ? chunk : this.decoder.write(chunk));
  }

  /** Flushes a last line that had no newline. */
  end(): void {
    this.consume(this.decoder.end());
    if (this.partial.length > 0 || this.dropped > 0) this.emit();
  }

  private consume(text: string): void {
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      const skipLf =
        c === 10 && this.lastWasCr && i === start && this.partial.length === 0 && this.dropped === 0;
      this.lastWasCr = c === 13;
      if (skipLf) {
        // The \n of a \r\n whose \r already ended the line.
        start = i + 1;
        continue;
      }
      this.append(text, start, i);
      this.emit();
      start = i + 1;
    }
    if (start < text.length) {
      this.lastWasCr = false;
      this.append(text, start, text.length);
    }
  }

  private append(text: string, from: number, to: number): void {
    const room = this.maxLength - this.partial.length;
    const take = Math.min(room, to - from);
    if (take > 0) this.partial += text.slice(from, from + take);
    this.dropped += to - from - Math.max(take, 0);
  }

  private emit(): void {
    const line = this.dropped > 0 ? `${this.partial} … [${this.dropped} more characters]` : this.partial;
    this.partial = '';
    this.dropped = 0;
    this.onLine(line);
  }
}
