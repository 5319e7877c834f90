import { type ParseArgsConfig, parseArgs } from 'node:util';
import { InputError } from '../core/errors.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util parseArgs, with its errors turned into InputError followed by the command's `usage` line. */
export function parseCommandArgs<T extends Options>(args: string[], options: T, usage: string) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new InputError(`${message}\nUsage: ${usage}`);
  }
}

/** A positive integer option, or an InputError naming the option, the value and what is allowed. */
export function positiveInt(option: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) {
    throw new InputError(`--${option} must be a positive whole number, got '${value}'.`);
  }
  return n;
}
