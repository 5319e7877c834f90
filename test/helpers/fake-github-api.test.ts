import { request } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FakeGitHubApi } from './fake-github-api.js';

const api = new FakeGitHubApi();
let base = '';
beforeAll(async () => {
  base = await api.start();
});
afterAll(async () => {
  await api.stop();
});
beforeEach(() => {
  api.requests.length = 0;
  api.violations.length = 0;
  api.comments.length = 0;
});

async function send(
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; message: string }> {
  // node:http rather than fetch, which refuses a GET with a body.
  const data = body === undefined ? '' : JSON.stringify(body);
  return new Promise((done, fail) => {
    const req = request(`${base}${path}`, {
      method,
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'content-length': Buffer.byteLength(data),
        authorization: 'token ghs_x',
      },
    });
    req.on('error', fail);
    req.on('response', (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => {
        text += chunk.toString('utf8');
      });
      res.on('end', () => {
        const data = JSON.parse(text) as { message?: string };
        done({ status: res.statusCode ?? 0, message: data.message ?? '' });
      });
    });
    req.end(data);
  });
}

describe('the fake GitHub API checks requests against the api.github.com OpenAPI description', () => {
  it('answers requests that match: list, create and update comments', async () => {
    expect((await send('GET', '/repos/acme/models/issues/7/comments?per_page=100')).status).toBe(200);
    expect((await send('POST', '/repos/acme/models/issues/7/comments', { body: 'hi' })).status).toBe(201);
    const id = api.comments[0]?.id;
    expect((await send('PATCH', `/repos/acme/models/issues/comments/${id}`, { body: 'again' })).status).toBe(
      200,
    );
    expect(api.violations).toEqual([]);
  });

  it('rejects a body that does not match the operation schema, and records it', async () => {
    const r = await send('POST', '/repos/acme/models/issues/7/comments', { text: 'hi' });
    expect(r.status).toBe(400);
    expect(r.message).toContain("missing required property 'body'");
    const typed = await send('PATCH', '/repos/acme/models/issues/comments/5', { body: 42 });
    expect(typed.status).toBe(400);
    expect(typed.message).toContain('body.body: expected string, got integer');
    expect(api.comments).toEqual([]);
    expect(api.violations).toHaveLength(2);
    expect(api.violations[0]).toContain('POST /repos/{owner}/{repo}/issues/{issue_number}/comments');
  });

  it('rejects unknown paths, methods, parameters of the wrong type and undeclared query parameters', async () => {
    expect((await send('POST', '/repos/acme/models/pulls/7/commentz', { body: 'hi' })).status).toBe(404);
    expect((await send('PUT', '/repos/acme/models/issues/7/comments', { body: 'hi' })).status).toBe(404);
    const notNumber = await send('GET', '/repos/acme/models/issues/seven/comments');
    expect(notNumber.status).toBe(400);
    expect(notNumber.message).toContain('path {issue_number}: expected integer');
    const query = await send('GET', '/repos/acme/models/issues/7/comments?perpage=100');
    expect(query.status).toBe(400);
    expect(query.message).toContain("query parameter 'perpage' is not declared");
    const getBody = await send('GET', '/repos/acme/models/issues/7/comments', { body: 'x' });
    expect(getBody.status).toBe(400);
    expect(getBody.message).toContain('this operation takes no request body');
    expect(api.violations).toHaveLength(5);
  });
});
