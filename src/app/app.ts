import type { ApplicationFunction } from 'probot';
import type { AppDeps } from './app-deps.js';
import { onCheckRunAction } from './on-check-run-action.js';
import { onIssueComment } from './on-issue-comment.js';
import { onPullRequestClosed, onPullRequestHead } from './on-pull-request.js';
import { onWorkflowRunCompleted, onWorkflowRunStarted } from './on-workflow-run.js';

/** The webhook events the app subscribes to (app.yml's default_events lists the same). */
export const APP_EVENTS = ['check_run', 'issue_comment', 'pull_request', 'workflow_run'] as const;

/** trainspotter's Probot app: which event goes to which handler. */
export function trainspotterApp(deps: AppDeps): ApplicationFunction {
  return (app) => {
    app.on('workflow_run.completed', (context) => onWorkflowRunCompleted(context, deps));
    app.on('workflow_run.in_progress', (context) => onWorkflowRunStarted(context, deps));
    app.on(['pull_request.opened', 'pull_request.reopened', 'pull_request.synchronize'], (context) =>
      onPullRequestHead(context, deps),
    );
    app.on('pull_request.closed', (context) => onPullRequestClosed(context, deps));
    app.on('issue_comment.created', (context) => onIssueComment(context, deps));
    app.on('check_run.requested_action', (context) => onCheckRunAction(context, deps));
  };
}
