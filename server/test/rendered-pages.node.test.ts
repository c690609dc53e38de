// `renderPages`: the demo portal served with every widget rendered on the server, the article chosen by the
// page's query (data-bantin-query-*), with the article's <title>, meta description and NewsArticle JSON-LD.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type http from 'node:http';
import { ADMIN_TOKEN, clientId, postJson, startUpstream, tempDir, type RunningApp, type Upstream } from './support.js';
import { demoFeed, parseHtml, shadowTemplate, startDemoApp, startTags, visibleText } from './ssr-support.js';

const WIDGETS = ['bantin-article-card', 'bantin-comment-box', 'bantin-weather-bulletin', 'bantin-latest-news'];

function jsonLd(document: Document): Record<string, unknown> {
  const scripts = document.querySelectorAll('head > script[type="application/ld+json"]');
  assert.equal(scripts.length, 1, 'one JSON-LD block');
  return JSON.parse(scripts[0]!.textContent!) as Record<string, unknown>;
}

describe('rendered pages: the demo portal', () => {
  let server: RunningApp;
  const slug = 'le-hoi-hoa-ban';
  const article = () => demoFeed('tin-moi').items.find((item) => item.id === `baosonla-${slug}`)!;

  before(async () => {
    server = await startDemoApp();
    const response = await postJson(`${server.url}/api/threads/${slug}/comments`, {
      author: 'Cầm Thị Hoa',
      body: 'Mong được dự lễ hội năm nay.',
      clientId: clientId(),
    });
    const { comment } = (await response.json()) as { comment: { id: string } };
    await fetch(`${server.url}/api/admin/comments/${comment.id}/approve`, { method: 'POST', headers: { Authorization: `Bearer ${ADMIN_TOKEN}` } });
  });
  after(() => server.close());

  const page = async (path: string) => {
    const response = await fetch(`${server.url}${path}`);
    return { response, html: await response.text() };
  };

  it('/?bai=<slug>: every widget rendered, the article’s text, its comments, the weather and the news', async () => {
    const { response, html } = await page(`/?bai=${slug}`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8');
    const document = parseHtml(html);
    for (const tag of WIDGETS) {
      const element = document.querySelector(tag);
      assert.ok(element && shadowTemplate(element), `${tag} has a declarative shadow root`);
      assert.match(element.getAttribute('style') ?? '', /min-height:/, `${tag} keeps its reserved height`);
      assert.equal(element.hasAttribute('data-bantin-query-item') || element.hasAttribute('data-bantin-query-thread'), false);
    }
    const card = document.querySelector('bantin-article-card')!;
    assert.equal(card.getAttribute('item'), `baosonla-${slug}`);
    const cardText = visibleText(shadowTemplate(card)!.content);
    const item = article();
    assert.ok(cardText.includes(item.title), 'title');
    assert.ok(cardText.includes(item.author!), 'author');
    assert.ok(cardText.includes('Màn xòe Thái trong lễ hội năm trước.'), 'caption');
    assert.ok(cardText.includes('Bên cạnh các hoạt động truyền thống như trình diễn xòe Thái'), 'body');

    const box = document.querySelector('bantin-comment-box')!;
    assert.equal(box.getAttribute('thread'), slug);
    assert.ok(visibleText(shadowTemplate(box)!.content).includes('Mong được dự lễ hội năm nay.'), 'the approved comment');

    const weather = visibleText(shadowTemplate(document.querySelector('bantin-weather-bulletin')!)!.content);
    assert.ok(weather.includes(demoFeed('thoi-tiet').items[0]!.title), 'the bulletin');
    const news = visibleText(shadowTemplate(document.querySelector('bantin-latest-news')!)!.content);
    for (const entry of demoFeed('tin-moi').items.slice(0, 6)) assert.ok(news.includes(entry.title), `news item "${entry.title}"`);
  });

  it('/?bai=<slug>: the article’s <title>, meta description, canonical link and NewsArticle JSON-LD', async () => {
    const { html } = await page(`/?bai=${slug}`);
    const document = parseHtml(html);
    const item = article();
    assert.equal(document.title, item.title);
    const descriptions = document.querySelectorAll('meta[name="description"]');
    assert.equal(descriptions.length, 1);
    assert.equal(descriptions[0]!.getAttribute('content'), item.summary);
    assert.equal(document.querySelector('link[rel="canonical"]')?.getAttribute('href'), `${server.url}/?bai=${slug}`);
    const data = jsonLd(document);
    assert.equal(data['@context'], 'https://schema.org');
    assert.equal(data['@type'], 'NewsArticle');
    assert.equal(data.headline, item.title);
    assert.deepEqual(data.image, [`${server.url}${new URL(item.image!.url).pathname}`]);
    assert.equal(data.datePublished, item.published);
    assert.ok(!Number.isNaN(Date.parse(data.datePublished as string)));
    assert.deepEqual(data.author, [{ '@type': 'Person', name: item.author }]);
  });

  it('/: the newest article, the home thread, and the same metadata for it', async () => {
    const { response, html } = await page('/');
    assert.equal(response.status, 200);
    const document = parseHtml(html);
    for (const tag of WIDGETS) assert.ok(shadowTemplate(document.querySelector(tag)!), `${tag} rendered`);
    const newest = demoFeed('tin-moi').items[0]!;
    assert.equal(document.querySelector('bantin-comment-box')!.getAttribute('thread'), 'trang-chu');
    assert.ok(visibleText(shadowTemplate(document.querySelector('bantin-article-card')!)!.content).includes(newest.title));
    assert.equal(jsonLd(document).headline, newest.title);
    assert.equal(document.title, newest.title);
    const index = await page('/index.html');
    assert.equal(index.response.status, 200);
    assert.ok(shadowTemplate(parseHtml(index.html).querySelector('bantin-latest-news')!));
  });

  it('an unknown article: 404 with the card’s not-found state and the portal’s own title, not a 500', async () => {
    const { response, html } = await page('/?bai=khong-co-bai-nay');
    assert.equal(response.status, 404);
    const document = parseHtml(html);
    assert.equal(document.title, 'Báo Sơn La – Cổng thông tin (demo bantin)');
    assert.equal(document.querySelectorAll('script[type="application/ld+json"]').length, 0);
    assert.ok(visibleText(shadowTemplate(document.querySelector('bantin-article-card')!)!.content).includes('Không tìm thấy bài viết.'));
    assert.ok(shadowTemplate(document.querySelector('bantin-latest-news')!), 'the rest of the page is rendered');
  });

  it('a query value a widget does not accept: a 400 page, not a 500', async () => {
    const { response, html } = await page(`/?bai=${encodeURIComponent('<script>x</script>')}`);
    assert.equal(response.status, 400);
    assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
    assert.ok(!html.includes('<script>x'), 'escaped');
  });

  it('revalidates with its ETag (no-cache: feeds and comments change under one URL)', async () => {
    const first = await fetch(`${server.url}/?bai=${slug}`);
    await first.text();
    assert.equal(first.headers.get('cache-control'), 'no-cache');
    const etag = first.headers.get('etag')!;
    const again = await fetch(`${server.url}/?bai=${slug}`, { headers: { 'If-None-Match': etag } });
    assert.equal(again.status, 304);
  });

  it('leaves the other pages as they are: /partner.html stays client-only', async () => {
    const { response, html } = await page('/partner.html');
    assert.equal(response.status, 200);
    assert.equal(startTags(html, 'template').length, 0);
  });
});

describe('rendered pages: hostile feed text and failing feeds', () => {
  let server: RunningApp;
  let upstream: Upstream;
  const pages = tempDir('bantin-pages-');
  const TITLE = 'Tin "nóng" &amp; mới ]]&gt;&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;';

  before(async () => {
    upstream = await startUpstream((_request: http.IncomingMessage, response: http.ServerResponse) => {
      response.writeHead(200, { 'Content-Type': 'application/rss+xml; charset=utf-8' }).end(`<?xml version="1.0"?><rss version="2.0"><channel>
<title>x</title><item><title><![CDATA[${TITLE}]]></title><link>https://news.example/a</link><guid>h-1</guid>
<description>${'&lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt; tóm tắt'}</description><author>a@b.c (&lt;/script&gt;)</author>
<pubDate>Mon, 22 Sep 2025 08:30:00 +0700</pubDate></item></channel></rss>`);
    });
    mkdirSync(join(pages.path, 'tin'));
    writeFileSync(
      join(pages.path, 'tin', 'index.html'),
      `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Trang</title></head><body>
<bantin-article-card variant="full" feed="/api/feeds/hostile" style="display:block;min-height:20em"></bantin-article-card>
<bantin-latest-news feed="/api/feeds/khong-co" limit="3"></bantin-latest-news>
</body></html>`,
    );
    server = await startApp(pages.path, upstream);
  });
  after(async () => {
    await server.close();
    await upstream.close();
    pages.remove();
  });

  async function startApp(staticDir: string, feedUpstream: Upstream) {
    return startDemoApp(
      { staticDir, renderPages: ['tin/index.html'], feeds: { hostile: { url: `${feedUpstream.url}/rss` } } },
      { fetchPolicy: { allowAddresses: ['127.0.0.1'] } },
    );
  }

  it('writes the JSON-LD and the description so that nothing in them closes the script or the attribute', async () => {
    const response = await fetch(`${server.url}/tin/`);
    assert.equal(response.status, 200);
    const html = await response.text();
    assert.ok(!/<script>alert/i.test(html), 'no script from the feed');
    const head = html.slice(0, html.indexOf('</head>'));
    assert.equal((head.match(/<\/script>/g) ?? []).length, startTags(head, 'script').length, 'every script closes where it should');
    const document = parseHtml(html);
    const data = jsonLd(document);
    assert.equal(document.title, data.headline);
    assert.equal(data.headline, 'Tin "nóng" & mới ]]></script><script>alert(1)</script>', 'the text survives, escaped');
    assert.deepEqual(data.author, [{ '@type': 'Person', name: '</script>' }]);
    assert.equal(document.querySelector('meta[name="description"]')?.getAttribute('content'), data.description);
  });

  it('a widget whose feed cannot be loaded is left for the browser; the page is still rendered', async () => {
    const html = await (await fetch(`${server.url}/tin/index.html`)).text();
    const document = parseHtml(html);
    const news = document.querySelector('bantin-latest-news')!;
    assert.equal(news.getAttribute('feed'), '/api/feeds/khong-co');
    assert.equal(shadowTemplate(news), undefined);
    assert.ok(shadowTemplate(document.querySelector('bantin-article-card')!));
  });
});
