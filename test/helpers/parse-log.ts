import type { ParsedLog, Series } from '../../src/core/series.js';
import { detectFormat, formatById, HEAD_BYTES } from '../../src/ingest/detect.js';
import type { LogFormat } from '../../src/ingest/format.js';
import { LOG_FORMATS } from '../../src/ingest/formats.js';

/** Parses with `format`, feeding `chunk` bytes at a time so lines and records are cut anywhere. */
export function parseChunked(
  format: LogFormat,
  source: string,
  bytes: Uint8Array | string,
  chunk: number,
): ParsedLog {
  const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  const parser = format.create(source);
  for (let at = 0; at < data.length; at += chunk) parser.write(data.subarray(at, at + chunk));
  return parser.end();
}

/** The series of that name (and run, none by default); throws listing the names there are. */
export function seriesNamed(log: ParsedLog, name: string, run?: string): Series {
  const s = log.series.find((x) => x.name === name && x.run === run);
  if (!s) throw new Error(`no series ${name} ${run ?? ''} in ${log.series.map((x) => x.name).join(', ')}`);
  return s;
}

/**
 * Parses a whole log held in memory as `trainspotter analyze` would: the format detected from
 * `fileName` and the first bytes unless `opts.format` names one, fed `opts.chunkBytes` at a time.
 */
export function parseLog(
  fileName: string,
  bytes: Uint8Array,
  opts: { readonly format?: string; readonly chunkBytes?: number } = {},
): ParsedLog {
  const format =
    opts.format !== undefined
      ? formatById(opts.format, LOG_FORMATS)
      : detectFormat(fileName, bytes.subarray(0, HEAD_BYTES), LOG_FORMATS);
  return parseChunked(format, fileName, bytes, opts.chunkBytes ?? 1024 * 1024);
}
