import { getTransformStream } from '@probot/pino';
import { type Logger, pino } from 'pino';

const MAX_TEXT = 2_000;

const clip = (text: unknown, max = MAX_TEXT): string | undefined =>
  typeof text !== 'string'
    ? undefined
    : text.length > max
      ? `${text.slice(0, max)}… (${text.length} chars)`
      : text;

/** A webhook event as a log shows it: its delivery id and name (or the name alone), never its payload. */
function eventSummary(event: unknown): { id?: string; name?: string } | string | undefined {
  if (typeof event === 'string') return clip(event, 100);
  if (typeof event !== 'object' || event === null) return undefined;
  const { id, name } = event as { id?: unknown; name?: unknown };
  return {
    ...(typeof id === 'string' ? { id: clip(id, 100) } : {}),
    ...(typeof name === 'string' ? { name: clip(name, 100) } : {}),
  };
}

/**
 * An error as the app's log shows it: type, message, stack, HTTP status and request line, the
 * delivery it came from (id and event name), and the errors it aggregates, each text clipped. The
 * webhook payload that @octokit/webhooks attaches to a handler's error (`error.event`) is left
 * out, so a delivery, forged or real, is never copied into the log.
 */
function payloadFreeError(error: unknown, depth = 0): unknown {
  if (!(error instanceof Error)) return typeof error === 'string' ? clip(error) : error;
  const e = error as Error & {
    status?: unknown;
    event?: unknown;
    request?: { method?: unknown; url?: unknown };
  };
  const request =
    e.request && typeof e.request.method === 'string'
      ? `${e.request.method} ${clip(e.request.url, 300)}`
      : undefined;
  const nested = depth < 3 && error instanceof AggregateError ? error.errors.slice(0, 5) : [];
  return {
    type: clip(e.name, 100),
    message: clip(e.message),
    stack: clip(e.stack, 4_000),
    ...(typeof e.status === 'number' ? { status: e.status } : {}),
    ...(request ? { request } : {}),
    ...(e.event !== undefined ? { delivery: eventSummary(e.event) } : {}),
    ...(nested.length > 0 ? { errors: nested.map((x) => payloadFreeError(x, depth + 1)) } : {}),
    ...(depth < 3 && e.cause !== undefined ? { cause: payloadFreeError(e.cause, depth + 1) } : {}),
  };
}

/**
 * The app's logger: Probot's own (pino through @probot/pino's formatter: LOG_LEVEL, LOG_FORMAT,
 * LOG_LEVEL_IN_STRING, LOG_MESSAGE_KEY, SENTRY_DSN) with serializers that keep webhook payloads
 * out of every line (`err` and `event`). `destination` replaces standard output (tests).
 */
export async function createAppLog(
  env: NodeJS.ProcessEnv,
  destination?: NodeJS.WritableStream,
): Promise<Logger> {
  const transform = await getTransformStream({
    logFormat: env.LOG_FORMAT === 'json' ? 'json' : 'pretty',
    logLevelInString: env.LOG_LEVEL_IN_STRING === 'true',
    ...(env.SENTRY_DSN ? { sentryDsn: env.SENTRY_DSN } : {}),
  });
  transform.pipe(destination ?? (pino.destination(1) as unknown as NodeJS.WritableStream));
  return pino(
    {
      level: env.LOG_LEVEL || 'warn',
      name: 'probot',
      messageKey: env.LOG_MESSAGE_KEY || 'msg',
      serializers: { err: (e: unknown) => payloadFreeError(e), event: eventSummary },
    },
    transform,
  );
}
