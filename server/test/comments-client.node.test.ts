// The comment box's API client (src/core/comments/client.ts) against the real server and fault stubs.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { CommentApiError, countComments, getCommentConfig, listComments, parseRetryAfter, postComment } from 'bantin/core';
import { clientId, rejection, startApp, startUpstream, type RunningApp } from './support.js';

const apiError = (promise: Promise<unknown>) => rejection(promise, CommentApiError);

describe('comments client', () => {
  let server: RunningApp;
  let endpoint: string;
  before(async () => {
    server = await startApp({ moderation: 'post', rateLimit: { perMinute: 4, perDay: 100 } });
    endpoint = `${server.url}/api/`; // a trailing slash is fine
  });
  after(() => server.close());

  it('posts, replays, lists with cursors and counts', async () => {
    const thread = 'https://baosonla.example.vn/bai/1.html';
    const id = clientId();
    const posted = await postComment(endpoint, thread, { author: 'An', body: 'Một bình luận', clientId: id, website: '' });
    assert.equal(posted.status, 'approved');
    assert.equal(posted.comment.thread, thread);
    const again = await postComment(endpoint, thread, { author: 'An', body: 'Một bình luận', clientId: id });
    assert.deepEqual(again, posted);
    await postComment(endpoint, thread, { author: 'Bình', body: 'Hai bình luận', clientId: clientId() });

    const first = await listComments(endpoint, thread, null, { limit: 1 });
    assert.equal(first.comments.length, 1);
    assert.ok(first.next);
    const second = await listComments(endpoint, thread, first.next);
    assert.deepEqual(
      second.comments.map((c) => c.author),
      ['Bình'],
    );
    assert.equal(second.next, null);
    assert.equal(first.count, 2);
    assert.equal(await countComments(endpoint, thread), 2);
  });

  it("reads the server's comment rules", async () => {
    const { comments } = await getCommentConfig(endpoint);
    assert.deepEqual(comments, {
      minLength: 5,
      maxLength: 500,
      authorMaxLength: 80,
      emailMaxLength: 254,
      pageSize: 50,
      maxPageSize: 100,
      moderation: 'post',
    });
  });

  it('maps a validation error to its code and field', async () => {
    const error = await apiError(postComment(endpoint, 'bai-2', { author: 'An', body: 'Ngắn', clientId: clientId() }));
    assert.equal(error.code, 'body-too-short');
    assert.equal(error.field, 'body');
    assert.equal(error.status, 400);
    assert.deepEqual(error.params, { min: 5 }, 'the server names its limit so the widget can say it');
  });

  it('maps 429 to rate-limited with the Retry-After seconds', async () => {
    let error: CommentApiError | undefined;
    for (let i = 0; i < 10 && !error; i++) {
      try {
        await postComment(endpoint, 'bai-3', { author: 'An', body: `Lần thứ ${i} đây`, clientId: clientId() });
      } catch (caught) {
        error = caught as CommentApiError;
      }
    }
    assert.ok(error instanceof CommentApiError);
    assert.equal(error.code, 'rate-limited');
    assert.equal(error.status, 429);
    assert.ok(error.retryAfterSeconds! >= 1 && error.retryAfterSeconds! <= 60);
  });
});

describe('comments client faults', () => {
  it('network, timeout, caller abort, non-JSON error pages and non-JSON answers', async () => {
    const stub = await startUpstream((req, res) => {
      if (req.url?.startsWith('/hang/')) return; // never answers
      if (req.url?.startsWith('/html/')) return res.writeHead(502, { 'Content-Type': 'text/html' }).end('<h1>Bad gateway</h1>');
      res.writeHead(200, { 'Content-Type': 'text/plain' }).end('not json');
    });
    try {
      const closed = await startUpstream(() => {});
      const closedUrl = closed.url;
      await closed.close();
      assert.equal((await apiError(countComments(closedUrl, 'x'))).code, 'network');

      const timeout = await apiError(countComments(`${stub.url}/hang`, 'x', { timeoutMs: 100 }));
      assert.equal(timeout.code, 'timeout');

      const controller = new AbortController();
      const aborted = countComments(`${stub.url}/hang`, 'x', { signal: controller.signal, timeoutMs: 0 });
      controller.abort();
      await assert.rejects(aborted, (error: unknown) => !(error instanceof CommentApiError) && (error as Error).name === 'AbortError');

      const page = await apiError(countComments(`${stub.url}/html`, 'x'));
      assert.equal(page.code, 'unavailable');
      assert.equal(page.status, 502);

      assert.equal((await apiError(countComments(`${stub.url}/text`, 'x'))).code, 'bad-response');
    } finally {
      await stub.close();
    }
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2025-09-22T01:00:00Z');
    assert.equal(parseRetryAfter('30', now), 30);
    assert.equal(parseRetryAfter('Mon, 22 Sep 2025 01:01:30 GMT', now), 90);
    assert.equal(parseRetryAfter('Mon, 22 Sep 2025 00:59:00 GMT', now), 0);
    assert.equal(parseRetryAfter('soon', now), undefined);
    assert.equal(parseRetryAfter(null, now), undefined);
  });
});
