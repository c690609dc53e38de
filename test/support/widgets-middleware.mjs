// Fixture endpoints for the widget tests (test/components, test/internal):
//   /__widgets/feed/<key>?items=&from=&shift=&format=rss|atom&steps=&ids=&cats=&delay=<ms before answering>
//       a Vietnamese news feed; item i (from `from`) has id "<ids>-<i>" (ids default "tin"), is i hours
//       (+ shift minutes) older than 22/09/2025 08:30 (+07:00), has a category, author, summary,
//       content with a figure, and a thumbnail /__widgets/img/<i>.svg.
//       steps: comma list, one per request, the last one repeats:
//         ok | 404 | 500 | html (a web page, not a feed) | slow (answers after 20 s, or never) | drop (connection lost mid-answer)
//   /__widgets/xss/<key>?set=dompurify|h5sc&from=&count=   every field of every item is one corpus vector
//   /__widgets/img/<n>.svg   a 640×400 picture
//   /__widgets/count/<key>   { requests, aborted } seen for that feed key (aborted: a slow answer the client gave up on)
import { readFile } from 'node:fs/promises';
import { escapeXml, rfc822 } from './feed-text.mjs';
import { AUTHORS, BASE_TIME, CATEGORIES, HEADLINES } from './news-fixture.mjs';

const prefix = '/__widgets/';
const corpus = new URL('../fixtures/corpus/xss/', import.meta.url);
const MAX_WAIT_MS = 20_000;
const counters = new Map();

/** The fixture item i, as plain values (tests rebuild the same values to compare). */
function item(i, query) {
  const ids = String(query.ids ?? 'tin');
  const cats = query.cats ? String(query.cats).split(',') : CATEGORIES;
  const time = BASE_TIME - i * 3_600_000 - Number(query.shift ?? 0) * 60_000;
  return {
    id: `${ids}-${i}`,
    title: `${HEADLINES[i % HEADLINES.length]} (${i})`,
    link: `https://baosonla.example.vn/tin/${ids}-${i}.html`,
    category: cats[i % cats.length],
    author: AUTHORS[i % AUTHORS.length],
    summary: `Tóm tắt tin số ${i}: các ngành chức năng phối hợp triển khai kế hoạch, bảo đảm tiến độ và hiệu quả.`,
    image: `/__widgets/img/${i}.svg`,
    alt: `Ảnh minh họa tin số ${i}`,
    date: new Date(time),
  };
}

function content(it) {
  return `<p><strong>${escapeXml(it.summary)}</strong></p><figure><img src="${it.image}" alt="${escapeXml(it.alt)}" width="640" height="400"><figcaption>${escapeXml(it.alt)}</figcaption></figure><p>Nội dung chi tiết của tin số ${escapeXml(it.id)}.</p>`;
}

function newsFeed(query) {
  const count = Math.min(Math.max(Number(query.items ?? 8), 0), 500);
  const from = Number(query.from ?? 0);
  const items = Array.from({ length: count }, (_, n) => item(from + n, query));
  if (query.format === 'atom') {
    return [
      'application/atom+xml',
      `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Báo Sơn La – Atom</title><id>urn:baosonla:atom</id><updated>2025-09-22T01:30:00Z</updated>` +
        items
          .map(
            (it) =>
              `<entry><id>${it.id}</id><title>${escapeXml(it.title)}</title><link rel="alternate" href="${it.link}"/><link rel="enclosure" type="image/svg+xml" href="${it.image}"/>` +
              `<category term="${escapeXml(it.category)}"/><author><name>${escapeXml(it.author)}</name></author><published>${it.date.toISOString()}</published><updated>${it.date.toISOString()}</updated>` +
              `<summary>${escapeXml(it.summary)}</summary><content type="html">${escapeXml(content(it))}</content></entry>`,
          )
          .join('') +
        '</feed>',
    ];
  }
  return [
    'application/rss+xml; charset=utf-8',
    `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/"><channel>` +
      `<title>Báo Sơn La – Tin mới</title><link>https://baosonla.example.vn/</link><description>Tin tức mới nhất</description><language>vi</language>` +
      items
        .map(
          (it) =>
            `<item><title>${escapeXml(it.title)}</title><link>${it.link}</link><guid isPermaLink="false">${it.id}</guid><category>${escapeXml(it.category)}</category>` +
            `<dc:creator>${escapeXml(it.author)}</dc:creator><pubDate>${rfc822(it.date)}</pubDate><description>${escapeXml(it.summary)}</description>` +
            `<content:encoded>${escapeXml(content(it))}</content:encoded><media:thumbnail url="${it.image}" width="640" height="400"/></item>`,
        )
        .join('') +
      '</channel></rss>',
  ];
}

