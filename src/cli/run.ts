import { relative } from 'node:path';
import { CHECK_NAMES, type CheckName } from '../core/config.js';
import { InputError } from '../core/errors.js';
import { VERSION } from '../core/version.js';
import { escapeControl } from '../render/escape.js';
import { isCheckName } from '../runner/check-order.js';
import { runTrainspotter } from '../runner/run-trainspotter.js';
import { parseCommandArgs } from './args.js';
import { type CliIo, EXIT } from './io.js';

const USAGE = `trainspotter run [--config FILE] [--check ${CHECK_NAMES.join('|')}]... [--seed N] [--out DIR] [--no-gpu]`;

function parseSeed(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0)
    throw new InputError(`--seed must be a whole number ≥ 0, got '${value}'.`);
  return n;
}

function parseChecks(values: string[] | undefined): CheckName[] | undefined {
  if (!values || values.length === 0) return undefined;
  const names = values.flatMap((v) => v.split(',')).map((v) => v.trim());
  const checks: CheckName[] = [];
  for (const name of names) {
    if (!isCheckName(name))
      throw new InputError(`--check ${name}: unknown check; expected one of ${CHECK_NAMES.join(', ')}.`);
    checks.push(name);
  }
  return checks;
}

/**
 * `trainspotter run`: runs the repository's checks from trainspotter.yml, judges them, compares
 * with the known result, writes report.json and report.md. Exit 0 pass or warn, 1 a gate failed,
 * 2 bad usage, config or input (including a check that could not be judged).
 */
export async function runCommandLine(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      config: { type: 'string' },
      check: { type: 'string', multiple: true },
      seed: { type: 'string' },
      out: { type: 'string' },
      'no-gpu': { type: 'boolean' },
    },
    USAGE,
  );
  if (positionals.length > 0)
    throw new InputError(`unexpected argument '${positionals[0]}'.\nUsage: ${USAGE}`);
  const only = parseChecks(values.check);
  const seed = parseSeed(values.seed);
  const result = await runTrainspotter({
    cwd: io.cwd,
    ...(values.config === undefined ? {} : { config: values.config }),
    ...(only ? { only } : {}),
    ...(seed === undefined ? {} : { seed }),
    ...(values.out === undefined ? {} : { out: values.out }),
    env: io.env,
    gpu: values['no-gpu'] !== true,
    version: VERSION,
    // The renderers (and the statistics the report's digest uses) load once the checks have run.
    renderMarkdown: async (report) => (await import('../render/report-md.js')).renderReportMarkdown(report),
    onLine: (line) => io.stdout(`${line}\n`),
  });
  if (!result.ok) {
    const n = result.errors.length;
    io.stderr(`trainspotter run: ${n} problem${n === 1 ? '' : 's'} in ${result.configPath}:\n`);
    for (const e of result.errors) io.stderr(`  - ${escapeControl(e.message)}\n`);
    return EXIT.usage;
  }
  const { report, paths } = result;
  const { renderRunText } = await import('../render/terminal.js');
  io.stdout(
    renderRunText(report, { json: relative(io.cwd, paths.json), markdown: relative(io.cwd, paths.markdown) }),
  );
  return report.status === 'fail' ? EXIT.failed : report.status === 'error' ? EXIT.usage : EXIT.ok;
}
