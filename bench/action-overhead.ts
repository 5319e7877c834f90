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

/**
 * The Node that runs the bundle, or (for the two knobs above) a shell script that runs it with a
 * tool cache or a profiler; its folder is removed at the end.
 */
function actionNode(): { node: string; cleanup: () => void } {
  const toolCache = process.env.TRAINSPOTTER_BENCH_TOOL_CACHE === '1';
  const profile = process.env.TRAINSPOTTER_PROFILE;
  if (!toolCache && !profile) return { node: ACTION_NODE, cleanup: () => undefined };
  const dir = mkdtempSync(join(tmpdir(), 'trainspotter-bench-node-'));
  const q = (s: string) => `'${s.replaceAll("'", "'\\''")}'`;
  const env = toolCache ? `RUNNER_TOOL_CACHE=${q(join(dir, 'tool-cache'))} ` : '';
  const flags = profile ? `--cpu-prof --cpu-prof-dir=${q(resolve(profile))} ` : '';
  const script = join(dir, 'node.sh');
  writeFileSync(script, `#!/bin/sh\n${env}exec ${q(ACTION_NODE)} ${flags}"$@"\n`);
  chmodSync(script, 0o755);
  return { node: script, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

const { node, cleanup } = actionNode();
const api = new FakeGitHubApi();
const apiUrl = await api.start();
const overheads: number[] = [];
const totals: number[] = [];
try {
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const run = await runBundledAction({ config, event: pullRequestEvent(), apiUrl, node });
    const total = performance.now() - t0;
    if (run.code !== 0) throw new Error(`the action failed (exit ${run.code}):\n${run.stdout}`);
    const report = JSON.parse(readFileSync(run.outputs['report-json'] ?? '', 'utf8')) as {
      checks: { durationMs?: number }[];
    };
    const command = report.checks.reduce((sum, c) => sum + (c.durationMs ?? 0), 0);
    totals.push(total);
    overheads.push(total - command);
    rmSync(dirname(run.workspace), { recursive: true, force: true });
  }
} finally {
  await api.stop();
  cleanup();
}

const nodeVersion = execFileSync(ACTION_NODE, ['--version'], { encoding: 'utf8' }).trim();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const overhead = median(overheads);
console.log(
  `action overhead: ${overhead.toFixed(0)} ms median of ${runs} (min ${Math.min(...overheads).toFixed(0)}, max ${Math.max(...overheads).toFixed(0)}); ` +
    `whole run ${median(totals).toFixed(0)} ms; target < ${TARGET_MS} ms on Node ${nodeVersion}`,
);
process.exitCode = overhead < TARGET_MS ? 0 : 1;
