// GET /embed/<widget>: the widget rendered on the server as an HTML fragment (docs/ssr.md#the-fragment-endpoint):
// its contract (type, declarative shadow root, the feed's items, caching), every parameter checked (400s and
// 404s in the API's error shape, never a 500, no request to a refused feed), everything escaped, CSP nonces.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type http from 'node:http';
import type { WidgetTag } from 'bantin/ssr';
import { WIDGET_ATTRIBUTES } from '../src/embed/attributes.js';
import { ADMIN_TOKEN, clientId, postJson, recordConnectionAttempts, startUpstream, type RunningApp, type Upstream } from './support.js';
import { demoFeed, parseHtml, shadowTemplate, startDemoApp, startTags, visibleText } from './ssr-support.js';

const HOSTILE_TITLE = `<script>alert("tiêu đề")</script> & "trích dẫn" <img src=x onerror=alert(1)>`;
const HOSTILE_RSS = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${escapeXml(HOSTILE_TITLE)}</title>
<item><title>${escapeXml(HOSTILE_TITLE)}</title><link>https://news.example/a?x="y"&amp;z=&lt;b&gt;</link><guid>h-1</guid>
<description>${escapeXml('</script><script>alert(2)</script>')}</description><pubDate>Mon, 22 Sep 2025 08:30:00 +0700</pubDate></item>
</channel></rss>`;

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

async function errorOf(response: Response): Promise<{ code: string; message: string; parameter?: string }> {
  assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
  const body = (await response.json()) as { error: { code: string; message: string; parameter?: string } };
  assert.equal(typeof body.error.code, 'string');
  assert.equal(typeof body.error.message, 'string');
  return body.error;
}

describe('GET /embed/<widget>', () => {
  let server: RunningApp;
  let upstream: Upstream;

  before(async () => {
    upstream = await startUpstream((_request: http.IncomingMessage, response: http.ServerResponse) => {
      response.writeHead(200, { 'Content-Type': 'application/rss+xml; charset=utf-8' }).end(HOSTILE_RSS);
    });
    server = await startDemoApp(
      { feeds: { hostile: { url: `${upstream.url}/hostile.rss`, ttlSeconds: 120 } }, allowHosts: [`127.0.0.1:${upstream.port}`] },
      { fetchPolicy: { allowAddresses: ['127.0.0.1'] } },
    );
  });
  after(async () => {
    await server.close();
    await upstream.close();
  });

  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${server.url}${path}`, { headers });

  it('answers the news list as an HTML fragment: the element, its declarative shadow root, the feed’s items, its state', async () => {
    const response = await get('/embed/latest-news?feed=tin-moi&limit=5&lang=vi');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8');
    const html = await response.text();
    const document = parseHtml(html);
    const element = document.querySelector('bantin-latest-news')!;
    assert.ok(element, 'the element');
    assert.equal(element.getAttribute('feed'), `${server.url}/api/feeds/tin-moi`, 'refreshes from this server’s copy');
    assert.equal(element.getAttribute('limit'), '5');
    assert.equal(element.getAttribute('lang'), 'vi');
    const shadow = shadowTemplate(element);
    assert.ok(shadow, 'a declarative shadow root');
    const text = visibleText(shadow.content);
    const items = demoFeed('tin-moi').items;
    for (const item of items.slice(0, 5)) assert.ok(text.includes(item.title), `"${item.title}" shown`);
    assert.ok(!text.includes(items[5]!.title), 'only `limit` items');
    const state = element.querySelector(':scope > script[type="application/json"][data-bantin-state]');
    assert.equal(JSON.parse(state!.textContent!).feed.items.length, items.length, 'the feed it was rendered from travels with it');
  });

  it('is cached like the feeds: ETag, 304, max-age and s-maxage of the feed’s TTL, stale-while-revalidate, Vary', async () => {
    const first = await get('/embed/latest-news?feed=tin-moi&limit=3');
    const etag = first.headers.get('etag');
    assert.match(etag ?? '', /^"[\w-]{20,}"$/);
    const cacheControl = first.headers.get('cache-control') ?? '';
    assert.match(cacheControl, /^public, /);
    const maxAge = Number(/(?:^|, )max-age=(\d+)/.exec(cacheControl)?.[1]);
    assert.ok(maxAge > 0 && maxAge <= 60, cacheControl);
    assert.match(cacheControl, new RegExp(`s-maxage=${maxAge}\\b`));
    assert.match(cacheControl, /stale-while-revalidate=\d+/);
    assert.match(first.headers.get('vary') ?? '', /Accept-Encoding/);
    const body = await first.text();

    const again = await get('/embed/latest-news?feed=tin-moi&limit=3');
    assert.equal(again.headers.get('etag'), etag, 'the same fragment for the same feed');
    assert.equal(await again.text(), body);
    const revalidated = await get('/embed/latest-news?feed=tin-moi&limit=3', { 'If-None-Match': etag! });
    assert.equal(revalidated.status, 304);
    assert.equal(await revalidated.text(), '');
    const other = await get('/embed/latest-news?feed=tin-moi&limit=4', { 'If-None-Match': etag! });
    assert.equal(other.status, 200, 'other attributes, another fragment');
  });

  it('renders the article card (full), with the article’s text and the feed link this server serves', async () => {
    const response = await get('/embed/article-card?feed=tin-moi&item=baosonla-le-hoi-hoa-ban&variant=full');
    assert.equal(response.status, 200);
    const element = parseHtml(await response.text()).querySelector('bantin-article-card')!;
    const text = visibleText(shadowTemplate(element)!.content);
    const item = demoFeed('tin-moi').items.find((entry) => entry.id === 'baosonla-le-hoi-hoa-ban')!;
    assert.ok(text.includes(item.title));
    assert.ok(text.includes(item.author!));
  });

  it('renders the weather bulletin from the bulletins feed', async () => {
    const response = await get('/embed/weather-bulletin?feed=thoi-tiet');
    assert.equal(response.status, 200);
    const element = parseHtml(await response.text()).querySelector('bantin-weather-bulletin')!;
    assert.ok(shadowTemplate(element), 'a declarative shadow root');
    assert.ok(visibleText(shadowTemplate(element)!.content).includes(demoFeed('thoi-tiet').items[0]!.title));
  });

  it('renders the comment box with the thread’s approved comments only, revalidated on every use', async () => {
    const thread = `embed-${Date.now()}`;
    const posted = async (body: string) => {
      const response = await postJson(`${server.url}/api/threads/${thread}/comments`, { author: 'Lò Văn Minh', body, clientId: clientId() });
      assert.equal(response.status, 201);
      return ((await response.json()) as { comment: { id: string } }).comment.id;
    };
    const approved = await posted('Bài viết rất hay, cảm ơn toà soạn.');
    await posted('Bình luận này còn chờ duyệt.');
    const approval = await fetch(`${server.url}/api/admin/comments/${approved}/approve`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    assert.equal(approval.status, 200);

    const response = await get(`/embed/comment-box?thread=${thread}`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('cache-control'), 'public, no-cache');
    const element = parseHtml(await response.text()).querySelector('bantin-comment-box')!;
    assert.equal(element.getAttribute('endpoint'), `${server.url}/api`);
    assert.equal(element.getAttribute('thread'), thread);
    const text = visibleText(shadowTemplate(element)!.content);
    assert.ok(text.includes('Bài viết rất hay, cảm ơn toà soạn.'), 'the approved comment');
    assert.ok(!text.includes('Bình luận này còn chờ duyệt.'), 'not the pending one');
  });

  it('puts a nonce on every <style> and <script>, and keeps that answer out of shared caches', async () => {
    for (const path of ['/embed/latest-news?feed=tin-moi&nonce=r4nd0m%2Bn0nce%3D%3D', '/embed/comment-box?thread=bai-1&nonce=r4nd0m%2Bn0nce%3D%3D']) {
      const response = await get(path);
      assert.equal(response.status, 200, path);
      assert.equal(response.headers.get('cache-control'), 'private, no-store');
      const html = await response.text();
      const tags = [...startTags(html, 'style'), ...startTags(html, 'script')];
      assert.ok(tags.length >= 2, `${tags.length} tags`);
      for (const tag of tags) assert.match(tag, / nonce="r4nd0m\+n0nce=="/, tag);
    }
  });

  it('escapes what a hostile feed and hostile parameters carry: text stays text, attributes stay closed', async () => {
    const heading = '"><script>alert(3)</script>';
    const response = await get(`/embed/latest-news?feed=hostile&heading=${encodeURIComponent(heading)}`);
    assert.equal(response.status, 200);
    const html = await response.text();
    assert.ok(!/<script>alert|<img src=x|<\/script><script>/i.test(html), 'no markup from the feed or the query');
    // The only scripts are the state script, and its JSON parses back to the feed's own text.
    const scripts = startTags(html, 'script');
    assert.equal(scripts.length, 1);
    assert.match(scripts[0]!, /type="application\/json" data-bantin-state/);
    const element = parseHtml(html).querySelector('bantin-latest-news')!;
    assert.equal(element.getAttribute('heading'), heading);
    const text = visibleText(shadowTemplate(element)!.content);
    assert.ok(text.includes(heading), 'the heading shown as text');
    // The feed model keeps a title's text (its tags dropped): that text, quotes and ampersand included, is shown.
    const state = JSON.parse(element.querySelector('script[data-bantin-state]')!.textContent!);
    const title: string = state.feed.items[0].title;
    assert.match(title, /& "trích dẫn"/);
    assert.ok(text.includes(title), 'the title shown as text');
  });

  it('reads a feed URL on allowHosts through the proxy, and writes the proxy URL into the element', async () => {
    const feedUrl = `${upstream.url}/hostile.rss?via=url`;
    const response = await get(`/embed/latest-news?feed=${encodeURIComponent(feedUrl)}`);
    assert.equal(response.status, 200);
    const element = parseHtml(await response.text()).querySelector('bantin-latest-news')!;
    assert.equal(element.getAttribute('feed'), `${server.url}/api/feed?url=${encodeURIComponent(feedUrl)}`);
    assert.ok(upstream.requests.some((request) => request.url === '/hostile.rss?via=url'));
  });

  describe('bad parameters: 400 (404 for an unknown widget) in the API’s error shape, never a 500', () => {
    const long = (n: number) => 'a'.repeat(n);
    const cases: [string, number, string, string?][] = [
      ['/embed/ticker?feed=tin-moi', 404, 'not-found'],
      ['/embed/__proto__', 404, 'not-found'],
      ['/embed/latest-news?feed=tin-moi&colour=red', 400, 'invalid-request', 'colour'],
      ['/embed/latest-news?feed=tin-moi&__proto__=1', 400, 'invalid-request', '__proto__'],
      ['/embed/latest-news?feed=tin-moi&limit=abc', 400, 'invalid-request', 'limit'],
      ['/embed/latest-news?feed=tin-moi&limit=0', 400, 'invalid-request', 'limit'],
      ['/embed/latest-news?feed=tin-moi&limit=51', 400, 'invalid-request', 'limit'],
      ['/embed/latest-news?feed=tin-moi&limit=5&limit=6', 400, 'invalid-request', 'limit'],
      ['/embed/latest-news?feed=tin-moi&layout=carousel', 400, 'invalid-request', 'layout'],
      ['/embed/latest-news?feed=tin-moi&hide=image,price', 400, 'invalid-request', 'hide'],
      ['/embed/latest-news?feed=tin-moi&lang=fr', 400, 'invalid-request', 'lang'],
      ['/embed/latest-news?feed=tin-moi&more-href=javascript:alert(1)', 400, 'invalid-request', 'more-href'],
      [`/embed/latest-news?feed=tin-moi&heading=${long(201)}`, 400, 'invalid-request', 'heading'],
      ['/embed/latest-news?feed=tin-moi&heading=a%00b', 400, 'invalid-request', 'heading'],
      [`/embed/article-card?feed=tin-moi&item=${long(2001)}`, 400, 'invalid-request', 'item'],
      [`/embed/latest-news?feed=${long(10_001)}`, 400, 'invalid-request', 'feed'],
      ['/embed/latest-news?feed=', 400, 'invalid-request', 'feed'],
      ['/embed/latest-news?feed=a+b+c+d+e+f', 400, 'invalid-request', 'feed'],
      ['/embed/latest-news?feed=khong-co', 400, 'feed-not-found', 'feed'],
      ['/embed/latest-news?feed=https%3A%2F%2Fevil.example%2Frss', 400, 'url-not-allowed', 'feed'],
      ['/embed/latest-news?feed=http%3A%2F%2F169.254.169.254%2Flatest', 400, 'url-not-allowed', 'feed'],
      ['/embed/latest-news?feed=file%3A%2F%2F%2Fetc%2Fpasswd', 400, 'url-invalid', 'feed'],
      ['/embed/latest-news?feed=%2Fetc%2Fpasswd', 400, 'invalid-request', 'feed'],
      ['/embed/latest-news?feed=tin-moi&proxy=https%3A%2F%2Fx.example%2F%7Burl%7D', 400, 'invalid-request', 'proxy'],
      ['/embed/latest-news?feed=tin-moi&nonce=a%22b', 400, 'invalid-request', 'nonce'],
      ['/embed/latest-news?feed=tin-moi&nonce=%3Cx%3E', 400, 'invalid-request', 'nonce'],
      [`/embed/latest-news?feed=tin-moi&nonce=${long(201)}`, 400, 'invalid-request', 'nonce'],
      ['/embed/latest-news?feed=tin-moi&nonce=a&nonce=b', 400, 'invalid-request', 'nonce'],
      ['/embed/comment-box', 400, 'invalid-request', 'thread'],
      ['/embed/comment-box?thread=a%20b', 400, 'invalid-request', 'thread'],
      [`/embed/comment-box?thread=${long(201)}`, 400, 'invalid-request', 'thread'],
      ['/embed/comment-box?thread=bai-1&endpoint=https%3A%2F%2Fx.example%2Fapi', 400, 'invalid-request', 'endpoint'],
      ['/embed/comment-box?thread=bai-1&page-size=101', 400, 'invalid-request', 'page-size'],
      ['/embed/weather-bulletin?feed=thoi-tiet&limit=5', 400, 'invalid-request', 'limit'],
      ['/embed/article-card?feed=tin-moi&date=yesterday', 400, 'invalid-request', 'date'],
    ];
    for (const [path, status, code, parameter] of cases) {
      it(`${path.length > 90 ? `${path.slice(0, 90)}…` : path} → ${status} ${code}`, async () => {
        const connections = recordConnectionAttempts();
        const response = await get(path);
        connections.stop();
        assert.equal(response.status, status);
        const error = await errorOf(response);
        assert.equal(error.code, code);
        if (parameter) assert.equal(error.parameter, parameter);
        assert.deepEqual(
          connections.attempts.filter((address) => !address.endsWith(`:${new URL(server.url).port}`)),
          [],
          'no request to the refused feed',
        );
      });
    }
  });

  it('takes the attributes each widget documents, except where its data comes from', () => {
    const root = fileURLToPath(new URL('../../src/components/', import.meta.url));
    for (const [tag, attributes] of Object.entries(WIDGET_ATTRIBUTES) as [WidgetTag, object][]) {
      const name = tag.replace(/^bantin-/, '');
      const source = readFileSync(`${root}${name}/${name}.ts`, 'utf8');
      const documented = [...source.matchAll(/@attr ([a-z-]+)/g)]
        .map((match) => match[1]!)
        .filter((attribute) => !['proxy', 'endpoint'].includes(attribute));
      assert.deepEqual(Object.keys(attributes).sort(), documented.sort(), tag);
    }
  });
});

describe('GET /embed/<widget> with publicUrl', () => {
  let server: RunningApp;
  before(async () => (server = await startDemoApp({ publicUrl: 'https://widgets.example.vn' })));
  after(() => server.close());

  it('writes the configured origin into the fragment, whatever the request’s Host', async () => {
    const response = await fetch(`${server.url}/embed/comment-box?thread=bai-1`, { headers: { Host: 'cms.example.vn' } });
    const element = parseHtml(await response.text()).querySelector('bantin-comment-box')!;
    assert.equal(element.getAttribute('endpoint'), 'https://widgets.example.vn/api');
    const news = parseHtml(await (await fetch(`${server.url}/embed/latest-news?feed=tin-moi`)).text()).querySelector('bantin-latest-news')!;
    assert.equal(news.getAttribute('feed'), 'https://widgets.example.vn/api/feeds/tin-moi');
  });
});
