import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The committed bundle the tests run, as GitHub runs it. */
export const ACTION_BUNDLE = resolve(import.meta.dirname, '..', '..', 'dist', 'action.js');

/** The Node that runs the bundle: this one, or TRAINSPOTTER_ACTION_NODE (e.g. a Node 24, as on runners). */
export const ACTION_NODE = process.env.TRAINSPOTTER_ACTION_NODE || process.execPath;
/**
 * Every Node the bundle tests run on: this one (the CLI's Node 20) and, when .ci/run provides it
 * as TRAINSPOTTER_ACTION_NODE, the runners' Node 24.
 */
export const ACTION_NODES = [...new Set([process.execPath, ACTION_NODE])];

/**
 * A training script for the fixture configs: `healthy` logs a falling loss, `rising` a rising
 * one, `crash` dies with a PyTorch shape-mismatch traceback and exit 3. It also records whether
 * the action's token reached it.
 */
const TRAIN = `import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
const mode = process.argv[2];
const out = process.env.TRAINSPOTTER_OUT;
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'saw-token.txt'), String(process.env['INPUT_GITHUB-TOKEN'] !== undefined));
if (mode === 'crash') {
  console.error('Traceback (most recent call last):');
  console.error('  File "train.py", line 42, in <module>');
  console.error('RuntimeError: mat1 and mat2 shapes cannot be multiplied (64x784 and 512x10)');
  process.exit(3);
}
let lines = '';
for (let step = 0; step < 200; step++) {
  const noise = 0.02 * Math.sin(step * 12.9898);
  const loss = mode === 'rising' ? 1 + step * 0.002 + noise : 2.3 * Math.exp(-step / 30) + 0.05 + noise * 0.1;
  lines += JSON.stringify({ step, loss }) + '\\n';
}
appendFileSync(join(out, 'metrics.jsonl'), lines);
console.log('trained ' + mode);
`;

interface ExamplePayload {
  action: string;
  number: number;
  label?: unknown;
  sender: { login: string; [key: string]: unknown };
  repository: { full_name: string; [key: string]: unknown };
  pull_request: {
    number: number;
    user: { login: string; [key: string]: unknown };
    labels: { name: string; [key: string]: unknown }[];
    author_association: string;
    merge_commit_sha: string | null;
    head: {
      label: string;
      sha: string;
      user: unknown;
      repo: { full_name: string; [key: string]: unknown } | null;
    };
    base: { repo: { full_name: string; [key: string]: unknown } };
  };
}

/** The real `pull_request` webhook payloads of @octokit/webhooks-examples, by action. */
let examplesCache: ExamplePayload[] | undefined;

function realPullRequestExamples(): ExamplePayload[] {
  if (examplesCache) return examplesCache;
  const require = createRequire(import.meta.url);
  const all = JSON.parse(
    readFileSync(require.resolve('@octokit/webhooks-examples/api.github.com/index.json'), 'utf8'),
  ) as { name: string; examples: ExamplePayload[] }[];
  examplesCache = all.find((e) => e.name === 'pull_request')?.examples ?? [];
  return examplesCache;
}

/** The repository, pull request and fork of the events `pullRequestEvent` gives. */
export const EVENT = (() => {
  const example = realPullRequestExamples().find((e) => e.action === 'opened');
  if (!example) throw new Error('@octokit/webhooks-examples has no pull_request opened example');
  const [owner = '', name = ''] = example.repository.full_name.split('/');
  return {
    repository: example.repository.full_name,
    number: example.pull_request.number,
    headSha: example.pull_request.head.sha,
    mergeSha: example.pull_request.merge_commit_sha ?? example.pull_request.head.sha,
    fork: `mallory/${name}`,
    owner,
  };
})();

/**
 * A real `pull_request` event payload as GitHub sends it: @octokit/webhooks-examples' example for
 * `action` (opened, synchronize, labeled, …), a fresh copy. `labels` replaces the pull request's
 * labels (each shaped as the example's own label objects; for `labeled`, the event's `label` is the
 * last one). The examples hold no pull request from a fork, so `fork` derives one from the real
 * payload: head.repo becomes a fork of the base repository owned by another user (`EVENT.fork`),
 * and the head's label and user, the pull request's author and (but for `labeled`) the sender become
 * that user.
 */
