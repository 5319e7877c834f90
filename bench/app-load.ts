// A bounded loopback load test of `trainspotter app` as it serves webhooks (issue 16): a fixed
// list of requests, sent at a fixed concurrency to the real HTTP server (startAppServer, SQLite
// store in a temporary folder, Probot against the in-process fake GitHub), then it stops.
//
// Signed deliveries: pings (ignored), pull_request.synchronize (each a store write and a check
// run on the fake GitHub), issue_comment without a command. Hostile ones: forged signatures,
// signed but malformed payloads, signed non-JSON, and forged bodies over GitHub's 25 MB cap
// streamed in whole. Prints status counts and p50/p99 per kind, and the process RSS before,
// at its peak (sampled every 50 ms) and after. With rounds > 1 the same list is sent again and
// again, and each round prints the memory after a forced gc: a leak grows the JS heap round
// after round, V8 and malloc keeping pages they have used does not.
//
//   node --expose-gc --import tsx bench/app-load.ts [signed=3000] [hostile=600] [concurrency=50] [rounds=1]
//
// Loopback only: the server listens on 127.0.0.1:0, the fake GitHub likewise.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Writable } from 'node:stream';
import { getHeapStatistics } from 'node:v8';
import { startAppServer } from '../src/app/server.js';
import { MAX_WEBHOOK_BYTES } from '../src/app/webhook-limits.js';
import {
  APP_ID,
  appKeys,
  deliveryId,
  FastOctokit,
  prComment,
  pullRequestEvent,
  WEBHOOK_SECRET,
} from '../test/helpers/app-harness.js';
import { FakeGitHubApi } from '../test/helpers/fake-github-api.js';
import { streamDelivery } from '../test/helpers/raw-delivery.js';
import { signature } from '../test/helpers/sign-delivery.js';

const SIGNED = Number(process.argv[2] ?? 3000);
const HOSTILE = Number(process.argv[3] ?? 600);
const CONCURRENCY = Number(process.argv[4] ?? 50);
const ROUNDS = Number(process.argv[5] ?? 1);
const OVERSIZED = HOSTILE > 0 ? Math.max(1, Math.round(HOSTILE / 60)) : 0;
const MiB = 1024 * 1024;

interface Job {
  readonly kind: string;
  send(url: string): Promise<number>;
}

const post = async (url: string, event: string, body: string, sig: string): Promise<number> => {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-github-event': event,
      'x-github-delivery': deliveryId(),
      'x-hub-signature-256': sig,
    },
    body,
  });
  await response.arrayBuffer();
  return response.status;
};
const signed = (event: string, payload: unknown): Job['send'] => {
  const body = JSON.stringify(payload);
  return (url) => post(url, event, body, signature(body, WEBHOOK_SECRET));
};

function jobs(): Job[] {
  const list: Job[] = [];
  for (let i = 0; i < SIGNED; i++) {
    const k = i % 3;
    if (k === 0)
      list.push({
        kind: 'signed ping',
        send: signed('ping', { zen: 'Keep it logically awesome.', hook_id: i }),
      });
    else if (k === 1)
      list.push({
        kind: 'signed pull_request',
        send: signed(
          'pull_request',
          pullRequestEvent('synchronize', { pr: 1000 + i, headSha: i.toString(16).padStart(40, '0') }),
        ),
      });
    else
      list.push({
        kind: 'signed issue_comment',
        send: signed('issue_comment', prComment(7, `looks good ${i}`)),
      });
  }
  for (let i = 0; i < HOSTILE - OVERSIZED; i++) {
    const k = i % 3;
    if (k === 0) {
      const body = JSON.stringify(pullRequestEvent('synchronize', { pr: 5, headSha: 'f'.repeat(40) }));
      list.push({
        kind: 'forged signature',
        send: (url) => post(url, 'pull_request', body, signature(body, 'not-the-secret')),
      });
    } else if (k === 1) {
      const payload = pullRequestEvent('synchronize', { pr: 6, headSha: 'e'.repeat(40) });
      delete payload.repository;
      list.push({ kind: 'signed, malformed', send: signed('pull_request', payload) });
    } else {
      const body = `{"action": "completed", "workflow_run": ${i}`;
      list.push({
        kind: 'signed, not JSON',
        send: (url) => post(url, 'workflow_run', body, signature(body, WEBHOOK_SECRET)),
      });
    }
  }
  for (let i = 0; i < OVERSIZED; i++)
    list.push({
      kind: `forged, ${(MAX_WEBHOOK_BYTES + 4 * MiB) / MiB} MiB`,
      send: async (url) =>
        (
          await streamDelivery(url, {
            headers: {
              'content-type': 'application/json',
              'x-github-event': 'workflow_run',
              'x-github-delivery': deliveryId(),
              'x-hub-signature-256': `sha256=${'0'.repeat(64)}`,
            },
            total: MAX_WEBHOOK_BYTES + 4 * MiB,
            chunkBytes: 256 * 1024,
          })
        ).status,
    });
  // Interleave kinds so hostile requests meet signed ones in flight.
  return list
    .map((job, i) => ({ job, key: (i * 2654435761) % 4294967296 }))
    .sort((a, b) => a.key - b.key)
    .map((x) => x.job);
}

