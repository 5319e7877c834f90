import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { InputError } from '../core/errors.js';
import { checkBuiltReport } from '../core/report.js';
import { VERSION } from '../core/version.js';
import { DEMO_BUG_NAMES, DEMO_BUGS, isDemoBug } from '../engines/tfjs/demo/bugs.js';
import { demoModule } from '../engines/tfjs/demo/demo-module.js';
import { DEMO_REFERENCE } from '../engines/tfjs/demo/reference.js';
import type { TfjsModule } from '../engines/tfjs/module.js';
import { runEngine } from '../engines/tfjs/run-engine.js';
import { loadTf } from '../engines/tfjs/tf.js';
import { renderReportMarkdown } from '../render/report-md.js';
import { sparkline } from '../render/sparkline.js';
import { parseCommandArgs } from './args.js';
import { type CliIo, EXIT } from './io.js';

const USAGE = `trainspotter demo [--bug ${DEMO_BUG_NAMES.join('|')} | --module FILE] [--seed N] [--out DIR]`;

/**
 * A repository's own TF.js module (docs/tfjs-engine.md): an ES module exporting `createModel`
 * and `loadData` (and optionally `compile`). Throws InputError naming the file and what is missing.
 */
async function loadUserModule(path: string): Promise<TfjsModule> {
  let loaded: Record<string, unknown>;
  try {
    loaded = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
  } catch (error) {
    throw new InputError(
      `--module ${path}: cannot be loaded (${(error as Error).message}). Give an ES module (.mjs or .js).`,
    );
  }
  const missing = ['createModel', 'loadData'].filter((name) => typeof loaded[name] !== 'function');
  if (missing.length > 0) {
    throw new InputError(
      `--module ${path}: exports no ${missing.join(' and no ')} function; it must export createModel(tf, {seed}) and loadData(tf, {seed}) (docs/tfjs-engine.md).`,
    );
  }
  return loaded as unknown as TfjsModule;
}

const MARK = { pass: '✔', warn: '!', fail: '✘' } as const;

/**
 * `trainspotter demo`: trains the bundled MLP on real MNIST digits in process (TensorFlow.js),
 * optionally with a bug of the gallery injected, runs every check, prints the verdicts and
 * writes report.json and report.md. Exit 0 when nothing failed, 1 when a check caught a bug.
 */
export async function demoCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      bug: { type: 'string' },
      module: { type: 'string' },
      seed: { type: 'string' },
      out: { type: 'string' },
    },
    USAGE,
  );
  if (positionals.length > 0)
    throw new InputError(`unexpected argument '${positionals[0]}'.\nUsage: ${USAGE}`);
  const bug = values.bug;
  if (bug !== undefined && !isDemoBug(bug)) {
    throw new InputError(`--bug '${bug}' is not in the gallery; choose one of ${DEMO_BUG_NAMES.join(', ')}.`);
  }
  if (bug !== undefined && values.module !== undefined) {
    throw new InputError(
      '--bug injects a bug into the built-in demo model; it cannot be combined with --module.',
    );
  }
  const seed = values.seed === undefined ? 1 : Number(values.seed);
  if (!Number.isSafeInteger(seed) || seed < 0)
    throw new InputError(`--seed must be a whole number ≥ 0, got '${values.seed}'.`);
  const out = resolve(io.cwd, values.out ?? join('.trainspotter', 'demo'));

  const backend = await loadTf();
  const userModule = values.module === undefined ? undefined : resolve(io.cwd, values.module);
  io.stdout(
    userModule
      ? `trainspotter demo: your TF.js module ${relative(io.cwd, userModule) || userModule}, seed ${seed}\n`
      : `trainspotter demo: an MLP on real MNIST digits (the mnist package), seed ${seed}, ${bug ? `bug ${bug}: ${DEMO_BUGS[bug].what}` : 'no bug injected'}\n`,
  );
  const module = userModule ? await loadUserModule(userModule) : demoModule(bug);
  const started = Date.now();
  const result = await runEngine(module, {
    backend,
    seed,
    reference: userModule ? null : DEMO_REFERENCE,
    startedAt: new Date(started).toISOString(),
    trainspotterVersion: VERSION,
    onProgress: (line) => io.stdout(`  ${line}\n`),
  });
  const report = checkBuiltReport(JSON.parse(JSON.stringify(result.report)), 'the demo report');

  io.stdout('\nLoss curves:\n');
  for (const s of result.series.filter((c) => c.metric === 'loss')) {
    io.stdout(`  ${s.name.padEnd(13)} ${sparkline(s.values, 40)}\n`);
  }
  io.stdout('\nVerdicts:\n');
  for (const check of report.checks) {
    for (const f of check.findings) {
      const cause = f.severity === 'pass' || f.causes.length === 0 ? '' : ` — likely: ${f.causes[0]}`;
      io.stdout(
        `  ${MARK[f.severity]} ${f.severity.padEnd(4)} ${check.name.padEnd(7)} ${f.verdict.padEnd(21)} ${f.summary}${cause}\n`,
      );
    }
  }
  for (const r of report.comparison?.results ?? []) {
    const mark = r.outcome === 'regressed' ? MARK.fail : r.outcome === 'inconclusive' ? MARK.warn : MARK.pass;
    io.stdout(`  ${mark} ${r.outcome.padEnd(12)} ${r.metric} vs the known result: ${r.message}\n`);
  }
  io.stdout(
    `\nBackend '${backend.name}' (${backend.package}): ${result.stepsPerSecond.toFixed(1)} steps/s; ${((Date.now() - started) / 1000).toFixed(1)} s in all.\n`,
  );
  await mkdir(out, { recursive: true });
  const json = join(out, 'report.json');
  const markdown = join(out, 'report.md');
  await writeFile(json, `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(markdown, renderReportMarkdown(report));
  io.stdout(`Wrote ${relative(io.cwd, json)} and ${relative(io.cwd, markdown)}.\nStatus: ${report.status}\n`);
  return report.status === 'fail' ? EXIT.failed : EXIT.ok;
}
