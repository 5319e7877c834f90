// `npm run bench`: reads and judges 1,000,000 points in each log format, side by side with what a
// user would otherwise reach for: pandas read_csv + a numpy trend fit (bench/pandas_reference.py,
// Debian's python3-pandas) on the same points written as CSV. Prints one table: format, points,
// our time, pandas' time, the ratio and the peak RSS of each, and the floor (bench/ingest-floor.ts:
// reading the file and looking at each byte once, what no reader can go below). Every measurement is a fresh
// process; times are from the first byte read to the last verdict (neither interpreter's start-up
// counts). The worker is bundled first, so no TypeScript loader is measured.
// Target (issue 17): every ratio at most 0.5, our peak RSS at most 200 MB.
// Each pair is run REPEATS times (default 3), ours and pandas' in turn, and the medians are shown:
// on a shared machine one run of either can be slowed by its neighbours.
// Run: npm run bench [-- POINTS [REPEATS]]
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Series } from '../src/core/series.js';
import { readLogs } from '../src/runner/read-log.js';
import { scalarEventFileChunks } from '../test/helpers/tfevents-writer.js';
import { floorSeconds } from './ingest-floor.js';
import { GENERATORS } from './make-logs.js';

const points = Number(process.argv[2] ?? 1_000_000);
const repeats = Number(process.argv[3] ?? 3);
const dir = mkdtempSync(join(tmpdir(), 'trainspotter-bench-'));
const PYTHON = '/usr/bin/python3';

interface Measurement {
  points: number;
  seconds: number;
  /** CPU seconds of the same span: what the load of a shared machine inflates least. */
  cpuSeconds: number;
  peakRssMB: number;
}

function runJson(command: string, args: string[]): Measurement | string {
  const child = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (child.status !== 0)
    return (child.stderr || child.error?.message || 'failed').trim().split('\n').slice(-1)[0] ?? '';
  return JSON.parse(child.stdout.trim().split('\n').slice(-1)[0] as string) as Measurement;
}

/** Writes the series as one CSV (`step` and a column per series; series with the same steps share rows). */
async function writeSameCsv(path: string, series: readonly Series[]): Promise<void> {
  const groups: Series[][] = [];
  for (const s of series) {
    const g = groups.find((x) => {
      const a = (x[0] as Series).steps;
      return a.length === s.steps.length && a.every((v, i) => v === s.steps[i]);
    });
    if (g) g.push(s);
    else groups.push([s]);
  }
  const columns = series.map((s, i) => `${s.name.replace(/[^\w/]/g, '_')}_${i}`);
  const out = createWriteStream(path);
  out.write(`step,${columns.join(',')}\n`);
  let buffer = '';
  for (const group of groups) {
    const steps = (group[0] as Series).steps;
    const at = group.map((s) => series.indexOf(s));
    for (let i = 0; i < steps.length; i++) {
      const cells = new Array<string>(series.length).fill('');
      for (let j = 0; j < group.length; j++) cells[at[j] as number] = String((group[j] as Series).values[i]);
      buffer += `${steps[i]},${cells.join(',')}\n`;
      if (buffer.length > 1 << 20) {
        if (!out.write(buffer)) await once(out, 'drain');
        buffer = '';
      }
    }
  }
  out.end(buffer);
  await once(out, 'finish');
}

/** The run of median time with the median CPU time and the largest peak RSS of all runs (a failure, when any failed). */
function medianRun(runs: (Measurement | string)[]): Measurement | string {
  const failed = runs.find((m) => typeof m === 'string');
  if (failed !== undefined) return failed;
  const ok = (runs as Measurement[]).slice().sort((a, b) => a.seconds - b.seconds);
  const mid = ok[Math.floor(ok.length / 2)] as Measurement;
  const cpu = ok.map((m) => m.cpuSeconds).sort((a, b) => a - b);
  return {
    ...mid,
    cpuSeconds: cpu[Math.floor(cpu.length / 2)] as number,
    peakRssMB: Math.max(...ok.map((m) => m.peakRssMB)),
  };
}

const seconds = (m: Measurement | string) => (typeof m === 'string' ? m : `${m.seconds.toFixed(3)} s`);
const rss = (m: Measurement | string) => (typeof m === 'string' ? '–' : `${m.peakRssMB.toFixed(0)} MB`);

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
    `${points.toLocaleString('en')} points per format, median of ${repeats} runs each, ${new Date().toISOString().slice(0, 10)}; ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), load ${loadavg()[0]?.toFixed(1)}; Node ${process.version}\n`,
  );
  console.log(
    '| format | points | trainspotter read + judge | pandas read_csv + polyfit, same points as CSV | ratio | CPU ratio | peak RSS (ours / pandas) | floor: read + one look at each byte (ratio) |',
  );
  console.log('|---|---|---|---|---|---|---|---|');
  const belowFloor: string[] = [];
  const ourSeconds = new Map<string, number>();
  for (const [format, file] of files) {
    const csv = join(dir, `${format}.same.csv`);
    await writeSameCsv(
      csv,
      (await readLogs(file)).flatMap((log) => log.series),
    );
    const oursRuns: (Measurement | string)[] = [];
    const pandasRuns: (Measurement | string)[] = [];
    for (let r = 0; r < repeats; r++) {
      oursRuns.push(runJson(process.execPath, [worker, file]));
      pandasRuns.push(runJson(PYTHON, ['bench/pandas_reference.py', csv]));
    }
    const ours = medianRun(oursRuns);
    const pandas = medianRun(pandasRuns);
    if (typeof ours !== 'string') ourSeconds.set(format, ours.seconds);
    const both = typeof ours !== 'string' && typeof pandas !== 'string';
    const ratio = both ? (ours.seconds / pandas.seconds).toFixed(2) : '–';
    const cpuRatio = both ? (ours.cpuSeconds / pandas.cpuSeconds).toFixed(2) : '–';
    const n = typeof ours === 'string' ? '–' : ours.points.toLocaleString('en');
    const floor = floorSeconds(file, repeats);
    const floorRatio = typeof pandas === 'string' ? '' : ` (${(floor / pandas.seconds).toFixed(2)})`;
    if (typeof pandas !== 'string' && floor > pandas.seconds / 2) belowFloor.push(format);
    console.log(
      `| ${format} | ${n} | ${seconds(ours)} | ${typeof pandas === 'string' ? `${pandas} (install python3-pandas)` : seconds(pandas)} | ${ratio} | ${cpuRatio} | ${rss(ours)} / ${rss(pandas)} | ${floor.toFixed(3)} s${floorRatio} |`,
    );
    rmSync(csv);
  }
  console.log(`\nload average at the end: ${loadavg()[0]?.toFixed(1)}`);
  console.log(
    belowFloor.length === 0
      ? "\nthe floor is under half of pandas' time for every format"
      : `\nthe floor alone is over half of pandas' time (the target) for: ${belowFloor.join(', ')}`,
  );
  // issue 12: a million printed lines read and judged in at most twice the time of the same points as CSV
  const printed = ourSeconds.get('printed-text');
  const csv = ourSeconds.get('generic-csv');
  if (printed !== undefined && csv !== undefined) {
    const ratio = printed / csv;
    console.log(
      `\nprinted text: ${ratio.toFixed(2)}× the time of the same points as CSV (target ≤ 2×: ${ratio <= 2 ? 'met' : 'NOT met'})`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
