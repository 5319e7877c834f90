import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkRequest, loadOpenApi } from './openapi-check.js';

/** One request the fake received. */
export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly authorization: string | undefined;
  readonly body: unknown;
}

interface Comment {
  id: number;
  body: string;
  user: { login: string; type: 'Bot' | 'User' };
  html_url: string;
}

/** An artifact as the fake artifact service received it. */
export interface UploadedArtifact {
  readonly name: string;
  /** The zip's bytes as committed to the blob store; undefined until the block list is committed. */
  zip?: Buffer;
  artifactId?: string;
}

const TWIRP = '/twirp/github.actions.results.api.v1.ArtifactService/';

/**
 * A local HTTP server that behaves like the few GitHub endpoints the action uses: the REST issue
 * comments (list, create, update) and the artifact service (Twirp CreateArtifact and
 * FinalizeArtifact, and the Azure blob it hands out a signed URL for), for tests of the bundled
 * action. `readOnly` answers comment writes with GitHub's 403; anything else is a 404 and
 * recorded, so a test sees unexpected calls.
 *
 * Every REST request is first checked against GitHub's published OpenAPI description of
 * api.github.com (@octokit/openapi; see openapi-check.ts): a method and path it does not describe
 * gets a 404, parameters or a JSON body that do not match the operation's schemas a 400, each with
 * a message, and each is recorded in `violations` (tests assert none). The artifact service (Twirp
 * under /twirp/, and the Azure blob store under /blob/) is not part of that description and is not
 * checked against it.
 */
export class FakeGitHubApi {
  readonly requests: RecordedRequest[] = [];
  readonly comments: Comment[] = [];
  readonly artifacts: UploadedArtifact[] = [];
  /** REST requests that do not match the api.github.com OpenAPI description, with the reason. */
  readonly violations: string[] = [];
  /** The OpenAPI operation (`GET /repos/{owner}/{repo}/...`) each REST request that matched was checked as. */
  readonly checked: string[] = [];
  readOnly = false;
  private nextId = 1000;
  private server: Server | undefined;
  private base = '';
  private blocks = new Map<string, Buffer>();

  /** Seeds an existing comment (as GitHub lists it) on every issue. */
  addComment(body: string, type: 'Bot' | 'User' = 'Bot'): number {
    const id = this.nextId++;
    const login = type === 'Bot' ? 'github-actions[bot]' : 'octocat';
    this.comments.push({ id, body, user: { login, type }, html_url: `https://github.com/c#${id}` });
    return id;
  }

  async start(): Promise<string> {
    loadOpenApi();
    this.server = createServer((req, res) => {
      void readBody(req).then((raw) => {
        const url = new URL(req.url ?? '', this.base);
        const method = req.method ?? '';
        if (url.pathname.startsWith('/blob/')) {
          this.requests.push({ method, path: url.pathname, authorization: undefined, body: null });
          res.writeHead(this.blob(method, url, raw), { 'x-ms-request-id': 'fake', etag: '"0x1"' });
          res.end();
          return;
        }
        const text = raw.toString('utf8');
        const authorization = req.headers.authorization;
        const reply = (status: number, data: unknown) => {
          res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
          res.end(JSON.stringify(data));
        };
        if (!url.pathname.startsWith(TWIRP)) {
          const check = checkRequest(method, url, req.headers['content-type'], text);
          if (!check.ok) {
            this.requests.push({ method, path: req.url ?? '', authorization, body: text });
            this.violations.push(check.message);
            reply(check.status, {
              message: `trainspotter fake GitHub API: not in GitHub's OpenAPI description: ${check.message}`,
              documentation_url: 'https://docs.github.com/rest',
              status: String(check.status),
            });
            return;
          }
          this.checked.push(check.operation);
        }
        const body = text.length === 0 ? null : JSON.parse(text);
        this.requests.push({ method, path: req.url ?? '', authorization, body });
        const [status, data] = this.route(method, url.pathname, body);
        reply(status, data);
      });
    });
    await new Promise<void>((done) => this.server?.listen(0, '127.0.0.1', done));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.base;
  }

  async stop(): Promise<void> {
    await new Promise<void>((done) => this.server?.close(() => done()));
  }

  private route(method: string, path: string, body: unknown): [number, unknown] {
    const forbidden = {
      message: 'Resource not accessible by integration',
      documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
      status: '403',
    };
    const text = (body as { body?: unknown } | null)?.body;
    if (method === 'GET' && /^\/repos\/[^/]+\/[^/]+\/issues\/\d+\/comments$/.test(path)) {
      return [200, this.comments];
    }
    if (method === 'POST' && /^\/repos\/[^/]+\/[^/]+\/issues\/\d+\/comments$/.test(path)) {
      if (this.readOnly) return [403, forbidden];
      if (typeof text !== 'string') return [422, { message: 'Invalid request: body' }];
      const id = this.addComment(text);
      return [201, this.comments.find((c) => c.id === id)];
    }
    const update = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(path);
    if (method === 'PATCH' && update) {
      if (this.readOnly) return [403, forbidden];
      const comment = this.comments.find((c) => c.id === Number(update[1]));
      if (!comment) return [404, { message: 'Not Found' }];
      if (typeof text !== 'string') return [422, { message: 'Invalid request: body' }];
      comment.body = text;
      return [200, comment];
    }
    if (method === 'POST' && path === `${TWIRP}CreateArtifact`) {
      const name = String((body as { name?: unknown }).name);
      this.artifacts.push({ name });
      return [
        200,
        { ok: true, signed_upload_url: `${this.base}/blob/${encodeURIComponent(name)}.zip?sig=fake` },
      ];
    }
    if (method === 'POST' && path === `${TWIRP}FinalizeArtifact`) {
      const artifact = this.artifacts.find((a) => a.name === (body as { name?: unknown }).name);
      if (!artifact?.zip) return [404, { code: 'not_found', msg: 'no upload for this artifact' }];
      artifact.artifactId = String(this.nextId++);
      return [200, { ok: true, artifact_id: artifact.artifactId }];
    }
    return [404, { message: 'Not Found' }];
  }

  /** Azure block blob: Put Block (`comp=block`), Put Block List (`comp=blocklist`) or Put Blob. */
  private blob(method: string, url: URL, raw: Buffer): number {
    const name = decodeURIComponent(url.pathname.slice('/blob/'.length)).replace(/\.zip$/, '');
    const artifact = this.artifacts.find((a) => a.name === name);
    if (method !== 'PUT' || !artifact) return 404;
    const comp = url.searchParams.get('comp');
    if (comp === 'block') {
      this.blocks.set(`${name}/${url.searchParams.get('blockid')}`, raw);
      return 201;
    }
    if (comp === 'blocklist') {
      const ids = [...raw.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]+)</g)].map(
        (m) => m[1],
      );
      artifact.zip = Buffer.concat(ids.map((id) => this.blocks.get(`${name}/${id}`) ?? Buffer.alloc(0)));
      return 201;
    }
    if (comp === null) {
      artifact.zip = raw;
      return 201;
    }
    return 400;
  }
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
