// The answer schemas are the guard that a comment's email and IP never leave the server: even a store that
// hands them out (here, one patched to add them to every comment) gets them dropped from every answer.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import Fastify, { type FastifyInstance } from 'fastify';
import { DEFAULT_COMMENT_LIMITS, type Comment, type CommentPage } from 'bantin/core';
import { installErrorHandlers } from '../src/errors.js';
import { adminRoutes } from '../src/comments/admin-routes.js';
import { commentRoutes } from '../src/comments/routes.js';
import { SqliteCommentStore } from '../src/comments/sqlite-store.js';
import type { CommentStore } from '../src/comments/store.js';
import { ipHasher } from '../src/comments/ip-key.js';
import { watchedWordMatcher } from '../src/comments/watched-words.js';
import { NO_NOTIFIER } from '../src/notify/notifier.js';
import { ADMIN_TOKEN, clientId, tempDir } from './support.js';

const EMAIL = 'leak@example.vn';
const IP = '198.51.100.77';

function leaky(store: CommentStore): void {
  const leak = (comment: Comment) => ({ ...comment, email: EMAIL, ip: IP });
  const leakPage = (page: CommentPage) => ({ ...page, comments: page.comments.map(leak) });
  const original = {
    insert: store.insert.bind(store),
    findByClientId: store.findByClientId.bind(store),
    listApproved: store.listApproved.bind(store),
    listByStatus: store.listByStatus.bind(store),
    get: store.get.bind(store),
    setStatus: store.setStatus.bind(store),
  };
  store.insert = async (record) => {
    const outcome = await original.insert(record);
    return outcome.ok ? { ...outcome, comment: leak(outcome.comment) } : outcome;
  };
  store.findByClientId = async (id) => {
    const found = await original.findByClientId(id);
    return found && { ...found, comment: leak(found.comment) };
  };
  store.listApproved = async (...args) => leakPage(await original.listApproved(...args));
  store.listByStatus = async (...args) => leakPage(await original.listByStatus(...args));
  store.get = async (id) => {
    const comment = await original.get(id);
    return comment && leak(comment);
  };
  store.setStatus = async (id, status) => {
    const comment = await original.setStatus(id, status);
    return comment && leak(comment);
  };
}

describe('email and IP never leave through a route', () => {
  const data = tempDir();
  let store: CommentStore;
  let app: FastifyInstance;

  before(async () => {
    store = new SqliteCommentStore(data.path);
    leaky(store);
    app = Fastify();
    installErrorHandlers(app);
    const rateLimit = { perMinute: 100, perDay: 100, ipv6Prefix: 64 };
    const context = { sql: store.sql, hashIp: await ipHasher(store.sql, undefined), watched: watchedWordMatcher([]) };
    const notifier = NO_NOTIFIER;
    await app.register(commentRoutes, {
      prefix: '/threads',
      store,
      moderation: 'post',
      limits: DEFAULT_COMMENT_LIMITS,
      rateLimit,
      context,
      notifier,
    });
    await app.register(adminRoutes, { prefix: '/admin', context, notifier, adminToken: ADMIN_TOKEN, moderators: [] });
    await app.ready();
  });
  after(async () => {
    await app.close();
    await store.close();
    data.remove();
  });

  const assertClean = (payload: string, what: string) => {
    assert.doesNotMatch(payload, /"email"|leak@example|"ip"|198\.51\.100\.77/, what);
  };

  it('the patched store does hand them out', async () => {
    const outcome = await store.insert({
      thread: 'bai-check',
      author: 'An',
      body: 'Kiểm tra',
      clientId: clientId(),
      status: 'approved',
      ackStatus: 'approved',
    });
    assert.ok(outcome.ok);
    assert.equal(((await store.get(outcome.comment.id)) as Comment & { email?: string }).email, EMAIL);
  });

  it('public routes: posting, a replayed post, the list and the count', async () => {
    const payload = { author: 'An', email: EMAIL, body: 'Bình luận có email', clientId: clientId() };
    const posted = await app.inject({ method: 'POST', url: '/threads/bai-email/comments', payload });
    assert.equal(posted.statusCode, 201);
    assert.deepEqual(Object.keys(posted.json().comment).sort(), ['author', 'body', 'createdAt', 'id', 'parentId', 'status', 'thread']);
    assertClean(posted.payload, 'POST');

    const replayed = await app.inject({ method: 'POST', url: '/threads/bai-email/comments', payload });
    assert.equal(replayed.headers['idempotent-replayed'], 'true');
    assertClean(replayed.payload, 'replayed POST');

    const list = await app.inject({ method: 'GET', url: '/threads/bai-email/comments' });
    assert.equal(list.json().comments.length, 1);
    assert.equal(list.json().count, 1);
    assertClean(list.payload, 'GET comments');
    assertClean((await app.inject({ method: 'GET', url: '/threads/bai-email/count' })).payload, 'GET count');
  });

  it('admin routes: the email only in the moderation shape, the IP never', async () => {
    const headers = { Authorization: `Bearer ${ADMIN_TOKEN}` };
    const noIp = (payload: string, what: string) => assert.doesNotMatch(payload, /"ip"\s*:\s*"|198\.51\.100\.77|127\.0\.0\.1/, what);
    const queue = await app.inject({ method: 'GET', url: '/admin/comments?status=approved', headers });
    assert.ok(queue.json().comments.length >= 1);
    noIp(queue.payload, 'GET admin list');
    const withEmail = queue.json().comments.find((c: { email: string | null }) => c.email === EMAIL);
    assert.ok(withEmail, 'the moderation list shows the email');
    const id = queue.json().comments[0].id;
    noIp((await app.inject({ method: 'GET', url: `/admin/comments/${id}`, headers })).payload, 'GET admin comment');
    assertClean((await app.inject({ method: 'POST', url: `/admin/comments/${id}/reject`, headers })).payload, 'POST reject');
  });
});
