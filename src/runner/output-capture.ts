import { concatBytes } from '../ingest/concat-bytes.js';

/** Bytes of a command's output kept for reading its printed metrics: 64 MiB. */
export const DEFAULT_CAPTURE_BYTES = 64 * 1024 * 1024;

const NEWLINE = 0x0a;

/**
 * Keeps a command's stdout and stderr as they were written, bytes untouched (`\r` redraws
 * and long lines included), merged line by line in arrival order: a line is added once its
 * `\n` arrives on its own stream, so two streams never cut into each other's lines. At most
 * `capBytes` are kept; the rest is counted in `droppedBytes`.
 */
export class OutputCapture {
  private readonly parts: Uint8Array[] = [];
  private readonly carry = new Map<string, Uint8Array[]>();
  private kept = 0;
  dropped = 0;

  constructor(private readonly capBytes: number = DEFAULT_CAPTURE_BYTES) {}

  write(stream: string, chunk: Uint8Array): void {
    const last = chunk.lastIndexOf(NEWLINE);
    const held = this.carry.get(stream) ?? [];
    if (last === -1) {
      held.push(Uint8Array.from(chunk));
      this.carry.set(stream, held);
      return;
    }
    for (const h of held) this.keep(h);
    this.keep(chunk.subarray(0, last + 1));
    this.carry.set(stream, last + 1 < chunk.length ? [Uint8Array.from(chunk.subarray(last + 1))] : []);
  }

  /** Adds the unfinished last lines, each with a newline. */
  end(): void {
    for (const held of this.carry.values()) {
      if (held.length === 0) continue;
      for (const h of held) this.keep(h);
      this.keep(Uint8Array.of(NEWLINE));
    }
    this.carry.clear();
  }

  /** Everything kept, in order. */
  bytes(): Uint8Array {
    return concatBytes(this.parts);
  }

  private keep(bytes: Uint8Array): void {
    const room = this.capBytes - this.kept;
    if (bytes.length <= room) {
      this.parts.push(Uint8Array.from(bytes));
      this.kept += bytes.length;
      return;
    }
    // cut at the last newline that fits, so no half line is read
    const cut = room > 0 ? bytes.subarray(0, room).lastIndexOf(NEWLINE) + 1 : 0;
    if (cut > 0) {
      this.parts.push(Uint8Array.from(bytes.subarray(0, cut)));
      this.kept += cut;
    }
    this.dropped += bytes.length - cut;
    this.kept = this.capBytes; // nothing more fits, even a short line: the output stays a prefix
  }
}
