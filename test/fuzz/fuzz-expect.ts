import { expect } from 'vitest';
import { InputError } from '../../src/core/errors.js';

/** A case may take this long (ms): a loaded CI machine, a 16 KiB input. */
export const CASE_MS = 5_000;

/** Signs of a bug leaking out: a stack frame, an internal error, a JavaScript error name. */
const LEAK =
  /\n\s+at .+:\d+:\d+|internal error|TypeError|RangeError|ReferenceError|SyntaxError: Unexpected|undefined \(reading/;

/**
 * Runs `fn`, which reads one fuzzed input named `source`: it must return, or throw an InputError
 * whose message names `source` and shows no sign of a bug, within CASE_MS. Returns the value
 * (undefined when it threw the InputError).
 */
export function expectCleanOutcome<T>(source: string, fn: () => T): T | undefined {
  const t0 = performance.now();
  let value: T | undefined;
  try {
    value = fn();
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    expect(error.message).toContain(source);
    expect(error.message).not.toMatch(LEAK);
  }
  expect(performance.now() - t0).toBeLessThan(CASE_MS);
  return value;
}

/** The same for an async reader. */
export async function expectCleanOutcomeAsync<T>(
  source: string,
  fn: () => Promise<T>,
): Promise<T | undefined> {
  const t0 = performance.now();
  let value: T | undefined;
  try {
    value = await fn();
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    expect(error.message).toContain(source);
    expect(error.message).not.toMatch(LEAK);
  }
  expect(performance.now() - t0).toBeLessThan(CASE_MS);
  return value;
}

/** Warnings stay in proportion to the input: at most one a line and 200 characters each, plus a little. */
export function expectBoundedWarnings(warnings: readonly string[], inputBytes: number): void {
  const chars = warnings.reduce((n, w) => n + w.length, 0);
  expect(chars).toBeLessThan(20_000 + 4 * inputBytes);
  for (const w of warnings) expect(w).not.toMatch(LEAK);
}

export { LEAK };
