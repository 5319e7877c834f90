import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { compareFinalMetrics, type SeedMetrics } from '../core/build-report.js';
import type { Config } from '../core/config.js';
import { InputError } from '../core/errors.js';
import { parseLenientJson } from '../core/lenient-json.js';
import { parseConfig } from '../core/parse-config.js';
import { validateReport } from '../core/report.js';
import { type FinalGaps, finalTrainValGaps } from '../core/train-val-gap.js';
import { renderComparisonText } from '../render/terminal.js';
import { findConfig } from '../runner/find-config.js';
import { parseCommandArgs } from './args.js';
import { type CliIo, EXIT } from './io.js';

const USAGE = 'trainspotter compare PR_REPORT... --reference BASE_REPORT...|FILE [--config FILE] [--json]';

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new InputError(
      `${path}: cannot be read (${(error as Error).message}). Give the path of a report.json.`,
    );
  }
}

async function loadConfig(path: string): Promise<Config> {
  const parsed = parseConfig(await readText(path), path);
  if (!parsed.ok) throw new InputError(parsed.errors.map((e) => e.message).join('\n'));
  return parsed.config;
}

/** The defaults of every setting, for comparing saved reports without a trainspotter.yml. */
function defaultConfig(): Config {
  const parsed = parseConfig('checks:\n  smoke:\n    run: "true"\n', 'defaults');
  if (!parsed.ok) throw new InputError('internal: default config invalid');
  return parsed.config;
}

async function seedsOf(
  paths: readonly string[],
  cwd: string,
): Promise<{ metrics: SeedMetrics; labels: string[]; gaps: FinalGaps[] }> {
  const out = [];
  const labels: string[] = [];
  const gaps: FinalGaps[] = [];
  for (const p of paths) {
    const path = resolve(cwd, p);
    const json = parseLenientJson(await readText(path));
    if (!json.ok) {
      throw new InputError(
        `${path} line ${json.line}, column ${json.column}: ${json.problem}; expected a report.json.`,
      );
    }
    const report = validateReport(json.value, path);
    out.push(report.finalMetrics);
    labels.push(String(report.run.seed));
    gaps.push(finalTrainValGaps(report));
  }
  return { metrics: out, labels, gaps };
}

/**
 * `trainspotter compare`: compares the final metrics of saved PR reports (one per seed) with
 * saved base reports, or with the known result of a trainspotter.yml given as --reference.
 * Welch's non-inferiority test per metric, Holm across metrics. Exit 1 when a metric regressed.
 */
export async function compareCommand(args: string[], io: CliIo): Promise<number> {
  // `--reference A B C`: every argument after --reference up to the next option is a reference.
  const at = args.indexOf('--reference');
  let end = at + 1;
  while (at >= 0 && end < args.length && !(args[end] as string).startsWith('--')) end++;
  const references = at >= 0 ? args.slice(at + 1, end) : [];
  const rest = at >= 0 ? [...args.slice(0, at), ...args.slice(end)] : args;
  const { values, positionals } = parseCommandArgs(
    rest,
    { config: { type: 'string' }, json: { type: 'boolean' } },
    USAGE,
  );
  if (positionals.length === 0 || references.length === 0) {
    io.stderr(`trainspotter compare: give PR reports and --reference.\nUsage: ${USAGE}\n`);
    return EXIT.usage;
  }
  const pr = await seedsOf(positionals, io.cwd);
  const refs = references.map((r) => resolve(io.cwd, r));
  const first = refs[0] as string;
  const isReport = refs.length > 1 || first.endsWith('.json');
  let config: Config;
  let base: Awaited<ReturnType<typeof seedsOf>> | undefined;
  if (isReport) {
    base = await seedsOf(refs, io.cwd);
    const found = values.config
      ? await findConfig(io.cwd, values.config)
      : await findConfig(io.cwd).catch(() => undefined);
    config = found ? await loadConfig(found.path) : defaultConfig();
  } else {
    config = await loadConfig(first);
    if (!config.reference) {
      throw new InputError(
        `${first} has no \`reference\` section; give saved base reports or a trainspotter.yml with one.`,
      );
    }
  }
  const comparison = compareFinalMetrics(pr.metrics, config, base?.metrics, {
    prLabels: pr.labels,
    ...(base ? { trainValGaps: { pr: pr.gaps, base: base.gaps } } : {}),
  });
  if (!comparison || (comparison.results.length === 0 && comparison.missing.length === 0)) {
    throw new InputError('no metric to compare: the reports share no final metric with a known direction.');
  }
  io.stdout(values.json ? `${JSON.stringify(comparison, null, 2)}\n` : renderComparisonText(comparison));
  return comparison.status === 'fail' ? EXIT.failed : EXIT.ok;
}
