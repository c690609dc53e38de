// Two widget-server instances on one PostgreSQL database behave as one: what is posted through one is
// listed through the other, a clientId is one comment whichever instance sees it, the per-IP limit counts
// posts through both, moderation through one shows through the other at once, and instances starting
// together apply the schema once.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { PostgresCommentStore } from '../src/comments/pg-store.js';
import { SCHEMA_VERSION } from '../src/comments/pg-migrations.js';
import { ADMIN_TOKEN, clientId, postJson, startApp, usePostgres, type RunningApp } from './support.js';

const postgres = usePostgres();
const admin = { Authorization: `Bearer ${ADMIN_TOKEN}` };

describe('instances on one PostgreSQL database', () => {
  let a: RunningApp;
  let b: RunningApp;
  let ip = 0;
  const from = () => ({ 'X-Forwarded-For': `203.0.113.${++ip}` });
  const comments = (server: RunningApp, thread: string) => `${server.url}/api/threads/${thread}/comments`;
  const post = (server: RunningApp, thread: string, body: Record<string, unknown>, headers = from()) =>
    postJson(comments(server, thread), { author: 'An', body: 'Bình luận qua nhiều máy', clientId: clientId(), ...body }, headers);

  before(async () => {
    const database = await postgres.database('postgres');
    // Started together: both run the migrations at once, under the advisory lock.
    const raw = { database, moderation: 'pre', trustedProxies: ['127.0.0.1'], rateLimit: { perMinute: 3, perDay: 30 } };
    [a, b] = await Promise.all([startApp(raw), startApp(raw)]);
  });
  after(async () => {
    await a.close();
    await b.close();
  });

  it('lists through B a comment posted and approved through A, and counts it there', async () => {
    const posted = await (await post(a, 'bai-chung', { body: 'Gửi qua máy A' })).json();
    assert.equal(posted.status, 'pending');
    const queue = await (await fetch(`${b.url}/api/admin/comments?status=pending&thread=bai-chung`, { headers: admin })).json();
    assert.deepEqual(
      queue.comments.map((c: { id: string }) => c.id),
      [posted.comment.id],
      'the moderation queue through B holds what was posted through A',
    );
    assert.equal((await fetch(`${a.url}/api/admin/comments/${posted.comment.id}/approve`, { method: 'POST', headers: admin })).status, 200);
    const list = await (await fetch(comments(b, 'bai-chung'))).json();
    assert.deepEqual(
      list.comments.map((c: { id: string; body: string }) => [c.id, c.body]),
      [[posted.comment.id, 'Gửi qua máy A']],
    );
    assert.deepEqual(await (await fetch(`${b.url}/api/threads/bai-chung/count`)).json(), { count: 1 });
  });

  it('approving through B shows the comment through A at once', async () => {
    const posted = await (await post(a, 'bai-duyet', {})).json();
    assert.equal((await (await fetch(comments(a, 'bai-duyet'))).json()).count, 0);
    const approved = await (await fetch(`${b.url}/api/admin/comments/${posted.comment.id}/approve`, { method: 'POST', headers: admin })).json();
    assert.equal(approved.comment.status, 'approved');
    const list = await (await fetch(comments(a, 'bai-duyet'))).json();
    assert.deepEqual(
      list.comments.map((c: { id: string }) => c.id),
      [posted.comment.id],
    );
    // Rejecting through A hides it through B, and deleting through B removes it through A.
    await fetch(`${a.url}/api/admin/comments/${posted.comment.id}/reject`, { method: 'POST', headers: admin });
    assert.equal((await (await fetch(`${b.url}/api/threads/bai-duyet/count`)).json()).count, 0);
    assert.equal((await fetch(`${b.url}/api/admin/comments/${posted.comment.id}`, { method: 'DELETE', headers: admin })).status, 204);
    assert.equal((await fetch(`${a.url}/api/admin/comments/${posted.comment.id}`, { headers: admin })).status, 404);
  });

  it('stores one row for one clientId sent to A and then to B, and for ten racing through both', async () => {
    const id = clientId();
    const first = await post(a, 'bai-mot', { clientId: id, body: 'Chỉ một lần thôi' });
    const again = await post(b, 'bai-mot', { clientId: id, body: 'Gửi lại qua máy B' });
    assert.equal(first.status, 201);
    assert.equal(again.status, 201);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    const firstBody = await first.json();
    assert.deepEqual(await again.json(), firstBody);

    const raceId = clientId();
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, n) => post(n % 2 ? a : b, 'bai-mot', { clientId: raceId, body: 'Đua nhau gửi' })),
    );
    assert.ok(answers.every((response) => response.status === 201));
    const ids = new Set((await Promise.all(answers.map((response) => response.json()))).map((body) => body.comment.id));
    assert.equal(ids.size, 1);

    const queue = await (await fetch(`${a.url}/api/admin/comments?status=pending&thread=bai-mot`, { headers: admin })).json();
    assert.equal(queue.comments.length, 2);
  });

  it('shares the per-IP limit: 3 a minute means 3 through A and B together', async () => {
    const client = from();
    const statuses = [];
    for (const server of [a, b, a, b, a]) statuses.push((await post(server, 'bai-gioi-han', {}, client)).status);
    assert.deepEqual(statuses, [201, 201, 201, 429, 429]);
    const refused = await post(b, 'bai-gioi-han', {}, client);
    const retryAfter = Number(refused.headers.get('retry-after'));
    assert.ok(retryAfter >= 1 && retryAfter <= 60, `Retry-After ${retryAfter}`);
    assert.equal((await refused.json()).error.code, 'rate-limited');
    // Another address still posts, through either instance.
    assert.equal((await post(b, 'bai-gioi-han', {})).status, 201);
  });

  it('reports the shared database as up through both', async () => {
    for (const server of [a, b]) {
      const response = await fetch(`${server.url}/api/health`);
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('cache-control'), 'no-store');
      const health = await response.json();
      assert.equal(health.status, 'ok');
      assert.equal(health.database.kind, 'postgres');
      assert.equal(health.database.state, 'up');
      assert.equal(typeof health.database.latencyMs, 'number');
    }
  });
});

