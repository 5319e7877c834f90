import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type AppHarness,
  artifactZip,
  deliveryId,
  example,
  FORK,
  type Payload,
  prComment,
  pullRequestEvent,
  REPO,
  seedPull,
  startApp,
  workflowRunCompleted,
} from '../../test/helpers/app-harness.js';
import { reportFixture } from '../../test/helpers/report-fixture.js';
import { DEFAULT_APPROVAL_LABEL as LABEL } from './app-deps.js';

const SHA_A = 'a'.repeat(40);
const SHA_B = 'b'.repeat(40);
const MERGE_SHA = 'f'.repeat(40);
const pass = reportFixture('h100-digits-pass.json');
const failing = { ...pass, status: 'fail' as const };

let app: AppHarness;
beforeEach(async () => {
  app = await startApp();
  app.api.setPermission('maintainer', 'write');
});
afterEach(async () => {
  expect(app.api.violations).toEqual([]);
  await app.close();
});

const receive = (
  name: 'workflow_run' | 'pull_request' | 'issue_comment' | 'check_run',
  payload: Payload,
  id = deliveryId(),
) => app.probot.receive({ id, name, payload } as never);

const comment = (pr: number, body: string, login = 'maintainer') =>
  receive('issue_comment', prComment(pr, body, login));

/** The comments the app wrote on `pr` that are replies to commands, not the sticky results comment. */
const replies = (pr: number) =>
  app.api.comments.filter((c) => c.issueNumber === pr && c.body.startsWith('trainspotter: '));

const calls = () => app.api.apiCalls().map((c) => `${c.method} ${c.path.split('?')[0]}`);
const writes = (from: number) =>
  calls()
    .slice(from)
    .filter((c) => !c.startsWith('GET ') && !c.includes('/access_tokens'));

/** A workflow run of `sha` of PR `pr` whose one artifact holds `report`; its results are stored. */
async function reported(pr: number, sha: string, runId: number, report = pass) {
  app.api.addRunArtifact(runId, { name: 'trainspotter-report-seed-0', zip: artifactZip(report) });
  await receive('workflow_run', workflowRunCompleted({ runId, headSha: sha, pr }));
}

/** The real `check_run.requested_action` example, pointed at PR `pr` of REPO at `sha`. */
function buttonPress(pr: number, sha: string, login: string, identifier = 'accept-reference'): Payload {
  const payload = example('check_run', 'requested_action');
  payload.repository = pullRequestEvent('opened', { pr, headSha: sha }).repository;
  payload.installation = { id: 1 };
  payload.requested_action = { identifier };
  payload.sender = { ...payload.sender, login };
  const run = payload.check_run;
  run.head_sha = sha;
  const [listed] = run.pull_requests;
  run.pull_requests = [
    { ...listed, number: pr, head: { ...listed.head, sha }, base: { ...listed.base, ref: 'master' } },
  ];
  return payload;
}

