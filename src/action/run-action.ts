import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import * as core from '@actions/core';
import { InputError } from '../core/errors.js';
import { VERSION } from '../core/version.js';
import { escapeMarkdown } from '../render/escape.js';
import { loadOnce } from '../runner/load-once.js';
import { runTrainspotter } from '../runner/run-trainspotter.js';
import { type Annotation, checkLine, configAnnotations, reportAnnotations } from './annotations.js';
import { commandEnv } from './command-env.js';
import { decideForkGate } from './fork-gate.js';
import { type ActionInputs, parseInputs } from './inputs.js';
import { reportOutputs } from './outputs.js';
import { randomToken } from './random-token.js';
import { renderRefusalMarkdown } from './refusal-md.js';

type Env = Readonly<Record<string, string | undefined>>;

function annotate(a: Annotation): void {
  const props = {
    title: a.title,
    ...(a.file === undefined ? {} : { file: a.file }),
    ...(a.startLine === undefined ? {} : { startLine: a.startLine }),
    ...(a.startColumn === undefined ? {} : { startColumn: a.startColumn }),
  };
  if (a.level === 'error') core.error(a.message, props);
  else core.warning(a.message, props);
}

async function readEvent(env: Env): Promise<unknown> {
  if (!env.GITHUB_EVENT_PATH) return undefined;
  try {
    return JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8'));
  } catch (error) {
    throw new InputError(
      `GITHUB_EVENT_PATH ${env.GITHUB_EVENT_PATH}: cannot read the event payload (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
}

/** Appends to the job summary; without one (not on a runner) prints it to the log instead. */
async function summarize(env: Env, markdown: string): Promise<void> {
  if (env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown).write();
  else core.info(markdown);
}

/** The check's output between these two lines is printed verbatim: workflow commands in it do nothing. */
function commandsOff(): { off: string; on: string } {
  const token = `trainspotter-${randomToken()}`;
  return { off: `::stop-commands::${token}`, on: `::${token}::` };
}

/**
 * The action, start to finish: inputs, the fork gate, the checks (one log group each), the job
 * summary, annotations, outputs, the artifact and the sticky comment. The job fails exactly when
 * the report's status is `fail` or `error`, or when the gate refuses. Throws InputError for bad
 * inputs or a missing config.
 */
export async function runAction(env: Env, write: (text: string) => void): Promise<void> {
  const inputs: ActionInputs = parseInputs((name) => core.getInput(name));
  if (inputs.githubToken) core.setSecret(inputs.githubToken);
  const workspace = resolve(env.GITHUB_WORKSPACE ?? process.cwd());
  const cwd = resolve(workspace, inputs.workingDirectory);
  const eventName = env.GITHUB_EVENT_NAME;
  const payload = await readEvent(env);

  if (inputs.reports) {
    // No pull-request code runs in report mode, so the fork gate does not apply.
    const { commentOnReports } = await import('./comment-reports.js');
    await commentOnReports({ ...inputs, reports: inputs.reports }, env, workspace, payload, (md) =>
      summarize(env, md),
    );
    return;
  }

  const gate = decideForkGate({
    eventName,
    payload,
    runnerEnvironment: env.RUNNER_ENVIRONMENT,
    allowUnapprovedForks: inputs.allowUnapprovedForks,
    approvalLabel: inputs.approvalLabel,
  });
  if (!gate.run) {
    await summarize(env, renderRefusalMarkdown(gate));
    core.setOutput('status', 'refused');
    const why = gate.stale
      ? `the label '${gate.label}' approved an earlier commit`
      : `without the label '${gate.label}'`;
    core.setFailed(
      `trainspotter did not run: pull request from the fork ${gate.headRepo} on a self-hosted runner, ${why}. A maintainer approves the head commit by adding that label; see the job summary.`,
    );
    return;
  }
  core.info(`trainspotter ${VERSION}: running (${gate.why}).`);

  // What runs after the checks (the renderer, the artifact upload, Octokit for the comment) loads
  // while they run: from the moment the first command has started, as before it would delay it.
  // Errors surface where they are awaited.
  const loadPublishing = loadOnce(() =>
    Promise.all([
      import('../render/report-md.js'),
      import('./upload-report.js'),
      import('./post-comment.js'),
    ]),
  );
  const markers = commandsOff();
  const result = await runTrainspotter({
    cwd,
    ...(inputs.config ? { config: inputs.config } : {}),
    ...(inputs.checks ? { only: inputs.checks } : {}),
    ...(inputs.seed === undefined ? {} : { seed: inputs.seed }),
    env: commandEnv(env),
    gpu: inputs.gpuTelemetry,
    version: VERSION,
    renderMarkdown: async (report) => (await loadPublishing())[0].renderReportMarkdown(report),
    onCommandStarted: loadPublishing,
    onLine: (line) => write(`${line}\n`),
    onCheckStart: (name) => {
      core.startGroup(`trainspotter ${name}`);
      write(`${markers.off}\n`);
    },
    onCheckEnd: () => {
      write(`${markers.on}\n`);
      core.endGroup();
    },
  });
  if (!result.ok) {
    const file = relative(workspace, result.configPath);
    for (const a of configAnnotations(result.errors, file)) annotate(a);
    await summarize(
      env,
      [
        '## trainspotter: 💥 invalid config',
        '',
        `${result.errors.length} problem(s) in \`${file}\`; nothing was run:`,
        '',
        ...result.errors.map((e) => `- ${escapeMarkdown(e.message, 1000)}`),
        '',
      ].join('\n'),
    );
    core.setOutput('status', 'error');
    core.setFailed(`trainspotter: ${file} is not a valid config (${result.errors.length} problem(s)).`);
    return;
  }

  const { report, paths, markdown } = result;
  const configText = await readFile(result.configPath, 'utf8');
  const configFile = relative(workspace, result.configPath);
  for (const a of reportAnnotations(report, configFile, (name) => checkLine(configText, name))) annotate(a);
  for (const [name, value] of Object.entries(reportOutputs(report, paths))) core.setOutput(name, value);

  const [, { uploadReport }, { postComment }] = await loadPublishing();
  // Independent (neither throws; each returns its notes), so the job waits for the slower only.
  const notes = (
    await Promise.all([
      uploadReport(inputs, report.run.seed, paths, env),
      postComment(inputs, env, eventName, payload, report.status, markdown),
    ])
  ).flat();
  await summarize(env, `${markdown}${notes.map((n) => `\n> ${n}\n`).join('')}`);

  if (report.status === 'fail' || report.status === 'error') {
    const bad = report.checks.filter((c) => c.status === 'fail' || c.status === 'error').map((c) => c.name);
    core.setFailed(
      `trainspotter: ${report.status} (${bad.join(', ') || 'known-result comparison'}); see the job summary.`,
    );
  } else if (report.status === 'warn') {
    core.warning('trainspotter: warnings only; the job passes. See the job summary.', {
      title: 'trainspotter: warn',
    });
  }
}
