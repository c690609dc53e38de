// Hostile requests against the running app (#17): text that looks valid but is not, errors raised outside
// the handlers, body-less admin actions, admin answers and tokens.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import { parseConfig, ConfigError } from '../src/config.js';
import { ADMIN_TOKEN, clientId, postJson, startApp, type RunningApp } from './support.js';

const admin = { Authorization: `Bearer ${ADMIN_TOKEN}` };

/** One raw HTTP/1.1 exchange (for what fetch will not send): the whole answer as text. */
function rawRequest(url: string, request: string): Promise<string> {
  const { port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect(Number(port), '127.0.0.1', () => socket.write(request));
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk));
    socket.on('close', () => resolve(answer));
    socket.on('error', () => resolve(answer));
    socket.setTimeout(3000, () => socket.destroy());
  });
}

function assertContractShape(status: number, text: string, contentType: string | null, expected: number): void {
  assert.equal(status, expected, text);
  assert.match(contentType ?? '', /^application\/json/);
  const body = JSON.parse(text);
  assert.deepEqual(Object.keys(body), ['error']);
  assert.equal(typeof body.error.code, 'string');
  assert.equal(typeof body.error.message, 'string');
  assert.doesNotMatch(body.error.code, /^FST_/);
}

describe('hostile input', () => {
  let server: RunningApp;
  let ip = 0;
  const from = () => ({ 'X-Forwarded-For': `198.51.100.${++ip}` });
  const post = (body: Record<string, unknown>) =>
    postJson(`${server.url}/api/threads/bai-hostile/comments`, { clientId: clientId(), ...body }, from());

  before(async () => {
    server = await startApp({ moderation: 'post', trustedProxies: ['127.0.0.1'], rateLimit: { perMinute: 1000, perDay: 1000 } });
  });
  after(() => server.close());

  it('stores what it validated and acknowledged when the body has lone surrogates', async () => {
    const response = await post({ author: 'An', body: '\ud800'.repeat(500) });
    assert.equal(response.status, 201);
    const posted = await response.json();
    assert.equal(posted.comment.body, '\ufffd'.repeat(500));
    const stored = await (await fetch(`${server.url}/api/admin/comments/${posted.comment.id}`, { headers: admin })).json();
    assert.equal(stored.comment.body, posted.comment.body);
    assert.equal((await post({ author: 'An', body: '\ud800'.repeat(501) })).status, 400);
  });

  it('refuses invisible authors and bodies, strips controls and bidi overrides, caps combining marks', async () => {
    for (const [author, body, code] of [
      ['\u200b\u200b', 'Bài viết rất hay', 'author-required'],
      ['\u2800', 'Bài viết rất hay', 'author-required'],
      ['An', '\u200b'.repeat(5), 'body-too-short'],
    ]) {
      const response = await post({ author, body });
      assert.equal(response.status, 400);
      assert.equal((await response.json()).error.code, code);
    }
    const response = await post({ author: 'A\u0000n\u202e', body: `A${'\u0301'.repeat(5000)} xin chào\u0007` });
    assert.equal(response.status, 201);
    const { comment } = await response.json();
    assert.equal(comment.author, 'An');
    assert.equal(comment.body, `A${'\u0301'.repeat(8)} xin chào`);
  });

  it('answers errors raised outside the handlers in the contract shape', async () => {
    const badUrl = await fetch(`${server.url}/api/threads/%ZZ/comments`);
    assertContractShape(badUrl.status, await badUrl.text(), badUrl.headers.get('content-type'), 400);

    const longThread = await postJson(`${server.url}/api/threads/${'a'.repeat(1001)}/comments`, {});
    assertContractShape(longThread.status, await longThread.text(), longThread.headers.get('content-type'), 414);

    const preflight = await fetch(`${server.url}/api/threads/x/comments`, { method: 'OPTIONS' });
    assertContractShape(preflight.status, await preflight.text(), preflight.headers.get('content-type'), 400);

    // A Content-Length shorter than the body: the rest is read as a broken request.
    const answer = await rawRequest(
      server.url,
      'POST /api/threads/x/comments HTTP/1.1\r\nHost: a\r\nContent-Type: application/json\r\nContent-Length: 2\r\nContent-Length: 7\r\n\r\n{"a":1}',
    );
    const [head, text] = answer.split('\r\n\r\n');
    const status = Number(/^HTTP\/1\.1 (\d+)/.exec(head!)?.[1]);
    assertContractShape(status, text!, /content-type: ([^\r\n]+)/i.exec(head!)?.[1] ?? null, 400);
  });

  it('takes an empty body on a body-less admin action, whatever the content type', async () => {
    const { comment } = await (await post({ author: 'An', body: 'Chờ duyệt lại nhé' })).json();
    for (const type of ['application/json', 'text/plain', 'application/x-www-form-urlencoded']) {
      const response = await fetch(`${server.url}/api/admin/comments/${comment.id}/approve`, {
        method: 'POST',
        headers: { ...admin, 'Content-Type': type },
      });
      assert.equal(response.status, 200, `${type}: ${await response.clone().text()}`);
    }
    const undo = await fetch(`${server.url}/api/undo`.replace('/api/undo', '/api/admin/undo'), {
      method: 'POST',
      headers: { ...admin, 'Content-Type': 'application/json' },
    });
    assert.equal(undo.status, 200);
  });

  it('never lets a proxy keep a 401 or 403 of the admin API', async () => {
    for (const [method, headers] of [
      ['GET', {}],
      ['POST', {}],
      ['GET', { Authorization: 'Bearer wrong-token-0123456789' }],
      ['POST', { Authorization: 'Bearer wrong-token-0123456789' }],
    ] as const) {
      const response = await fetch(`${server.url}/api/admin/comments/abc/approve`.replace('/abc/approve', method === 'GET' ? '' : '/abc/approve'), {
        method,
        headers,
      });
      assert.ok(response.status === 401 || response.status === 403, `${method} ${response.status}`);
      assert.equal(response.headers.get('cache-control'), 'no-store', `${method} ${response.status}`);
    }
  });
});

