import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type AppHarness,
  artifactZip,
  deliveryId,
  FORK,
  pullRequestEvent,
  REPO,
  seedPull,
  startApp,
  workflowRunCompleted,
} from '../../test/helpers/app-harness.js';
import { reportFixture } from '../../test/helpers/report-fixture.js';
import { commentHeadSha } from '../render/pr-comment.js';

const SHA_A = 'a'.repeat(40);
const SHA_B = 'b'.repeat(40);
const pass = reportFixture('h100-digits-pass.json');

let app: AppHarness;
beforeEach(async () => {
  app = await startApp();
});
afterEach(async () => {
  await app.close();
});

const receive = (name: 'workflow_run' | 'pull_request', payload: Record<string, unknown>) =>
  app.probot.receive({ id: deliveryId(), name, payload } as never);

const comments = (pr: number) => app.api.comments.filter((c) => c.issueNumber === pr);

describe('workflow_run.completed of a same-repository PR', () => {
  it('stores the report, completes the check run and writes one comment, in at most 8 API calls', async () => {
    app.api.addRunArtifact(101, { name: 'trainspotter-report-seed-0', zip: artifactZip(pass) });
    const before = app.api.apiCalls().length;
    await receive('workflow_run', workflowRunCompleted({ runId: 101, headSha: SHA_A, pr: 7 }));
    const calls = app.api.apiCalls().slice(before);
    expect(calls.map((c) => `${c.method} ${c.path.split('?')[0]}`)).toEqual([
      'POST /app/installations/1/access_tokens',
      `GET /repos/${REPO}/actions/runs/101/artifacts`,
      expect.stringMatching(/^GET \/repos\/Codertocat\/Hello-World\/actions\/artifacts\/\d+\/zip$/),
      `GET /repos/${REPO}/contents/.github%2Ftrainspotter.yml`,
      'GET /repos/Codertocat/.github/contents/.github%2Ftrainspotter.yml',
      `POST /repos/${REPO}/check-runs`,
      `POST /repos/${REPO}/issues/7/comments`,
    ]);
    expect(calls.length).toBeLessThanOrEqual(8);
    expect(app.api.violations).toEqual([]);

    const [check] = app.api.checkRuns;
    expect(check).toMatchObject({
      name: 'trainspotter',
      head_sha: SHA_A,
      status: 'completed',
      conclusion: 'success',
    });
    expect(check?.output.title).toMatch(/^trainspotter: pass — 3 checks over 1 seed/);
    expect(check?.actions).toEqual([expect.objectContaining({ identifier: 'accept-reference' })]);

    const [comment] = comments(7);
    expect(comments(7)).toHaveLength(1);
    expect(comment?.user.login).toBe('trainspotter[bot]');
    expect(commentHeadSha(comment?.body ?? '')).toBe(SHA_A);
    expect(comment?.body).toContain('## trainspotter: ');
    expect(comment?.body).toContain('### Validation-reuse budget');

    expect((await app.store.getReports(REPO, SHA_A)).map((r) => r.report)).toEqual([pass]);
    expect((await app.store.getLedger(REPO, 'test_val n=270'))?.evaluations).toBe(1);
    expect((await app.store.getHead(REPO, SHA_A))?.workflowRunId).toBe(101);
  });

  it('updates the check run the PR event queued, and the comment in place on the next run', async () => {
    await receive('pull_request', pullRequestEvent('opened', { pr: 7, headSha: SHA_A }));
    expect(app.api.checkRuns).toMatchObject([{ head_sha: SHA_A, status: 'queued', conclusion: null }]);
    app.api.addRunArtifact(101, { name: 'trainspotter-report-seed-0', zip: artifactZip(pass) });
    await receive('workflow_run', workflowRunCompleted({ runId: 101, headSha: SHA_A, pr: 7 }));
    expect(app.api.checkRuns).toHaveLength(1);
    expect(app.api.checkRuns[0]).toMatchObject({ status: 'completed', conclusion: 'success' });

    await receive('pull_request', pullRequestEvent('synchronize', { pr: 7, headSha: SHA_B }));
    const failing = { ...pass, status: 'fail' as const, run: { ...pass.run, seed: 0 } };
    app.api.addRunArtifact(102, { name: 'trainspotter-report-seed-0', zip: artifactZip(failing) });
    await receive('workflow_run', workflowRunCompleted({ runId: 102, headSha: SHA_B, pr: 7 }));
    expect(comments(7)).toHaveLength(1);
    expect(commentHeadSha(comments(7)[0]?.body ?? '')).toBe(SHA_B);
    expect(app.api.checkRuns.find((c) => c.head_sha === SHA_B)).toMatchObject({ conclusion: 'failure' });
  });

  it('never lets an older head overwrite the comment of a newer one', async () => {
    await receive('pull_request', pullRequestEvent('opened', { pr: 7, headSha: SHA_A }));
    await receive('pull_request', pullRequestEvent('synchronize', { pr: 7, headSha: SHA_B }));
    app.api.addRunArtifact(202, { name: 'trainspotter-report-seed-0', zip: artifactZip(pass) });
    await receive('workflow_run', workflowRunCompleted({ runId: 202, headSha: SHA_B, pr: 7 }));
    const written = comments(7)[0]?.body;
    // The older head's run finishes last; like GitHub, its payload no longer lists the PR.
    app.api.addRunArtifact(201, { name: 'trainspotter-report-seed-0', zip: artifactZip(pass) });
    seedPull(app.api, { pr: 7, headSha: SHA_B });
    await receive('workflow_run', workflowRunCompleted({ runId: 201, headSha: SHA_A }));
    expect(comments(7)).toHaveLength(1);
    expect(comments(7)[0]?.body).toBe(written);
    expect(commentHeadSha(written ?? '')).toBe(SHA_B);
    // Its own check run still completes: a required check on that commit never hangs.
    expect(app.api.checkRuns.find((c) => c.head_sha === SHA_A)).toMatchObject({ status: 'completed' });
  });

  it('processes a run once however often it is delivered', async () => {
    app.api.addRunArtifact(101, { name: 'trainspotter-report-seed-0', zip: artifactZip(pass) });
    const payload = workflowRunCompleted({ runId: 101, headSha: SHA_A, pr: 7 });
    await receive('workflow_run', payload);
    const calls = app.api.apiCalls().length;
    await receive('workflow_run', payload);
    await app.probot.receive({ id: 'same-id', name: 'workflow_run', payload } as never);
    expect(app.api.apiCalls().length).toBe(calls);
    expect(await app.store.getReports(REPO, SHA_A)).toHaveLength(1);
    expect(comments(7)).toHaveLength(1);
  });
});

