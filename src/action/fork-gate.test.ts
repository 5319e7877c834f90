import { describe, expect, it } from 'vitest';
import { EVENT, pullRequestEvent } from '../../test/helpers/action-fixture.js';
import { decideForkGate } from './fork-gate.js';

const gate = (over: Partial<Parameters<typeof decideForkGate>[0]>) =>
  decideForkGate({
    eventName: 'pull_request',
    payload: pullRequestEvent({ fork: true }),
    runnerEnvironment: 'self-hosted',
    allowUnapprovedForks: false,
    approvalLabel: 'trainspotter:ok-to-test',
    ...over,
  });

describe('decideForkGate', () => {
  it('refuses a fork on a self-hosted runner, or on an unknown one, naming the fork and the label', () => {
    expect(gate({})).toEqual({
      run: false,
      pr: EVENT.number,
      headRepo: EVENT.fork,
      headSha: EVENT.headSha,
      label: 'trainspotter:ok-to-test',
      stale: false,
    });
    expect(gate({ runnerEnvironment: undefined }).run).toBe(false);
    expect(gate({ eventName: 'pull_request_target' }).run).toBe(false);
  });

  it('does not count the label for a new push (synchronize): the approval was for an earlier commit', () => {
    const labels = ['trainspotter:ok-to-test'];
    expect(gate({ payload: pullRequestEvent({ fork: true, labels, action: 'synchronize' }) })).toMatchObject({
      run: false,
      stale: true,
    });
    expect(gate({ payload: pullRequestEvent({ fork: true, labels, action: 'labeled' }) }).run).toBe(true);
  });

  it('refuses a deleted fork (head.repo null)', () => {
    const payload = pullRequestEvent({ fork: true }) as { pull_request: { head: { repo: unknown } } };
    payload.pull_request.head.repo = null;
    expect(gate({ payload })).toMatchObject({ run: false, headRepo: '(deleted fork)' });
  });

  it('runs with the label, the opt-out, on GitHub-hosted runners, for same-repo PRs and non-PR events', () => {
    expect(gate({ payload: pullRequestEvent({ fork: true, labels: ['trainspotter:ok-to-test'] }) }).run).toBe(
      true,
    );
    expect(gate({ payload: pullRequestEvent({ fork: true, labels: ['ok-to-test'] }) }).run).toBe(false);
    expect(gate({ allowUnapprovedForks: true }).run).toBe(true);
    expect(gate({ runnerEnvironment: 'github-hosted' }).run).toBe(true);
    expect(gate({ payload: pullRequestEvent() }).run).toBe(true);
    expect(gate({ eventName: 'push', payload: {} }).run).toBe(true);
  });
});
