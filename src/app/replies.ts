import { escapeMarkdown as esc } from '../render/escape.js';
import { COMMANDS } from './commands.js';

/** The short replies to `/trainspotter` commands; every user-controlled value escaped. Pure. */
export const replies = {
  refused: (login: string, permission: string) =>
    `trainspotter: only people with write access to this repository can use \`/trainspotter\` commands; ${esc(login, 60)} has ${esc(permission, 20)} access.`,
  unknown: (word: string) =>
    `trainspotter: unknown command \`${esc(word, 40)}\`. Commands: ${COMMANDS.map((c) => `\`/trainspotter ${c}\``).join(', ')}.`,
  notAFork: () => 'trainspotter: this pull request is not from a fork; its checks run without an approval.',
  approved: (login: string, sha: string) =>
    `trainspotter: ${esc(login, 60)} approved commit \`${sha.slice(0, 12)}\` to run on the self-hosted runners. A new push needs a new approval.`,
  accepted: (login: string, sha: string, baseRef: string) =>
    `trainspotter: ${esc(login, 60)} accepted the results of \`${sha.slice(0, 12)}\` as the new reference: the check passes, and once merged they become the baseline of ${esc(baseRef, 100)}.`,
  nothingToAccept: (sha: string) =>
    `trainspotter: there are no results for \`${sha.slice(0, 12)}\` yet; accept them once the workflow has reported.`,
  rerun: (sha: string) => `trainspotter: the checks of \`${sha.slice(0, 12)}\` run again.`,
  noRun: (sha: string) =>
    `trainspotter: no trainspotter workflow run is known for \`${sha.slice(0, 12)}\` yet, so there is nothing to rerun; push a commit or start the workflow.`,
};
