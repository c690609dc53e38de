// The feed proxy against local upstreams: charsets, validators and 304s both ways, the size cap,
// timeouts, stale copies when upstream fails, coalescing, content types and file feeds.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { FeedCache } from '../src/feeds/feed-cache.js';
import { STALE_HEADER } from '../src/feeds/routes.js';
import { parseFeed, readItemBulletin, type ItemBulletin } from 'bantin/core';
import { startApp, startUpstream, tempDir, type RunningApp, type Upstream } from './support.js';

const rss = (title: string, items = ['Tin một']) =>
  `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${title}</title><link>https://news.example.vn/</link>${items
    .map((item, i) => `<item><title>${item}</title><link>https://news.example.vn/${i}</link><guid>g${i}</guid></item>`)
    .join('')}</channel></rss>`;

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** One upstream whose behaviour each test sets, and an app whose feeds point at its paths. */
describe('feed proxy', () => {
  let upstream: Upstream;
  const routes: Record<string, Handler> = {};
  let clock = Date.parse('2025-09-22T01:00:00Z');
  let server: RunningApp;
  const feedNames = [
    'charset',
    'validators',
    'cap',
    'bomb',
    'declared',
    'slow',
    'stale',
    'cold',
    'png',
    'html',
    'json',
    'ttl',
    'default-cap',
    'hang',
  ];

  const count = (path: string) => upstream.requests.filter((r) => r.url === path).length;
  const get = (name: string, headers: Record<string, string> = {}) => fetch(`${server.url}/api/feeds/${name}`, { headers });

  before(async () => {
    upstream = await startUpstream((req, res) => {
      const handler = routes[req.url ?? ''];
      if (handler) handler(req, res);
      else res.writeHead(404).end();
    });
    const feeds = Object.fromEntries(feedNames.map((name) => [name, { url: `${upstream.url}/${name}`, ttlSeconds: 60 }]));
    server = await startApp(
      { feeds },
      {
        fetchPolicy: { allowAddresses: ['127.0.0.1'], connectTimeoutMs: 300, timeoutMs: 800, maxBytes: 1024 * 1024 },
        feedCache: new FeedCache({ now: () => clock, retryAfterFailureMs: 10_000 }),
      },
    );
  });
  after(async () => {
    await server.close();
    await upstream.close();
  });

  it('decodes the upstream charset (header, XML declaration, BOM; windows-1258 NFD) and answers UTF-8', async () => {
    const cases: [string, Buffer, string | undefined, string][] = [
      [
        'windows-1252 by header',
        Buffer.from([
          ...Buffer.from('<rss version="2.0"><channel><title>Caf'),
          0xe9,
          0x20,
          0x93,
          0x71,
          0x94,
          ...Buffer.from('</title></channel></rss>'),
        ]),
        'application/rss+xml; charset=windows-1252',
        'Café “q”',
      ],
      [
        'ISO-8859-1 by declaration',
        Buffer.concat([
          Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>Not'),
          Buffer.from([0xed]),
          Buffer.from('cias</title></channel></rss>'),
        ]),
        'text/xml',
        'Notícias',
      ],
      [
        'GB2312 by declaration',
        Buffer.concat([
          Buffer.from('<?xml version="1.0" encoding="GB2312"?><rss version="2.0"><channel><title>'),
          Buffer.from([0xc4, 0xe3, 0xba, 0xc3]),
          Buffer.from('</title></channel></rss>'),
        ]),
        'application/xml',
        '你好',
      ],
      [
        'UTF-16LE with a BOM',
        Buffer.from('\ufeff<rss version="2.0"><channel><title>Tiếng Việt</title></channel></rss>', 'utf16le'),
        'application/rss+xml',
        'Tiếng Việt',
      ],
      // windows-1258 writes Vietnamese with combining marks: ê + U+0301, ê + U+0323.
      [
        'windows-1258 (NFD) by header',
        Buffer.from([
          ...Buffer.from('<rss version="2.0"><channel><title>Ti'),
          0xea,
          0xec,
          ...Buffer.from('ng Vi'),
          0xea,
          0xf2,
          ...Buffer.from('t</title></channel></rss>'),
        ]),
        'application/rss+xml; charset=windows-1258',
        'Tiếng Việt',
      ],
    ];
    for (const [label, bytes, contentType, title] of cases) {
      routes['/charset'] = (_, res) => res.writeHead(200, contentType ? { 'Content-Type': contentType } : {}).end(bytes);
      clock += 120_000; // past the TTL: load again
      const response = await get('charset');
      assert.equal(response.status, 200, label);
      assert.equal(response.headers.get('content-type'), 'application/feed+json; charset=utf-8');
      const body = await response.json();
      assert.equal(body.title, title, label);
      assert.equal(body.title, body.title.normalize('NFC'));
      assert.equal(body.version, 'https://jsonfeed.org/version/1.1');
    }
  });

  it('sends ETag/Last-Modified, answers 304 to revalidations, and revalidates upstream with its validators', async () => {
    let bodies = 0;
    routes['/validators'] = (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') return res.writeHead(304, { ETag: '"v1"' }).end();
      bodies++;
      res
        .writeHead(200, { 'Content-Type': 'application/rss+xml', ETag: '"v1"', 'Last-Modified': 'Mon, 22 Sep 2025 01:00:00 GMT' })
        .end(rss('Validators'));
    };
    const first = await get('validators');
    assert.equal(first.status, 200);
    const etag = first.headers.get('etag')!;
    const lastModified = first.headers.get('last-modified')!;
    assert.match(etag, /^"[\w-]+"$/);
    assert.ok(!Number.isNaN(Date.parse(lastModified)));
    assert.equal(first.headers.get('cache-control'), 'public, max-age=60, s-maxage=60, stale-while-revalidate=60, stale-if-error=86400');
    assert.equal(first.headers.get('vary'), 'Accept-Encoding');
    const text = await first.text();

    for (const [headers, status] of [
      [{ 'If-None-Match': etag }, 304],
      [{ 'If-None-Match': `W/${etag}` }, 304],
      [{ 'If-None-Match': `"other", ${etag}` }, 304],
      [{ 'If-None-Match': '"other"' }, 200],
      [{ 'If-Modified-Since': lastModified }, 304],
      [{ 'If-Modified-Since': 'Mon, 01 Jan 2024 00:00:00 GMT' }, 200],
      [{ 'If-None-Match': '"other"', 'If-Modified-Since': lastModified }, 200],
    ] as [Record<string, string>, number][]) {
      const response = await get('validators', headers);
      assert.equal(response.status, status, JSON.stringify(headers));
      assert.equal(response.headers.get('etag'), etag);
      assert.equal(await response.text(), status === 304 ? '' : text);
    }
    assert.equal(count('/validators'), 1, 'fresh copies are served from the cache');

    clock += 61_000;
    const revalidated = await get('validators');
    assert.equal(revalidated.status, 200);
    assert.equal(revalidated.headers.get('etag'), etag);
    assert.equal(revalidated.headers.get('last-modified'), lastModified);
    assert.equal(await revalidated.text(), text);
    const conditional = upstream.requests.filter((r) => r.url === '/validators')[1]!;
    assert.equal(conditional.headers['if-none-match'], '"v1"');
    assert.equal(conditional.headers['if-modified-since'], 'Mon, 22 Sep 2025 01:00:00 GMT');
    assert.equal(bodies, 1, 'the upstream answered 304 the second time');
  });

  it('aborts a body over the cap while it streams, and refuses a declared oversize or a gzip bomb', async () => {
    let written = 0;
    let closedEarly = false;
    routes['/cap'] = (_, res) => {
      res.writeHead(200, { 'Content-Type': 'application/rss+xml' });
      const chunk = Buffer.alloc(64 * 1024, 'a');
      res.write('<rss version="2.0"><channel><title>');
      const pump = () => {
        // Up to 64 MB unless the proxy hangs up first (bounded either way).
        while (written < 64 * 1024 * 1024 && !res.destroyed) {
          written += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      res.on('close', () => (closedEarly = written < 64 * 1024 * 1024));
      pump();
    };
    const response = await get('cap');
    assert.equal(response.status, 502);
    assert.equal((await response.json()).error.code, 'upstream-too-large');
    for (let i = 0; i < 50 && !closedEarly; i++) await new Promise((r) => setTimeout(r, 20));
    assert.ok(closedEarly, 'the proxy hung up mid-stream');
    assert.ok(written < 16 * 1024 * 1024, `the upstream wrote ${written} bytes before the proxy hung up`);

    routes['/declared'] = (_, res) => {
      res.writeHead(200, { 'Content-Type': 'application/rss+xml', 'Content-Length': String(50 * 1024 * 1024) });
      res.write('<rss>');
    };
    assert.equal((await (await get('declared')).json()).error.code, 'upstream-too-large');

    const bomb = gzipSync(Buffer.alloc(30 * 1024 * 1024, ' '));
    routes['/bomb'] = (_, res) => res.writeHead(200, { 'Content-Type': 'application/rss+xml', 'Content-Encoding': 'gzip' }).end(bomb);
    assert.ok(bomb.length < 1024 * 1024);
    assert.equal((await (await get('bomb')).json()).error.code, 'upstream-too-large');
  });

  it('reads gzip-compressed feeds', async () => {
    routes['/default-cap'] = (_, res) =>
      res.writeHead(200, { 'Content-Type': 'application/rss+xml', 'Content-Encoding': 'gzip' }).end(gzipSync(rss('Nén gzip')));
    const response = await get('default-cap');
    assert.equal(response.status, 200);
    assert.equal((await response.json()).title, 'Nén gzip');
  });

  it('gives up on a slow body and on an upstream that never answers (504)', async () => {
    routes['/slow'] = (_, res) => {
      res.writeHead(200, { 'Content-Type': 'application/rss+xml' });
      let n = 0;
      const timer = setInterval(() => (n++ < 100 && !res.destroyed ? res.write(' ') : (clearInterval(timer), res.end())), 50);
      res.on('close', () => clearInterval(timer));
    };
    routes['/hang'] = () => {}; // headers never come (the upstream closes its sockets at the end)
    for (const name of ['slow', 'hang']) {
      const response = await get(name);
      assert.equal(response.status, 504, name);
      assert.equal((await response.json()).error.code, 'upstream-timeout');
    }
  });

  it('serves the last good copy, marked stale, when upstream fails; without one it answers 502', async () => {
    let fail = false;
    routes['/stale'] = (_, res) =>
      fail ? res.writeHead(500).end('down') : res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(rss('Bản cũ'));
    const good = await get('stale');
    const goodText = await good.text();
    assert.equal(good.headers.get(STALE_HEADER), null);

    fail = true;
    clock += 61_000;
    const stale = await get('stale');
    assert.equal(stale.status, 200);
    assert.equal(stale.headers.get(STALE_HEADER), 'upstream-http');
    assert.equal(stale.headers.get('cache-control'), 'public, max-age=0, s-maxage=0, stale-while-revalidate=60, stale-if-error=86400');
    assert.equal(await stale.text(), goodText);
    const requestsAfterFailure = count('/stale');
    // Within the retry pause the stale copy is served without asking upstream again.
    assert.equal((await get('stale')).headers.get(STALE_HEADER), 'upstream-http');
    assert.equal(count('/stale'), requestsAfterFailure);

    fail = false;
    clock += 11_000;
    const recovered = await get('stale');
    assert.equal(recovered.headers.get(STALE_HEADER), null);
    assert.equal(await recovered.text(), goodText);

    routes['/png'] = (_, res) => res.writeHead(500).end();
    const none = await get('png');
    assert.equal(none.status, 502);
    const { error } = await none.json();
    assert.equal(error.code, 'upstream-http');
    assert.equal(error.upstreamStatus, 500);
  });

  it('coalesces 100 concurrent requests for a cold feed into one upstream fetch', async () => {
    routes['/cold'] = (_, res) => setTimeout(() => res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(rss('Lạnh')), 150);
    const answers = await Promise.all(Array.from({ length: 100 }, () => get('cold')));
    assert.ok(answers.every((r) => r.status === 200));
    const etags = new Set(answers.map((r) => r.headers.get('etag')));
    assert.equal(etags.size, 1);
    await Promise.all(answers.map((r) => r.arrayBuffer()));
    assert.equal(count('/cold'), 1);
  });

  it('refuses non-feed content types (502 upstream-content-type) and non-feeds (502 upstream-not-a-feed)', async () => {
    routes['/png'] = (_, res) => res.writeHead(200, { 'Content-Type': 'image/png' }).end(Buffer.alloc(100));
    routes['/html'] = (_, res) =>
      res
        .writeHead(200, { 'Content-Type': 'text/html' })
        .end(readFileSync(new URL('../../test/fixtures/corpus/rss-parser/input/unrecognized.rss', import.meta.url)));
    clock += 61_000;
    assert.equal((await (await get('png')).json()).error.code, 'upstream-content-type');
    assert.equal((await (await get('html')).json()).error.code, 'upstream-not-a-feed');
  });

  it('reads a JSON Feed upstream too', async () => {
    routes['/json'] = (_, res) =>
      res.writeHead(200, { 'Content-Type': 'application/feed+json' }).end(
        JSON.stringify({
          version: 'https://jsonfeed.org/version/1.1',
          title: 'JSON ở nguồn',
          items: [{ id: '1', title: 'Một', url: 'https://x.example/1' }],
        }),
      );
    const body = await (await get('json')).json();
    assert.equal(body.title, 'JSON ở nguồn');
    assert.equal(body.items[0].url, 'https://x.example/1');
  });

  it('keeps a copy for its TTL, then fetches again', async () => {
    let version = 1;
    routes['/ttl'] = (_, res) => res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(rss(`Phiên bản ${version}`));
    assert.equal((await (await get('ttl')).json()).title, 'Phiên bản 1');
    version = 2;
    clock += 59_000;
    assert.equal((await (await get('ttl')).json()).title, 'Phiên bản 1');
    assert.equal(count('/ttl'), 1);
    clock += 2_000;
    assert.equal((await (await get('ttl')).json()).title, 'Phiên bản 2');
    assert.equal(count('/ttl'), 2);
  });

  it('answers 404 feed-not-found for an unknown name', async () => {
    const response = await get('no-such-feed');
    assert.equal(response.status, 404);
    assert.equal((await response.json()).error.code, 'feed-not-found');
  });
});

describe('connect timeout', () => {
  it('covers a name that never resolves', async () => {
    const server = await startApp(
      { feeds: { stuck: { url: 'https://stuck.example.vn/rss' } } },
      { fetchPolicy: { resolve: () => new Promise(() => {}), connectTimeoutMs: 200, timeoutMs: 5000 } },
    );
    try {
      const response = await fetch(`${server.url}/api/feeds/stuck`);
      assert.equal(response.status, 504);
      const { error } = await response.json();
      assert.equal(error.code, 'upstream-timeout');
      assert.match(error.message, /connection/i);
    } finally {
      await server.close();
    }
  });
});

describe('file feeds from the config', () => {
  it('serve root-relative links for the page to resolve, and reload when the file changes', async () => {
    const dir = tempDir('bantin-files-');
    const file = join(dir.path, 'tin.rss');
    const feed = (title: string) =>
      `<rss version="2.0"><channel><title>${title}</title><link>/</link><item><title>Bài</title><link>/bai-1.html</link><description>&lt;img src="/img/a.svg" width="640" height="400"&gt; Chào</description><comments>bai-1.html#binh-luan</comments></item></channel></rss>`;
    writeFileSync(file, feed('Bản tin'));
    let clock = Date.parse('2025-09-22T01:00:00Z');
    const server = await startApp(
      { feeds: { tin: { url: 'tin.rss', ttlSeconds: 60 } } },
      { baseDir: dir.path, feedCache: new FeedCache({ now: () => clock }) },
    );
    try {
      const first = await fetch(`${server.url}/api/feeds/tin`);
      const text = await first.text();
      const body = JSON.parse(text);
      assert.equal(body.home_page_url, '/');
      assert.equal(body.items[0].url, '/bai-1.html');
      assert.equal(body.items[0].image, '/img/a.svg');
      assert.equal(body.items[0]._bantin.commentsUrl, '/bai-1.html#binh-luan');
      // What a widget on the page makes of it: links on the server's own origin.
      const seen = parseFeed(text, { url: `${server.url}/api/feeds/tin` });
      assert.equal(seen.items[0]!.link, `${server.url}/bai-1.html`);
      assert.equal(seen.items[0]!.image?.url, `${server.url}/img/a.svg`);

      clock += 61_000;
      const unchanged = await fetch(`${server.url}/api/feeds/tin`);
      assert.equal(unchanged.headers.get('etag'), first.headers.get('etag'));
      assert.equal(unchanged.headers.get('last-modified'), first.headers.get('last-modified'));

      writeFileSync(file, feed('Bản tin mới'));
      utimesSync(file, new Date(), new Date(Date.now() + 5000));
      clock += 61_000;
      assert.equal((await (await fetch(`${server.url}/api/feeds/tin`)).json()).title, 'Bản tin mới');
    } finally {
      await server.close();
      dir.remove();
    }
  });
});

