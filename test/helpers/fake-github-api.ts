import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { artifactBlob, putBlob, TWIRP, twirp } from './fake-artifact-upload.js';
import { githubRefusal, type Reply, routeRest } from './fake-github-routes.js';
import { FakeGitHubStore } from './fake-github-store.js';
import { checkRequest, loadOpenApi } from './openapi-check.js';

export type {
  FakeCheckRun,
  FakeComment,
  IssuedToken,
  Permission,
  RunArtifact,
  SeededPull,
  UploadedArtifact,
} from './fake-github-store.js';

/** One request the fake received. */
export interface RecordedRequest {
  readonly method: string;
  /** The path with its query string. */
  readonly path: string;
  readonly authorization: string | undefined;
  /** The JSON body parsed; the raw text when it broke the OpenAPI description; null when empty. */
  readonly body: unknown;
}

export interface FakeGitHubApiOptions {
  /** The login of the comments the fake creates; default `github-actions[bot]`. */
  readonly botLogin?: string;
  /** Milliseconds to hold every REST reply (concurrency tests); default 0. */
  readonly delayMs?: number;
  /** PEM public key of the GitHub App: access-token requests must carry a JWT it verifies. */
  readonly appPublicKey?: string;
  /** The permissions installation tokens report, unless the request names some. */
  readonly tokenPermissions?: Readonly<Record<string, string>>;
}

interface Failure {
  readonly method: string;
  readonly path: RegExp;
  times: number;
  readonly reply: { status: number; headers?: Record<string, string>; body?: unknown };
}

/**
 * A local HTTP server that behaves like the parts of GitHub the action and the GitHub App use:
 * REST issue comments (per issue), labels, check runs, collaborator permissions, repository
 * contents, pull requests, workflow-run artifacts (listed, and downloaded through a redirect to a
 * blob host under /artifact-blob/), reruns and installation access tokens; and the artifact
 * upload service (Twirp CreateArtifact and FinalizeArtifact, and the Azure blob under /blob/).
 * Seed it through the FakeGitHubStore methods; `readOnly` answers REST writes with GitHub's 403;
 * anything else is a 404 and recorded, so a test sees unexpected calls.
 *
 * Every REST request is first checked against GitHub's published OpenAPI description of
 * api.github.com (@octokit/openapi; see openapi-check.ts): a method and path it does not describe
 * gets a 404, parameters or a JSON body that do not match the operation's schemas a 400 (GitHub's
 * 422 for the check-run limits), each with a message, and each is recorded in `violations` (tests
 * assert none). The artifact service and blob hosts are not part of that description and are not
 * checked against it.
 */
export class FakeGitHubApi extends FakeGitHubStore {
  readonly requests: RecordedRequest[] = [];
  /** REST requests that do not match the api.github.com OpenAPI description, with the reason. */
  readonly violations: string[] = [];
  /** The OpenAPI operation (`GET /repos/{owner}/{repo}/...`) each REST request that matched was checked as. */
  readonly checked: string[] = [];
  /** Milliseconds to hold every REST reply. */
  delayMs: number;
  private readonly app: { appPublicKey: string | undefined; tokenPermissions: Record<string, string> };
  private readonly failures: Failure[] = [];
  private server: Server | undefined;
  private base = '';

  constructor(options: FakeGitHubApiOptions = {}) {
    super(options.botLogin);
    this.delayMs = options.delayMs ?? 0;
    this.app = {
      appPublicKey: options.appPublicKey,
      tokenPermissions: {
        actions: 'read',
        checks: 'write',
        contents: 'read',
        issues: 'write',
        metadata: 'read',
        pull_requests: 'write',
        ...options.tokenPermissions,
      },
    };
  }

  /**
   * Answers the next `times` REST requests whose method is `match.method` and whose path (without
   * the query) matches `match.path` with `reply`, after recording them: 5xx, or rate limits (a 403
   * with `x-ratelimit-remaining: 0`, a 429 with `retry-after`). A request that breaks the OpenAPI
   * description gets its violation reply instead and does not use one up.
   */
  failNext(
    match: { method: string; path: RegExp },
    times: number,
    reply: { status: number; headers?: Record<string, string>; body?: unknown },
  ): void {
    this.failures.push({ method: match.method.toUpperCase(), path: match.path, times, reply });
  }

