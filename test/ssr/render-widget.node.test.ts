// bantin/ssr's renderWidget in Node: every widget renders from data the server has, everything from a feed or an
// attribute is escaped, the nonce goes on every <style> and <script>, the state script reads back as it was
// written, and an article body is sanitised on the server with the browser's rules.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { JSDOM } from 'jsdom';
import { renderWidget, WIDGET_TAGS } from '../../src/ssr/index.js';
import { parseFeed } from '../../src/core/index.js';
import type { Feed, FeedItem } from '../../src/core/feed/model.js';
import type { CommentPage } from '../../src/core/comments/index.js';
import { readRenderedState, type RenderedState } from '../../src/internal/rendered-state.js';

const demo = new URL('../../demo/feeds/', import.meta.url);
const corpus = new URL('../fixtures/corpus/xss/', import.meta.url);
const news = parseFeed(await readFile(new URL('tin-moi.rss', demo), 'utf8'), { url: 'https://baosonla.example.vn/rss/tin-moi.rss' });
const weather = parseFeed(await readFile(new URL('thoi-tiet.rss', demo), 'utf8'), { url: 'https://baosonla.example.vn/rss/thoi-tiet.rss' });

const COMMENTS: CommentPage = {
  comments: [
    {
      id: 'c1',
      thread: 'bai-1',
      parentId: null,
      author: 'Lò Văn Minh',
      body: 'Bản tin rất hữu ích </script><script>alert(1)</script>',
      createdAt: '2026-12-01T02:00:00.000Z',
      status: 'approved',
    },
  ],
  next: null,
  count: 1,
};

const ATTRIBUTES: Record<(typeof WIDGET_TAGS)[number], Record<string, unknown>> = {
  'bantin-latest-news': { feed: news, limit: 3 },
  'bantin-article-card': { feed: news, variant: 'full' },
  'bantin-weather-bulletin': { feed: weather },
  'bantin-comment-box': { endpoint: 'https://widgets.example.vn/api', thread: 'bai-1' },
  'bantin-comment-count': { endpoint: 'https://widgets.example.vn/api', thread: 'bai-1', href: '/tin/bai-1.html#binh-luan' },
};

function render(tag: string, attributes: Record<string, unknown>, options: { nonce?: string } = {}): Promise<string> {
  return renderWidget(tag, attributes as never, { comments: COMMENTS, counts: { 'bai-1': 12 }, ...options });
}

/** The rendered HTML parsed (jsdom keeps a declarative shadow root as a template: its content is the shadow tree). */
function parse(html: string, tag: string) {
  const { document } = new JSDOM(`<!doctype html><body>${html}</body>`).window;
  const host = document.querySelector(tag)!;
  assert.ok(host, `<${tag}> is in the output`);
  const template = host.querySelector<HTMLTemplateElement>(':scope > template[shadowrootmode="open"]')!;
  assert.ok(template, 'a declarative shadow root');
  return { document, host, shadow: template.content };
}

const URL_ATTRIBUTES = new Set(['href', 'src', 'cite', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'longdesc', 'srcset']);

