import * as core from '@actions/core';
import { InputError } from '../core/errors.js';
import { runAction } from './run-action.js';

/**
 * The GitHub Action's entry: runs it and is the one place an error becomes a failed job
 * (an InputError with its message and a summary saying so; anything else as a bug).
 */
export async function run(env: Readonly<Record<string, string | undefined>> = process.env): Promise<void> {
  try {
    await runAction(env, (text) => process.stdout.write(text));
  } catch (error) {
    const message =
      error instanceof InputError
        ? error.message
        : `internal error (a bug in trainspotter, please report it): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
    core.setOutput('status', 'error');
    if (env.GITHUB_STEP_SUMMARY) {
      // Best effort: the failure below must be set even when the summary cannot be written.
      await core.summary
        .addRaw('## trainspotter: 💥 error\n\n')
        .addCodeBlock(message)
        .addRaw('\n')
        .write()
        .catch(() => undefined);
    }
    core.setFailed(`trainspotter: ${message}`);
  }
}
