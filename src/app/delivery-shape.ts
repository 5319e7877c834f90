import * as z from 'zod/mini';
import '../core/zod-english.js';
import { APP_EVENTS } from './app.js';

// The fields of each event the app's handlers read, as GitHub sends them; anything else may be
// there too. A signed delivery without them is GitHub's mistake or a replayed edit: the app
// refuses it before a handler runs, so it writes nothing and throws no TypeError.

const login = z.looseObject({ login: z.string() });
const repository = z.looseObject({
  full_name: z.string(),
  name: z.string(),
  owner: login,
  default_branch: z.optional(z.string()),
});
const pullRef = z.looseObject({
  number: z.number(),
  head: z.looseObject({ sha: z.string() }),
  base: z.looseObject({ ref: z.string() }),
});
const common = {
  action: z.string(),
  repository,
  installation: z.nullish(z.looseObject({ id: z.number() })),
};
const nullableText = z.nullish(z.string());

const SHAPES: Record<(typeof APP_EVENTS)[number], z.ZodMiniType> = {
  workflow_run: z.looseObject({
    ...common,
    workflow_run: z.looseObject({
      id: z.number(),
      head_sha: z.string(),
      name: nullableText,
      path: nullableText,
      run_attempt: z.optional(z.number()),
      run_number: z.optional(z.number()),
      event: z.string(),
      head_branch: nullableText,
      html_url: z.optional(z.string()),
      head_repository: z.nullish(z.looseObject({ full_name: z.string(), owner: z.nullable(login) })),
      pull_requests: z.array(z.nullable(pullRef)),
    }),
  }),
  pull_request: z.looseObject({
    ...common,
    pull_request: z.looseObject({
      number: z.number(),
      head: z.looseObject({ sha: z.string(), repo: z.nullable(z.looseObject({ full_name: z.string() })) }),
      base: z.looseObject({ ref: z.string() }),
      labels: z.array(z.looseObject({ name: z.string() })),
      html_url: z.optional(z.string()),
      merged: z.nullish(z.boolean()),
      merge_commit_sha: nullableText,
    }),
  }),
  issue_comment: z.looseObject({
    ...common,
    issue: z.looseObject({ number: z.number(), pull_request: z.nullish(z.looseObject({})) }),
    comment: z.looseObject({
      body: z.string(),
      user: z.nullable(z.looseObject({ login: z.string(), type: z.optional(z.string()) })),
    }),
  }),
  check_run: z.looseObject({
    ...common,
    requested_action: z.nullish(z.looseObject({ identifier: z.string() })),
    check_run: z.looseObject({ head_sha: z.string(), pull_requests: z.array(pullRef) }),
    sender: login,
  }),
};

/** Whether the app has handlers for deliveries of `event` (an own key of its list, never `__proto__`). */
export function isAppEvent(event: string): event is (typeof APP_EVENTS)[number] {
  return (APP_EVENTS as readonly string[]).includes(event);
}

/**
 * Why a signed delivery of one of the app's events cannot be handled, e.g. "the workflow_run
 * delivery has no repository.owner.login (expected string)", naming up to three fields; null
 * when its handlers can read what they need. Pure.
 */
export function deliveryShapeProblem(event: (typeof APP_EVENTS)[number], payload: unknown): string | null {
  const parsed = SHAPES[event].safeParse(payload);
  if (parsed.success) return null;
  const fields = parsed.error.issues.slice(0, 3).map((issue) => {
    const path = issue.path.map(String).join('.') || 'body';
    return `${path} (${issue.message.replace(/^Invalid input: /, '')})`;
  });
  const more = parsed.error.issues.length > 3 ? ` and ${parsed.error.issues.length - 3} more` : '';
  return `the ${event} delivery is not shaped as GitHub sends it: ${fields.join(', ')}${more}`;
}
