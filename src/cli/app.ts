import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { startAppServer } from '../app/server.js';
import { parseCommandArgs } from './args.js';
import { type CliIo, EXIT } from './io.js';

const USAGE = 'trainspotter app [--port N] [--host ADDRESS]';

/** The environment with a `.env` file of the working folder under it (Probot's convention; the environment wins). */
function withDotEnv(io: CliIo): NodeJS.ProcessEnv {
  const file = join(io.cwd, '.env');
  if (!existsSync(file)) return io.env;
  return { ...parseEnv(readFileSync(file, 'utf8')), ...io.env };
}

/**
 * `trainspotter app`: serves the GitHub App until SIGINT or SIGTERM, then closes the server and
 * the store. Settings come from the environment (and `.env`): APP_ID, PRIVATE_KEY or
 * PRIVATE_KEY_PATH, WEBHOOK_SECRET, PORT, HOST, DATABASE_URL or TRAINSPOTTER_DB.
 */
export async function appCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs(args, { port: { type: 'string' }, host: { type: 'string' } }, USAGE);
  const env = {
    ...withDotEnv(io),
    ...(values.port === undefined ? {} : { PORT: values.port }),
    ...(values.host === undefined ? {} : { HOST: values.host }),
  };
  const server = await startAppServer(env);
  io.stdout(
    `trainspotter app: listening on ${server.url}, webhooks at ${server.webhookPath}, store ${server.store.engine}.\n`,
  );
  const signal = await new Promise<string>((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
  await server.close();
  io.stdout(`trainspotter app: ${signal}, stopped.\n`);
  return EXIT.ok;
}
