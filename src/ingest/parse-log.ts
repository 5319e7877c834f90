import type { ParsedLog } from '../core/series.js';
import { detectFormat, formatById, HEAD_BYTES } from './detect.js';
import type { LogFormat } from './format.js';
import { LOG_FORMATS } from './formats.js';

export interface ParseLogOptions {
  /** A format id to use instead of detecting one. */
  readonly format?: string;
  readonly formats?: readonly LogFormat[];
  /** Feed the parser this many bytes at a time (tests use small chunks to cut lines anywhere). */
  readonly chunkBytes?: number;
}

/**
 * Parses a whole log held in memory (an uploaded artifact, a test fixture): detects its format
 * from `fileName` and the first 64 KiB unless `opts.format` names one. Throws InputError on
 * bad input, naming `fileName`.
 */
export function parseLog(fileName: string, bytes: Uint8Array, opts: ParseLogOptions = {}): ParsedLog {
  const formats = opts.formats ?? LOG_FORMATS;
  const format =
    opts.format !== undefined
      ? formatById(opts.format, formats)
      : detectFormat(fileName, bytes.subarray(0, HEAD_BYTES), formats);
  const parser = format.create(fileName);
  const step = opts.chunkBytes ?? 1024 * 1024;
  for (let at = 0; at < bytes.length; at += step) parser.write(bytes.subarray(at, at + step));
  return parser.end();
}
