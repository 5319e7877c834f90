import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { Probot } from 'probot';
import { deliveryShapeProblem, isAppEvent } from './delivery-shape.js';
import { BodyRefused, readBoundedBody } from './read-bounded-body.js';
import { SIGNATURE_HEADER, verifySignature } from './verify-signature.js';
import { MAX_WEBHOOK_BYTES, WEBHOOK_ANSWER_MS, WEBHOOK_BODY_TIMEOUT_MS } from './webhook-limits.js';

export interface WebhookLimits {
  /** The largest body read, in bytes (default MAX_WEBHOOK_BYTES). */
  readonly maxBytes?: number;
  /** How long the body may take to arrive, in ms (default WEBHOOK_BODY_TIMEOUT_MS). */
  readonly bodyTimeoutMs?: number;
  /** How long a verified delivery is worked on before the answer is 202 (default WEBHOOK_ANSWER_MS). */
  readonly answerMs?: number;
}

// Long enough for a client starved of CPU to read the answer before the cut (a cut with its
// bytes unread resets the connection, and the answer is lost); bytes drained are not kept.
const DRAIN_MS = 10_000;
const EVENT_NAME = /^[a-z_]{1,64}$/;
const DELIVERY_ID = /^[A-Za-z0-9._-]{1,128}$/;
const JSON_TYPE = /^\s*application\/json\s*(?:;|$)/i;

/** What the log says of one delivery: never its payload. */
interface Outcome {
  readonly status: number;
  readonly reason: string;
  readonly body?: string;
}

/**
 * The app's webhook endpoint at `path`, in front of Probot: reads the body within the limits,
 * verifies its signature on the exact bytes, checks the event and its shape, and only then hands
 * it to Probot's handlers; answers after verification, with 202 once a verified delivery has
 * taken `answerMs`. Every delivery gets one log line with event, action, delivery id, size,
 * status and reason; payloads and internal error text never reach the log or the answer.
 * Returns false (and does nothing) for other paths.
 */
