import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type { CheckName, ConfigError } from '../core/config.js';
import { parseConfig } from '../core/parse-config.js';
import type { Report } from '../core/report.js';
import { findConfig } from './find-config.js';
import { loadOnce } from './load-once.js';
import { runChecks } from './run-checks.js';
import type { CommandRunner } from './run-command.js';

export interface RunTrainspotterOptions {
  /** Where the config is looked for and relative paths (`config`, `out`) start. */
  readonly cwd: string;
  /** An explicit config path; default the first of CONFIG_LOCATIONS under `cwd`. */
  readonly config?: string;
  readonly only?: readonly CheckName[];
  /** TRAINSPOTTER_SEED; default the config's `seed`. */
  readonly seed?: number;
  /** The output folder; default `.trainspotter/seed-<seed>` under `cwd`. */
  readonly out?: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly gpu: boolean;
  readonly version: string;
  /** report.md from the report (a renderer: the runner does not render); may load itself first. */
  readonly renderMarkdown: (report: Report) => string | Promise<string>;
  /** Each line of the commands' output and progress, prefixed `[check] `. */
  readonly onLine: (line: string) => void;
  /** Called before and after each check (its reproducibility repeat included), e.g. to group its log lines. */
  readonly onCheckStart?: (name: CheckName) => void;
  readonly onCheckEnd?: (name: CheckName) => void;
  /**
   * Called once, when the first command has started (or, when none runs, once the checks are done):
   * the moment to load what is needed after the checks, so it loads while they run (a load before
   * the command would delay its start).
   */
  readonly onCommandStarted?: () => void;
  /** Milliseconds since the epoch; passed in so the run's clock is the shell's. */
  readonly now?: () => number;
  /** The process runner; default runCommand, a fake (fakeCommandRunner) in tests. */
  readonly runner?: CommandRunner;
}

export type RunTrainspotterResult =
  | {
      readonly ok: false;
      /** The config file's absolute path, and as named in messages (relative to `cwd`). */
      readonly configPath: string;
      readonly configSource: string;
      readonly errors: readonly ConfigError[];
    }
  | {
      readonly ok: true;
      readonly configPath: string;
      readonly configSource: string;
      readonly report: Report;
      readonly markdown: string;
      readonly paths: { readonly json: string; readonly markdown: string };
    };

/**
 * Finds and validates the config, runs its checks one after another, judges them, builds the
 * report and writes report.json and report.md into the output folder. A config that does not
 * validate is a value (every error, located); a missing config or an unknown check throws InputError.
 */
export async function runTrainspotter(opts: RunTrainspotterOptions): Promise<RunTrainspotterResult> {
  const now = opts.now ?? Date.now;
  const found = await findConfig(opts.cwd, opts.config);
  const configSource = relative(opts.cwd, found.path) || found.path;
  const parsed = parseConfig(await readFile(found.path, 'utf8'), configSource);
  if (!parsed.ok) return { ok: false, configPath: found.path, configSource, errors: parsed.errors };
  const config = parsed.config;
  // The judges and the report's statistics load while the checks run, off the start-up path:
  // from the moment the first command has started (before it, they would delay it).
  // The report's schema (with the statistics its parts import) loads with them.
  const loadJudges = loadOnce(() =>
    Promise.all([
      import('../core/judge-check.js'),
      import('../core/build-report.js'),
      import('../core/report.js'),
    ]),
  );
  const seed = opts.seed ?? config.seed;
  const outRoot = resolve(opts.cwd, opts.out ?? join('.trainspotter', `seed-${seed}`));
  const started = now();
  const observations = await runChecks({
    config,
    projectDir: found.projectDir,
    outRoot,
    seed,
    ...(opts.only ? { only: opts.only } : {}),
    onLine: opts.onLine,
    env: opts.env,
    gpu: opts.gpu,
    ...(opts.runner ? { runner: opts.runner } : {}),
    ...(opts.onCheckStart ? { onCheckStart: opts.onCheckStart } : {}),
    ...(opts.onCheckEnd ? { onCheckEnd: opts.onCheckEnd } : {}),
    onCommandStarted: () => {
      loadJudges();
      opts.onCommandStarted?.();
    },
  });
  const [{ judgeCheck }, { buildReport }, { checkBuiltReport }] = await loadJudges();
  const judged = observations.map((o) => judgeCheck(o, config));
  const { GITHUB_SHA: sha, GITHUB_REF: ref } = opts.env;
  const report = checkBuiltReport(
    buildReport(judged, config, {
      seed,
      startedAt: new Date(started).toISOString(),
      durationMs: now() - started,
      trainspotterVersion: opts.version,
      configPath: configSource,
      ...(sha ? { git: { sha, ...(ref ? { ref } : {}) } } : {}),
    }),
    'the report just built',
  );
  await mkdir(outRoot, { recursive: true });
  const paths = { json: join(outRoot, 'report.json'), markdown: join(outRoot, 'report.md') };
  const markdown = await opts.renderMarkdown(report);
  await writeFile(paths.json, `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(paths.markdown, markdown);
  return { ok: true, configPath: found.path, configSource, report, markdown, paths };
}
