import { InputError } from '../core/errors.js';
import type { CliIo } from './io.js';

/** `trainspotter analyze FILE...`: judge the curves in log files. */
export async function analyzeCommand(args: string[], _io: CliIo): Promise<number> {
  throw new InputError(`analyze is not wired yet (${args.length} arguments)`);
}
