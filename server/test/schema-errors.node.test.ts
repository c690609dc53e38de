// Requests refused by a route's JSON schema answer like any other error: { error: { code, message, field? } },
// with the code, field and status the handlers' own checks give.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ADMIN_TOKEN, clientId, postJson, startApp, type RunningApp } from './support.js';

const admin = { Authorization: `Bearer ${ADMIN_TOKEN}` };

describe('schema validation errors', () => {
  let server: RunningApp;
  let api: string;
  before(async () => {
    server = await startApp({ rateLimit: { perMinute: 100, perDay: 100 } });
    api = `${server.url}/api`;
  });
  after(() => server.close());

  /** The answer's status and error, checked to be exactly the project's error body. */
  async function refusal(response: Response): Promise<{ status: number; code: string; field?: string }> {
    assert.match(response.headers.get('content-type') ?? '', /^application\/json; charset=utf-8/);
    const body = await response.json();
    assert.deepEqual(Object.keys(body), ['error']);
    const { code, message, field, ...rest } = body.error;
    assert.equal(typeof message, 'string');
    assert.deepEqual(rest, {}, 'no Fastify members (statusCode, validation, …) leak into the body');
    return { status: response.status, code, ...(field === undefined ? {} : { field }) };
  }

  it('answers bad page parameters with invalid-request and the field', async () => {
    const list = `${api}/threads/bai-1/comments`;
    for (const [query, field] of [
      ['?limit=abc', 'limit'],
      ['?limit=1000', 'limit'],
      ['?limit=1&limit=2', 'limit'],
      ['?cursor=a&cursor=b', 'cursor'],
    ] as const) {
      assert.deepEqual(await refusal(await fetch(`${list}${query}`)), { status: 400, code: 'invalid-request', field }, query);
    }
    assert.equal((await fetch(`${list}?limit=&cursor=`)).status, 200, 'empty means the default');
  });

  it('answers a thread id over 200 characters with thread-invalid', async () => {
    const expected = { status: 400, code: 'thread-invalid', field: 'thread' };
    assert.deepEqual(await refusal(await fetch(`${api}/threads/${'x'.repeat(201)}/count`)), expected);
    const post = await postJson(`${api}/threads/${'x'.repeat(201)}/comments`, { author: 'An', body: 'Nội dung đủ dài', clientId: clientId() });
    assert.deepEqual(await refusal(post), expected, 'the thread is checked before the body');
  });

  it('answers a comment post that is not a JSON object with invalid-request', async () => {
    for (const body of ['[1,2]', '"text"', 'null', '42']) {
      const response = await fetch(`${api}/threads/bai-1/comments`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
      assert.deepEqual(await refusal(response), { status: 400, code: 'invalid-request' }, body);
    }
  });

  it('leaves comment fields to the comment rules: a non-string keeps its field code', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ author: 42, body: 'Nội dung đủ dài' }, 'author-required'],
      [{ author: 'An', body: 12345678 }, 'body-too-short'],
      [{ author: 'An', email: 5, body: 'Nội dung đủ dài' }, 'email-invalid'],
      [{ author: 'An', body: 'Nội dung đủ dài', clientId: 12345678 }, 'client-id-invalid'],
    ];
    for (const [fields, code] of cases) {
      const response = await postJson(`${api}/threads/bai-1/comments`, { clientId: clientId(), ...fields });
      assert.equal(response.status, 400);
      assert.equal((await response.json()).error.code, code);
    }
  });

  it('answers bad admin inputs with their own codes', async () => {
    const get = (path: string) => fetch(`${api}/admin${path}`, { headers: admin });
    assert.deepEqual(await refusal(await get('/comments?status=bogus')), { status: 400, code: 'invalid-request', field: 'status' });
    assert.deepEqual(await refusal(await get('/comments?status=')), { status: 400, code: 'invalid-request', field: 'status' });
    assert.deepEqual(await refusal(await get('/comments?thread=a&thread=b')), { status: 400, code: 'thread-invalid', field: 'thread' });
    assert.deepEqual(await refusal(await get('/comments?limit=0')), { status: 400, code: 'invalid-request', field: 'limit' });
    assert.deepEqual(await refusal(await get(`/comments/${'x'.repeat(101)}`)), { status: 404, code: 'not-found' });
    assert.deepEqual(await refusal(await get('/comments/not%20an%20id')), { status: 404, code: 'not-found' });
    assert.equal((await get('/comments?thread=')).status, 200, 'an empty thread means all threads');
  });

  it('answers bad feed inputs with url-invalid and feed-not-found', async () => {
    const url = { status: 400, code: 'url-invalid', field: 'url' };
    assert.deepEqual(await refusal(await fetch(`${api}/feed`)), url);
    assert.deepEqual(await refusal(await fetch(`${api}/feed?url=`)), url);
    assert.deepEqual(await refusal(await fetch(`${api}/feed?url=https%3A%2F%2Fa.example%2F&url=https%3A%2F%2Fb.example%2F`)), url);
    const name = { status: 404, code: 'feed-not-found', field: 'name' };
    assert.deepEqual(await refusal(await fetch(`${api}/feeds/not.a.name`)), name);
    assert.deepEqual(await refusal(await fetch(`${api}/feeds/no-such-feed`)), name);
  });
});