function squash(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function feedWith(items: Partial<FeedItem>[], title = 'Báo Sơn La'): Feed {
  return {
    title,
    format: 'rss',
    items: items.map((item, index) => ({
      id: `item-${index}`,
      title: `Tin ${index}`,
      summary: '',
      categories: [],
      enclosures: [],
      published: new Date(Date.UTC(2025, 8, 22, 1, 30) - index * 3_600_000).toISOString(),
      ...item,
    })),
  };
}

describe('renderWidget', () => {
  for (const tag of WIDGET_TAGS) {
    it(`renders <${tag}> with its content, its styles and its state`, async () => {
      const { host, shadow } = parse(await render(tag, ATTRIBUTES[tag]), tag);
      assert.equal(host.getAttribute('lang'), 'vi');
      assert.ok(shadow.querySelector('style')?.textContent?.includes('--bantin-color-text'), 'styled');
      assert.equal(shadow.querySelectorAll('.skeleton, .skeleton-line, [aria-busy="true"]').length, 0, 'no skeleton');
      const text = squash(shadow.textContent);
      if (tag === 'bantin-latest-news') assert.equal(shadow.querySelectorAll('li.item[data-index]').length, 3);
      if (tag === 'bantin-article-card') {
        assert.equal(squash(shadow.querySelector('[part="title"]')?.textContent), news.items[0]!.title);
        assert.ok(squash(shadow.querySelector('[part="content"]')?.textContent).includes('2.300 ha xoài muộn'));
      }
      if (tag === 'bantin-weather-bulletin') {
        assert.equal(squash(shadow.querySelector('#title')?.textContent), weather.items[0]!.title);
        assert.ok(shadow.querySelector('[part="banner"] [part="hazards"] li'), 'the hazards banner');
      }
      if (tag === 'bantin-comment-box') {
        assert.equal(squash(shadow.querySelector('[part="author"]')?.textContent), 'Lò Văn Minh');
        assert.ok(text.includes('Cần bật JavaScript để gửi bình luận.'));
      }
      if (tag === 'bantin-comment-count') {
        assert.equal(squash(shadow.querySelector('a[part~="count"]')?.textContent), '12 bình luận');
        assert.equal(shadow.querySelector('a[part~="count"]')?.getAttribute('href'), '/tin/bai-1.html#binh-luan');
      }
      assert.ok(readRenderedState(host), 'a state script');
    });
  }

  it('escapes what comes from a feed and from attributes', async () => {
    const hostile = '</script><script>alert(1)</script><!--';
    const feed = feedWith([{ title: '<img src=x onerror=alert(1)>', summary: hostile, categories: ['"><b>x</b>'] }], hostile);
    const html = await render('bantin-latest-news', { feed, heading: 'Say "hi" <b>now</b> & then', 'more-href': '/tin?a=1&b="2"' });
    assert.ok(!html.includes('<script>alert(1)'), 'no script from the feed');
    assert.ok(!html.includes('<img src=x'), 'no image from the feed');
    const { document, host, shadow } = parse(html, 'bantin-latest-news');
    assert.equal(document.querySelectorAll('script').length, 1, 'only the state script');
    assert.equal(shadow.querySelectorAll('img, b, script').length, 0);
    assert.equal(squash(shadow.querySelector('.title')?.textContent), '<img src=x onerror=alert(1)>');
    assert.equal(host.getAttribute('heading'), 'Say "hi" <b>now</b> & then');
    assert.equal(host.getAttribute('more-href'), '/tin?a=1&b="2"');
    assert.equal(squash(shadow.querySelector('[part="header"]')?.textContent).startsWith('Say "hi" <b>now</b> & then'), true);
    const state = readRenderedState(host)!;
    assert.equal(state.feed!.title, hostile);
    assert.equal(state.feed!.items[0]!.summary, hostile);
  });

  it('puts the nonce on every <style> and <script> it emits', async () => {
    const nonce = 'r4nd0m+/Nonce_-=';
    for (const tag of WIDGET_TAGS) {
      const html = await render(tag, ATTRIBUTES[tag], { nonce });
      const opening = [...html.matchAll(/<(style|script)\b[^>]*>/g)].map((match) => match[0]);
      assert.ok(opening.filter((tagText) => tagText.startsWith('<style')).length >= 1, `${tag}: a style`);
      assert.equal(opening.filter((tagText) => tagText.startsWith('<script')).length, 1, `${tag}: the state script`);
      for (const tagText of opening) assert.ok(tagText.includes(` nonce="${nonce}"`), `${tag}: ${tagText}`);
    }
  });

  it('throws a TypeError for a tag that is not a widget, a bad nonce or a bad attribute name', async () => {
    await assert.rejects(renderWidget('bantin-nope'), TypeError);
    await assert.rejects(renderWidget('script'), TypeError);
    await assert.rejects(render('bantin-latest-news', { feed: news }, { nonce: 'a"b' }), TypeError);
    await assert.rejects(render('bantin-latest-news', { feed: news }, { nonce: '' }), TypeError);
    await assert.rejects(render('bantin-latest-news', { feed: news, 'on"click': 'x' }), TypeError);
  });

  it('writes a state script that reads back as the state it was rendered from', async () => {
    const odd = 'Dòng\u2028tách\u2029đoạn </script> <!-- & "ngoặc" \\ \u0000';
    const body = `<p>${odd
      .replace(/\u0000/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')}</p>`;
    const feed = feedWith(
      [
        { title: odd, summary: odd, contentHtml: body },
        { title: 'Tin hai', contentHtml: '<p>hai</p>' },
      ],
      odd,
    );
    for (const [tag, attributes] of [
      ['bantin-latest-news', { feed }],
      ['bantin-article-card', { feed, variant: 'full' }],
      ['bantin-comment-box', ATTRIBUTES['bantin-comment-box']],
    ] as const) {
      const { host } = parse(await render(tag, attributes), tag);
      const state: RenderedState = readRenderedState(host)!;
      if (tag === 'bantin-comment-box') {
        assert.deepEqual(state, { comments: COMMENTS });
        continue;
      }
      assert.equal(state.feed!.title, odd);
      assert.deepEqual(
        state.feed!.items.map((item) => [item.title, item.summary]),
        feed.items.map((item) => [item.title, item.summary]),
      );
      // HTML content only where it is shown: the full card's article.
      const contents = state.feed!.items.map((item) => item.contentHtml);
      assert.deepEqual(contents, tag === 'bantin-article-card' ? [body, undefined] : [undefined, undefined]);
      if (tag === 'bantin-article-card')
        assert.equal(new JSDOM(state.content!.sanitized).window.document.body.textContent, odd.replace('\u0000', ''));
    }
  });

  it('reads the weather bulletin on the server: the item read as a bulletin, the lines of its HTML content', async () => {
    const content = '<p><strong>Dự báo thời tiết ngày 23/9</strong></p><p>Thời tiết: Có mưa rào và dông.<br>Nhiệt độ thấp nhất: 21 - 23 độ C.</p>';
    const feed = feedWith([
      { title: 'Dự báo thời tiết ngày 23/9', categories: ['Thời tiết'], summary: 'Có mưa.', contentHtml: content },
      { title: 'Tin khác', contentHtml: '<p>Không hiển thị</p>' },
    ]);
    const { host, shadow } = parse(await render('bantin-weather-bulletin', { feed }), 'bantin-weather-bulletin');
    const lines = 'Dự báo thời tiết ngày 23/9\nThời tiết: Có mưa rào và dông.\nNhiệt độ thấp nhất: 21 - 23 độ C.';
    assert.equal(shadow.querySelector('#full-text')?.textContent, lines);
    assert.ok(shadow.querySelector('[part="hazards"] [data-hazard="thunderstorm"]'), 'the hazards banner');
    const state = readRenderedState(host)!;
    assert.equal(state.lines, lines);
    assert.deepEqual(
      state.feed!.items.map((item) => item.contentHtml),
      [content, undefined],
    );
    assert.equal(state.feed!.items[0]!.bulletin?.fromContent, true);
    assert.deepEqual(state.feed!.items[0]!.bulletin?.hazards, ['thunderstorm']);
  });

  it('sanitises a hostile article body on the server: no script, no handler, no javascript: URL', async () => {
    const read = async (file: string) => (JSON.parse(await readFile(new URL(file, corpus), 'utf8')) as { payload: string }[]).map((v) => v.payload);
    const payloads = [
      ...(await read('dompurify-vectors.json')),
      ...(await read('h5sc-vectors.json')),
      '<a href="javascript:alert(1)">a</a><img src=x onerror=alert(1)><svg onload=alert(1)><iframe src="javascript:alert(1)"></iframe>',
      '<a href="jav&#x09;ascript:alert(1)">b</a><form action="javascript:alert(1)"><button formaction="javascript:alert(1)">c</button></form>',
    ];
    // Ten vectors an article: every one sanitised, in a reasonable time.
    let bodies = 0;
    for (let start = 0; start < payloads.length; start += 10) {
      const body = payloads.slice(start, start + 10).join('\n');
      const feed = feedWith([{ title: 'Bài', summary: 'Tóm tắt', link: 'https://baosonla.example.vn/bai.html', contentHtml: body }]);
      const { document, shadow } = parse(await render('bantin-article-card', { feed, variant: 'full' }), 'bantin-article-card');
      const where = `vectors ${start}–${start + 9}`;
      assert.equal(document.querySelectorAll('script').length, 1, `${where}: only the state script`);
      const content = shadow.querySelector('[part="content"]');
      if (!content) continue;
      bodies++;
      assert.equal(
        content.querySelectorAll('script, style, iframe, frame, object, embed, svg, math, form, input, button, template, base, meta, link').length,
        0,
        where,
      );
      for (const element of content.querySelectorAll('*')) {
        for (const { name, value } of element.attributes) {
          assert.ok(!/^on/i.test(name), `${where}: ${element.localName} ${name}`);
          if (URL_ATTRIBUTES.has(name)) assert.match(value, /^(?:https?:|mailto:)/, `${where}: ${name}=${value}`);
        }
      }
    }
    assert.ok(bodies > payloads.length / 20, `most articles keep a body (${bodies})`);
  });
});