  /** The recorded REST requests, that is GitHub API calls: not the blob hosts or the artifact service. */
  apiCalls(): RecordedRequest[] {
    return this.requests.filter(
      (r) => !/^\/(blob|artifact-blob)\//.test(r.path) && !r.path.startsWith(TWIRP),
    );
  }

  /** Starts listening on a free port of 127.0.0.1; returns the base URL (`http://127.0.0.1:port`). */
  async start(): Promise<string> {
    loadOpenApi();
    this.server = createServer((req, res) => {
      void readBody(req).then((raw) => this.handle(req, raw, res));
    });
    await new Promise<void>((done) => this.server?.listen(0, '127.0.0.1', done));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.base;
  }

  async stop(): Promise<void> {
    await new Promise<void>((done) => this.server?.close(() => done()));
  }

  private async handle(req: IncomingMessage, raw: Buffer, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '', this.base);
    const method = req.method ?? '';
    const path = req.url ?? '';
    const authorization = req.headers.authorization;
    if (url.pathname.startsWith('/blob/')) {
      this.requests.push({ method, path: url.pathname, authorization: undefined, body: null });
      res.writeHead(putBlob(this, method, url, raw), { 'x-ms-request-id': 'fake', etag: '"0x1"' });
      res.end();
      return;
    }
    if (url.pathname.startsWith('/artifact-blob/')) {
      this.requests.push({ method, path: url.pathname, authorization, body: null });
      send(res, artifactBlob(this, method, url));
      return;
    }
    const text = raw.toString('utf8');
    if (url.pathname.startsWith(TWIRP)) {
      const body = text.length === 0 ? null : JSON.parse(text);
      this.requests.push({ method, path, authorization, body });
      send(res, twirp(this, url.pathname, body, this.base));
      return;
    }
    send(res, await this.rest(req, url, text));
  }

  private async rest(req: IncomingMessage, url: URL, text: string): Promise<Reply> {
    const method = req.method ?? '';
    const path = req.url ?? '';
    const authorization = req.headers.authorization;
    // GitHub takes a contents path with its slashes as they are or encoded; the description's
    // template has one segment.
    const checkUrl = new URL(url);
    checkUrl.pathname = url.pathname.replace(
      /^(\/repos\/[^/]+\/[^/]+\/contents\/)(.+)$/,
      (_, head: string, file: string) => head + file.replaceAll('/', '%2F'),
    );
    const check = checkRequest(method, checkUrl, req.headers['content-type'], text);
    if (this.delayMs > 0) await sleep(this.delayMs);
    if (!check.ok) {
      this.requests.push({ method, path, authorization, body: text });
      this.violations.push(check.message);
      const refusal = check.operation ? githubRefusal(check.operation, parseJson(text)) : null;
      return (
        refusal ?? {
          status: check.status,
          body: {
            message: `trainspotter fake GitHub API: not in GitHub's OpenAPI description: ${check.message}`,
            documentation_url: 'https://docs.github.com/rest',
            status: String(check.status),
          },
        }
      );
    }
    this.checked.push(check.operation);
    const body = text.length === 0 ? null : JSON.parse(text);
    this.requests.push({ method, path, authorization, body });
    const failure = this.failures.find(
      (f) => f.times > 0 && f.method === method && f.path.test(url.pathname),
    );
    if (failure) {
      failure.times -= 1;
      return failure.reply;
    }
    const accept = String(req.headers.accept ?? '');
    const request = { url, params: check.params, body, accept, authorization, base: this.base };
    return githubRefusal(check.operation, body) ?? routeRest(this, check.operation, request, this.app);
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function send(res: ServerResponse, reply: Reply): void {
  if (reply.raw !== undefined) {
    res.writeHead(reply.status, { ...reply.headers });
    res.end(reply.raw);
    return;
  }
  if (reply.body === undefined) {
    res.writeHead(reply.status, { ...reply.headers });
    res.end();
    return;
  }
  res.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8', ...reply.headers });
  res.end(JSON.stringify(reply.body));
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
