import { escapeMarkdown as esc } from '../render/escape.js';
import type { ForkGate } from './fork-gate.js';

/** Inline code of a short trusted string (a label, a SHA): nothing in it can end the code span. */
function code(text: string): string {
  return `\`${text.replace(/[`\r\n]/g, '')}\``;
}

/** The job summary when the fork gate refuses: what happened and how a maintainer approves. */
export function renderRefusalMarkdown(gate: Extract<ForkGate, { run: false }>): string {
  const pr = gate.pr === undefined ? 'this pull request' : `pull request #${gate.pr}`;
  const sha = gate.headSha ? ` (head commit ${code(gate.headSha.slice(0, 40))})` : '';
  return [
    '## trainspotter: 🔒 not run',
    '',
    `${pr} comes from the fork **${esc(gate.headRepo)}**${sha} and this job runs on a self-hosted runner, so trainspotter did not run its commands: they are the fork's code, and nobody has approved them yet.`,
    '',
    ...(gate.stale
      ? [
          `The label ${code(gate.label)} is on the pull request, but this run is for a new push: an approval holds for the commit it was given for.`,
          '',
        ]
      : []),
    `**To approve**, a maintainer reviews the change at this head commit, then ${gate.stale ? 'removes and re-adds' : 'adds'} the label ${code(gate.label)}. ` +
      'Adding the label starts a new run when the workflow lists `labeled` in its `on.pull_request.types` (or `pull_request_target`); ' +
      're-running this job does not see the label, because a re-run replays the event it started from. ' +
      'Each push needs a new approval: the trainspotter app removes the label when the head commit changes.',
    '',
    'To run fork pull requests without approval (only on ephemeral runners that hold no secrets), set `allow-unapproved-forks: true`. See docs/action.md, "Fork safety".',
    '',
  ].join('\n');
}