async function xssFeed(query) {
  const file = query.set === 'h5sc' ? 'h5sc-vectors.json' : 'dompurify-vectors.json';
  const vectors = JSON.parse(await readFile(new URL(file, corpus), 'utf8'));
  const from = Number(query.from ?? 0);
  const chosen = vectors.slice(from, from + Math.min(Number(query.count ?? vectors.length), 500));
  return [
    'application/rss+xml; charset=utf-8',
    `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>xss</title><link>https://baosonla.example.vn/</link>` +
      chosen
        .map((vector, n) => {
          const p = escapeXml(vector.payload);
          return (
            `<item><title>${p}</title><link>${p}</link><guid isPermaLink="false">xss-${from + n}</guid><category>${p}</category><dc:creator>${p}</dc:creator>` +
            `<pubDate>${rfc822(new Date(BASE_TIME - n * 60_000))}</pubDate><description>${p}</description><content:encoded>${p}</content:encoded><media:thumbnail url="${p}"/></item>`
          );
        })
        .join('') +
      '</channel></rss>',
  ];
}

function image(n) {
  const hue = (Number.parseInt(n, 10) * 47) % 360 || 0;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="400" viewBox="0 0 640 400"><rect width="640" height="400" fill="hsl(${hue} 45% 55%)"/></svg>`;
}

function counter(key) {
  if (!counters.has(key)) {
    if (counters.size > 10_000) counters.clear();
    counters.set(key, { requests: 0, aborted: 0 });
  }
  return counters.get(key);
}

// Written straight to the socket: the runner's own middleware would add cache headers, and a cached
// answer is not a request.
function send(ctx, status, type, body) {
  ctx.respond = false;
  ctx.res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  ctx.res.end(body);
}

/** Resolves after ms, or as soon as the client goes away (counted as aborted). */
function wait(ctx, ms, count) {
  return new Promise((resolve) => {
    const timer = setTimeout(
      () => {
        ctx.res.off('close', onClose);
        resolve();
      },
      Math.min(ms, MAX_WAIT_MS),
    );
    const onClose = () => {
      clearTimeout(timer);
      count.aborted++;
      resolve();
    };
    ctx.res.once('close', onClose);
  });
}

export async function widgetsMiddleware(ctx, next) {
  if (!ctx.path.startsWith(prefix)) return next();
  const [route, ...rest] = ctx.path.slice(prefix.length).split('/');
  let key;
  try {
    key = decodeURIComponent(rest.join('/'));
  } catch {
    return send(ctx, 400, 'text/plain', 'malformed path'); // e.g. an XSS vector resolved as an image URL
  }
  const query = ctx.query;

  if (route === 'count') return send(ctx, 200, 'application/json', JSON.stringify(counter(key)));
  if (route === 'img') return send(ctx, 200, 'image/svg+xml', image(key));
  if (route === 'xss') {
    counter(key).requests++;
    const [type, body] = await xssFeed(query);
    return send(ctx, 200, type, body);
  }
  if (route !== 'feed') return send(ctx, 404, 'text/plain', 'no such fixture');

  const count = counter(key);
  count.requests++;
  if (query.delay) await wait(ctx, Number(query.delay), count);
  if (ctx.res.destroyed) return;
  const steps = String(query.steps ?? 'ok').split(',');
  const step = steps[Math.min(count.requests, steps.length) - 1];
  switch (step) {
    case 'ok': {
      const [type, body] = newsFeed(query);
      return send(ctx, 200, type, body);
    }
    case 'html':
      return send(
        ctx,
        200,
        'text/html; charset=utf-8',
        '<!doctype html><html lang="vi"><head><title>Trang chủ</title></head><body><h1>Xin chào</h1></body></html>',
      );
    case 'slow': {
      await wait(ctx, MAX_WAIT_MS, count);
      if (ctx.res.destroyed || ctx.res.writableEnded) return;
      const [type, body] = newsFeed(query);
      return send(ctx, 200, type, body);
    }
    case 'drop': {
      // The connection breaks mid-answer, as when going offline. (Reset before any answer would not do:
      // Chromium silently retries a GET whose reused connection was closed.)
      ctx.respond = false;
      ctx.res.writeHead(200, { 'Content-Type': 'application/rss+xml', 'Content-Length': '100000', 'Cache-Control': 'no-store' });
      ctx.res.write('<?xml version="1.0"?><rss version="2.0"><channel><title>cut');
      setTimeout(() => ctx.req.socket.destroy(), 20);
      return;
    }
    default: {
      const status = Number(step);
      return send(ctx, status >= 400 && status < 600 ? status : 500, 'text/plain', `fixture status ${step}`);
    }
  }
}