describe('workflow_run.in_progress', () => {
  it("moves a trainspotter workflow's queued check run to in progress, and ignores other workflows", async () => {
    await receive('pull_request', pullRequestEvent('opened', { pr: 7, headSha: SHA_A }));
    const started = (name: string, runId: number) => ({
      ...workflowRunCompleted({ runId, headSha: SHA_A, pr: 7, name }),
      action: 'in_progress',
    });
    await receive('workflow_run', started('lint', 700));
    expect(app.api.checkRuns[0]?.status).toBe('queued');
    await receive('workflow_run', started('trainspotter', 701));
    expect(app.api.checkRuns).toHaveLength(1);
    expect(app.api.checkRuns[0]?.status).toBe('in_progress');
    expect((await app.store.getHead(REPO, SHA_A))?.workflowRunId).toBe(701);
    expect(app.api.violations).toEqual([]);
  });
});

describe('workflow_run.completed of a fork PR', () => {
  it('finds the PR by the head repository and branch (the payload lists none) and comments on it', async () => {
    seedPull(app.api, { pr: 9, headSha: SHA_A, headRepo: FORK, branch: 'patch-1' });
    seedPull(app.api, {
      pr: 8,
      headSha: 'c'.repeat(40),
      headRepo: 'someone-else/Hello-World',
      branch: 'patch-1',
    });
    app.api.addRunArtifact(301, { name: 'trainspotter-report-seed-0', zip: artifactZip(pass) });
    await receive(
      'workflow_run',
      workflowRunCompleted({ runId: 301, headSha: SHA_A, headRepo: FORK, headBranch: 'patch-1' }),
    );
    const list = app.api.apiCalls().find((c) => c.method === 'GET' && c.path.includes('/pulls?'));
    expect(list?.path).toContain('head=forker%3Apatch-1');
    expect(comments(9)).toHaveLength(1);
    expect(comments(8)).toHaveLength(0);
    expect(await app.store.getPullRequest(REPO, 9)).toMatchObject({ headSha: SHA_A, headRepo: FORK });
  });
});

describe('workflow_run.completed of the fork-safe pull_request_target workflow', () => {
  it('takes the tested commit from the artifact name (the run itself is on the base branch)', async () => {
    seedPull(app.api, { pr: 11, headSha: SHA_B, headRepo: FORK, branch: 'patch-1' });
    app.api.addRunArtifact(311, { name: `trainspotter-report-${SHA_B}-seed-0`, zip: artifactZip(pass) });
    const payload = workflowRunCompleted({
      runId: 311,
      headSha: SHA_A,
      event: 'pull_request_target',
      headBranch: 'master',
    });
    await receive('workflow_run', payload);
    expect(comments(11)).toHaveLength(1);
    expect(commentHeadSha(comments(11)[0]?.body ?? '')).toBe(SHA_B);
    expect(await app.store.getReports(REPO, SHA_B)).toHaveLength(1);
    expect(await app.store.getReports(REPO, SHA_A)).toHaveLength(0);
    expect(app.api.checkRuns.map((c) => c.head_sha)).toEqual([SHA_B]);
    expect(app.api.violations).toEqual([]);
  });

  it('publishes nothing when the artifact names no commit (it cannot tell which PR was tested)', async () => {
    app.api.addRunArtifact(312, { name: 'trainspotter-report-seed-0', zip: artifactZip(pass) });
    await receive(
      'workflow_run',
      workflowRunCompleted({
        runId: 312,
        headSha: SHA_A,
        event: 'pull_request_target',
        headBranch: 'master',
      }),
    );
    expect(app.api.checkRuns).toHaveLength(0);
    expect(app.api.comments).toHaveLength(0);
    expect(await app.store.getReports(REPO, SHA_A)).toHaveLength(0);
  });
});

