import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { InputError } from '../core/errors.js';
import { validateReport } from '../core/report.js';
import { DEMO_BUG_NAMES, DEMO_BUGS, isDemoBug } from '../engines/tfjs/demo/bugs.js';
import { demoModule } from '../engines/tfjs/demo/demo-module.js';
import { DEMO_REFERENCE } from '../engines/tfjs/demo/reference.js';
import { runEngine } from '../engines/tfjs/run-engine.js';
import { loadTf } from '../engines/tfjs/tf.js';
import { renderReportMarkdown } from '../render/report-md.js';
import { sparkline } from '../render/sparkline.js';
import { parseCommandArgs } from './args.js';
import { type CliIo, EXIT } from './io.js';
import { VERSION } from './version.js';

const USAGE = `trainspotter demo [--bug ${DEMO_BUG_NAMES.join('|')}] [--seed N] [--out DIR]`;

const MARK = { pass: '✔', warn: '!', fail: '✘' } as const;

/**
 * `trainspotter demo`: trains the bundled MLP on real MNIST digits in process (TensorFlow.js),
 * optionally with a bug of the gallery injected, runs every check, prints the verdicts and
 * writes report.json and report.md. Exit 0 when nothing failed, 1 when a check caught a bug.
 */
export async function demoCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'demo',
    args,
    { bug: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' } },
    USAGE,
  );
  if (positionals.length > 0)
    throw new InputError(`unexpected argument '${positionals[0]}'.\nUsage: ${USAGE}`);
  const bug = values.bug;
  if (bug !== undefined && !isDemoBug(bug)) {
    throw new InputError(`--bug '${bug}' is not in the gallery; choose one of ${DEMO_BUG_NAMES.join(', ')}.`);
  }
  const seed = values.seed === undefined ? 1 : Number(values.seed);
  if (!Number.isSafeInteger(seed) || seed < 0)
    throw new InputError(`--seed must be a whole number ≥ 0, got '${values.seed}'.`);
  const out = resolve(io.cwd, values.out ?? join('.trainspotter', 'demo'));

  const backend = await loadTf();
  io.stdout(
    `trainspotter demo: an MLP on real MNIST digits (the mnist package), seed ${seed}, ${bug ? `bug ${bug}: ${DEMO_BUGS[bug].what}` : 'no bug injected'}\n`,
  );
  const started = Date.now();
  const result = await runEngine(demoModule(bug), {
    backend,
    seed,
    reference: DEMO_REFERENCE,
    startedAt: new Date(started).toISOString(),
    trainspotterVersion: VERSION,
    onProgress: (line) => io.stdout(`  ${line}\n`),
  });
  const report = validateReport(JSON.parse(JSON.stringify(result.report)), 'the demo report');

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