describe('feeds that hold weather bulletins', () => {
  it('carry each item read as a bulletin (bulletins: true), which the browser reads back; other feeds do not', async () => {
    const dir = tempDir('bantin-bulletins-');
    const thoiTiet = readFileSync(new URL('../../demo/feeds/thoi-tiet.rss', import.meta.url), 'utf8');
    writeFileSync(join(dir.path, 'thoi-tiet.rss'), thoiTiet);
    const server = await startApp(
      { feeds: { 'thoi-tiet': { url: 'thoi-tiet.rss', bulletins: true }, plain: { url: 'thoi-tiet.rss' } } },
      { baseDir: dir.path },
    );
    try {
      const text = await (await fetch(`${server.url}/api/feeds/thoi-tiet`)).text();
      const model = parseFeed(thoiTiet);
      const served = JSON.parse(text).items.map((item: { _bantin?: { bulletin?: unknown } }) => item._bantin?.bulletin);
      assert.deepEqual(
        served,
        model.items.map((item) => readItemBulletin(item)),
      );
      assert.ok(
        served.some((b: ItemBulletin) => b.hazards.length > 0 && b.temperature),
        'the demo bulletin states hazards and temperatures',
      );
      const seen = parseFeed(text, { url: `${server.url}/api/feeds/thoi-tiet` });
      assert.deepEqual(seen.items[0]!.bulletin, served[0]);

      const plain = await (await fetch(`${server.url}/api/feeds/plain`)).json();
      assert.ok(plain.items.every((item: { _bantin?: { bulletin?: unknown } }) => item._bantin?.bulletin === undefined));
    } finally {
      await server.close();
      dir.remove();
    }
  });
});
