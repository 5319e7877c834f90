import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { Probot, ProbotOctokit } from 'probot';
import { trainspotterApp } from '../../src/app/app.js';
import { DEFAULT_APPROVAL_LABEL } from '../../src/app/app-deps.js';
import { AppOctokit } from '../../src/app/app-octokit.js';
import { SqliteStore, type Store } from '../../src/app/store/index.js';
import type { Report } from '../../src/core/report.js';
import { FakeGitHubApi } from './fake-github-api.js';

// Probot apps under test: a real Probot with app authentication (JWT, installation token) against
// the GitHub-like server, a real SQLite store, and real webhook payloads from
// @octokit/webhooks-examples with only the fields a scenario needs changed.

export const REPO = 'Codertocat/Hello-World';
export const FORK = 'forker/Hello-World';
export const WEBHOOK_SECRET = 'trainspotter-test-secret';
export const APP_ID = 4242;

let keys: { privateKey: string; publicKey: string } | undefined;

/** One RSA key pair per test process: the app's private key, and the public key the fake checks JWTs with. */
export function appKeys(): { privateKey: string; publicKey: string } {
  keys ??= generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  return keys;
}

/**
 * ProbotOctokit with retries after milliseconds, not seconds, and without the throttling plugin
 * (whose one-second spacing of writes would make every test slow). Probot sets its own throttle
 * options over an Octokit's defaults, so they are turned off after its merge, here.
 */
export const FastOctokit = ProbotOctokit.defaults((options: Record<string, unknown>) => ({
  ...options,
  retry: { retryAfterBaseValue: 5 },
  throttle: { ...(options.throttle as object), enabled: false },
}));

/** The app's Octokit as it runs (rate limits waited out, writes spaced), with fast 5xx retries. */
export const ThrottledOctokit = AppOctokit.defaults((options: Record<string, unknown>) => ({
  ...options,
  retry: { retryAfterBaseValue: 5 },
}));

/** A webhook payload under edit: real, so its shape is GitHub's; loosely typed, so a scenario can set any field. */
// biome-ignore lint/suspicious/noExplicitAny: payloads are edited field by field, as JSON
export type Payload = Record<string, any>;

type Examples = { name: string; examples: Record<string, unknown>[] }[];
const examples = createRequire(import.meta.url)('@octokit/webhooks-examples') as Examples;

/** A deep copy of a real webhook payload from @octokit/webhooks-examples: event, action, index among them. */
export function example(event: string, action: string, index = 0): Payload {
  const found = examples.find((e) => e.name === event)?.examples.filter((x) => x.action === action)[index];
  if (!found) throw new Error(`no ${event}.${action} #${index} in @octokit/webhooks-examples`);
  return structuredClone(found) as Payload;
}

const repository = () => example('pull_request', 'synchronize').repository;

export interface AppHarness {
  readonly api: FakeGitHubApi;
  readonly store: Store;
  readonly probot: Probot;
  /** A second app process's view: its own Probot and store connection on the same database. */
  second(): Promise<{ probot: Probot; store: Store }>;
  close(): Promise<void>;
}

