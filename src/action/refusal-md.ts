import { escapeMarkdown as esc } from '../render/escape.js';
import type { ForkGate } from './fork-gate.js';

/** The job summary when the fork gate refuses: what happened and how a maintainer approves. */
export function renderRefusalMarkdown(gate: Extract<ForkGate, { run: false }>): string {
  const pr = gate.pr === undefined ? 'this pull request' : `pull request #${gate.pr}`;
  const sha = gate.headSha ? ` (head commit \`${esc(gate.headSha.slice(0, 40))}\`)` : '';
  return [
    '## trainspotter: 🔒 not run',
    '',
    `${pr} comes from the fork **${esc(gate.headRepo)}**${sha} and this job runs on a self-hosted runner, so trainspotter did not run its commands: they are the fork's code, and nobody has approved them yet.`,
    '',
    '**To approve**, a maintainer reads the change, then adds the label ' +
      `\`${esc(gate.label)}\` to the pull request and re-runs this job. ` +
      'Approve each new push again: the trainspotter app removes the label when the head commit changes.',
    '',
    'To run fork pull requests without approval (only on ephemeral runners that hold no secrets), set `allow-unapproved-forks: true`. See docs/action.md, "Fork safety".',
    '',
  ].join('\n');
}
