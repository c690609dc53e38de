// loadFeed outside a browser: no location, no localStorage, an injected fetch.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FeedError } from '../../../src/core/feed/model.js';
import { clearFeedCache, isStale, loadFeed, staleReason } from '../../../src/core/load/index.js';

const RSS = '<?xml version="1.0" encoding="windows-1258"?><rss version="2.0"><channel><title>Vi\xea\xf2t</title></channel></rss>';
const latin1Bytes = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

test('loads, caches in memory, and falls back to the copy when the server fails (no DOM)', async () => {
  clearFeedCache();
  let calls = 0;
  const fetchFeed = (async () => (++calls === 1 ? new Response(latin1Bytes(RSS)) : new Response('down', { status: 503 }))) as typeof fetch;
  const fresh = await loadFeed('https://example.vn/a.rss', { fetch: fetchFeed });
  assert.equal(fresh.title, 'Việt');
  assert.equal(await loadFeed('https://example.vn/a.rss', { fetch: fetchFeed }), fresh);
  assert.equal(calls, 1);
  const stale = await loadFeed('https://example.vn/a.rss', { fetch: fetchFeed, maxAgeSeconds: 0 });
  assert.equal(calls, 2);
  assert.equal(stale.title, 'Việt');
  assert.equal(isStale(stale), true);
  assert.equal(staleReason(stale)?.status, 503);
});

test('a relative URL has nothing to resolve against and is refused with a FeedError', async () => {
  await assert.rejects(loadFeed('feed.rss'), (error: unknown) => error instanceof FeedError && error.code === 'network');
});

test('a failed fetch is a network error, never cors, where there is no same-origin policy', async () => {
  const refuse = (async () => {
    throw new TypeError('fetch failed');
  }) as typeof fetch;
  await assert.rejects(
    loadFeed('https://example.vn/b.rss', { fetch: refuse }),
    (error: unknown) => error instanceof FeedError && error.code === 'network',
  );
});
