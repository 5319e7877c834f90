import { expect } from 'vitest';
import type { ParsedLog } from '../../src/core/series.js';
import type { IncrementalParser } from '../../src/ingest/format.js';

/** Feeds `bytes` to the parser `chunk` bytes at a time: the log it reads, or the message it throws. */
export function parseOrMessage(
  parser: IncrementalParser,
  bytes: Uint8Array,
  chunk: number,
): ParsedLog | string {
  try {
    for (let at = 0; at < bytes.length; at += chunk) parser.write(bytes.subarray(at, at + chunk));
    return parser.end();
  } catch (error) {
    return (error as Error).message;
  }
}

/** The log with every number spelled out, so -0 differs from 0 and NaN equals NaN. */
export function exactLog(log: ParsedLog | string): unknown {
  if (typeof log === 'string') return log;
  const spell = (a: ArrayLike<number> | undefined) =>
    a ? Array.from(a, (v) => (Object.is(v, -0) ? '-0' : String(v))) : a;
  return {
    warnings: log.warnings,
    series: log.series.map((s) => ({
      name: s.name,
      split: s.split,
      metric: s.metric,
      steps: spell(s.steps),
      values: spell(s.values),
      epochs: spell(s.epochs),
      wallTimes: spell(s.wallTimes),
    })),
  };
}

/**
 * Expects a reader's fast path to read `bytes` exactly as its slow path does (same series, same
 * doubles, same warnings, same error), whole and cut into each of `chunks` bytes.
 */
export function expectFastAsSlow(
  create: (fast: boolean) => IncrementalParser,
  bytes: Uint8Array,
  chunks: readonly number[],
): void {
  const slow = exactLog(parseOrMessage(create(false), bytes, bytes.length || 1));
  for (const chunk of [bytes.length || 1, ...chunks]) {
    expect(exactLog(parseOrMessage(create(true), bytes, chunk))).toEqual(slow);
  }
}
