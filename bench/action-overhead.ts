// The GitHub Action's own overhead: the committed bundle dist/action.js run as a runner runs it
// (a pull_request event, INPUT_* variables, summary and output files, a local fake of GitHub's
// comment API), from process start to the report, minus the time of the user's command (a trivial
// node script logging 200 loss values). Target: under 150 ms (issue 17).
//
//   node --import tsx bench/action-overhead.ts [runs]
// TRAINSPOTTER_ACTION_NODE=/path/to/node runs the bundle on another Node (runners use Node 24).
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ACTION_NODE, pullRequestEvent, runBundledAction } from '../test/helpers/action-fixture.js';
import { FakeGitHubApi } from '../test/helpers/fake-github-api.js';

const TARGET_MS = 150;
const runs = Number(process.argv[2] ?? 7);
const config = 'version: 1\nchecks:\n  smoke:\n    run: node train.mjs healthy\n    timeout: 1m\n';

const api = new FakeGitHubApi();
const apiUrl = await api.start();
const overheads: number[] = [];
const totals: number[] = [];
try {
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const run = await runBundledAction({ config, event: pullRequestEvent(), apiUrl });
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
}

const nodeVersion = execFileSync(ACTION_NODE, ['--version'], { encoding: 'utf8' }).trim();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const overhead = median(overheads);
console.log(
  `action overhead: ${overhead.toFixed(0)} ms median of ${runs} (min ${Math.min(...overheads).toFixed(0)}, max ${Math.max(...overheads).toFixed(0)}); ` +
    `whole run ${median(totals).toFixed(0)} ms; target < ${TARGET_MS} ms on Node ${nodeVersion}`,
);
process.exitCode = overhead < TARGET_MS ? 0 : 1;