describe('pull_request events', () => {
  it('queues one check run on the head of a same-repository PR', async () => {
    await receive('pull_request', pullRequestEvent('opened', { pr: 7, headSha: SHA_A }));
    expect(app.api.checkRuns).toHaveLength(1);
    expect(app.api.checkRuns[0]).toMatchObject({
      name: 'trainspotter',
      head_sha: SHA_A,
      status: 'queued',
      conclusion: null,
    });
  });

  it("makes an unapproved fork head's check run wait for a maintainer, and says how to approve", async () => {
    await receive('pull_request', pullRequestEvent('opened', { pr: 9, headSha: SHA_A, headRepo: FORK }));
    expect(app.api.checkRuns).toHaveLength(1);
    const [check] = app.api.checkRuns;
    expect(check).toMatchObject({
      head_sha: SHA_A,
      status: 'completed',
      conclusion: 'action_required',
      details_url: `https://github.com/${REPO}/pull/9`,
    });
    expect(check?.output.summary).toContain('`/trainspotter ok-to-test`');
    expect(check?.output.summary).toContain(LABEL);
  });

  it("takes a fork's approval away when it pushes again: label removed, approval cleared, check waiting", async () => {
    seedPull(app.api, { pr: 9, headSha: SHA_A, headRepo: FORK });
    await receive('pull_request', pullRequestEvent('opened', { pr: 9, headSha: SHA_A, headRepo: FORK }));
    await comment(9, '/trainspotter ok-to-test');
    expect(app.api.labels(9)).toEqual([LABEL]);
    expect((await app.store.getPullRequest(REPO, 9))?.approvedSha).toBe(SHA_A);

    const before = calls().length;
    await receive(
      'pull_request',
      pullRequestEvent('synchronize', { pr: 9, headSha: SHA_B, headRepo: FORK, labels: [LABEL] }),
    );
    expect(writes(before)).toEqual([
      `DELETE /repos/${REPO}/issues/9/labels/${encodeURIComponent(LABEL)}`,
      `POST /repos/${REPO}/check-runs`,
    ]);
    expect(app.api.labels(9)).toEqual([]);
    expect(await app.store.getPullRequest(REPO, 9)).toMatchObject({
      headSha: SHA_B,
      approvedSha: null,
      approvedBy: null,
    });
    expect(app.api.checkRuns.filter((c) => c.head_sha === SHA_B)).toMatchObject([
      { conclusion: 'action_required' },
    ]);
  });

  it('leaves the approval label alone on a same-repository push', async () => {
    app.api.issueLabels.set(7, [LABEL]);
    const before = calls().length;
    await receive(
      'pull_request',
      pullRequestEvent('synchronize', { pr: 7, headSha: SHA_B, labels: [LABEL] }),
    );
    expect(writes(before)).toEqual([`POST /repos/${REPO}/check-runs`]);
    expect(app.api.labels(7)).toEqual([LABEL]);
    expect(app.api.checkRuns[0]).toMatchObject({ head_sha: SHA_B, status: 'queued' });
  });
});

describe('/trainspotter ok-to-test', () => {
  beforeEach(async () => {
    seedPull(app.api, { pr: 9, headSha: SHA_A, headRepo: FORK });
    await receive('pull_request', pullRequestEvent('opened', { pr: 9, headSha: SHA_A, headRepo: FORK }));
  });

  it.each(['write', 'admin'] as const)(
    'from someone with %s access: labels, approves the head and queues its check run',
    async (permission) => {
      app.api.setPermission('boss', permission);
      await comment(9, 'Looks safe.\n/trainspotter ok-to-test', 'boss');
      expect(app.api.labels(9)).toEqual([LABEL]);
      expect(await app.store.getPullRequest(REPO, 9)).toMatchObject({
        headSha: SHA_A,
        headRepo: FORK,
        approvedSha: SHA_A,
        approvedBy: 'boss',
      });
      expect(app.api.checkRuns).toHaveLength(2);
      expect(app.api.checkRuns[1]).toMatchObject({ head_sha: SHA_A, status: 'queued', conclusion: null });
      expect(replies(9).map((c) => c.body)).toEqual([
        expect.stringMatching(/^trainspotter: boss approved commit `aaaaaaaaaaaa`/),
      ]);
    },
  );

  it('from someone with read access: a refusal that names their access, and nothing else', async () => {
    app.api.setPermission('reader', 'read');
    const before = calls().length;
    await comment(9, '/trainspotter ok-to-test', 'reader');
    expect(writes(before)).toEqual([`POST /repos/${REPO}/issues/9/comments`]);
    expect(replies(9).map((c) => c.body)).toEqual([expect.stringMatching(/reader has read access\.$/)]);
    expect(app.api.labels(9)).toEqual([]);
    expect(app.api.checkRuns).toMatchObject([{ conclusion: 'action_required' }]);
    expect((await app.store.getPullRequest(REPO, 9))?.approvedSha).toBeNull();
  });

  it('from someone who is no collaborator (permission none, or a 404): refused', async () => {
    app.api.setPermission('stranger', 'none');
    await comment(9, '/trainspotter ok-to-test', 'stranger');
    app.api.failNext({ method: 'GET', path: /\/collaborators\/ghost\/permission$/ }, 1, {
      status: 404,
      body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' },
    });
    await comment(9, '/trainspotter ok-to-test', 'ghost');
    expect(replies(9).map((c) => c.body)).toEqual([
      expect.stringMatching(/stranger has none access\.$/),
      expect.stringMatching(/ghost has none access\.$/),
    ]);
    expect(app.api.labels(9)).toEqual([]);
    expect(app.api.checkRuns).toHaveLength(1);
    expect((await app.store.getPullRequest(REPO, 9))?.approvedSha).toBeNull();
  });

  it('on a same-repository PR: says it needs no approval, and approves nothing', async () => {
    seedPull(app.api, { pr: 7, headSha: SHA_B });
    await comment(7, '/trainspotter ok-to-test');
    expect(replies(7).map((c) => c.body)).toEqual([expect.stringContaining('not from a fork')]);
    expect(app.api.labels(7)).toEqual([]);
    expect((await app.store.getPullRequest(REPO, 7))?.approvedSha).toBeNull();
  });
});

