// Fixture endpoints for test/core/load (loadFeed against a real HTTP server):
//   /__load/feed/<any name>?key=&body=&type=&status=&okTimes=&delay=&bodyDelay=&drop=&items=
//   /__load/proxy?url=<encoded feed URL>&key=   answers a feed whose title is the URL it was asked for
//   /__load/count?key=                           { requests, aborted, preflights } seen for that key
//   any fixture with cors=1 allows every origin (Access-Control-Allow-Origin: *)
//   /__load/closed-port                          { port } of a port nobody listens on
// Legacy-charset bodies are written as known byte sequences (Node can decode them, not encode them).
import { createServer } from 'node:net';
import { readFile } from 'node:fs/promises';

const corpusInput = new URL('../fixtures/corpus/rss-parser/input/', import.meta.url);
const prefix = '/__load/';
const MAX_WAIT_MS = 30_000;
const counters = new Map();

const ascii = (text) => Buffer.from(text, 'latin1');
const hex = (bytes) => Buffer.from(bytes.replaceAll(' ', ''), 'hex');

function rss(declaration, title, itemTitle) {
  return Buffer.concat([
    ascii(`${declaration}\n<rss version="2.0"><channel><title>`),
    title,
    ascii('</title><link>https://example.vn/</link><description>d</description><item><title>'),
    itemTitle,
    ascii('</title><link>https://example.vn/a</link><guid>a1</guid></item></channel></rss>'),
  ]);
}

const VIET_NAM_1258 = hex('56 69 ea f2 74 20 4e 61 6d'); // "Việt Nam" (ệ = ê + combining dot below)
const THOI_TIET_1258 = hex('54 68 f5 cc 69 20 74 69 ea ec 74 3a 20 6d fd 61 20 6c f5 ec 6e'); // "Thời tiết: mưa lớn"
const UTF8 = (text) => Buffer.from(text, 'utf8');

/** name → [content-type, body bytes] */
const bodies = {
  'vi-1258-http': () => ['application/rss+xml; charset=windows-1258', rss('<?xml version="1.0"?>', VIET_NAM_1258, THOI_TIET_1258)],
  'vi-1258-declaration': () => ['application/xml', rss('<?xml version="1.0" encoding="windows-1258"?>', VIET_NAM_1258, THOI_TIET_1258)],
  // The header is wrong; the BOM is not.
  'bom-utf8': () => [
    'text/xml; charset=iso-8859-1',
    Buffer.concat([hex('ef bb bf'), rss('<?xml version="1.0"?>', UTF8('Việt Nam'), UTF8('Thời tiết: mưa lớn'))]),
  ],
  latin1: () => [
    'text/xml; charset=ISO-8859-1',
    rss('<?xml version="1.0"?>', hex('4e 6f 74 ed 63 69 61 73'), hex('da 6c 74 69 6d 61')), // "Notícias", "Última"
  ],
  gb2312: () => [
    'text/xml',
    rss('<?xml version="1.0" encoding="gb2312"?>', hex('d0 c2 ce c5'), hex('d6 d0 ce c4 d7 ca d1 b6')), // "新闻", "中文资讯"
  ],
  'unknown-label': () => ['text/xml', rss('<?xml version="1.0" encoding="x-no-such-charset"?>', UTF8('Việt Nam'), UTF8('Thời tiết: mưa lớn'))],
  'corpus-encoding': async () => ['application/xml', await readFile(new URL('encoding.rss', corpusInput))],
  json: () => [
    'application/octet-stream',
    UTF8(
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'JSON tin',
        items: [{ id: 'j1', title: 'Một', url: 'https://example.vn/j1' }],
      }),
    ),
  ],
  'rss-as-json': () => ['application/json', rss('<?xml version="1.0"?>', UTF8('RSS tin'), UTF8('Hai'))],
  relative: () => [
    'application/rss+xml',
    UTF8('<rss version="2.0"><channel><title>r</title><item><title>t</title><link>tin/1.html</link></item></channel></rss>'),
  ],
  html: () => ['text/html; charset=utf-8', UTF8('<!doctype html><html><head><title>Trang chủ</title></head><body>Xin chào</body></html>')],
  // Title carries the request number, so a test can tell a refetch from a cached copy.
  plain: (query, count) => ['application/rss+xml', rss('<?xml version="1.0"?>', UTF8(`plain #${count}`), UTF8('Một'))],
  big: (query, count) => {
    const items = Math.min(Number(query.items) || 100, 5000);
    const lead = 'Tin tức tỉnh Sơn La: mưa lớn, lũ quét và sạt lở đất. '.repeat(16);
    const parts = [`<?xml version="1.0"?><rss version="2.0"><channel><title>big ${query.key} #${count}</title>`];
    for (let i = 0; i < items; i++) {
      parts.push(`<item><title>Bài ${i}</title><guid>b${i}</guid><description>${lead}</description></item>`);
    }
    parts.push('</channel></rss>');
    return ['application/rss+xml', UTF8(parts.join(''))];
  },
};

