// The GitHub Action's own overhead: the committed bundle dist/action.js run as a runner runs it
// (a pull_request event, INPUT_* variables, summary and output files, a local fake of GitHub's
// comment API), from process start to the report, minus the time of the user's command (a trivial
// node script logging 200 loss values). Target: under 150 ms (issue 17).
//
//   node --import tsx bench/action-overhead.ts [runs]
// TRAINSPOTTER_ACTION_NODE=/path/to/node runs the bundle on another Node (runners use Node 24).
// TRAINSPOTTER_BENCH_TOOL_CACHE=1 gives every run one RUNNER_TOOL_CACHE, as on a self-hosted runner
// (a fresh one per bench: the first run fills Node's compile cache there, where Node has it).
// TRAINSPOTTER_PROFILE=<dir> writes a CPU profile of each run of the bundle into <dir>.
// TRAINSPOTTER_BENCH_BUNDLES='<folder> <folder> …' runs the action.js of each folder (builds made
// with `node scripts/build.mjs <folder>`) instead of dist/, taking turns run by run (ABBA…), so that
// a change is measured against the old build under the same load; one line per folder.
//
// TRAINSPOTTER_BENCH_PHASES=1 splits the overhead: `before` the command (the process's start to
// its spawn) and `after` it (the command's exit, as the action's event loop sees it, to the
// process's end), measured inside the action's process by a preload that wraps
// child_process.spawn (and costs a millisecond or two itself). The command's time, as the report
// gives it, includes whatever the action's main thread did while it ran (loading what comes after)
// until the exit was seen: work that is free for any command longer than it.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ACTION_NODE, pullRequestEvent, runBundledAction } from '../test/helpers/action-fixture.js';
import { FakeGitHubApi } from '../test/helpers/fake-github-api.js';

const TARGET_MS = 150;
const runs = Number(process.argv[2] ?? 7);
const config = 'version: 1\nchecks:\n  smoke:\n    run: node train.mjs healthy\n    timeout: 1m\n';

/** Loaded into the action's process: when it spawned its first command, saw it exit, and ended. */
const PHASES = `const { appendFileSync } = require('node:fs');
const { syncBuiltinESMExports } = require('node:module');
const childProcess = require('node:child_process');
const spawn = childProcess.spawn;
const at = {};
childProcess.spawn = function (...args) {
  at.spawn ??= performance.now();
  const child = spawn.apply(this, args);
  child.on('exit', () => { at.exit ??= performance.now(); });
  return child;
};
syncBuiltinESMExports();
process.on('exit', () => {
  at.end = performance.now();
  appendFileSync(process.env.TRAINSPOTTER_BENCH_PHASES, JSON.stringify(at) + '\\n');
});
`;

interface Variant {
  readonly name: string;
  /** The "Node" runBundledAction runs: a shell script that runs this variant's bundle. */
  readonly node: string;
  readonly phases: string;
  readonly overheads: number[];
  readonly totals: number[];
}

const dir = mkdtempSync(join(tmpdir(), 'trainspotter-bench-node-'));
const q = (s: string) => `'${s.replaceAll("'", "'\\''")}'`;
const phased = process.env.TRAINSPOTTER_BENCH_PHASES === '1';
const preload = join(dir, 'phases.cjs');
writeFileSync(preload, PHASES);
const folders = (process.env.TRAINSPOTTER_BENCH_BUNDLES ?? '').split(/\s+/).filter(Boolean);
const toolCache = process.env.TRAINSPOTTER_BENCH_TOOL_CACHE === '1';
const profile = process.env.TRAINSPOTTER_PROFILE;
const variants: Variant[] = (folders.length > 0 ? folders : [undefined]).map((folder, i) => {
  const phases = join(dir, `phases-${i}.jsonl`);
  const env = [
    ...(phased ? [`TRAINSPOTTER_BENCH_PHASES=${q(phases)}`] : []),
    ...(toolCache ? [`RUNNER_TOOL_CACHE=${q(join(dir, `tool-cache-${i}`))}`] : []),
  ].join(' ');
  const flags = [
    ...(phased ? [`--require=${q(preload)}`] : []),
    ...(profile ? ['--cpu-prof', `--cpu-prof-dir=${q(resolve(profile))}`] : []),
  ];
  // runBundledAction passes dist/action.js; a folder's bundle replaces it.
  const bundle = folder === undefined ? '"$@"' : q(join(resolve(folder), 'action.js'));
  const node = join(dir, `node-${i}.sh`);
  writeFileSync(node, `#!/bin/sh\n${env} exec ${q(ACTION_NODE)} ${flags.join(' ')} ${bundle}\n`);
  chmodSync(node, 0o755);
  return { name: folder ?? 'dist', node, phases, overheads: [], totals: [] };
});

const api = new FakeGitHubApi();
const apiUrl = await api.start();
try {
  for (let i = 0; i < runs; i++) {
    for (const v of i % 2 === 0 ? variants : [...variants].reverse()) {
      const t0 = performance.now();
      const run = await runBundledAction({ config, event: pullRequestEvent(), apiUrl, node: v.node });
      const total = performance.now() - t0;
      if (run.code !== 0) throw new Error(`the action failed (exit ${run.code}):\n${run.stdout}`);
      const report = JSON.parse(readFileSync(run.outputs['report-json'] ?? '', 'utf8')) as {
        checks: { durationMs?: number }[];
      };
      const command = report.checks.reduce((sum, c) => sum + (c.durationMs ?? 0), 0);
      v.totals.push(total);
      v.overheads.push(total - command);
      rmSync(dirname(run.workspace), { recursive: true, force: true });
    }
  }
} finally {
  await api.stop();
}

const nodeVersion = execFileSync(ACTION_NODE, ['--version'], { encoding: 'utf8' }).trim();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const ms = (x: number) => x.toFixed(0);
let met = true;
for (const v of variants) {
  const at = phased
    ? readFileSync(v.phases, 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { spawn: number; exit: number; end: number })
    : [];
  const split = phased
    ? `; before the command ${ms(median(at.map((a) => a.spawn)))} ms, after it ${ms(median(at.map((a) => a.end - a.exit)))} ms`
    : '';
  const overhead = median(v.overheads);
  met &&= overhead < TARGET_MS;
  console.log(
    `${variants.length > 1 ? `${v.name}: ` : ''}action overhead: ${ms(overhead)} ms median of ${runs} (min ${ms(Math.min(...v.overheads))}, max ${ms(Math.max(...v.overheads))}${split}); ` +
      `whole run ${ms(median(v.totals))} ms; target < ${TARGET_MS} ms on Node ${nodeVersion}`,
  );
}
rmSync(dir, { recursive: true, force: true });
process.exitCode = met ? 0 : 1;
