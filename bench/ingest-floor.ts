// The floor under `npm run bench`'s ingestion times: in a fresh Node process, read every byte of
// the file (or of every file under a folder, as an MLflow store) from the page cache through one
// 1 MiB buffer, and look at each byte once (count the newlines) in a JavaScript loop. No reader
// can do less with the bytes; what it does on top (tokens, numbers, series, judging) adds to this.
import { spawnSync } from 'node:child_process';

/** The measurement, run with `node --input-type=module -e` (argv[1]: the path). Prints seconds. */
const FLOOR_SCRIPT = `
import { closeSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
const files = (path) =>
  statSync(path).isDirectory()
    ? readdirSync(path).sort().flatMap((name) => files(join(path, name)))
    : [path];
const buffer = new Uint8Array(1 << 20);
const start = performance.now();
let newlines = 0;
for (const file of files(process.argv[1])) {
  const fd = openSync(file, 'r');
  for (;;) {
    const n = readSync(fd, buffer, 0, buffer.length, null);
    if (n === 0) break;
    for (let i = 0; i < n; i++) if (buffer[i] === 10) newlines++;
  }
  closeSync(fd);
}
console.log(JSON.stringify({ seconds: (performance.now() - start) / 1000, newlines }));
`;

/** Seconds to read and touch every byte of `path` once in a fresh process: the median of `repeats`. */
export function floorSeconds(path: string, repeats = 3): number {
  const runs: number[] = [];
  for (let r = 0; r < repeats; r++) {
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', FLOOR_SCRIPT, path], {
      encoding: 'utf8',
    });
    if (child.status !== 0) throw new Error(`floor of ${path}: ${child.stderr.trim()}`);
    runs.push((JSON.parse(child.stdout) as { seconds: number }).seconds);
  }
  return runs.sort((a, b) => a - b)[Math.floor(runs.length / 2)] as number;
}