describe('PostgreSQL schema migrations', () => {
  it('apply once when four instances start together, and not again on the next start', async () => {
    const url = await postgres.database('postgres');
    const stores = await Promise.all(Array.from({ length: 4 }, () => PostgresCommentStore.open(url)));
    await Promise.all(stores.map((store) => store.close()));
    const again = await PostgresCommentStore.open(url);
    await again.close();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query('SELECT version FROM bantin_schema_migrations ORDER BY version');
      assert.deepEqual(
        rows.map((row) => row.version),
        Array.from({ length: SCHEMA_VERSION }, (_, n) => n + 1),
      );
    } finally {
      await client.end();
    }
  });

  it('bring a database of the previous version (schema 2, comments in it) up to date, its comments kept', async () => {
    const database = await postgres.database('postgres');
    const old = await PostgresCommentStore.open(database);
    const stored = await old.insert({
      thread: 'bai-cu',
      author: 'An',
      body: 'Gửi trước khi nâng cấp',
      clientId: clientId(),
      status: 'approved',
      ackStatus: 'approved',
    });
    await old.close();
    const client = new pg.Client({ connectionString: database });
    await client.connect();
    try {
      // What the previous version left: its two migrations, nothing of the third.
      await client.query('DROP PROCEDURE bantin_admit; DELETE FROM bantin_schema_migrations WHERE version > 2');
      const server = await startApp({ database, moderation: 'post' });
      try {
        const url = `${server.url}/api/threads/bai-cu/comments`;
        assert.equal((await postJson(url, { author: 'Bình', body: 'Gửi sau khi nâng cấp', clientId: clientId() })).status, 201);
        const list = await (await fetch(url)).json();
        assert.equal(list.count, 2);
        assert.equal(list.comments[0].id, stored.ok && stored.comment.id);
      } finally {
        await server.close();
      }
      const { rows } = await client.query('SELECT max(version) AS version FROM bantin_schema_migrations');
      assert.equal(rows[0].version, SCHEMA_VERSION);
    } finally {
      await client.end();
    }
  });

  it('refuses a database whose schema is newer than this server', async () => {
    const url = await postgres.database('postgres');
    await (await PostgresCommentStore.open(url)).close();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query('INSERT INTO bantin_schema_migrations (version) VALUES ($1)', [SCHEMA_VERSION + 1]);
    await client.end();
    await assert.rejects(PostgresCommentStore.open(url), /newer than this server/);
  });
});
