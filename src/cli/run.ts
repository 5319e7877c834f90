import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { buildReport } from '../core/build-report.js';
import { CHECK_NAMES, type CheckName } from '../core/config.js';
import { InputError } from '../core/errors.js';
import { judgeCheck } from '../core/judge-check.js';
import { parseConfig } from '../core/parse-config.js';
import { validateReport } from '../core/report.js';
import { renderReportMarkdown } from '../render/report-md.js';
import { renderRunText } from '../render/terminal.js';
import { findConfig } from '../runner/find-config.js';
import { runChecks } from '../runner/run-checks.js';
import { parseCommandArgs } from './args.js';
import { type CliIo, EXIT } from './io.js';
import { VERSION } from './version.js';

const USAGE =
  'trainspotter run [--config FILE] [--check smoke|overfit|eval]... [--seed N] [--out DIR] [--no-gpu]';

function parseSeed(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0)
    throw new InputError(`--seed must be a whole number ≥ 0, got '${value}'.`);
  return n;
}

function parseChecks(values: string[] | undefined): CheckName[] | undefined {
  if (!values || values.length === 0) return undefined;
  const names = values.flatMap((v) => v.split(',')).map((v) => v.trim());
  for (const name of names) {
    if (!(CHECK_NAMES as readonly string[]).includes(name)) {
      throw new InputError(`--check ${name}: unknown check; expected one of ${CHECK_NAMES.join(', ')}.`);
    }
  }
  return names as CheckName[];
}

/**
 * `trainspotter run`: runs the repository's checks from trainspotter.yml, judges them, compares
 * with the known result, writes report.json and report.md. Exit 0 pass or warn, 1 a gate failed,
 * 2 bad usage, config or input (including a check that could not be judged).
 */
export async function runCommandLine(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'run',
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
  const found = await findConfig(io.cwd, values.config);
  const parsed = parseConfig(await readFile(found.path, 'utf8'), relative(io.cwd, found.path) || found.path);
  if (!parsed.ok) {
    io.stderr(
      `trainspotter run: ${parsed.errors.length} problem${parsed.errors.length === 1 ? '' : 's'} in ${found.path}:\n`,
    );
    for (const e of parsed.errors) io.stderr(`  - ${e.message}\n`);
    return EXIT.usage;
  }
  const config = parsed.config;
  const seed = parseSeed(values.seed, config.seed);
  const outRoot = resolve(io.cwd, values.out ?? join('.trainspotter', `seed-${seed}`));
  const started = Date.now();
  const observations = await runChecks({
    config,
    projectDir: found.projectDir,
    outRoot,
    seed,
    ...(only ? { only } : {}),
    onLine: (line) => io.stdout(`${line}\n`),
    env: io.env,
    gpu: values['no-gpu'] !== true,
  });
  const judged = observations.map((o) => judgeCheck(o, config));
  const report = validateReport(
    buildReport(judged, config, {
      seed,
      startedAt: new Date(started).toISOString(),
      durationMs: Date.now() - started,
      trainspotterVersion: VERSION,
      configPath: relative(io.cwd, found.path) || found.path,
      ...(io.env.GITHUB_SHA
        ? { git: { sha: io.env.GITHUB_SHA, ...(io.env.GITHUB_REF ? { ref: io.env.GITHUB_REF } : {}) } }
        : {}),
    }),
    'the report just built',
  );
  await mkdir(outRoot, { recursive: true });
  const paths = { json: join(outRoot, 'report.json'), markdown: join(outRoot, 'report.md') };
  await writeFile(paths.json, `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(paths.markdown, renderReportMarkdown(report));
  io.stdout(
    renderRunText(report, { json: relative(io.cwd, paths.json), markdown: relative(io.cwd, paths.markdown) }),
  );
  return report.status === 'fail' ? EXIT.failed : report.status === 'error' ? EXIT.usage : EXIT.ok;
}
