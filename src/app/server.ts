import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { hostname } from 'node:os';
import { createProbot, type ProbotOctokit } from 'probot';
import { InputError } from '../core/errors.js';
import { trainspotterApp } from './app.js';
import { type AppDeps, DEFAULT_APPROVAL_LABEL } from './app-deps.js';
import { createAppLog } from './app-log.js';
import { AppOctokit } from './app-octokit.js';
import type { CommentWait } from './pr-comment-writer.js';
import { openStore, type Store } from './store/index.js';
import { type WebhookLimits, webhookHandler } from './webhook-handler.js';

export interface AppServer {
  /** Where it listens, e.g. http://127.0.0.1:3000; webhooks go to `${url}${webhookPath}`. */
  readonly url: string;
  readonly webhookPath: string;
  readonly store: Store;
  close(): Promise<void>;
}

export interface AppServerOptions {
  /** Another Octokit class (tests shorten Probot's retry and throttling waits). */
  readonly Octokit?: typeof ProbotOctokit;
  readonly commentWait?: CommentWait;
  /** Where the log goes instead of standard output (tests read it). */
  readonly logDestination?: NodeJS.WritableStream;
  /** Tighter webhook limits than GitHub's (tests); see webhook-limits.ts for the defaults. */
  readonly webhookLimits?: WebhookLimits;
}

/** The settings `trainspotter app` needs, named in Probot's conventions; InputError lists what is missing. */
export function checkAppEnv(env: NodeJS.ProcessEnv): void {
  const missing = [
    ...(env.APP_ID ? [] : ['APP_ID (the App ID on the GitHub App settings page)']),
    ...(env.PRIVATE_KEY || env.PRIVATE_KEY_PATH
      ? []
      : ['PRIVATE_KEY or PRIVATE_KEY_PATH (the app private key, a .pem file you generate on that page)']),
    ...(env.WEBHOOK_SECRET ? [] : ['WEBHOOK_SECRET (the webhook secret you set on that page)']),
  ];
  if (missing.length > 0)
    throw new InputError(
      `the app needs ${missing.join(', ')}. Set them in the environment or a .env file; see README.md, "Deploying the app".`,
    );
  if (!/^\d+$/.test(env.APP_ID ?? ''))
    throw new InputError(`APP_ID must be the numeric App ID, got ${JSON.stringify(env.APP_ID)}.`);
}

/**
 * Starts the app: the store (openStore), Probot from the environment (APP_ID, PRIVATE_KEY or
 * PRIVATE_KEY_PATH, WEBHOOK_SECRET, WEBHOOK_PATH, LOG_LEVEL; GITHUB_API_URL points it at another
 * API, like GHE_HOST), an HTTP server on HOST:PORT (default 0.0.0.0:3000) that takes signed
 * webhook deliveries at WEBHOOK_PATH (default /api/github/webhooks) and answers GET /healthz.
 * Deliveries go through webhookHandler (bounded body, signature, shape) before Probot sees them.
 */
export async function startAppServer(
  env: NodeJS.ProcessEnv,
  options: AppServerOptions = {},
): Promise<AppServer> {
  checkAppEnv(env);
  const store = await openStore(env);
  const deps: AppDeps = {
    store,
    approvalLabel: env.TRAINSPOTTER_APPROVAL_LABEL || DEFAULT_APPROVAL_LABEL,
    claimant: `${hostname()}:${process.pid}`,
    ...(options.commentWait ? { commentWait: options.commentWait } : {}),
  };
  const log = await createAppLog(env, options.logDestination);
  const probot = createProbot({
    env,
    overrides: {
      log,
      ...(env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {}),
      Octokit: options.Octokit ?? AppOctokit,
    },
  });
  await probot.load(trainspotterApp(deps));
  const webhookPath = env.WEBHOOK_PATH || '/api/github/webhooks';
  const webhooks = webhookHandler({
    probot,
    secret: env.WEBHOOK_SECRET ?? '',
    path: webhookPath,
    log: log.child({ name: 'webhooks' }),
    ...(options.webhookLimits ? { limits: options.webhookLimits } : {}),
  });
  const server: Server = createServer((req, res) => {
    if (req.method === 'GET' && req.url === '/healthz') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: true, store: store.engine }));
      return;
    }
    webhooks(req, res).then(
      (handled) => {
        if (handled) return;
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end(`trainspotter: nothing here; webhooks go to ${webhookPath}\n`);
      },
      (error: unknown) => {
        log.error({ err: error }, 'webhook endpoint failed');
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain', connection: 'close' });
        res.end("trainspotter: internal error; the app's log says why\n");
      },
    );
  });
  // Slow headers and slow requests are cut off by Node too, past the body's own limit.
  server.headersTimeout = 15_000;
  server.requestTimeout = 60_000;
  const port = env.PORT === undefined || env.PORT === '' ? 3000 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new InputError(`PORT must be a port number (0–65535), got ${JSON.stringify(env.PORT)}.`);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, env.HOST || '0.0.0.0', resolve);
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${address.port}`,
    webhookPath,
    store,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
    },
  };
}
