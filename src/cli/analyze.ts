import { resolve } from 'node:path';
import { analyzeSeries, worstSeverity } from '../core/analyze.js';
import { InputError } from '../core/errors.js';
import { type AnalyzedLog, renderAnalyzeText } from '../render/terminal.js';
import { type LoadedLog, readLogStream, readLogs } from '../runner/read-log.js';
import { parseCommandArgs, positiveInt } from './args.js';
import { type CliIo, EXIT } from './io.js';

const USAGE = 'trainspotter analyze FILE|FOLDER|-... [--json] [--overfit] [--classes N] [--format ID]';
/** The path that names standard input. */
const STDIN = '-';

/** Standard input as a log: its format detected, printed text when nothing else fits. */
async function readStdin(io: CliIo, opts: { format?: string }): Promise<LoadedLog> {
  if (io.stdin === undefined) throw new InputError('analyze -: there is no standard input to read here.');
  return readLogStream('stdin', io.stdin, { ...opts, fallback: 'printed-text' });
}

/**
 * `trainspotter analyze`: judge every loss-like series in log files or folders, or
 * in standard input (`-`: `python train.py | tee train.log | trainspotter analyze -`). Prints a table
 * (or JSON with --json); exit 0 when no verdict fails, 1 when one does.
 */
export async function analyzeCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      json: { type: 'boolean' },
      overfit: { type: 'boolean' },
      classes: { type: 'string' },
      format: { type: 'string' },
    },
    USAGE,
  );
  if (positionals.length === 0) {
    io.stderr(`trainspotter analyze: give at least one log file or folder.\nUsage: ${USAGE}\n`);
    return EXIT.usage;
  }
  const classes = positiveInt('classes', values.classes);
  const logs: AnalyzedLog[] = [];
  if (positionals.filter((p) => p === STDIN).length > 1) {
    io.stderr(`trainspotter analyze: standard input (-) can be read once.\nUsage: ${USAGE}\n`);
    return EXIT.usage;
  }
  for (const path of positionals) {
    const format = values.format ? { format: values.format } : {};
    const loaded =
      path === STDIN ? [await readStdin(io, format)] : await readLogs(resolve(io.cwd, path), format);
    for (const log of loaded) {
      const findings = analyzeSeries(log.series, {
        ...(values.overfit ? { overfit: true } : {}),
        ...(classes === undefined ? {} : { classes }),
      });
      logs.push({ path: log.path, format: log.format, series: log.series, findings, warnings: log.warnings });
    }
  }
  const failed = logs.some((l) => worstSeverity(l.findings) === 'fail');
  if (values.json) {
    const files = logs.map((l) => ({
      path: l.path,
      format: l.format,
      warnings: l.warnings,
      series: l.findings.map((f) => ({
        name: f.series,
        split: f.split ?? null,
        judge: f.judge,
        verdict: f.verdict,
        severity: f.severity,
        summary: f.summary,
        evidence: f.evidence,
        causes: f.causes,
      })),
    }));
    io.stdout(`${JSON.stringify({ files }, null, 2)}\n`);
  } else {
    io.stdout(renderAnalyzeText(logs));
  }
  return failed ? EXIT.failed : EXIT.ok;
}
