// The comments API contract (docs/server-api.md, docs/comments.md) against the real app on 127.0.0.1: one
// suite, run once on each store (SQLite in a temporary folder, a fresh database on a throwaway PostgreSQL).
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ADMIN_TOKEN, STORE_KINDS, clientId, postJson, startApp, usePostgres, type RunningApp } from './support.js';

const postgres = usePostgres();

const admin = { Authorization: `Bearer ${ADMIN_TOKEN}` };

async function json(response: Response): Promise<any> {
  return response.json();
}

for (const kind of STORE_KINDS) {
  /** The app on this store: `database` is "sqlite" or a new database of this file's PostgreSQL cluster. */
  const start: typeof startApp = async (raw = {}, options) => startApp({ ...raw, database: await postgres.database(kind) }, options);

  describe(`comments API (${kind})`, () => {
    let server: RunningApp;
    let api: string;
    const comments = (thread: string) => `${api}/threads/${encodeURIComponent(thread)}/comments`;

    // Each test posts from its own forwarded address (127.0.0.1 is a trusted proxy here) so the
    // per-IP limit of this suite only bites where a test means it to.
    let ip = 0;
    const nextIp = () => `203.0.113.${++ip}`;
    const post = (thread: string, body: Record<string, unknown>, from = nextIp()) =>
      postJson(comments(thread), { clientId: clientId(), website: '', ...body }, { 'X-Forwarded-For': from });
    const approve = (id: string) => fetch(`${api}/admin/comments/${id}/approve`, { method: 'POST', headers: admin });

    before(async () => {
      server = await start({ moderation: 'pre', trustedProxies: ['127.0.0.1'], rateLimit: { perMinute: 3, perDay: 5 } });
      api = `${server.url}/api`;
    });
    after(() => server.close());

    it('reports its store as up in /api/health', async () => {
      const response = await fetch(`${api}/health`);
      assert.equal(response.status, 200);
      const health = await json(response);
      assert.deepEqual(Object.keys(health.database).sort(), ['kind', 'latencyMs', 'state']);
      assert.deepEqual([health.status, health.database.kind, health.database.state], ['ok', kind, 'up']);
    });

    it('answers 201 { comment, status: "pending" } and never returns the email', async () => {
      const response = await post('bai-1', { author: 'Mạnh Hùng', email: 'hung@example.vn', body: 'Bài viết rất hay, cảm ơn!' });
      assert.equal(response.status, 201);
      const body = await json(response);
      assert.equal(body.status, 'pending');
      assert.deepEqual(Object.keys(body.comment).sort(), ['author', 'body', 'createdAt', 'id', 'parentId', 'status', 'thread']);
      assert.equal(body.comment.thread, 'bai-1');
      assert.equal(body.comment.parentId, null);
      assert.equal(body.comment.status, 'pending');
      assert.equal(body.comment.createdAt, new Date(body.comment.createdAt).toISOString());
      assert.doesNotMatch(JSON.stringify(body), /hung@example/);
    });

    it('lists only approved comments, oldest first, and counts them', async () => {
      const thread = 'bai-list';
      const ids: string[] = [];
      for (const text of ['Thứ nhất đây', 'Thứ hai đây', 'Thứ ba đây']) {
        ids.push((await json(await post(thread, { author: 'An', body: text }))).comment.id);
      }
      assert.deepEqual(await json(await fetch(comments(thread))), { comments: [], next: null, count: 0, closed: false });
      assert.deepEqual(await json(await fetch(`${api}/threads/${thread}/count`)), { count: 0 });

      assert.equal((await approve(ids[2]!)).status, 200);
      assert.equal((await approve(ids[0]!)).status, 200);
      const list = await json(await fetch(comments(thread)));
      assert.deepEqual(
        list.comments.map((c: any) => c.body),
        ['Thứ nhất đây', 'Thứ ba đây'],
      );
      assert.ok(list.comments.every((c: any) => c.status === 'approved'));
      assert.equal(list.next, null);
      assert.deepEqual(await json(await fetch(`${api}/threads/${thread}/count`)), { count: 2 });
    });

    it("carries the thread's approved count on the first page: 0, 1 and more than a page, pending not counted", async () => {
      const firstPage = async (thread: string, query = '') => json(await fetch(`${comments(thread)}${query}`));
      assert.equal((await firstPage('bai-count-none')).count, 0);

      const one = await json(await post('bai-count-one', { author: 'An', body: 'Bình luận duy nhất' }));
      await post('bai-count-one', { author: 'Bình', body: 'Còn chờ duyệt' });
      assert.equal((await firstPage('bai-count-one')).count, 0, 'pending comments are not counted');
      await approve(one.comment.id);
      const page = await firstPage('bai-count-one');
      assert.equal(page.count, 1);
      assert.equal(page.comments.length, 1);

      const thread = 'bai-count-many';
      for (let i = 1; i <= 4; i++) {
        const { comment } = await json(await post(thread, { author: 'Chi', body: `Bình luận thứ ${i}` }));
        if (i !== 4) await approve(comment.id);
      }
      const first = await firstPage(thread, '?limit=2');
      assert.equal(first.comments.length, 2);
      assert.equal(first.count, 3, 'the whole thread, not this page; the pending fourth is left out');
      const second = await firstPage(thread, `?limit=2&cursor=${encodeURIComponent(first.next)}`);
      assert.equal(second.count, 3);
      assert.equal((await json(await fetch(`${api}/threads/${thread}/count`))).count, 3);
    });

    it('pages with cursor and limit (≤ 100)', async () => {
      const thread = 'bai-pages';
      for (let i = 1; i <= 5; i++) {
        const { comment } = await json(await post(thread, { author: 'Bình', body: `Bình luận số ${i}` }));
        await approve(comment.id);
      }
      const seen: string[] = [];
      let cursor: string | null = null;
      for (let page = 0; page < 10; page++) {
        const query: string = `?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
        const body = await json(await fetch(`${comments(thread)}${query}`));
        assert.ok(body.comments.length <= 2);
        seen.push(...body.comments.map((c: any) => c.body));
        cursor = body.next;
        if (!cursor) break;
      }
      assert.deepEqual(
        seen,
        [1, 2, 3, 4, 5].map((i) => `Bình luận số ${i}`),
      );

      for (const bad of ['?limit=0', '?limit=101', '?limit=abc', '?cursor=garbage!']) {
        const response = await fetch(`${comments(thread)}${bad}`);
        assert.equal(response.status, 400, bad);
        assert.equal((await json(response)).error.code, 'invalid-request');
      }
    });

    it('takes a page URL as thread id (percent-encoded in the path)', async () => {
      const thread = 'https://baosonla.example.vn/tin/bai-9.html?utm=x';
      const response = await post(thread, { author: 'Chi', body: 'Theo đường dẫn trang' });
      assert.equal(response.status, 201);
      assert.equal((await json(response)).comment.thread, thread);
      assert.equal((await fetch(`${api}/threads/${encodeURIComponent(thread)}/count`)).status, 200);
    });

    it('refuses each invalid field with its stable code and field', async () => {
      const cases: [Record<string, unknown>, string, string][] = [
        [{ author: '', body: 'Nội dung đủ dài' }, 'author', 'author-required'],
        [{ author: 'x'.repeat(81), body: 'Nội dung đủ dài' }, 'author', 'author-too-long'],
        [{ author: 'An', email: 'sai-email', body: 'Nội dung đủ dài' }, 'email', 'email-invalid'],
        [{ author: 'An', body: 'Ngắn' }, 'body', 'body-too-short'],
        [{ author: 'An', body: 'a'.repeat(501) }, 'body', 'body-too-long'],
        [{ author: 'An', body: 'Nội dung đủ dài', parentId: 'no/such' }, 'parentId', 'parent-invalid'],
        [{ author: 'An', body: 'Nội dung đủ dài', parentId: 'nosuchcomment' }, 'parentId', 'parent-not-found'],
        [{ author: 'An', body: 'Nội dung đủ dài', clientId: 'bad id' }, 'clientId', 'client-id-invalid'],
        [{ author: 'An', body: 'Nội dung đủ dài', clientId: undefined }, 'clientId', 'client-id-invalid'],
      ];
      for (const [body, field, code] of cases) {
        const response = await post('bai-invalid', body);
        assert.equal(response.status, 400, code);
        const { error } = await json(response);
        assert.equal(error.code, code);
        assert.equal(error.field, field);
        assert.equal(typeof error.message, 'string');
      }
      const badThread = await postJson(`${api}/threads/${encodeURIComponent('có dấu')}/comments`, {
        author: 'An',
        body: 'Nội dung đủ dài',
        clientId: clientId(),
      });
      assert.equal(badThread.status, 400);
      assert.deepEqual(((await json(badThread)).error as any).code, 'thread-invalid');
      assert.equal((await fetch(`${api}/threads/${'x'.repeat(201)}/comments`)).status, 400);
    });

    it('refuses non-JSON, broken JSON, non-objects and oversized bodies with error bodies', async () => {
      const url = comments('bai-format');
      const cases: [RequestInit, number, string][] = [
        [{ body: 'author=An', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } }, 415, 'unsupported-media-type'],
        [{ body: '{"author":', headers: { 'Content-Type': 'application/json' } }, 400, 'invalid-request'],
        [{ body: '[1,2]', headers: { 'Content-Type': 'application/json' } }, 400, 'invalid-request'],
        [
          { body: JSON.stringify({ author: 'An', body: 'x'.repeat(20_000), clientId: clientId() }), headers: { 'Content-Type': 'application/json' } },
          413,
          'payload-too-large',
        ],
      ];
      for (const [init, status, code] of cases) {
        const response = await fetch(url, { method: 'POST', ...init });
        assert.equal(response.status, status, code);
        assert.equal((await json(response)).error.code, code);
      }
      const missing = await fetch(`${api}/nothing-here`);
      assert.equal(missing.status, 404);
      assert.equal((await json(missing)).error.code, 'not-found');
    });

    it('stores bodies as written: markup comes back as the same text', async () => {
      const body = '<img src=x onerror=alert(1)> & <b>đậm</b>\nDòng hai';
      const posted = await json(await post('bai-text', { author: '<script>x</script>', body }));
      await approve(posted.comment.id);
      const [stored] = (await json(await fetch(comments('bai-text')))).comments;
      assert.equal(stored.body, body);
      assert.equal(stored.author, '<script>x</script>');
    });

    it('returns the first result for a repeated clientId and creates one row', async () => {
      const id = clientId();
      const from = nextIp();
      const first = await post('bai-idem', { author: 'An', body: 'Chỉ một lần thôi', clientId: id }, from);
      const again = await post('bai-idem', { author: 'An', body: 'Chỉ một lần thôi', clientId: id }, from);
      const changed = await post('bai-idem', { author: 'Khác', body: 'Nội dung khác hẳn', clientId: id }, from);
      assert.equal(first.status, 201);
      assert.equal(again.status, 201);
      assert.equal(changed.status, 201);
      const firstBody = await json(first);
      assert.deepEqual(await json(again), firstBody);
      assert.deepEqual(await json(changed), firstBody);
      assert.equal(again.headers.get('idempotent-replayed'), 'true');

      // Concurrent retries with one clientId (a double click racing a retry): still one row.
      const raceId = clientId();
      const answers = await Promise.all(
        Array.from({ length: 10 }, () => post('bai-idem', { author: 'An', body: 'Đua nhau gửi', clientId: raceId }, nextIp())),
      );
      const bodies = await Promise.all(answers.map(json));
      assert.ok(answers.every((r) => r.status === 201));
      assert.equal(new Set(bodies.map((b) => b.comment.id)).size, 1);

      const pending = await json(await fetch(`${api}/admin/comments?status=pending&thread=bai-idem&limit=100`, { headers: admin }));
      assert.equal(pending.comments.length, 2);
    });

    it('marks honeypot posts as spam silently: normal answer, never listed, never counted', async () => {
      const thread = 'bai-honeypot';
      const response = await post(thread, { author: 'Bot', body: 'Mua hàng giá rẻ tại đây', website: 'http://spam.example' });
      assert.equal(response.status, 201);
      const body = await json(response);
      assert.equal(body.status, 'pending');
      assert.equal(body.comment.status, 'pending');

      const spam = await json(await fetch(`${api}/admin/comments?status=spam&thread=${thread}`, { headers: admin }));
      assert.deepEqual(
        spam.comments.map((c: any) => c.id),
        [body.comment.id],
      );
      const pending = await json(await fetch(`${api}/admin/comments?status=pending&thread=${thread}`, { headers: admin }));
      assert.deepEqual(pending.comments, []);
      assert.deepEqual(await json(await fetch(`${api}/threads/${thread}/count`)), { count: 0 });
    });

    it('accepts one level of replies, to approved comments of the same thread', async () => {
      const parent = (await json(await post('bai-reply', { author: 'An', body: 'Bình luận gốc' }))).comment;
      const early = await post('bai-reply', { author: 'Bình', body: 'Trả lời quá sớm', parentId: parent.id });
      assert.equal((await json(early)).error.code, 'parent-not-found'); // not approved yet: nobody can see it
      await approve(parent.id);

      const reply = await post('bai-reply', { author: 'Bình', body: 'Trả lời bình luận', parentId: parent.id });
      assert.equal(reply.status, 201);
      const replyComment = (await json(reply)).comment;
      assert.equal(replyComment.parentId, parent.id);
      await approve(replyComment.id);

      const deeper = await post('bai-reply', { author: 'Chi', body: 'Trả lời câu trả lời', parentId: replyComment.id });
      assert.equal((await json(deeper)).error.code, 'reply-too-deep');
      const elsewhere = await post('bai-other', { author: 'Chi', body: 'Sai chủ đề rồi', parentId: parent.id });
      assert.equal((await json(elsewhere)).error.code, 'parent-not-found');

      const list = await json(await fetch(comments('bai-reply')));
      assert.deepEqual(
        list.comments.map((c: any) => [c.body, c.parentId]),
        [
          ['Bình luận gốc', null],
          ['Trả lời bình luận', parent.id],
        ],
      );
    });
  });

  describe(`rate limit per IP (${kind})`, () => {
    const body = (text: string) => ({ author: 'An', body: text, clientId: clientId(), website: '' });

    it('without a trusted proxy: X-Forwarded-For is ignored, the 4th post in a minute gets 429 + Retry-After', async () => {
      const server = await start({ rateLimit: { perMinute: 3, perDay: 30 } });
      try {
        const url = `${server.url}/api/threads/bai-rl/comments`;
        const statuses: number[] = [];
        let last!: Response;
        for (let i = 0; i < 5; i++) {
          // A client forging a new address each time must not get a new bucket.
          last = await postJson(url, body(`Lần gửi số ${i}`), { 'X-Forwarded-For': `198.51.100.${i}` });
          statuses.push(last.status);
        }
        assert.deepEqual(statuses, [201, 201, 201, 429, 429]);
        const retryAfter = Number(last.headers.get('retry-after'));
        assert.ok(retryAfter >= 1 && retryAfter <= 60, `Retry-After ${retryAfter}`);
        const error = (await json(last)).error;
        assert.equal(error.code, 'rate-limited');
        // Reading is never limited.
        assert.equal((await fetch(`${server.url}/api/threads/bai-rl/count`)).status, 200);
      } finally {
        await server.close();
      }
    });

    it('with a trusted proxy: each forwarded client has its own bucket; the day limit applies too', async () => {
      const server = await start({ trustedProxies: ['127.0.0.1'], rateLimit: { perMinute: 2, perDay: 3 } });
      try {
        const url = `${server.url}/api/threads/bai-rl2/comments`;
        const from = (ip: string) => ({ 'X-Forwarded-For': `10.0.0.1, ${ip}` });
        const a = [];
        for (let i = 0; i < 3; i++) a.push((await postJson(url, body(`Khách A lần ${i}`), from('192.0.2.10'))).status);
        const b = [];
        for (let i = 0; i < 2; i++) b.push((await postJson(url, body(`Khách B lần ${i}`), from('192.0.2.20'))).status);
        assert.deepEqual(a, [201, 201, 429]);
        assert.deepEqual(b, [201, 201]);
      } finally {
        await server.close();
      }

      const daily = await start({ rateLimit: { perMinute: 100, perDay: 2 } });
      try {
        const url = `${daily.url}/api/threads/bai-day/comments`;
        const statuses = [];
        for (let i = 0; i < 3; i++) statuses.push((await postJson(url, body(`Trong ngày lần ${i}`))).status);
        assert.deepEqual(statuses, [201, 201, 429]);
      } finally {
        await daily.close();
      }
    });

    it('does not count a retry with a known clientId', async () => {
      const server = await start({ rateLimit: { perMinute: 1, perDay: 10 } });
      try {
        const url = `${server.url}/api/threads/bai-retry/comments`;
        const payload = body('Gửi lại sau khi hết giờ');
        assert.equal((await postJson(url, payload)).status, 201);
        assert.equal((await postJson(url, payload)).status, 201);
        assert.equal((await postJson(url, body('Bình luận mới khác'))).status, 429);
      } finally {
        await server.close();
      }
    });
  });

  describe(`moderation and the admin API (${kind})`, () => {
    it('post-moderation publishes at once', async () => {
      const server = await start({ moderation: 'post' });
      try {
        const response = await postJson(`${server.url}/api/threads/bai-post/comments`, {
          author: 'An',
          body: 'Hiện ngay lập tức',
          clientId: clientId(),
        });
        const body = await json(response);
        assert.equal(body.status, 'approved');
        assert.equal(body.comment.status, 'approved');
        assert.deepEqual(
          (await json(await fetch(`${server.url}/api/threads/bai-post/comments`))).comments.map((c: any) => c.id),
          [body.comment.id],
        );
      } finally {
        await server.close();
      }
    });

    it('answers 401 without a token, 403 with a wrong one, and works with the right one', async () => {
      const server = await start();
      try {
        const api = `${server.url}/api`;
        const posted = await json(
          await postJson(`${api}/threads/bai-admin/comments`, { author: 'An', body: 'Chờ kiểm duyệt nhé', clientId: clientId() }),
        );
        const id = posted.comment.id;
        const routes: [string, string][] = [
          ['GET', '/admin/comments'],
          ['GET', `/admin/comments/${id}`],
          ['POST', `/admin/comments/${id}/approve`],
          ['POST', `/admin/comments/${id}/reject`],
          ['DELETE', `/admin/comments/${id}`],
        ];
        for (const [method, path] of routes) {
          const none = await fetch(`${api}${path}`, { method });
          assert.equal(none.status, 401, `${method} ${path}`);
          assert.equal(none.headers.get('www-authenticate'), 'Bearer');
          assert.equal((await json(none)).error.code, 'unauthorized');
          const wrong = await fetch(`${api}${path}`, { method, headers: { Authorization: 'Bearer not-the-token' } });
          assert.equal(wrong.status, 403, `${method} ${path}`);
          assert.equal((await json(wrong)).error.code, 'forbidden');
          const basic = await fetch(`${api}${path}`, { method, headers: { Authorization: `Basic ${btoa(`admin:${ADMIN_TOKEN}`)}` } });
          assert.equal(basic.status, 401);
        }

        const listed = await json(await fetch(`${api}/admin/comments?status=pending`, { headers: admin }));
        assert.deepEqual(
          listed.comments.map((c: any) => c.id),
          [id],
        );
        assert.equal(listed.next, null);
        // Admin answers carry the email (null here), never the IP.
        assert.equal(listed.comments[0].email, null);
        assert.doesNotMatch(JSON.stringify(listed), /"ip"\s*:\s*"|203\.0\.113/);

        const rejected = await json(await fetch(`${api}/admin/comments/${id}/reject`, { method: 'POST', headers: admin }));
        assert.equal(rejected.comment.status, 'rejected');
        assert.equal((await json(await fetch(`${api}/threads/bai-admin/count`))).count, 0);
        const approved = await json(await fetch(`${api}/admin/comments/${id}/approve`, { method: 'POST', headers: admin }));
        assert.equal(approved.comment.status, 'approved');
        assert.equal((await json(await fetch(`${api}/threads/bai-admin/count`))).count, 1);

        const deleted = await fetch(`${api}/admin/comments/${id}`, { method: 'DELETE', headers: admin });
        assert.equal(deleted.status, 204);
        assert.equal((await fetch(`${api}/admin/comments/${id}`, { headers: admin })).status, 404);
        assert.equal((await fetch(`${api}/admin/comments/${id}/approve`, { method: 'POST', headers: admin })).status, 404);
        assert.equal((await json(await fetch(`${api}/threads/bai-admin/count`))).count, 0);
        assert.equal((await fetch(`${api}/admin/comments?status=bogus`, { headers: admin })).status, 400);
      } finally {
        await server.close();
      }
    });

    it('keeps the admin API off without BANTIN_ADMIN_TOKEN', async () => {
      const server = await start({}, { env: { BANTIN_ADMIN_TOKEN: '' } });
      try {
        const response = await fetch(`${server.url}/api/admin/comments`, { headers: { Authorization: 'Bearer anything-at-all-here' } });
        assert.equal(response.status, 403);
        assert.equal((await json(response)).error.code, 'admin-disabled');
      } finally {
        await server.close();
      }
    });
  });
}

describe('CORS', () => {
  it('answers allowed origins only, preflight included', async () => {
    const server = await startApp({ corsOrigins: ['https://partner.example.vn'] });
    try {
      const url = `${server.url}/api/threads/bai-cors/comments`;
      const allowed = await fetch(url, { headers: { Origin: 'https://partner.example.vn' } });
      assert.equal(allowed.headers.get('access-control-allow-origin'), 'https://partner.example.vn');
      const other = await fetch(url, { headers: { Origin: 'https://evil.example' } });
      assert.equal(other.headers.get('access-control-allow-origin'), null);
      const preflight = await fetch(url, {
        method: 'OPTIONS',
        headers: { Origin: 'https://partner.example.vn', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
      });
      assert.equal(preflight.status, 204);
      assert.match(preflight.headers.get('access-control-allow-methods') ?? '', /POST/);
      assert.match((preflight.headers.get('access-control-allow-headers') ?? '').toLowerCase(), /content-type/);
    } finally {
      await server.close();
    }
  });
});
