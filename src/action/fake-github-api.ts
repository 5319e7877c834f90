import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

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

/**
 * A local HTTP server that behaves like the few GitHub REST endpoints the action uses (list,
 * create and update issue comments), for tests of the bundled action. `readOnly` answers writes
 * with GitHub's 403; anything else is a 404 and recorded, so a test sees unexpected calls.
 */
export class FakeGitHubApi {
  readonly requests: RecordedRequest[] = [];
  readonly comments: Comment[] = [];
  readOnly = false;
  private nextId = 1000;
  private server: Server | undefined;

  /** Seeds an existing comment (as GitHub lists it) on every issue. */
  addComment(body: string, type: 'Bot' | 'User' = 'Bot'): number {
    const id = this.nextId++;
    const login = type === 'Bot' ? 'github-actions[bot]' : 'octocat';
    this.comments.push({ id, body, user: { login, type }, html_url: `https://github.com/c#${id}` });
    return id;
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      void readBody(req).then((body) => {
        const path = req.url ?? '';
        this.requests.push({
          method: req.method ?? '',
          path,
          authorization: req.headers.authorization,
          body,
        });
        const [status, data] = this.route(req.method ?? '', path.split('?')[0] ?? '', body);
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify(data));
      });
    });
    await new Promise<void>((done) => this.server?.listen(0, '127.0.0.1', done));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
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
    return [404, { message: 'Not Found' }];
  }
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text === '' ? null : JSON.parse(text);
}
