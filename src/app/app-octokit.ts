import { ProbotOctokit } from 'probot';

/** Retries of one request after a secondary rate limit, each after GitHub's Retry-After. */
const SECONDARY_RETRIES = 2;

/**
 * ProbotOctokit as the app runs it: Probot's retries (5xx) and rate-limit waits, and also the
 * secondary rate limits GitHub answers a burst of writes with, which Probot only logs: waited out
 * (Retry-After) and retried twice, so a busy installation loses no comment.
 */
export const AppOctokit = ProbotOctokit.defaults((options: Record<string, unknown>) => ({
  ...options,
  throttle: {
    ...(options.throttle as object),
    onSecondaryRateLimit: (
      retryAfter: number,
      request: { method: string; url: string; request: { retryCount: number } },
      octokit: { log: { warn(message: string): void } },
    ) => {
      octokit.log.warn(
        `trainspotter: secondary rate limit on ${request.method} ${request.url}; retrying in ${retryAfter} s.`,
      );
      return request.request.retryCount < SECONDARY_RETRIES;
    },
  },
}));
