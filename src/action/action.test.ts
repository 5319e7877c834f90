import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  ACTION_NODES,
  type ActionRun,
  EVENT,
  pullRequestEvent,
  runBundledAction,
} from '../../test/helpers/action-fixture.js';
import { FakeGitHubApi } from '../../test/helpers/fake-github-api.js';
import { COMMENT_MARKER } from './comment-body.js';

// The committed bundle dist/action.js in a real process with a runner's environment and real
// pull_request payloads (@octokit/webhooks-examples), against a local server that behaves like
// GitHub's comment endpoints and artifact service and rejects any REST request that does not match
// GitHub's OpenAPI description: every test ends with no such request.
const config = (mode: string) =>
  `version: 1\nchecks:\n  smoke:\n    run: node train.mjs ${mode}\n    timeout: 1m\n`;

const api = new FakeGitHubApi();
let apiUrl = '';
const runs: ActionRun[] = [];
beforeAll(async () => {
  apiUrl = await api.start();
});
afterAll(async () => {
  await api.stop();
  for (const r of runs) rmSync(dirname(r.workspace), { recursive: true, force: true });
});
beforeEach(() => {
  api.requests.length = 0;
  api.comments.length = 0;
  api.readOnly = false;
  api.artifacts.length = 0;
  api.violations.length = 0;
  api.checked.length = 0;
});
afterEach(() => {
  expect(api.violations).toEqual([]);
});

const COMMENTS = `/repos/${EVENT.repository}/issues/${EVENT.number}/comments`;

/** The Node the current block runs the bundle on (describe.each over ACTION_NODES). */
let node = process.execPath;

async function action(opts: Omit<Parameters<typeof runBundledAction>[0], 'apiUrl'>): Promise<ActionRun> {
  const run = await runBundledAction({ ...opts, apiUrl, node });
  runs.push(run);
  return run;
}

