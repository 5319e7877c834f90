// `npm run bench`: reads and judges 1,000,000 points in each log format and prints points/s and
// peak RSS, next to pandas read_csv + a numpy trend fit on the same CSVs (Debian's python3-pandas).
// Each measurement runs in a fresh process (the worker is bundled first, so no TypeScript loader
// is measured). Target (issue 2): the JSONL in under 1.5 s with peak RSS under 300 MB; (issue 12)
// a million printed lines in at most twice the time of the same points as CSV.
// Run: npm run bench [-- POINTS]
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { scalarEventFileChunks } from '../test/helpers/tfevents-writer.js';
import { GENERATORS } from './make-logs.js';

const points = Number(process.argv[2] ?? 1_000_000);
const dir = mkdtempSync(join(tmpdir(), 'trainspotter-bench-'));
const PYTHON = '/usr/bin/python3';

interface Measurement {
  points: number;
  seconds: number;
  cpuSeconds?: number;
  peakRssMB: number;
}

function runJson(command: string, args: string[]): Measurement | string {
  const child = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (child.status !== 0)
    return (child.stderr || child.error?.message || 'failed').trim().split('\n').slice(-1)[0] ?? '';
  return JSON.parse(child.stdout.trim().split('\n').slice(-1)[0] as string) as Measurement;
}

function row(name: string, file: string, m: Measurement | string): string {
  const size = `${(statSync(file).size / 2 ** 20).toFixed(0)} MB`;
  if (typeof m === 'string') return `| ${name} | ${size} | – | – | – | – | ${m} |`;
  const rate = Math.round(m.points / m.seconds).toLocaleString('en');
  return `| ${name} | ${size} | ${m.points.toLocaleString('en')} | ${m.seconds.toFixed(2)} s${m.cpuSeconds === undefined ? '' : ` (${m.cpuSeconds.toFixed(2)} s CPU)`} | ${rate} | ${m.peakRssMB.toFixed(0)} MB | |`;
}

try {
  const worker = join(dir, 'worker.mjs');
  await build({
    entryPoints: ['bench/ingest-worker.ts'],
    outfile: worker,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    // CommonJS dependencies (yaml) call require: give the ESM bundle one, as scripts/build.mjs does.
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
  });
  const files: [string, string][] = [];
  for (const [format, gen] of Object.entries(GENERATORS)) {
    const file = join(dir, gen.file);
    await gen.make(file, points);
    files.push([format, file]);
  }
  const tb = join(dir, 'events.out.tfevents.1700000000.bench.1.0');
  const out = createWriteStream(tb);
  for (const chunk of scalarEventFileChunks(points)) if (!out.write(chunk)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
  files.push(['tensorboard', tb]);

  console.log(
    `${points.toLocaleString('en')} points per file; ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), load ${loadavg()[0]?.toFixed(1)}; Node ${process.version}\n`,
  );
  console.log('| reader | file | points | read + judge | points/s | peak RSS | note |');
  console.log('|---|---|---|---|---|---|---|');
  const seconds = new Map<string, number>();
  for (const [format, file] of files) {
    const m = runJson(process.execPath, [worker, file]);
    if (typeof m !== 'string') seconds.set(format, m.seconds);
    console.log(row(`trainspotter ${format}`, file, m));
  }
  for (const [format, file] of files.filter(([f]) => f === 'generic-csv' || f === 'lightning-csv')) {
    const m = runJson(PYTHON, ['bench/pandas_reference.py', file]);
    console.log(
      row(
        `pandas read_csv + numpy polyfit (${format})`,
        file,
        typeof m === 'string' ? `${m} (install python3-pandas)` : m,
      ),
    );
  }
  // issue 12: a million printed lines read and judged in at most twice the time of the same points as CSV
  const printed = seconds.get('printed-text');
  const csv = seconds.get('generic-csv');
  if (printed !== undefined && csv !== undefined) {
    const ratio = printed / csv;
    console.log(
      `\nprinted text: ${ratio.toFixed(2)}× the time of the same points as CSV (target ≤ 2×: ${ratio <= 2 ? 'met' : 'NOT met'})`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
