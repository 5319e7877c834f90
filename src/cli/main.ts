import { InputError } from '../core/errors.js';
import { VERSION } from '../core/version.js';
import { escapeControl } from '../render/escape.js';
import { type CliIo, EXIT } from './io.js';

const USAGE = `trainspotter — catch the invisible bugs of deep-learning code

Usage:
  trainspotter analyze FILE|FOLDER|-... [--json] [--overfit] [--classes N] [--format ID]
  trainspotter run [--config FILE] [--check NAME]... [--seed N] [--out DIR] [--no-gpu]
  trainspotter demo [--bug NAME] [--seed N] [--out DIR]
  trainspotter compare PR_REPORT... --reference BASE_REPORT...|FILE [--config FILE] [--json]
  trainspotter app [--port N] [--host ADDRESS]   (the GitHub App; see README.md)
  trainspotter --help | --version

Exit status: 0 nothing failed, 1 a verdict or gate failed, 2 bad usage or unreadable input.
`;

type Command = (args: string[], io: CliIo) => Promise<number>;

// Each command is imported when it is called, so `--version` or `analyze` never loads the app's
// Probot, the demo's TensorFlow.js or the store drivers (the bundle splits along these imports).
const COMMANDS: Record<string, () => Promise<Command>> = {
  analyze: async () => (await import('./analyze.js')).analyzeCommand,
  run: async () => (await import('./run.js')).runCommandLine,
  compare: async () => (await import('./compare.js')).compareCommand,
  demo: async () => (await import('./demo.js')).demoCommand,
  app: async () => (await import('./app.js')).appCommand,
};

/** Runs one CLI invocation and returns its exit status; the only place errors become statuses. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(USAGE);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version') {
    io.stdout(`${VERSION}\n`);
    return EXIT.ok;
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!load) {
    io.stderr(
      `trainspotter: unknown command '${escapeControl(name)}'. Expected one of: ${Object.keys(COMMANDS).join(', ')}.\n\n${USAGE}`,
    );
    return EXIT.usage;
  }
  try {
    const command = await load();
    return await command(rest, io);
  } catch (error) {
    if (error instanceof InputError) {
      // Messages quote paths, log lines and names: none may steer the terminal.
      io.stderr(`trainspotter ${name}: ${error.message.split('\n').map(escapeControl).join('\n')}\n`);
      return EXIT.usage;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr(`trainspotter ${name}: internal error (a bug in trainspotter, please report it):\n${detail}\n`);
    return EXIT.usage;
  }
}
