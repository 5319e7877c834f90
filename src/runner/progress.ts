import { open, stat } from 'node:fs/promises';
import { LineSplitter } from './line-splitter.js';
import { type ProgressPoint, parseProgressLine } from './progress-line.js';

export interface WatchProgressOptions {
  /** The metrics file the command writes, usually `$TRAINSPOTTER_OUT/metrics.jsonl`. It may not exist yet. */
  readonly file: string;
  /** Called with the newest point whenever it changed since the last poll. */
  readonly onProgress: (point: ProgressPoint) => void;
  /** Poll period in ms. Default 500. */
  readonly intervalMs?: number;
}

export interface ProgressWatcher {
  /** Reads what was written since the last poll, stops, and returns the newest point seen. */
  stop(): Promise<ProgressPoint | undefined>;
}

/** Most bytes read in one poll: only the newest record matters, so a burst is read from its end. */
const MAX_READ_BYTES = 256 * 1024;
const MAX_LINE = 64 * 1024;

/**
 * Watches a JSONL metrics file as it grows: polls its size, reads only the new bytes, parses
 * complete lines and reports the newest step and training loss. A partial last line waits for
 * its newline; a file that does not exist yet, shrinks, or is replaced is handled. Never throws.
 */
export function watchProgress(options: WatchProgressOptions): ProgressWatcher {
  const intervalMs = options.intervalMs ?? 500;
  let offset = 0;
  let inode: number | undefined;
  let records = 0;
  let newest: ProgressPoint | undefined;
  let reported: ProgressPoint | undefined;
  let skipFirstLine = false;
  const onLine = (line: string): void => {
    if (skipFirstLine) {
      skipFirstLine = false;
      return;
    }
    const point = parseProgressLine(line, records + 1);
    if (point) {
      records++;
      newest = point;
    }
  };
  let splitter = new LineSplitter(onLine, MAX_LINE);

  const poll = async (): Promise<void> => {
    try {
      const info = await stat(options.file);
      if (info.ino !== inode || info.size < offset) {
        // Replaced or truncated: start again from its beginning.
        inode = info.ino;
        offset = 0;
        splitter = new LineSplitter(onLine, MAX_LINE);
      }
      if (info.size <= offset) return;
      let from = offset;
      if (info.size - offset > MAX_READ_BYTES) {
        from = info.size - MAX_READ_BYTES;
        splitter = new LineSplitter(onLine, MAX_LINE);
        skipFirstLine = true;
      }
      const handle = await open(options.file, 'r');
      try {
        const buffer = Buffer.alloc(info.size - from);
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, from);
        offset = from + bytesRead;
        splitter.write(buffer.subarray(0, bytesRead));
      } finally {
        await handle.close();
      }
    } catch {
      // Not there yet, or gone between stat and open: try again next time.
      return;
    }
    if (newest !== undefined && newest !== reported) {
      reported = newest;
      options.onProgress(newest);
    }
  };

  let running: Promise<void> | undefined;
  const timer = setInterval(() => {
    // A slow disk must not pile polls up.
    running ??= poll().finally(() => {
      running = undefined;
    });
  }, intervalMs);
  return {
    async stop() {
      clearInterval(timer);
      await running;
      await poll();
      return newest;
    },
  };
}