export function pullRequestEvent(opts: { fork?: boolean; labels?: string[]; action?: string } = {}): unknown {
  const action = opts.action ?? 'opened';
  const examples = realPullRequestExamples().filter((e) => e.action === action);
  const example = structuredClone(examples[0]);
  if (!example) throw new Error(`@octokit/webhooks-examples has no pull_request ${action} example`);
  if (opts.labels) {
    const shape = realPullRequestExamples().flatMap((e) => e.pull_request.labels)[0] ?? {};
    example.pull_request.labels = opts.labels.map((name, i) => ({
      ...shape,
      id: 1000 + i,
      node_id: `LA_${i}`,
      name,
    }));
    if (action === 'labeled') example.label = example.pull_request.labels.at(-1);
  }
  if (opts.fork) {
    // The base repository and its owner as the fork's: every owner name and URL in them retold.
    const owner = example.pull_request.base.repo.full_name.split('/')[0] ?? '';
    const retold = <T>(value: T): T =>
      JSON.parse(
        JSON.stringify(value)
          .replaceAll(`"${owner}"`, '"mallory"')
          .replaceAll(`/${owner}`, '/mallory')
          .replaceAll(`"${owner}/`, '"mallory/'),
      );
    const user = { ...retold(example.sender), id: 31337, node_id: 'U_mallory', type: 'User' };
    example.pull_request.head.repo = {
      ...retold(example.pull_request.base.repo),
      id: Number(example.pull_request.base.repo.id) + 1,
      node_id: 'R_fork',
      owner: user,
      fork: true,
    };
    example.pull_request.head.label = `mallory:${example.pull_request.head.label.split(':')[1] ?? 'changes'}`;
    example.pull_request.head.user = user;
    example.pull_request.user = user;
    example.pull_request.author_association = 'FIRST_TIME_CONTRIBUTOR';
    // A maintainer adds the approval label; the fork's author opens and pushes.
    if (action !== 'labeled') example.sender = user;
  }
  return example;
}

export interface ActionRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly summary: string;
  readonly outputs: Record<string, string>;
  readonly workspace: string;
}

/** A runtime token shaped like the runner's: a JWT whose `scp` names the run and job backend IDs. */
function runtimeToken(): string {
  const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const scp =
    'Actions.ExampleScope Actions.Results:ce7f54c7-61c7-4aae-887f-30da475f5f1a:ca395085-040a-526b-2ce8-bdc85f692774';
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ scp, exp: 4102444800 })}.c2ln`;
}

/** GITHUB_OUTPUT's heredoc format (`name<<delimiter`, value lines, delimiter) read back. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i] ?? '');
    if (!m?.[1] || !m[2]) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i] ?? '');
    out[m[1]] = value.join('\n');
  }
  return out;
}

/**
 * Runs the bundled action in a fresh workspace with a runner's environment: the config text
 * (undefined: none), the event payload, INPUT_* variables and RUNNER_ENVIRONMENT.
 */
export async function runBundledAction(opts: {
  config: string | undefined;
  event: unknown;
  apiUrl: string;
  /** The Node binary that runs the bundle; default ACTION_NODE. */
  node?: string;
  inputs?: Record<string, string>;
  runner?: 'github-hosted' | 'self-hosted';
  /** Point the artifact client at `apiUrl` too (ACTIONS_RESULTS_URL, ACTIONS_RUNTIME_TOKEN). */
  artifactService?: boolean;
}): Promise<ActionRun> {
  const root = mkdtempSync(join(tmpdir(), 'trainspotter-action-'));
  const workspace = join(root, 'repo');
  mkdirSync(workspace);
  writeFileSync(join(workspace, 'train.mjs'), TRAIN);
  if (opts.config !== undefined) writeFileSync(join(workspace, 'trainspotter.yml'), opts.config);
  const files = {
    event: join(root, 'event.json'),
    summary: join(root, 'summary.md'),
    output: join(root, 'output'),
  };
  writeFileSync(files.event, JSON.stringify(opts.event));
  writeFileSync(files.summary, '');
  writeFileSync(files.output, '');
  const inputs = {
    'github-token': 'ghs_faketoken123',
    comment: 'auto',
    'artifact-name': 'trainspotter-report-seed-{seed}',
    'allow-unapproved-forks': 'false',
    'approval-label': 'trainspotter:ok-to-test',
    'gpu-telemetry': 'false',
    ...opts.inputs,
  };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? root,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: files.event,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_OUTPUT: files.output,
    GITHUB_REPOSITORY: EVENT.repository,
    GITHUB_REPOSITORY_OWNER: EVENT.owner,
    GITHUB_SHA: EVENT.mergeSha,
    GITHUB_REF: `refs/pull/${EVENT.number}/merge`,
    GITHUB_API_URL: opts.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    RUNNER_ENVIRONMENT: opts.runner ?? 'self-hosted',
    RUNNER_TEMP: root,
  };
  if (opts.artifactService) {
    env.ACTIONS_RESULTS_URL = `${opts.apiUrl}/`;
    env.ACTIONS_RUNTIME_TOKEN = runtimeToken();
  }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const { code, stdout } = await new Promise<{ code: number | null; stdout: string }>((done) => {
    const child = execFile(
      opts.node ?? ACTION_NODE,
      [ACTION_BUNDLE],
      { cwd: workspace, env },
      (_error, out) => done({ code: child.exitCode, stdout: out }),
    );
  });
  const read = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : '');
  return {
    code,
    stdout,
    summary: read(files.summary),
    outputs: parseOutputFile(read(files.output)),
    workspace,
  };
}
