import { resolve } from 'node:path';
import * as core from '@actions/core';
import type { ActionInputs } from './inputs.js';
import { postComment } from './post-comment.js';
import { readReports } from './read-reports.js';
import { renderReportsMarkdown, worstReportStatus } from './reports-md.js';

/**
 * Report mode (`reports` input): no command runs. Reads the saved reports (untrusted: size-limited
 * and validated), writes the summary and the sticky comment, sets `status` to the worst of them.
 * The job does not fail for a failing report (the job that ran the checks did); it fails for
 * reports that are missing or invalid (InputError).
 */
export async function commentOnReports(
  inputs: ActionInputs & { reports: string },
  env: Readonly<Record<string, string | undefined>>,
  workspace: string,
  payload: unknown,
  summarize: (markdown: string) => Promise<void>,
): Promise<void> {
  const found = await readReports(resolve(workspace, inputs.reports));
  core.info(`trainspotter: report mode, ${found.length} report(s): ${found.map((f) => f.file).join(', ')}`);
  const reports = found.map((f) => f.report);
  const status = worstReportStatus(reports);
  const markdown = renderReportsMarkdown(reports);
  core.setOutput('status', status);
  const notes = await postComment(inputs, env, env.GITHUB_EVENT_NAME, payload, status, markdown);
  await summarize(`${markdown}${notes.map((n) => `\n> ${n}\n`).join('')}`);
}
