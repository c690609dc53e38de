// The feed proxy under large and failing upstreams (#17): items capped per feed, the cache bounded in bytes,
// failures cached with backoff, unsafe URLs dropped from the JSON Feed, and a large feed parsed off the
// event loop (the p99 of other requests measured while it parses).
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FeedCache } from '../src/feeds/feed-cache.js';
import { toJsonFeed } from '../src/feeds/json-feed.js';
import { parseConfig } from '../src/config.js';
import { parseFeed } from 'bantin/core';
import { startApp, startUpstream, tempDir, type RunningApp, type Upstream } from './support.js';
import { bigRss } from './big-feed.js';

describe('feed limits', () => {
  let upstream: Upstream;
  let server: RunningApp;
  let clock = 1_000_000;
  const routes: Record<string, (res: import('node:http').ServerResponse) => void> = {};
  const count = (path: string) => upstream.requests.filter((r) => r.url === path).length;

  before(async () => {
    upstream = await startUpstream((req, res) => (routes[req.url ?? ''] ?? ((r) => r.writeHead(404).end()))(res));
    const feeds = Object.fromEntries(['down', 'many', 'evil'].map((name) => [name, { url: `${upstream.url}/${name}`, ttlSeconds: 60 }]));
    server = await startApp(
      { feeds, maxItemsPerFeed: 50 },
      { fetchPolicy: { allowAddresses: ['127.0.0.1'] }, feedCache: new FeedCache({ now: () => clock, retryAfterFailureMs: 10_000 }) },
    );
  });
  after(async () => {
    await server.close();
    await upstream.close();
  });

  it('caches a failing upstream with backoff: 10 requests, 1 fetch', async () => {
    routes['/down'] = (res) => res.writeHead(500).end('down');
    const answers = [];
    for (let i = 0; i < 10; i++) answers.push(await fetch(`${server.url}/api/feeds/down`));
    assert.deepEqual(
      answers.map((r) => r.status),
      Array(10).fill(502),
    );
    assert.equal((await answers[9]!.json()).error.code, 'upstream-http');
    assert.ok(Number(answers[9]!.headers.get('retry-after')) > 0);
    assert.equal(count('/down'), 1);
    clock += 10_001;
    await fetch(`${server.url}/api/feeds/down`);
    assert.equal(count('/down'), 2);
    // The second failure in a row waits twice as long.
    clock += 10_001;
    await fetch(`${server.url}/api/feeds/down`);
    assert.equal(count('/down'), 2);
    clock += 10_000;
    await fetch(`${server.url}/api/feeds/down`);
    assert.equal(count('/down'), 3);
  });

  it('keeps at most maxItemsPerFeed items of a feed', async () => {
    routes['/many'] = (res) => res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(bigRss(120));
    const feed = await (await fetch(`${server.url}/api/feeds/many`)).json();
    assert.equal(feed.items.length, 50);
    assert.equal(feed.items[0].title, 'Tin số 0');
    assert.equal(parseConfig({}, '/tmp').maxItemsPerFeed, 500);
    assert.equal(parseConfig({}, '/tmp').feedCacheMaxBytes, 64 * 1024 * 1024);
  });

  it('drops unsafe URLs from the JSON Feed', async () => {
    routes['/evil'] = (res) =>
      res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(
        `<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>x</title><link>javascript:alert(1)</link>
        <image><url>javascript:alert(2)</url><title>x</title><link>https://a.vn/</link></image>
        <item><title>a</title><link>javascript:alert(3)</link><guid>a</guid><enclosure url="javascript:alert(4)" type="audio/mpeg" length="1"/>
        <media:content url="data:image/svg+xml,&lt;svg/&gt;" medium="image"/><comments>javascript:alert(5)</comments></item>
        <item><title>b</title><link>https://news.example.vn/b</link><guid>b</guid><enclosure url="https://news.example.vn/b.mp3" type="audio/mpeg" length="1"/></item>
        </channel></rss>`,
      );
    const text = await (await fetch(`${server.url}/api/feeds/evil`)).text();
    assert.doesNotMatch(text, /javascript:|data:image/i);
    const feed = JSON.parse(text);
    assert.equal(feed.items[1].url, 'https://news.example.vn/b');
    assert.equal(feed.items[1].attachments[0].url, 'https://news.example.vn/b.mp3');
    // Straight from the model, too (what any FeedMapper gives).
    const model = parseFeed('{"version":"https://jsonfeed.org/version/1.1","title":"t","items":[]}');
    const out = toJsonFeed({ ...model, link: 'javascript:x', image: { url: 'javascript:y' } });
    assert.equal(out.home_page_url, undefined);
    assert.equal(out.icon, undefined);
  });
});

describe('feed cache memory', () => {
  it('is bounded by bytes, least recently used first', async () => {
    const cache = new FeedCache({ maxBytes: 1000 });
    const load = (size: number) => async () => ({ status: 200 as const, body: Buffer.alloc(size, 'x'), upstream: {} });
    for (let i = 0; i < 10; i++) await cache.get(`k${i}`, 60_000, load(300));
    assert.ok(cache.bytes <= 1000, `${cache.bytes}`);
    assert.equal(cache.size, 3);
    // One body larger than the whole cache is answered, not kept.
    const answer = await cache.get('huge', 60_000, load(5000));
    assert.equal(answer.feed.body.length, 5000);
    assert.ok(cache.bytes <= 1000);
  });
});

describe('a large feed parses off the event loop', () => {
  let server: RunningApp;
  const dir = tempDir('bantin-big-feed-');
  before(async () => {
    const text = bigRss(20_000);
    writeFileSync(join(dir.path, 'big.rss'), text);
    console.log(`# big feed: ${(Buffer.byteLength(text) / 1e6).toFixed(1)} MB, 20,000 items`);
    server = await startApp({ feeds: { big: { url: 'big.rss' } } }, { baseDir: dir.path, fetchPolicy: { maxBytes: 8 * 1024 * 1024 } });
  });
  after(async () => {
    await server.close();
    dir.remove();
  });

  it('keeps answering other requests while it parses (p99 printed)', async () => {
    const big = fetch(`${server.url}/api/feeds/big`).then(async (r) => ({ status: r.status, feed: await r.json() }));
    let done = false;
    void big.finally(() => (done = true));
    const latencies: number[] = [];
    while (!done) {
      const started = performance.now();
      await (await fetch(`${server.url}/api/config`)).arrayBuffer();
      latencies.push(performance.now() - started);
    }
    const { status, feed } = await big;
    assert.equal(status, 200);
    assert.equal(feed.items.length, 500);
    latencies.sort((a, b) => a - b);
    const p99 = latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * 0.99))]!;
    console.log(
      `# while a 20,000-item feed parsed: ${latencies.length} other requests, p99 ${p99.toFixed(1)} ms, max ${latencies.at(-1)!.toFixed(1)} ms`,
    );
    // Generous (2 shared cores): the bench holds the 50 ms goal; before the fix the loop stalled over a second.
    assert.ok(latencies.length >= 5, `only ${latencies.length} requests answered during the parse`);
    assert.ok(p99 < 400, `p99 ${p99.toFixed(1)} ms`);
  });
});