export function webhookHandler(options: {
  readonly probot: Probot;
  readonly secret: string;
  readonly path: string;
  readonly log: Logger;
  readonly limits?: WebhookLimits;
}): (req: IncomingMessage, res: ServerResponse) => Promise<boolean> {
  const { probot, secret, path, log } = options;
  const maxBytes = options.limits?.maxBytes ?? MAX_WEBHOOK_BYTES;
  const timeoutMs = options.limits?.bodyTimeoutMs ?? WEBHOOK_BODY_TIMEOUT_MS;
  const answerMs = options.limits?.answerMs ?? WEBHOOK_ANSWER_MS;

  return async (req, res) => {
    const pathname = (req.url ?? '').split('?')[0]?.replace(/\/+$/, '') || '/';
    if (pathname !== path.replace(/\/+$/, '')) return false;
    const header = (name: string) => {
      const value = req.headers[name];
      return typeof value === 'string' ? value : undefined;
    };
    const event = header('x-github-event');
    const id = header('x-github-delivery');
    const announced = Number(header('content-length'));
    const fields: Record<string, unknown> = {
      event: event === undefined ? undefined : clipHeader(event),
      id: id === undefined ? undefined : clipHeader(id),
      // What the client announced, until the body is read.
      ...(Number.isSafeInteger(announced) ? { size: announced } : {}),
    };
    const answer = (outcome: Outcome, size?: number) => {
      if (size !== undefined) fields.size = size;
      const line = { ...fields, status: outcome.status, reason: outcome.reason };
      if (outcome.status >= 500) log.error(line, 'webhook delivery failed');
      else if (outcome.status >= 400) log.warn(line, 'webhook delivery refused');
      else log.info(line, 'webhook delivery');
      if (res.headersSent) return;
      const text = outcome.body ?? JSON.stringify({ error: outcome.reason });
      res.writeHead(outcome.status, {
        'content-type': outcome.body === undefined ? 'application/json' : 'text/plain',
        'content-length': Buffer.byteLength(text),
      });
      res.end(text);
      // The rest of a refused body is drained unread (no memory) so the client sees the answer:
      // closing with its bytes unread would reset the connection and lose the answer. For at most
      // DRAIN_MS; then the connection is cut.
      if (!req.complete) {
        req.resume();
        const cut = setTimeout(() => req.destroy(), DRAIN_MS);
        req.once('end', () => clearTimeout(cut));
        req.once('close', () => clearTimeout(cut));
      }
    };

    if (req.method !== 'POST') {
      res.setHeader('allow', 'POST');
      return done(
        answer({ status: 405, reason: `webhooks are POSTed, not ${clipHeader(req.method ?? '')}` }),
      );
    }
    if (!JSON_TYPE.test(header('content-type') ?? ''))
      return done(
        answer({
          status: 415,
          reason: 'Unsupported "Content-Type" header value. Must be "application/json"',
        }),
      );
    const signatureHeader = header('x-hub-signature-256');
    const missing = [
      ...(event === undefined ? ['x-github-event'] : []),
      ...(signatureHeader === undefined ? ['x-hub-signature-256'] : []),
      ...(id === undefined ? ['x-github-delivery'] : []),
    ];
    if (missing.length > 0)
      return done(answer({ status: 400, reason: `Required headers missing: ${missing.join(', ')}` }));
    if (!EVENT_NAME.test(event ?? ''))
      return done(
        answer({ status: 400, reason: 'x-github-event is not an event name (lowercase letters and _)' }),
      );
    if (!DELIVERY_ID.test(id ?? ''))
      return done(
        answer({ status: 400, reason: 'x-github-delivery is not a delivery id (letters, digits, - and _)' }),
      );
    if (!SIGNATURE_HEADER.test(signatureHeader ?? ''))
      return done(answer({ status: 400, reason: 'x-hub-signature-256 is not sha256= and 64 hex digits' }));

    let body: Buffer;
    try {
      body = await readBoundedBody(req, { maxBytes, timeoutMs });
    } catch (error) {
      if (!(error instanceof BodyRefused)) throw error;
      return done(answer({ status: error.status, reason: error.message }, error.size));
    }
    const size = body.length;
    if (!verifySignature(secret, body, signatureHeader ?? ''))
      return done(
        answer(
          {
            status: 400,
            reason:
              'signature does not match the body: check that WEBHOOK_SECRET is the secret set on the GitHub App',
          },
          size,
        ),
      );
    let payload: unknown;
    try {
      payload = JSON.parse(body.toString('utf8'));
    } catch {
      return done(answer({ status: 400, reason: 'the signed body is not JSON' }, size));
    }
    if (typeof payload !== 'object' || payload === null || Array.isArray(payload))
      return done(answer({ status: 400, reason: 'the signed body is not a JSON object' }, size));
    const name = event ?? '';
    const action = (payload as { action?: unknown }).action;
    if (typeof action === 'string') fields.action = clipHeader(action);
    if (!isAppEvent(name))
      return done(
        answer(
          { status: 200, reason: `ignored: trainspotter does not handle ${name} events`, body: 'ignored\n' },
          size,
        ),
      );
    const problem = deliveryShapeProblem(name, payload);
    if (problem) return done(answer({ status: 400, reason: problem }, size));

    const handled = probot.webhooks
      .receive({ id: id ?? '', name, payload } as Parameters<Probot['webhooks']['receive']>[0])
      .then(
        (): Outcome => ({ status: 200, reason: 'handled', body: 'ok\n' }),
        (error: unknown): Outcome => ({
          status: 500,
          reason: failureText(error),
          body: `trainspotter could not process delivery ${id}; the app's log says why. GitHub's redelivery retries it.\n`,
        }),
      );
    let timer: NodeJS.Timeout | undefined;
    const slow = new Promise<'slow'>((resolve) => {
      timer = setTimeout(() => resolve('slow'), answerMs);
    });
    const first = await Promise.race([handled, slow]);
    clearTimeout(timer);
    if (first === 'slow') {
      res.writeHead(202, { 'content-type': 'text/plain' }).end('still processing\n');
      answer(await handled, size);
    } else answer(first, size);
    return true;
  };
}

/** Ends a handler branch that has answered. */
const done = (_answered: unknown): true => true;

/** A header value as the log shows it: at most 100 characters, control characters escaped. */
function clipHeader(value: string): string {
  return JSON.stringify(value.slice(0, 100)).slice(1, -1);
}

/** An error's message (and its aggregated errors'), clipped: what the log line's reason says. */
function failureText(error: unknown): string {
  const errors = error instanceof AggregateError ? error.errors : [error];
  const text = errors
    .slice(0, 3)
    .map((e) => (e instanceof Error ? `${e.name}: ${e.message}` : String(e)))
    .join('; ');
  return text.length > 500 ? `${text.slice(0, 500)}…` : text;
}