describe.each(ACTION_NODES)('the bundled action on %s', (bin) => {
  beforeAll(() => {
    node = bin;
  });

  it('passes a healthy pull request: summary, outputs, no comment in auto mode, no token for the command', async () => {
    // PR-controlled strings that a shell would run: they must stay data.
    const marker = join(tmpdir(), `trainspotter-pwned-${process.pid}`);
    const event = pullRequestEvent() as { pull_request: { title: string; head: { ref: string } } };
    event.pull_request.title = `$(touch ${marker}) \`touch ${marker}\``;
    const ifs = ['$', '{IFS}'].join('');
    event.pull_request.head.ref = `x;touch${ifs}${marker}`;
    const r = await action({ config: config('healthy'), event });
    expect(existsSync(marker)).toBe(false);
    expect(r.code).toBe(0);
    expect(r.summary).toContain('## trainspotter: ✅ pass');
    expect(r.outputs.status).toBe('pass');
    expect(r.outputs['failed-checks']).toBe('0');
    expect(JSON.parse(readFileSync(r.outputs['report-json'] ?? '', 'utf8')).status).toBe('pass');
    expect(r.stdout).toContain('::group::trainspotter smoke');
    expect(r.stdout).toMatch(/::stop-commands::trainspotter-[\w-]+\n\[smoke\] trained healthy/);
    expect(api.requests.map((q) => `${q.method} ${q.path.split('?')[0]}`)).toEqual([`GET ${COMMENTS}`]);
    expect(api.requests[0]?.authorization).toBe('token ghs_faketoken123');
    expect(api.checked).toEqual(['GET /repos/{owner}/{repo}/issues/{issue_number}/comments']);
    const sawToken = join(r.workspace, '.trainspotter', 'seed-0', 'smoke-seed0', 'saw-token.txt');
    expect(readFileSync(sawToken, 'utf8')).toBe('false');
  });

  it('fails a pull request whose loss rises: job fails, annotation at the check, sticky comment updated in place', async () => {
    const mine = api.addComment(`${COMMENT_MARKER}\nold report`);
    const theirs = api.addComment(`${COMMENT_MARKER}\nquoted by a person`, 'User');
    const r = await action({ config: config('rising'), event: pullRequestEvent(), inputs: { seed: '2' } });
    expect(r.code).toBe(1);
    expect(r.outputs.status).toBe('fail');
    expect(r.outputs['failed-checks']).toBe('1');
    expect(r.outputs['failed-check-names']).toBe('smoke');
    expect(r.outputs['report-md']).toContain('seed-2');
    expect(r.stdout).toMatch(/::error title=trainspotter smoke%3A fail[^,]*,file=trainspotter.yml,line=3::/);
    expect(r.stdout).toMatch(/::error::trainspotter: fail \(smoke\)/);
    // The job summary leads with the reason in words (the verdict code stays in report.json).
    expect(r.summary).toMatch(/❌ \*\*smoke failed\*\*: loss went up to /);
    const writes = api.requests.filter((q) => q.method !== 'GET');
    expect(writes.map((q) => `${q.method} ${q.path}`)).toEqual([
      `PATCH /repos/${EVENT.repository}/issues/comments/${mine}`,
    ]);
    const body = (writes[0]?.body as { body: string } | undefined)?.body ?? '';
    expect(body.startsWith(`${COMMENT_MARKER}\n## trainspotter: ❌ fail`)).toBe(true);
    expect(api.comments.find((c) => c.id === theirs)?.body).toContain('quoted by a person');
  });

  it('only warns when the config gates the failed check as a warning', async () => {
    const r = await action({
      config: `${config('rising')}gate:\n  smoke: warn\n`,
      event: pullRequestEvent(),
    });
    expect(r.code).toBe(0);
    expect(r.outputs.status).toBe('warn');
    expect(r.outputs['warned-checks']).toBe('1');
    expect(r.outputs['failed-checks']).toBe('0');
    expect(r.stdout).toMatch(
      /::warning title=trainspotter smoke%3A warn[^,]*,file=trainspotter.yml,line=3::/,
    );
    expect(r.stdout).not.toContain('::error');
  });

  it('uploads report.json and report.md as the artifact named for the seed', async () => {
    const r = await action({
      config: config('healthy'),
      event: pullRequestEvent(),
      inputs: { seed: '1' },
      artifactService: true,
    });
    expect(r.code).toBe(0);
    expect(api.artifacts.map((a) => a.name)).toEqual(['trainspotter-report-seed-1']);
    const zip = api.artifacts[0]?.zip ?? Buffer.alloc(0);
    expect(zip.subarray(0, 2).toString()).toBe('PK');
    expect(zip.includes('report.json')).toBe(true);
    expect(zip.includes('report.md')).toBe(true);
    expect(r.outputs['artifact-id']).toBe(api.artifacts[0]?.artifactId);
    const create = api.requests.find((q) => q.path.endsWith('/CreateArtifact'));
    expect(create?.authorization).toMatch(/^Bearer /);
  });

  it('names a crashed training command and creates the comment', async () => {
    const r = await action({ config: config('crash'), event: pullRequestEvent() });
    expect(r.code).toBe(1);
    expect(r.outputs.status).toBe('fail');
    expect(r.outputs['failure-kinds']).toBe('shape_mismatch');
    expect(r.summary).toContain('shapes cannot be multiplied');
    const posts = api.requests.filter((q) => q.method === 'POST');
    expect(posts.map((q) => q.path)).toEqual([COMMENTS]);
    expect(api.comments).toHaveLength(1);
  });

  it('refuses an unapproved fork on a self-hosted runner without running anything, and says how to approve', async () => {
    const r = await action({ config: config('healthy'), event: pullRequestEvent({ fork: true }) });
    expect(r.code).toBe(1);
    expect(r.outputs.status).toBe('refused');
    expect(r.summary).toContain(EVENT.fork);
    expect(r.summary).toContain('`trainspotter:ok-to-test`');
    expect(r.stdout).toContain('::error::trainspotter did not run');
    expect(existsSync(join(r.workspace, '.trainspotter'))).toBe(false);
    expect(api.requests).toEqual([]);
  });

  it('runs a fork when the approval label is added, or on a GitHub-hosted runner; not for a later push', async () => {
    const labels = ['bug', 'trainspotter:ok-to-test'];
    const labelled = await action({
      config: config('healthy'),
      event: pullRequestEvent({ fork: true, labels, action: 'labeled' }),
    });
    expect(labelled.code).toBe(0);
    expect(labelled.outputs.status).toBe('pass');
    const hosted = await action({
      config: config('healthy'),
      event: pullRequestEvent({ fork: true }),
      runner: 'github-hosted',
    });
    expect(hosted.outputs.status).toBe('pass');
    const pushed = await action({
      config: config('healthy'),
      event: pullRequestEvent({ fork: true, labels, action: 'synchronize' }),
    });
    expect(pushed.code).toBe(1);
    expect(pushed.outputs.status).toBe('refused');
    expect(pushed.summary).toContain('removes and re-adds the label');
  });

  it('notes a read-only token (403) in the summary and does not fail because of it', async () => {
    api.readOnly = true;
    const r = await action({
      config: config('healthy'),
      event: pullRequestEvent({ fork: true }),
      inputs: { comment: 'always', 'allow-unapproved-forks': 'true' },
    });
    expect(r.code).toBe(0);
    expect(r.outputs.status).toBe('pass');
    expect(r.summary).toContain('the token is read-only here (HTTP 403');
    expect(api.requests.map((q) => q.method)).toEqual(['GET', 'POST']);
  });

  it('fails on a missing config, saying where it looked', async () => {
    const r = await action({ config: undefined, event: pullRequestEvent() });
    expect(r.code).toBe(1);
    expect(r.outputs.status).toBe('error');
    expect(r.summary).toContain('no trainspotter.yml in');
    expect(r.stdout).toContain('::error::trainspotter: no trainspotter.yml');
  });

  it('fails on an invalid config with an annotation at the bad line', async () => {
    const r = await action({
      config: 'version: 1\nchecks:\n  smoke:\n    run: node train.mjs healthy\n    timeout: soon\n',
      event: pullRequestEvent(),
    });
    expect(r.code).toBe(1);
    expect(r.outputs.status).toBe('error');
    expect(r.stdout).toMatch(
      /::error title=trainspotter%3A invalid trainspotter.yml,file=trainspotter.yml,line=5,col=\d+::/,
    );
    expect(r.summary).toContain('invalid config');
    expect(existsSync(join(r.workspace, '.trainspotter'))).toBe(false);
  });

  it('report mode: comments once for a seed matrix from downloaded reports, without running anything', async () => {
    const seeds = [
      await action({
        config: config('healthy'),
        event: pullRequestEvent(),
        inputs: { seed: '0', comment: 'never' },
      }),
      await action({
        config: config('rising'),
        event: pullRequestEvent(),
        inputs: { seed: '1', comment: 'never' },
      }),
    ];
    const downloads = mkdtempSync(join(tmpdir(), 'trainspotter-downloads-'));
    seeds.forEach((s, i) => {
      mkdirSync(join(downloads, `trainspotter-report-seed-${i}`));
      cpSync(s.outputs['report-json'] ?? '', join(downloads, `trainspotter-report-seed-${i}`, 'report.json'));
    });
    api.requests.length = 0;
    const r = await action({
      config: undefined,
      event: pullRequestEvent({ fork: true }),
      inputs: { reports: downloads, comment: 'always' },
    });
    rmSync(downloads, { recursive: true, force: true });
    expect(r.code).toBe(0);
    expect(r.outputs.status).toBe('fail');
    expect(r.summary).toMatch(/^## trainspotter: ❌ fail \(2 seeds\)/);
    expect(r.summary).toContain('### Seed 0: ✅ pass');
    expect(r.summary).toContain('### Seed 1: ❌ fail');
    expect(api.requests.map((q) => q.method)).toEqual(['GET', 'POST']);
    expect((api.requests[1]?.body as { body?: string } | null)?.body).toContain('### Seed 1: ❌ fail');
  });

  it('report mode: rejects reports that are not JSON or not valid, naming each file', async () => {
    const downloads = mkdtempSync(join(tmpdir(), 'trainspotter-downloads-'));
    mkdirSync(join(downloads, 'a'));
    mkdirSync(join(downloads, 'b'));
    writeFileSync(join(downloads, 'a', 'report.json'), '{"schemaVersion": 1, "status": "pass"}');
    writeFileSync(join(downloads, 'b', 'report.json'), '<html>');
    const r = await action({ config: undefined, event: pullRequestEvent(), inputs: { reports: downloads } });
    rmSync(downloads, { recursive: true, force: true });
    expect(r.code).toBe(1);
    expect(r.outputs.status).toBe('error');
    expect(r.stdout).toContain('a/report.json is not a valid trainspotter report');
    expect(r.stdout).toContain('b/report.json: not JSON');
    expect(api.requests).toEqual([]);
  });

  it('rejects bad inputs, naming each', async () => {
    const r = await action({
      config: config('healthy'),
      event: pullRequestEvent(),
      inputs: { comment: 'sometimes', checks: 'smoke,train' },
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("input checks: unknown check 'train'");
    expect(r.stdout).toContain("input comment: 'sometimes'");
  });
});