describe('/trainspotter accept', () => {
  it('passes a failing check, notes it in the comment, and makes the results the baseline on merge', async () => {
    seedPull(app.api, { pr: 7, headSha: SHA_A });
    await receive('pull_request', pullRequestEvent('opened', { pr: 7, headSha: SHA_A }));
    await reported(7, SHA_A, 101, failing);
    expect(app.api.checkRuns).toMatchObject([{ head_sha: SHA_A, conclusion: 'failure' }]);

    await comment(7, '/trainspotter accept');
    expect(app.api.checkRuns).toHaveLength(1);
    expect(app.api.checkRuns[0]).toMatchObject({ conclusion: 'success', actions: [] });
    const sticky = app.api.comments.filter(
      (c) => c.issueNumber === 7 && !c.body.startsWith('trainspotter: '),
    );
    expect(sticky).toHaveLength(1);
    expect(sticky[0]?.body).toContain('maintainer accepted these results as the new reference');
    expect(replies(7).map((c) => c.body)).toEqual([
      expect.stringMatching(/^trainspotter: maintainer accepted the results of `aaaaaaaaaaaa`.*master\.$/),
    ]);
    expect(await app.store.getPullRequest(REPO, 7)).toMatchObject({
      acceptedSha: SHA_A,
      acceptedBy: 'maintainer',
    });
    expect(await app.store.getBaseline(REPO, 'master')).toBeNull();

    await receive('pull_request', pullRequestEvent('closed', { pr: 7, headSha: SHA_A, merged: true }));
    const ids = (await app.store.getReports(REPO, SHA_A)).map((r) => r.id);
    expect(await app.store.getBaseline(REPO, 'master')).toMatchObject({ sha: MERGE_SHA, reportIds: ids });
  });

  it('before any results: says there are none yet, and stores nothing', async () => {
    seedPull(app.api, { pr: 7, headSha: SHA_A });
    await comment(7, '/trainspotter accept');
    expect(replies(7).map((c) => c.body)).toEqual([
      expect.stringContaining('there are no results for `aaaaaaaaaaaa` yet'),
    ]);
    expect((await app.store.getPullRequest(REPO, 7))?.acceptedSha).toBeNull();
    expect(app.api.checkRuns).toHaveLength(0);
    await receive('pull_request', pullRequestEvent('closed', { pr: 7, headSha: SHA_A, merged: true }));
    expect(await app.store.getBaseline(REPO, 'master')).toBeNull();
  });

  it('sets no baseline when the PR is closed without merging', async () => {
    seedPull(app.api, { pr: 7, headSha: SHA_A });
    await reported(7, SHA_A, 101);
    await comment(7, '/trainspotter accept');
    await receive('pull_request', pullRequestEvent('closed', { pr: 7, headSha: SHA_A, merged: false }));
    expect(await app.store.getBaseline(REPO, 'master')).toBeNull();
  });
});

describe('/trainspotter rerun', () => {
  it("reruns the head's workflow run", async () => {
    seedPull(app.api, { pr: 7, headSha: SHA_A });
    await reported(7, SHA_A, 101);
    await comment(7, '/trainspotter rerun');
    expect(app.api.reruns).toEqual([101]);
    expect(replies(7).map((c) => c.body)).toEqual([expect.stringContaining('`aaaaaaaaaaaa` run again')]);
  });

  it('says there is nothing to rerun before any run', async () => {
    seedPull(app.api, { pr: 7, headSha: SHA_A });
    await comment(7, '/trainspotter rerun');
    expect(app.api.reruns).toEqual([]);
    expect(replies(7).map((c) => c.body)).toEqual([expect.stringContaining('nothing to rerun')]);
  });
});