function counter(key) {
  if (!counters.has(key)) {
    if (counters.size > 10_000) counters.clear();
    counters.set(key, { requests: 0, aborted: 0, preflights: 0 });
  }
  return counters.get(key);
}

/** Resolves after `ms`, or early with false when the client goes away (counted as aborted). */
function wait(ctx, ms, count) {
  return new Promise((resolve) => {
    const timer = setTimeout(
      () => {
        ctx.res.off('close', onClose);
        resolve(true);
      },
      Math.min(ms, MAX_WAIT_MS),
    );
    const onClose = () => {
      clearTimeout(timer);
      count.aborted++;
      resolve(false);
    };
    ctx.res.once('close', onClose);
  });
}

// Answers are written straight to the socket: the test runner's own middleware would otherwise mark
// every path with an extension (feed.rss) cacheable for a year, and a cached answer is not a request.
function send(ctx, status, type, body) {
  ctx.respond = false;
  ctx.res.writeHead(status, headers(ctx, type));
  ctx.res.end(body);
}

function headers(ctx, type) {
  const cors = ctx.query.cors ? { 'Access-Control-Allow-Origin': '*' } : {};
  return { 'Content-Type': type, 'Cache-Control': 'no-store', ...cors };
}

const json = (ctx, value) => send(ctx, 200, 'application/json', JSON.stringify(value));

export async function loadMiddleware(ctx, next) {
  if (!ctx.path.startsWith(prefix)) return next();
  const route = ctx.path.slice(prefix.length);
  const query = ctx.query;
  const key = String(query.key ?? '');

  if (route === 'count') return json(ctx, counter(key));
  if (route === 'closed-port') return json(ctx, { port: await closedPort() });

  const count = counter(key);
  // A CORS preflight is counted and refused: a plain GET of a feed must never need one.
  if (ctx.method === 'OPTIONS') {
    count.preflights++;
    return send(ctx, 405, 'text/plain', 'no preflight here');
  }
  count.requests++;

  if (route === 'proxy') {
    const echo = (text) => UTF8(text.replaceAll('&', '&amp;').replaceAll('<', '&lt;'));
    return send(ctx, 200, 'application/rss+xml', rss('<?xml version="1.0"?>', echo(String(query.url ?? '')), echo(ctx.querystring)));
  }
  if (!route.startsWith('feed')) return send(ctx, 404, 'text/plain', 'no such fixture');
  if (query.delay && !(await wait(ctx, Number(query.delay), count))) return;
  if (query.drop) {
    ctx.respond = false;
    ctx.req.socket.destroy();
    return;
  }
  const okTimes = query.okTimes === undefined ? Infinity : Number(query.okTimes);
  const status = query.status ? Number(query.status) : count.requests > okTimes ? 500 : 200;
  if (status !== 200) return send(ctx, status, 'text/plain', `fixture status ${status}`);
  const make = bodies[String(query.body ?? 'plain')];
  if (!make) return send(ctx, 400, 'text/plain', `unknown fixture body ${query.body}`);
  const [type, body] = await make(query, count.requests);
  if (!query.bodyDelay) return send(ctx, 200, String(query.type ?? type), body);
  // Headers and the first half now, the rest later (or never, when the client gives up first).
  ctx.respond = false;
  ctx.res.writeHead(200, headers(ctx, type));
  ctx.res.write(body.subarray(0, body.length >> 1));
  if (await wait(ctx, Number(query.bodyDelay), count)) ctx.res.end(body.subarray(body.length >> 1));
}

function closedPort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}