/** Starts the fake GitHub, a SQLite store in a temporary folder and a Probot with the app loaded. */
export async function startApp(
  options: { delayMs?: number; store?: () => Promise<Store>; Octokit?: typeof ProbotOctokit } = {},
): Promise<AppHarness> {
  const { privateKey, publicKey } = appKeys();
  const api = new FakeGitHubApi({
    botLogin: 'trainspotter[bot]',
    appPublicKey: publicKey,
    ...(options.delayMs ? { delayMs: options.delayMs } : {}),
  });
  const baseUrl = await api.start();
  const dir = mkdtempSync(join(tmpdir(), 'trainspotter-app-'));
  const open =
    options.store ?? (() => SqliteStore.open(join(dir, 'app.sqlite'), { delta: 0.05, tolerance: 0.02 }));
  const stores: Store[] = [];
  const load = async (claimant: string) => {
    const store = await open();
    stores.push(store);
    const probot = new Probot({
      appId: APP_ID,
      privateKey,
      secret: WEBHOOK_SECRET,
      baseUrl,
      Octokit: options.Octokit ?? FastOctokit,
      logLevel: 'fatal',
    });
    await probot.load(
      trainspotterApp({
        store,
        approvalLabel: DEFAULT_APPROVAL_LABEL,
        claimant,
        commentWait: { tries: 200, intervalMs: 20 },
      }),
    );
    return { probot, store };
  };
  const first = await load('process-1');
  return {
    api,
    store: first.store,
    probot: first.probot,
    second: () => load('process-2'),
    async close() {
      await api.stop();
      for (const s of stores) await s.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A zip as the action uploads it: report.json and report.md at the root. */
export function artifactZip(report: Report | string): Buffer {
  const json = typeof report === 'string' ? report : JSON.stringify(report);
  return Buffer.from(zipSync({ 'report.json': strToU8(json), 'report.md': strToU8('# report\n') }));
}

export interface RunScenario {
  readonly runId: number;
  readonly headSha: string;
  readonly pr?: number;
  readonly baseRef?: string;
  /** The head repository; default the base repository (a same-repository PR). */
  readonly headRepo?: string;
  readonly headBranch?: string;
  readonly event?: string;
  readonly attempt?: number;
  readonly name?: string;
}

/**
 * A real `workflow_run.completed` payload, for `headSha` of `REPO`: a same-repository PR run lists
 * its PR in `pull_requests`; a fork's run, like GitHub's, lists none.
 */
export function workflowRunCompleted(s: RunScenario): Payload {
  const payload = example('workflow_run', 'completed', 2);
  const repo = repository();
  const headRepoName = s.headRepo ?? REPO;
  const [headOwner = '', headName = ''] = headRepoName.split('/');
  const run = payload.workflow_run;
  payload.repository = repo;
  payload.installation = { id: 1, node_id: 'MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uMQ==' };
  Object.assign(run, {
    id: s.runId,
    name: s.name ?? 'trainspotter',
    path: `.github/workflows/${s.name ?? 'trainspotter'}.yml`,
    event: s.event ?? 'pull_request',
    head_sha: s.headSha,
    head_branch: s.headBranch ?? 'changes',
    run_attempt: s.attempt ?? 1,
    conclusion: 'success',
    html_url: `https://github.com/${REPO}/actions/runs/${s.runId}`,
    head_repository: {
      ...run.head_repository,
      full_name: headRepoName,
      name: headName,
      owner: { ...run.head_repository.owner, login: headOwner },
    },
    pull_requests:
      s.pr !== undefined && headRepoName === REPO
        ? [
            {
              ...run.pull_requests[0],
              number: s.pr,
              head: { ...run.pull_requests[0].head, sha: s.headSha, ref: s.headBranch ?? 'changes' },
              base: { ...run.pull_requests[0].base, ref: s.baseRef ?? 'master' },
            },
          ]
        : [],
  });
  return payload;
}

/** A real `pull_request.<action>` payload for PR `pr` of REPO at `headSha`, from `headRepo`. */
export function pullRequestEvent(
  action: 'opened' | 'synchronize' | 'reopened' | 'closed',
  s: { pr: number; headSha: string; headRepo?: string; labels?: string[]; merged?: boolean },
): Payload {
  const payload = example(
    'pull_request',
    action === 'closed' ? 'closed' : action === 'reopened' ? 'reopened' : action,
  );
  const repo = repository();
  const headRepo = s.headRepo ?? REPO;
  const [owner = ''] = headRepo.split('/');
  payload.repository = repo;
  payload.installation = { id: 1, node_id: 'MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uMQ==' };
  const pr = payload.pull_request;
  Object.assign(pr, {
    number: s.pr,
    merged: s.merged ?? false,
    merge_commit_sha: s.merged ? 'f'.repeat(40) : null,
    labels: (s.labels ?? []).map((name, i) => ({ ...(pr.labels[0] ?? {}), id: i + 1, name })),
    html_url: `https://github.com/${REPO}/pull/${s.pr}`,
  });
  pr.head = {
    ...pr.head,
    sha: s.headSha,
    repo: { ...pr.head.repo, full_name: headRepo, owner: { ...pr.head.repo.owner, login: owner } },
  };
  pr.base = { ...pr.base, ref: 'master', repo };
  payload.number = s.pr;
  return payload;
}

/** A real `issue_comment.created` payload on PR `pr` of REPO by `login`. */
export function prComment(pr: number, body: string, login = 'maintainer'): Payload {
  const payload = example('issue_comment', 'created');
  payload.repository = repository();
  payload.installation = { id: 1, node_id: 'MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uMQ==' };
  payload.issue = {
    ...payload.issue,
    number: pr,
    pull_request: { url: `https://api.github.com/repos/${REPO}/pulls/${pr}` },
  };
  payload.comment = { ...payload.comment, body, user: { ...payload.comment.user, login, type: 'User' } };
  return payload;
}

/** Seeds the PR as the REST API returns it (pulls.get / pulls.list). */
export function seedPull(
  api: FakeGitHubApi,
  s: { pr: number; headSha: string; headRepo?: string; branch?: string },
): void {
  const headRepo = s.headRepo ?? REPO;
  const [owner = ''] = headRepo.split('/');
  const pr = example('pull_request', 'opened').pull_request;
  api.addPull({
    ...pr,
    number: s.pr,
    state: 'open',
    head: {
      ...pr.head,
      ref: s.branch ?? 'changes',
      sha: s.headSha,
      repo: { ...pr.head.repo, full_name: headRepo, owner: { ...pr.head.repo.owner, login: owner } },
    },
    base: { ...pr.base, ref: 'master' },
  });
}

let delivery = 0;

/** A fresh delivery id, as GitHub's `x-github-delivery`. */
export function deliveryId(): string {
  delivery += 1;
  return `00000000-0000-4000-8000-${String(delivery).padStart(12, '0')}`;
}
