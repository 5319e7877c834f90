#!/usr/bin/env node
import { createRequire as __tsCreateRequire } from 'node:module';
const require = __tsCreateRequire(import.meta.url);
import {
  getOctokit
} from "./chunk-D7HK3ULT.js";
import {
  info,
  warning
} from "./chunk-OVVUEQKR.js";
import {
  COMMENT_MARKER
} from "./chunk-PS7LUI5B.js";
import {
  escapeMarkdown
} from "./chunk-G2BISDRW.js";

// src/action/comment-body.ts
var COMMENT_LIMIT = 65536;
function commentBody(markdown, limit = COMMENT_LIMIT, fullReportAt = "the job summary") {
  const head = `${COMMENT_MARKER}
`;
  const whole = `${head}${markdown}`;
  if (whole.length < limit) return whole;
  const note = `

\u2026

> \u2702\uFE0F The report was cut to fit a comment (${markdown.length} characters); the full report is in ${fullReportAt}.
`;
  const room = limit - 1 - head.length - note.length - 200;
  const cut = markdown.slice(0, room);
  const lastLine = cut.lastIndexOf("\n");
  let body = lastLine > 0 ? cut.slice(0, lastLine) : cut;
  if ((body.match(/^```/gm) ?? []).length % 2 === 1) body += "\n```";
  const open = (body.match(/<details>/g) ?? []).length - (body.match(/<\/details>/g) ?? []).length;
  body += "\n</details>".repeat(Math.min(20, Math.max(0, open)));
  return `${head}${body}${note}`;
}

// src/action/sticky-comment.ts
async function findStickyComment(octokit, target) {
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100
  });
  const found = comments.find((c) => c.user?.type === "Bot" && (c.body ?? "").startsWith(COMMENT_MARKER));
  return found ? { id: found.id, url: found.html_url } : void 0;
}
async function writeStickyComment(octokit, target, existing, body) {
  if (existing) {
    const { data: data2 } = await octokit.rest.issues.updateComment({
      owner: target.owner,
      repo: target.repo,
      comment_id: existing.id,
      body
    });
    return { action: "updated", url: data2.html_url };
  }
  const { data } = await octokit.rest.issues.createComment({
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    body
  });
  return { action: "created", url: data.html_url };
}

// src/action/post-comment.ts
function prNumber(payload) {
  const n = payload?.pull_request?.number;
  return typeof n === "number" ? n : void 0;
}
async function postComment(inputs, env, eventName, payload, status, markdown) {
  if (inputs.comment === "never") return [];
  const issueNumber = prNumber(payload);
  if (issueNumber === void 0) {
    return inputs.comment === "always" ? [
      `comment: always, but this ${eventName ?? "run"} event is not for a pull request; no comment was written.`
    ] : [];
  }
  if (!inputs.githubToken) return ["No comment: the `github-token` input is empty."];
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
  if (!owner || !repo) return ["No comment: GITHUB_REPOSITORY is not set to owner/repo."];
  const octokit = getOctokit(inputs.githubToken, {
    baseUrl: env.GITHUB_API_URL || "https://api.github.com"
  });
  const target = { owner, repo, issueNumber };
  try {
    const existing = await findStickyComment(octokit, target);
    if (inputs.comment === "auto" && status === "pass" && !existing) return [];
    const body = commentBody(markdown, void 0, "the job summary and the report artifact");
    const done = await writeStickyComment(octokit, target, existing, body);
    info(`trainspotter: ${done.action} the pull request comment ${done.url}`);
    return [];
  } catch (error) {
    const statusCode = error.status;
    if (statusCode === 403 || statusCode === 404) {
      info(`trainspotter: no comment, the token may not write to #${issueNumber} (HTTP ${statusCode}).`);
      return [
        `No pull request comment: the token is read-only here (HTTP ${String(statusCode)}; a pull request from a fork gets a read-only \`GITHUB_TOKEN\`, or the workflow lacks \`permissions: pull-requests: write\`). The report is in this summary and the report artifact; the trainspotter app or a \`workflow_run\` workflow can comment instead.`
      ];
    }
    const message = error instanceof Error ? error.message : String(error);
    warning(`trainspotter: could not write the pull request comment: ${message}`);
    return [`No pull request comment: ${escapeMarkdown(message, 300)}`];
  }
}

export {
  postComment
};
