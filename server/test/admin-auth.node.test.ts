// The admin plugin's one onRequest hook guards every route it registers, HEAD routes included, and no other.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { RouteOptions } from 'fastify';
import { ADMIN_TOKEN, clientId, postJson, startApp, type RunningApp } from './support.js';

describe('admin API token check', () => {
  let server: RunningApp;
  const adminRoutes: [string, string][] = [];
  let id: string;

  before(async () => {
    const onRoute = (route: RouteOptions) => {
      for (const method of [route.method].flat()) if (route.url.startsWith('/api/admin')) adminRoutes.push([method, route.url]);
    };
    // Each wrong token comes from its own address: ten from one client in a minute are throttled (429).
    server = await startApp({ trustedProxies: ['127.0.0.1'] }, { onRoute });
    const posted = await postJson(`${server.url}/api/threads/bai-admin-hook/comments`, {
      author: 'An',
      body: 'Chờ kiểm duyệt nhé',
      clientId: clientId(),
    });
    id = (await posted.json()).comment.id;
  });
  after(() => server.close());

  const url = (path: string) => `${server.url}${path.replace(':id', id)}`;

  it('sees every admin route, HEAD included', () => {
    const seen = adminRoutes.map(([method, path]) => `${method} ${path}`).sort();
    assert.deepEqual(seen, [
      'DELETE /api/admin/blocks/:id',
      'DELETE /api/admin/comments/:id',
      'GET /api/admin/audit',
      'GET /api/admin/blocks',
      'GET /api/admin/comments',
      'GET /api/admin/comments/:id',
      'GET /api/admin/me',
      'GET /api/admin/threads/:thread',
      'GET /api/admin/updates',
      'HEAD /api/admin/audit',
      'HEAD /api/admin/blocks',
      'HEAD /api/admin/comments',
      'HEAD /api/admin/comments/:id',
      'HEAD /api/admin/me',
      'HEAD /api/admin/threads/:thread',
      'HEAD /api/admin/updates',
      'POST /api/admin/blocks',
      'POST /api/admin/comments/:id/approve',
      'POST /api/admin/comments/:id/reject',
      'POST /api/admin/comments/:id/spam',
      'POST /api/admin/comments/bulk',
      'POST /api/admin/threads/:thread/close',
      'POST /api/admin/threads/:thread/open',
      'POST /api/admin/undo',
    ]);
  });

  it('answers 401 with WWW-Authenticate on every admin route without a token, 403 with a wrong one', async () => {
    let client = 0;
    for (const [method, path] of adminRoutes) {
      const none = await fetch(url(path), { method });
      assert.equal(none.status, 401, `${method} ${path}`);
      assert.equal(none.headers.get('www-authenticate'), 'Bearer');
      if (method !== 'HEAD') assert.equal((await none.json()).error.code, 'unauthorized');

      const wrong = await fetch(url(path), {
        method,
        headers: { Authorization: 'Bearer not-the-admin-token', 'X-Forwarded-For': `192.0.2.${++client}` },
      });
      assert.equal(wrong.status, 403, `${method} ${path}`);
      if (method !== 'HEAD') assert.equal((await wrong.json()).error.code, 'forbidden');
    }
  });

  it('checks the token before the inputs: a bad id or status without a token is still 401', async () => {
    assert.equal((await fetch(url('/api/admin/comments?status=bogus'))).status, 401);
    assert.equal((await fetch(url(`/api/admin/comments/${'x'.repeat(101)}`))).status, 401);
  });

  it('lets the right token through, and leaves public routes open', async () => {
    const response = await fetch(url('/api/admin/comments/:id'), { headers: { Authorization: `Bearer ${ADMIN_TOKEN}` } });
    assert.equal(response.status, 200);
    assert.equal((await fetch(url('/api/threads/bai-admin-hook/count'))).status, 200);
    assert.equal((await fetch(url('/api/config'))).status, 200);
  });
});
