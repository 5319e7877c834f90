/**
 * Bad input from the user: a log, a config, an argument. The message names the input,
 * the bad value and the fix. Shells turn it into exit status 2 or a failed action.
 */
export class InputError extends Error {
  override readonly name = 'InputError';
}

/** A broken invariant inside trainspotter itself: a bug, never the user's fault. */
export class InternalError extends Error {
  override readonly name = 'InternalError';
  constructor(message: string) {
    super(`internal error (a bug in trainspotter, please report it): ${message}`);
  }
}
