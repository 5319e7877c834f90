import type { ParsedLog } from '../core/series.js';
import type { AsciiCheck, AsciiText } from './ascii-bytes.js';

/**
 * A parser that is fed a file's bytes in order, chunk by chunk, so a log of any size is read
 * in bounded memory. `end` returns the series, or throws InputError naming the source,
 * the line or byte offset, and what was expected.
 */
export interface IncrementalParser {
  write(chunk: Uint8Array): void;
  end(): ParsedLog;
}

export interface ParserOptions {
  readonly run?: string;
  /** How the byte fast paths make strings of ASCII bytes; portableAsciiText unless the shell has a faster one. */
  readonly asciiText?: AsciiText;
  /** How the byte fast paths find a block to be ASCII; isAscii unless the shell has a faster one. */
  readonly isAscii?: AsciiCheck;
}

/** One log format that lives in a single file. */
export interface LogFormat {
  /** Stable id written into reports, e.g. `jsonl`, `lightning-csv`. */
  readonly id: string;
  /** A few words for error messages and the README, e.g. "PyTorch Lightning CSVLogger metrics.csv". */
  readonly description: string;
  /**
   * How strongly the file looks like this format, from its base name and its first bytes
   * (at most 64 KiB): 0 means "not this format"; the highest score wins.
   */
  sniff(fileName: string, head: Uint8Array): number;
  /**
   * The highest score `sniff` ever returns, when it is below 1: detection does not ask a format
   * whose best cannot beat the score it already has (printed text's sniff tokenizes the whole head).
   */
  readonly maxScore?: number;
  /**
   * A fresh parser; `source` is the path used in messages. `options.run` labels every series
   * (the shell passes the subfolder a log was found in); formats that name runs themselves ignore it.
   */
  create(source: string, options?: ParserOptions): IncrementalParser;
}
