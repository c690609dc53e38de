// Issue #16 on both stores: the moderation queue with context, bulk actions, undo and the audit log under
// named moderators, blocks (IPs hashed), watched words, closing threads and comment counts.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import pg from 'pg';
import { parseConfig, ConfigError } from '../src/config.js';
import { ADMIN_TOKEN, STORE_KINDS, clientId, postJson, startApp, usePostgres, type RunningApp } from './support.js';

const postgres = usePostgres();
const LAN_TOKEN = 'lan-moderator-token-0123456789';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const json = async (response: Response): Promise<any> => response.json();

for (const kind of STORE_KINDS) {
  describe(`moderation (${kind})`, () => {
    let server: RunningApp;
    let api: string;
    let database: string;
    let ip = 0;
    const nextIp = () => `198.51.100.${++ip}`;
    const lan = { Authorization: `Bearer ${LAN_TOKEN}`, 'Content-Type': 'application/json' };
    const admin = { Authorization: `Bearer ${ADMIN_TOKEN}`, 'Content-Type': 'application/json' };
    const post = (thread: string, body: Record<string, unknown>, from = nextIp()) =>
      postJson(`${api}/threads/${encodeURIComponent(thread)}/comments`, { clientId: clientId(), author: 'An', ...body }, { 'X-Forwarded-For': from });
    const adminPost = (path: string, body: unknown = {}, headers = lan) =>
      fetch(`${api}/admin${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
    const adminGet = async (path: string, headers: Record<string, string> = lan) => json(await fetch(`${api}/admin${path}`, { headers }));
    /** Every row of a table, straight from the database. */
    const rows = async (table: string): Promise<Record<string, unknown>[]> => {
      if (kind === 'sqlite') {
        const db = new Database(join(server.config.dataDir, 'comments.sqlite'), { readonly: true });
        try {
          return db.prepare(`SELECT * FROM ${table}`).all() as Record<string, unknown>[];
        } finally {
          db.close();
        }
      }
      const client = new pg.Client({ connectionString: database });
      await client.connect();
      try {
        return (await client.query(`SELECT * FROM ${table}`)).rows;
      } finally {
        await client.end();
      }
    };

    before(async () => {
      database = await postgres.database(kind);
      server = await startApp({
        database,
        moderation: 'post',
        trustedProxies: ['127.0.0.1'],
        rateLimit: { perMinute: 100, perDay: 1000 },
        moderators: [{ name: 'Lan', tokenSha256: sha256(LAN_TOKEN) }],
        watchedWords: ['ma túy', 'Đánh bạc'],
      });
      api = `${server.url}/api`;
    });
    after(() => server.close());

    it('knows who acts: a moderator by hashed token, the admin token as null, a wrong token 403', async () => {
      assert.deepEqual(await adminGet('/me'), { moderator: { name: 'Lan' } });
      assert.deepEqual(await adminGet('/me', admin), { moderator: { name: null } });
      const wrong = await fetch(`${api}/admin/me`, { headers: { Authorization: `Bearer ${sha256(LAN_TOKEN)}` } });
      assert.equal(wrong.status, 403);
      assert.equal((await json(wrong)).error.code, 'forbidden');
    });

    it('holds comments with watched words under moderation "post": folded, on word boundaries', async () => {
      const held = await json(await post('bai-words', { body: 'Bọn MA TUY lại xuất hiện' }));
      assert.equal(held.status, 'pending');
      const heldToo = await json(await post('bai-words', { author: 'đánh bạc', body: 'Tên tác giả bị theo dõi' }));
      assert.equal(heldToo.status, 'pending');
      for (const body of ['Mạng xã hội ma tuýt', 'Cô ma tuyết trong truyện', 'Xem đánhbạc liền chữ']) {
        assert.equal((await json(await post('bai-words', { body }))).status, 'approved', body);
      }
      const queue = await adminGet('/comments?status=pending&thread=bai-words');
      assert.deepEqual(
        queue.comments.map((c: any) => c.watchedWords),
        [['ma túy'], ['Đánh bạc']],
      );
    });

    it('lists the queue with context: title, URL, parent, email, history, counts; search and order', async () => {
      const thread = 'bai-context';
      const page = { pageTitle: 'Sơn La: mùa mận chín', pageUrl: 'https://baosonla.example.vn/tin/bai-1.html' };
      const from = nextIp();
      const first = await json(await post(thread, { body: 'Bài hay quá', email: 'hoa@example.vn', ...page }, from));
      const second = await json(
        await post(thread, { body: 'Trả lời bài hay', email: 'hoa@example.vn', parentId: first.comment.id, pageTitle: 'Khác' }, from),
      );
      assert.equal((await adminPost(`/comments/${first.comment.id}/reject`)).status, 200);
      await adminPost(`/comments/${first.comment.id}/approve`);
      await adminPost(`/comments/${second.comment.id}/reject`);
      const third = await json(await post(thread, { body: 'Thứ ba nhé', email: 'hoa@example.vn' }, from));
      await adminPost(`/comments/${third.comment.id}/spam`);

      const spam = await adminGet(`/comments?status=spam&thread=${thread}`);
      assert.equal(spam.count, 1);
      assert.deepEqual(spam.counts, { pending: 0, approved: 1, rejected: 1, spam: 1 });
      const [c] = spam.comments;
      assert.equal(c.email, 'hoa@example.vn');
      assert.equal(c.threadTitle, page.pageTitle);
      assert.equal(c.threadUrl, page.pageUrl);
      assert.equal(c.threadClosed, false);
      assert.deepEqual(c.history, { email: { approved: 1, rejected: 1, spam: 0 }, ip: { approved: 1, rejected: 1, spam: 0 } });
      assert.doesNotMatch(JSON.stringify(spam), new RegExp(from.replace(/\./g, '\\.')));

      const reply = (await adminGet(`/comments/${second.comment.id}`)).comment;
      assert.deepEqual(reply.parent, {
        id: first.comment.id,
        author: 'An',
        body: 'Bài hay quá',
        createdAt: first.comment.createdAt,
        status: 'approved',
      });

      const found = await adminGet(`/comments?status=approved&q=${encodeURIComponent('BÀI HAY')}`);
      assert.ok(found.comments.some((x: any) => x.id === first.comment.id));
      assert.equal((await adminGet(`/comments?status=approved&q=${encodeURIComponent('100%_')}`)).count, 0);

      const order: string[] = [];
      for (const body of ['Cũ nhất', 'Ở giữa', 'Mới nhất']) order.push((await json(await post('bai-order', { body: `${body} đây` }))).comment.id);
      const oldest = await adminGet('/comments?status=approved&thread=bai-order&limit=2');
      assert.deepEqual([oldest.comments.map((x: any) => x.id), oldest.count], [order.slice(0, 2), 3]);
      const newest = await adminGet('/comments?status=approved&thread=bai-order&limit=2&order=newest');
      assert.deepEqual(
        newest.comments.map((x: any) => x.id),
        [order[2], order[1]],
      );
      const older = await adminGet(`/comments?status=approved&thread=bai-order&limit=2&order=newest&cursor=${newest.next}`);
      assert.deepEqual([older.comments.map((x: any) => x.id), older.next], [[order[0]], null]);

      const bad = await fetch(`${api}/admin/comments?order=sideways`, { headers: lan });
      assert.equal(bad.status, 400);
      assert.deepEqual([(await json(bad)).error.code, 'order'], ['invalid-request', 'order']);
      const badUrl = await post(thread, { body: 'Đường dẫn sai', pageUrl: 'javascript:alert(1)' });
      assert.equal(badUrl.status, 400);
      assert.deepEqual((await json(badUrl)).error.field, 'pageUrl');
    });

    it('acts on many comments at once, undoes the last action, and audits every step by name', async () => {
      const ids: string[] = [];
      for (const body of ['Một hai ba', 'Bốn năm sáu']) ids.push((await json(await post('bai-bulk', { body: `${body} ma túy` }))).comment.id);
      const bulk = await adminPost('/comments/bulk', { action: 'reject', ids: [...ids, 'AAAAAAAAAAAA'] });
      assert.equal(bulk.status, 200);
      const result = await json(bulk);
      assert.deepEqual(result.results, [
        { id: ids[0], ok: true, status: 'rejected' },
        { id: ids[1], ok: true, status: 'rejected' },
        { id: 'AAAAAAAAAAAA', ok: false, error: 'not-found' },
      ]);

      const undo = await json(await adminPost('/undo'));
      assert.equal(undo.undid, result.action);
      assert.deepEqual(
        undo.results.map((r: any) => r.status),
        ['pending', 'pending'],
      );
      const again = await adminPost('/undo', { action: result.action });
      assert.equal(again.status, 409);
      assert.equal((await json(again)).error.code, 'cannot-undo');
      assert.equal((await adminPost('/undo', { action: 'no-such-action' })).status, 404);

      const del = await fetch(`${api}/admin/comments/${ids[1]}`, { method: 'DELETE', headers: { Authorization: lan.Authorization } });
      assert.equal(del.status, 204);
      assert.equal((await adminPost('/comments/bulk', { action: 'approve', ids: [] })).status, 400);
      assert.equal((await json(await adminPost('/comments/bulk', { action: 'explode', ids })))?.error.field, 'action');

      const audit = await adminGet(`/audit?comment=${ids[0]}`);
      assert.deepEqual(
        audit.entries.map((e: any) => [e.kind, e.moderator, e.before, e.after]),
        [
          ['undo', 'Lan', 'rejected', 'pending'],
          ['reject', 'Lan', 'pending', 'rejected'],
        ],
      );
      const deleted = await adminGet(`/audit?comment=${ids[1]}`);
      assert.deepEqual(deleted.entries[0].kind, 'delete');
      assert.deepEqual([deleted.entries[0].before, deleted.entries[0].after], ['pending', null]);
      const paged = await adminGet('/audit?limit=1');
      assert.equal(paged.entries.length, 1);
      assert.ok(paged.next);
    });

    it('blocks an email and an IP: 201 pending, stored as spam, never listed; the IP only hashed', async () => {
      const blockedIp = '198.51.100.250';
      const email = await adminPost('/blocks', { kind: 'email', value: 'Spam@Example.vn', reason: 'quảng cáo' });
      assert.equal(email.status, 201);
      const block = (await json(email)).block;
      assert.deepEqual([block.kind, block.value, block.reason, block.createdBy], ['email', 'spam@example.vn', 'quảng cáo', 'Lan']);
      assert.equal((await adminPost('/blocks', { kind: 'email', value: 'spam@example.vn' })).status, 200);
      const ipBlock = await json(await adminPost('/blocks', { kind: 'ip', value: blockedIp }));
      assert.equal(ipBlock.block.value, null);
      assert.equal((await adminPost('/blocks', { kind: 'ip', value: 'not-an-ip' })).status, 400);

      for (const [body, from] of [
        [{ body: 'Mua hàng giá rẻ', email: 'spam@example.vn' }, nextIp()],
        [{ body: 'Mua hàng giá rẻ nữa' }, blockedIp],
      ] as const) {
        const answer = await post('bai-blocked', body, from);
        assert.equal(answer.status, 201);
        assert.equal((await json(answer)).status, 'pending');
      }
      assert.equal((await adminGet('/comments?status=pending&thread=bai-blocked')).count, 0);
      assert.equal((await adminGet('/comments?status=spam&thread=bai-blocked')).count, 2);
      assert.equal((await json(await fetch(`${api}/threads/bai-blocked/comments`))).count, 0);

      const stored = JSON.stringify(await rows('bantin_blocks'));
      assert.doesNotMatch(stored, /198\.51\.100\.250/);
      assert.match(stored, /[0-9a-f]{64}/);

      const listed = await adminGet('/blocks');
      assert.equal(listed.blocks.length, 2);
      const lifted = await fetch(`${api}/admin/blocks/${ipBlock.block.id}`, { method: 'DELETE', headers: { Authorization: lan.Authorization } });
      assert.equal(lifted.status, 204);
      assert.equal((await json(await post('bai-blocked', { body: 'Giờ thì được rồi' }, blockedIp))).status, 'approved');
      const kinds = (await adminGet('/audit?limit=100')).entries.map((e: any) => e.kind);
      assert.ok(kinds.includes('block') && kinds.includes('unblock'));
    });

    it('closes a thread: posting is 403 thread-closed, the list says closed; open again', async () => {
      const thread = 'bai-closed';
      await post(thread, { body: 'Trước khi đóng' });
      const closed = await adminPost(`/threads/${thread}/close`);
      assert.equal(closed.status, 200);
      assert.deepEqual((await json(closed)).thread, { id: thread, title: null, url: null, closed: true, count: 1 });
      const refused = await post(thread, { body: 'Sau khi đóng' });
      assert.equal(refused.status, 403);
      assert.equal((await json(refused)).error.code, 'thread-closed');
      const list = await json(await fetch(`${api}/threads/${thread}/comments`));
      assert.deepEqual([list.closed, list.count], [true, 1]);
      await adminPost(`/threads/${thread}/open`);
      assert.equal((await post(thread, { body: 'Mở lại rồi' })).status, 201);
      const kinds = (await adminGet('/audit?limit=100')).entries.filter((e: any) => e.thread === thread && !e.commentId).map((e: any) => e.kind);
      assert.deepEqual(kinds, ['open', 'close']);
    });

    it('counts approved comments of up to 100 threads, unknown ones 0, with a short cache', async () => {
      const response = await fetch(`${api}/counts?threads=bai-closed,bai-nothing,${encodeURIComponent('https://x.vn/a?b=1')}`);
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('cache-control'), 'public, max-age=30, stale-while-revalidate=60');
      assert.deepEqual(await json(response), { counts: { 'bai-closed': 2, 'bai-nothing': 0, 'https://x.vn/a?b=1': 0 } });
      const hundred = Array.from({ length: 100 }, (_, n) => `t${n}`).join(',');
      assert.equal((await fetch(`${api}/counts?threads=${hundred}`)).status, 200);
      const tooMany = await fetch(`${api}/counts?threads=${hundred},t100`);
      assert.equal(tooMany.status, 400);
      assert.deepEqual(
        Object.values(await json(tooMany)).map((e: any) => [e.code, e.field]),
        [['invalid-request', 'threads']],
      );
      assert.equal((await json(await fetch(`${api}/counts`))).error.field, 'threads');
      assert.equal((await json(await fetch(`${api}/counts?threads=a,,b`))).error.field, 'threads');
      assert.equal((await json(await fetch(`${api}/counts?threads=${encodeURIComponent('bài viết')}`))).error.code, 'thread-invalid');
    });

    it('gives new pending comments since a token', async () => {
      const start = await adminGet('/updates');
      assert.deepEqual(start.comments, []);
      const held = await json(await post('bai-updates', { body: 'Có ma túy không' }));
      await post('bai-updates', { body: 'Không bị giữ lại' });
      const update = await adminGet(`/updates?since=${start.since}`);
      assert.deepEqual(
        update.comments.map((c: any) => c.id),
        [held.comment.id],
      );
      assert.deepEqual((await adminGet(`/updates?since=${update.since}`)).comments, []);
      assert.equal((await fetch(`${api}/admin/updates?since=nonsense`, { headers: lan })).status, 400);
    });
  });
}

describe('moderators in the config', () => {
  it('takes hashed tokens only: the raw token, a bad hash or a repeated name is refused', () => {
    const check = (moderators: unknown) => parseConfig({ moderators }, '/tmp');
    assert.throws(
      () => check([{ name: 'Lan', token: LAN_TOKEN }]),
      (e: ConfigError) => e.key === 'moderators[0].token',
    );
    assert.throws(
      () => check([{ name: 'Lan', tokenSha256: LAN_TOKEN }]),
      (e: ConfigError) => e.key === 'moderators[0].tokenSha256',
    );
    const ok = { name: 'Lan', tokenSha256: sha256(LAN_TOKEN) };
    assert.throws(
      () => check([ok, ok]),
      (e: ConfigError) => e.key === 'moderators[1].name',
    );
    assert.deepEqual(check([ok]).moderators, [ok]);
  });

  it('needs BANTIN_WEBHOOK_SECRET with notify', () => {
    assert.throws(
      () => parseConfig({ notify: { webhook: 'https://hooks.example.vn/x' } }, '/tmp'),
      (e: ConfigError) => e.key === 'BANTIN_WEBHOOK_SECRET',
    );
    const config = parseConfig({ notify: { webhook: 'https://hooks.example.vn/x' }, publicUrl: 'https://w.example.vn' }, '/tmp', {
      BANTIN_WEBHOOK_SECRET: 'a-webhook-secret-123',
    });
    assert.deepEqual(config.notify, {
      webhook: 'https://hooks.example.vn/x',
      events: ['comment.pending'],
      moderationUrl: 'https://w.example.vn/admin',
      secret: 'a-webhook-secret-123',
    });
  });
});

describe('the moderation page', () => {
  let server: RunningApp;
  before(async () => {
    server = await startApp();
  });
  after(() => server.close());

  it('serves assets/admin.html at /admin and /admin/ with a strict policy', async () => {
    for (const path of ['/admin', '/admin/']) {
      const response = await fetch(`${server.url}${path}`);
      assert.equal(response.status, 200);
      assert.match(response.headers.get('content-type')!, /^text\/html/);
      assert.match(response.headers.get('content-security-policy')!, /default-src 'self'.*frame-ancestors 'none'/);
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(response.headers.get('referrer-policy'), 'no-referrer');
      assert.match(await response.text(), /<html/);
    }
    assert.equal((await fetch(`${server.url}/admin/..%2Fpackage.json`)).status, 404);
    assert.equal((await fetch(`${server.url}/admin/missing.js`)).status, 404);
  });
});