describe('the default branch and the baseline', () => {
  it("makes a default-branch push's reports the baseline, and compares PRs with it", async () => {
    const base = [0, 1, 2].map((seed) => ({
      ...pass,
      finalMetrics: { ...pass.finalMetrics, 'test/accuracy': 0.97 + seed * 0.001 },
      run: { ...pass.run, seed },
    }));
    for (const [i, r] of base.entries())
      app.api.addRunArtifact(401, { name: `trainspotter-report-seed-${i}`, zip: artifactZip(r) });
    await receive(
      'workflow_run',
      workflowRunCompleted({ runId: 401, headSha: SHA_A, event: 'push', headBranch: 'master' }),
    );
    const baseline = await app.store.getBaseline(REPO, 'master');
    expect(baseline).toMatchObject({ sha: SHA_A });
    expect(baseline?.reportIds).toHaveLength(3);
    expect(app.api.comments).toHaveLength(0);
    expect(app.api.checkRuns[0]).toMatchObject({ head_sha: SHA_A, conclusion: 'success', actions: [] });

    const worse = [0, 1, 2].map((seed) => ({
      ...pass,
      finalMetrics: { ...pass.finalMetrics, 'test/accuracy': 0.9 + seed * 0.001 },
      run: { ...pass.run, seed },
    }));
    for (const [i, r] of worse.entries())
      app.api.addRunArtifact(402, { name: `trainspotter-report-seed-${i}`, zip: artifactZip(r) });
    await receive('workflow_run', workflowRunCompleted({ runId: 402, headSha: SHA_B, pr: 7 }));
    const body = comments(7)[0]?.body ?? '';
    expect(body).toContain('Base master');
    expect(body).toMatch(/test\/accuracy.*regressed/);
    expect(app.api.checkRuns.find((c) => c.head_sha === SHA_B)).toMatchObject({ conclusion: 'failure' });
  });
});

describe('the repository config', () => {
  it('compares with the known result of .github/trainspotter.yml on the default branch', async () => {
    app.api.setFile(
      REPO,
      '.github/trainspotter.yml',
      'checks:\n  smoke:\n    run: python train.py\nreference:\n  source: the paper\n  metrics:\n    test/accuracy: {value: 0.99, std: 0.001, runs: 5, tolerance: 0.001}\n',
    );
    app.api.addRunArtifact(501, { name: 'trainspotter-report-seed-0', zip: artifactZip(pass) });
    await receive('workflow_run', workflowRunCompleted({ runId: 501, headSha: SHA_A, pr: 7 }));
    const body = comments(7)[0]?.body ?? '';
    expect(body).toContain('the paper');
    expect(body).toMatch(/test\/accuracy.*regressed/);
  });

  it('says what is wrong with an invalid config, and goes on with the defaults', async () => {
    app.api.setFile(
      REPO,
      '.github/trainspotter.yml',
      'checks:\n  smoke:\n    run: 3\ngate:\n  smoke: explode\n',
    );
    app.api.addRunArtifact(502, { name: 'trainspotter-report-seed-0', zip: artifactZip(pass) });
    await receive('workflow_run', workflowRunCompleted({ runId: 502, headSha: SHA_A, pr: 7 }));
    const body = comments(7)[0]?.body ?? '';
    expect(body).toMatch(/⚠️ \.github\/trainspotter\.yml: .*smoke.*Fix it on the default branch/);
    expect(app.api.checkRuns[0]?.conclusion).toBe('success');
  });
});

describe('workflows that are not trainspotter', () => {
  it('ignores a run with no trainspotter artifact from a workflow not named so, after one call', async () => {
    app.api.addRunArtifact(601, { name: 'coverage', zip: artifactZip('{}') });
    await receive('workflow_run', workflowRunCompleted({ runId: 601, headSha: SHA_A, pr: 7, name: 'lint' }));
    const calls = app.api.apiCalls().map((c) => `${c.method} ${c.path.split('?')[0]}`);
    expect(calls.filter((c) => !c.includes('access_tokens'))).toEqual([
      `GET /repos/${REPO}/actions/runs/601/artifacts`,
    ]);
    expect(app.api.checkRuns).toHaveLength(0);
    expect(app.api.comments).toHaveLength(0);
  });
});