const percentile = (sorted: readonly number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
const mb = (bytes: number) => `${(bytes / MiB).toFixed(0)} MB`;

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'trainspotter-app-load-'));
  const api = new FakeGitHubApi({ botLogin: 'trainspotter[bot]', appPublicKey: appKeys().publicKey });
  let logBytes = 0;
  const server = await startAppServer(
    {
      APP_ID: String(APP_ID),
      PRIVATE_KEY: appKeys().privateKey,
      WEBHOOK_SECRET,
      PORT: '0',
      HOST: '127.0.0.1',
      TRAINSPOTTER_DB: join(dir, 'app.sqlite'),
      GITHUB_API_URL: await api.start(),
      LOG_LEVEL: 'info',
      LOG_FORMAT: 'json',
    },
    {
      Octokit: FastOctokit,
      logDestination: new Writable({
        write(chunk: Buffer, _enc, cb) {
          logBytes += chunk.length;
          cb();
        },
      }),
    },
  );
  const url = `${server.url}${server.webhookPath}`;
  const memoryLine = (when: string) => {
    global.gc?.();
    const m = process.memoryUsage();
    const v8 = getHeapStatistics();
    console.log(
      `${when}: RSS ${mb(m.rss)}, JS heap used ${mb(m.heapUsed)} of ${mb(m.heapTotal)} (V8 malloced ${mb(v8.malloced_memory)}, peak ${mb(v8.peak_malloced_memory)}), external ${mb(m.external)}, GitHub API calls ${api.apiCalls().length} (their record ${mb(JSON.stringify(api.apiCalls()).length)} as JSON)`,
    );
  };
  const list = jobs();
  const requests = list.length;
  // Warm-up, not counted: the first handled delivery fetches the installation token.
  await signed('pull_request', pullRequestEvent('synchronize', { pr: 1, headSha: '1'.repeat(40) }))(url);
  global.gc?.();
  if (ROUNDS > 1) memoryLine('before');
  const rssBefore = process.memoryUsage().rss;
  const heapBefore = process.memoryUsage().heapUsed;
  let peak = rssBefore;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  const results = new Map<string, { statuses: Map<number, number>; ms: number[] }>();
  let next = 0;
  const t0 = performance.now();
  const worker = async () => {
    while (next < list.length) {
      const job = list[next++];
      if (!job) break;
      const start = performance.now();
      let status: number;
      try {
        status = await job.send(url);
      } catch {
        status = 0;
      }
      const ms = performance.now() - start;
      const r = results.get(job.kind) ?? { statuses: new Map<number, number>(), ms: [] as number[] };
      r.statuses.set(status, (r.statuses.get(status) ?? 0) + 1);
      r.ms.push(ms);
      results.set(job.kind, r);
    }
  };
  for (let r = 1; r <= ROUNDS; r++) {
    next = 0;
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    if (ROUNDS > 1) memoryLine(`round ${r}`);
  }
  const wall = performance.now() - t0;
  clearInterval(sampler);
  const apiCalls = api.apiCalls().length;
  if (ROUNDS > 1) {
    // What the fake GitHub keeps (every request, every check run) lives in this process too.
    const kept = `${api.requests.length} requests, ${api.checkRuns.length} check runs`;
    api.requests.length = 0;
    api.checkRuns.length = 0;
    memoryLine(`the fake GitHub's record (${kept}) dropped`);
  }
  global.gc?.();
  const rssAfter = process.memoryUsage().rss;
  const heapAfter = process.memoryUsage().heapUsed;

  console.log(
    `trainspotter app, loopback load: ${requests}${ROUNDS > 1 ? ` × ${ROUNDS}` : ''} requests (${SIGNED} signed, ${HOSTILE} hostile incl. ${OVERSIZED} over the cap), concurrency ${CONCURRENCY}, ${(wall / 1000).toFixed(1)} s (${Math.round((ROUNDS * requests) / (wall / 1000))} req/s)\n`,
  );
  console.log('| kind | requests | statuses | p50 ms | p99 ms |\n| --- | ---: | --- | ---: | ---: |');
  const all: number[] = [];
  for (const [kind, r] of [...results].sort(([a], [b]) => a.localeCompare(b))) {
    const sorted = [...r.ms].sort((a, b) => a - b);
    all.push(...sorted);
    const statuses = [...r.statuses]
      .sort(([a], [b]) => a - b)
      .map(([s, n]) => `${s}×${n}`)
      .join(' ');
    console.log(
      `| ${kind} | ${r.ms.length} | ${statuses} | ${percentile(sorted, 0.5).toFixed(1)} | ${percentile(sorted, 0.99).toFixed(1)} |`,
    );
  }
  all.sort((a, b) => a - b);
  console.log(
    `| all | ${all.length} | | ${percentile(all, 0.5).toFixed(1)} | ${percentile(all, 0.99).toFixed(1)} |`,
  );
  console.log(
    `\nRSS before ${mb(rssBefore)}, peak ${mb(peak)}, after ${mb(rssAfter)} (JS heap ${mb(heapBefore)} → ${mb(heapAfter)}, buffers ${mb(process.memoryUsage().arrayBuffers)}); log written: ${(logBytes / 1024).toFixed(0)} KiB (${(logBytes / (ROUNDS * requests)).toFixed(0)} bytes a request); GitHub API calls: ${apiCalls}`,
  );
  await server.close();
  await api.stop();
  rmSync(dir, { recursive: true, force: true });
}

await main();
