// Reads a TensorBoard event file of 1,000,000 scalars (written first, in a child process, so
// its memory is not counted) and prints scalars/s, wall and CPU seconds and the peak RSS.
// Target: under 2 s. On a busy machine wall time exceeds CPU time; compare CPU time there.
// Run: node --import tsx bench/tensorboard.ts [scalars]
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTensorboardParser } from '../src/ingest/tensorboard.js';
import { scalarEventFileChunks } from '../test/helpers/tfevents-writer.js';

async function write(path: string, count: number): Promise<void> {
  const out = createWriteStream(path);
  for (const chunk of scalarEventFileChunks(count)) {
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

async function main(): Promise<void> {
  const [mode, arg, pathArg] = process.argv.slice(2);
  if (mode === '--write') return write(pathArg as string, Number(arg));
  const count = Number(mode ?? 1_000_000);
  const dir = mkdtempSync(join(tmpdir(), 'trainspotter-bench-tb-'));
  const path = join(dir, 'events.out.tfevents.1700000000.bench.1.0');
  try {
    const child = spawnSync(
      process.execPath,
      [...process.execArgv, fileURLToPath(import.meta.url), '--write', String(count), path],
      { stdio: 'inherit' },
    );
    if (child.status !== 0) throw new Error(`writing the event file failed (status ${child.status})`);
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    const parser = createTensorboardParser(path);
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }))
      parser.write(chunk as Buffer);
    const log = parser.end();
    const seconds = (performance.now() - start) / 1000;
    const cpu = process.cpuUsage(cpuStart);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    const scalars = log.series.reduce((n, s) => n + s.values.length, 0);
    if (scalars !== count) throw new Error(`read ${scalars} scalars, expected ${count}`);
    const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
    console.log(
      `tensorboard: ${scalars.toLocaleString('en')} scalars (${mib(statSync(path).size)}) in ${seconds.toFixed(2)} s ` +
        `(${cpuSeconds.toFixed(2)} s CPU), ` +
        `${Math.round(scalars / seconds).toLocaleString('en')} scalars/s, ` +
        `peak RSS ${mib(process.resourceUsage().maxRSS * 1024)}${seconds < 2 ? '' : ' (over the 2 s target)'}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