describe('admin API exposure', () => {
  let server: RunningApp;
  before(async () => {
    server = await startApp({ trustedProxies: ['127.0.0.1'] });
  });
  after(() => server.close());

  it('answers admin routes without CORS (the moderation page is same-origin), the public API with it', async () => {
    const origin = { Origin: 'https://partner.example.vn' };
    const admin = await fetch(`${server.url}/api/admin/comments`, { headers: { ...origin, Authorization: `Bearer ${ADMIN_TOKEN}` } });
    assert.equal(admin.status, 200);
    assert.equal(admin.headers.get('access-control-allow-origin'), null);
    const preflight = await fetch(`${server.url}/api/admin/comments/abc/approve`, {
      method: 'OPTIONS',
      headers: { ...origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization' },
    });
    assert.equal(preflight.headers.get('access-control-allow-origin'), null);
    assert.equal(preflight.headers.get('access-control-allow-headers'), null);
    const open = await fetch(`${server.url}/api/config`, { headers: origin });
    assert.equal(open.headers.get('access-control-allow-origin'), '*');
  });

  it('throttles repeated wrong admin tokens per address: the 11th in a minute is 429', async () => {
    const attempt = (token: string, address = '192.0.2.50') =>
      fetch(`${server.url}/api/admin/comments`, { headers: { Authorization: `Bearer ${token}`, 'X-Forwarded-For': address } });
    for (let i = 0; i < 10; i++) assert.equal((await attempt(`wrong-token-${i}-0123456789`)).status, 403);
    const throttled = await attempt('wrong-token-x-0123456789');
    assert.equal(throttled.status, 429);
    assert.equal(throttled.headers.get('cache-control'), 'no-store');
    assert.ok(Number(throttled.headers.get('retry-after')) > 0);
    assert.equal((await throttled.json()).error.code, 'rate-limited');
    // The right token from there waits too (else the answer would tell a guess right); other addresses do not.
    assert.equal((await attempt(ADMIN_TOKEN)).status, 429);
    assert.equal((await attempt(ADMIN_TOKEN, '192.0.2.51')).status, 200);
  });
});

describe('admin tokens at start', () => {
  it('refuses an admin token with whitespace, naming it', () => {
    for (const token of ['my admin token 0123456789', ' padded-token-0123456789', 'tab\ttoken-0123456789']) {
      assert.throws(
        () => parseConfig({}, '/tmp', { BANTIN_ADMIN_TOKEN: token }),
        (error: unknown) => error instanceof ConfigError && error.key === 'BANTIN_ADMIN_TOKEN' && /whitespace|space/.test(error.message),
      );
    }
  });

  it('refuses a moderator token hash that is not 64 hex digits', () => {
    assert.throws(
      () => parseConfig({ moderators: [{ name: 'Lan', tokenSha256: 'z'.repeat(64) }] }, '/tmp'),
      (error: unknown) => error instanceof ConfigError && error.key === 'moderators[0].tokenSha256',
    );
  });
});