describe('comments that are no command', () => {
  it('answers an unknown command from a writer with the list of commands', async () => {
    await comment(7, '/trainspotter frobnicate');
    expect(replies(7).map((c) => c.body)).toEqual([
      'trainspotter: unknown command `frobnicate`. Commands: `/trainspotter ok-to-test`, `/trainspotter accept`, `/trainspotter rerun`.',
    ]);
  });

  it('makes no API call for a bot, an issue that is no PR, or a comment without a command', async () => {
    const fromBot = prComment(7, '/trainspotter accept', 'dependabot[bot]');
    fromBot.comment.user.type = 'Bot';
    const onIssue = prComment(7, '/trainspotter accept');
    delete onIssue.issue.pull_request;
    await receive('issue_comment', fromBot);
    await receive('issue_comment', onIssue);
    await comment(7, 'Thanks! Will /trainspotter accept later.\n> /trainspotter rerun');
    expect(app.api.apiCalls()).toEqual([]);
  });

  it('escapes a hostile login in its replies: no @mention, no HTML', async () => {
    const login = '@evil<img src=x onerror=alert(1)>';
    app.api.setPermission(login, 'read');
    await comment(7, '/trainspotter accept', login);
    app.api.setPermission(login, 'write');
    seedPull(app.api, { pr: 7, headSha: SHA_A });
    await reported(7, SHA_A, 101);
    await comment(7, '/trainspotter accept', login);
    await comment(7, '/trainspotter <b>@everyone</b>', login);
    const bodies = app.api.comments.filter((c) => c.issueNumber === 7).map((c) => c.body);
    expect(replies(7)).toHaveLength(3);
    expect(bodies.length).toBeGreaterThan(3);
    for (const body of bodies) {
      expect(body).not.toMatch(/@(evil|everyone)/);
      expect(body).not.toMatch(/(^|[^\\])<(img|b)\b/);
    }
    expect(replies(7)[0]?.body).toContain('@\u200bevil\\<img');
  });

  it('handles one delivery once, however often it arrives', async () => {
    const payload = prComment(7, '/trainspotter frobnicate');
    const id = deliveryId();
    await receive('issue_comment', payload, id);
    await receive('issue_comment', payload, id);
    expect(replies(7)).toHaveLength(1);
  });
});

describe('the check run\'s "Accept as reference" button', () => {
  it('from a writer: the same as /trainspotter accept', async () => {
    await receive('pull_request', pullRequestEvent('opened', { pr: 7, headSha: SHA_A }));
    await reported(7, SHA_A, 101, failing);
    await receive('check_run', buttonPress(7, SHA_A, 'maintainer'));
    expect(app.api.checkRuns).toMatchObject([{ conclusion: 'success', actions: [] }]);
    expect(await app.store.getPullRequest(REPO, 7)).toMatchObject({
      acceptedSha: SHA_A,
      acceptedBy: 'maintainer',
    });
    expect(replies(7).map((c) => c.body)).toEqual([
      expect.stringMatching(/^trainspotter: maintainer accepted the results of `aaaaaaaaaaaa`/),
    ]);
    await receive('pull_request', pullRequestEvent('closed', { pr: 7, headSha: SHA_A, merged: true }));
    expect(await app.store.getBaseline(REPO, 'master')).toMatchObject({ sha: MERGE_SHA });
  });

  it('from a reader: a refusal, and nothing accepted', async () => {
    app.api.setPermission('reader', 'read');
    await reported(7, SHA_A, 101, failing);
    await receive('check_run', buttonPress(7, SHA_A, 'reader'));
    expect(replies(7).map((c) => c.body)).toEqual([expect.stringMatching(/reader has read access\.$/)]);
    expect(app.api.checkRuns).toMatchObject([{ conclusion: 'failure' }]);
    expect((await app.store.getPullRequest(REPO, 7))?.acceptedSha).toBeNull();
  });

  it('ignores another button', async () => {
    await reported(7, SHA_A, 101, failing);
    const before = calls().length;
    await receive('check_run', buttonPress(7, SHA_A, 'maintainer', 'something-else'));
    expect(calls().length).toBe(before);
    expect((await app.store.getPullRequest(REPO, 7))?.acceptedSha).toBeNull();
  });
});
