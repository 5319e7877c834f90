// `npm run bench:startup`: how long each CLI command of the committed bundle (dist/cli.js) takes
// to start, against a bare `node -e 0`: `--version` and `analyze` of a 3-line log to their exit,
// `run` to the moment its check command starts (the command writes the clock). Median of N
// alternating runs. Target (issue 17): each within 0.08 s of the bare start.
//   node --import tsx bench/startup.ts [runs]
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const runs = Number(process.argv[2] ?? 15);
// TRAINSPOTTER_CLI=path/to/cli.js measures another build (e.g. `node scripts/build.mjs tmp/dist`), not the committed one.
const CLI = resolve(process.env.TRAINSPOTTER_CLI ?? resolve(import.meta.dirname, '..', 'dist', 'cli.js'));
const dir = mkdtempSync(join(tmpdir(), 'trainspotter-startup-'));
const TARGET_MS = 80;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const nowMs = () => performance.timeOrigin + performance.now();

try {
  writeFileSync(
    join(dir, 'log.jsonl'),
    '{"step": 0, "loss": 2.3}\n{"step": 1, "loss": 2.0}\n{"step": 2, "loss": 1.5}\n',
  );
  const started = join(dir, 'started');
  // The check writes the wall clock in ms the moment it starts (node, so no shell's own start counts twice).
  writeFileSync(
    join(dir, 'trainspotter.yml'),
    `version: 1\nchecks:\n  smoke:\n    run: node -e "require('fs').writeFileSync('${started}', String(performance.timeOrigin))"\n    timeout: 1m\n`,
  );
  const cases: Record<string, { args: string[]; until?: () => number }> = {
    'node -e 0': { args: ['-e', '0'] },
    'trainspotter --version': { args: [CLI, '--version'] },
    'trainspotter analyze log.jsonl': { args: [CLI, 'analyze', 'log.jsonl'] },
    'trainspotter run (to the check start)': {
      args: [CLI, 'run', '--no-gpu', '--out', join(dir, 'out')],
      until: () => Number(readFileSync(started, 'utf8')),
    },
  };
  const times = new Map<string, number[]>(Object.keys(cases).map((k) => [k, []]));
  for (let i = 0; i < runs; i++) {
    for (const [name, c] of Object.entries(cases)) {
      const t0 = nowMs();
      spawnSync(process.execPath, c.args, { cwd: dir, stdio: 'ignore' });
      const t1 = c.until ? c.until() : nowMs();
      times.get(name)?.push(t1 - t0);
    }
  }
  const bare = median(times.get('node -e 0') ?? []);
  console.log(
    `start-up, median of ${runs} (load ${loadavg()[0]?.toFixed(1)}, Node ${execFileSync(process.execPath, ['--version'], { encoding: 'utf8' }).trim()}):\n`,
  );
  console.log('| command | median | over bare node |');
  console.log('|---|---|---|');
  let ok = true;
  for (const [name, xs] of times) {
    const m = median(xs);
    const over = m - bare;
    if (name !== 'node -e 0' && over > TARGET_MS) ok = false;
    console.log(
      `| ${name} | ${m.toFixed(0)} ms | ${name === 'node -e 0' ? '–' : `${over >= 0 ? '+' : ''}${over.toFixed(0)} ms`} |`,
    );
  }
  console.log(`\ntarget: each within ${TARGET_MS} ms of bare node: ${ok ? 'met' : 'missed'}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
