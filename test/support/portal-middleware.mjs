// The demo portal's URLs on the test server, so that demo/index.html and pages made of the builder's code can be
// loaded as they are (test/demo/portal-layout-shift.test.ts, test/docs/builder-layout-shift.test.ts):
//   /bantin/bantin.js               after SCRIPT_DELAY_MS, a redirect to the source entry /src/index.ts (the lazy
//                                   registry; the esbuild plugin compiles it): the widgets are defined late, as
//                                   on a page whose script arrives after the HTML
//   /api/feeds/<name>               demo/feeds/<name>.rss (the widgets read RSS as well as the server's JSON Feed)
//   /api/config                     the comments server's rules (the server's defaults)
//   /api/threads/<thread>/comments  an empty thread; /count: 0
//   /img/<file>                     demo/img/<file> (the sample feeds' pictures)
// Feeds and comments answer after ANSWER_DELAY_MS, so the widgets' skeletons are painted first.
import { readFile } from 'node:fs/promises';

const demo = new URL('../../demo/', import.meta.url);
const SCRIPT_DELAY_MS = 400;
const ANSWER_DELAY_MS = 300;
const CONFIG = {
  comments: { minLength: 5, maxLength: 500, authorMaxLength: 80, emailMaxLength: 254, pageSize: 50, maxPageSize: 100, moderation: 'pre' },
};

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function send(ctx, status, type, body) {
  ctx.respond = false;
  ctx.res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  ctx.res.end(body);
}

async function sendFile(ctx, url, type) {
  let body;
  try {
    body = await readFile(url);
  } catch {
    return send(ctx, 404, 'text/plain', 'no such file');
  }
  return send(ctx, 200, type, body);
}

export async function portalMiddleware(ctx, next) {
  const path = ctx.path;
  if (path === '/bantin/bantin.js') {
    await sleep(SCRIPT_DELAY_MS);
    ctx.respond = false;
    ctx.res.writeHead(302, { Location: '/src/index.ts', 'Cache-Control': 'no-store' });
    return ctx.res.end();
  }
  const image = /^\/img\/([\w-]+\.svg)$/.exec(path);
  if (image) return sendFile(ctx, new URL(`img/${image[1]}`, demo), 'image/svg+xml');
  if (!path.startsWith('/api/')) return next();
  await sleep(ANSWER_DELAY_MS);
  const feed = /^\/api\/feeds\/([a-z0-9-]+)$/.exec(path);
  if (feed) return sendFile(ctx, new URL(`feeds/${feed[1]}.rss`, demo), 'application/rss+xml; charset=utf-8');
  if (path === '/api/config') return send(ctx, 200, 'application/json', JSON.stringify(CONFIG));
  if (/^\/api\/threads\/[^/]+\/comments$/.test(path) && ctx.method === 'GET') {
    return send(ctx, 200, 'application/json', JSON.stringify({ comments: [], next: null, count: 0 }));
  }
  if (/^\/api\/threads\/[^/]+\/count$/.test(path)) return send(ctx, 200, 'application/json', JSON.stringify({ count: 0 }));
  return send(ctx, 404, 'application/json', JSON.stringify({ error: { code: 'not-found', message: `Nothing at ${ctx.method} ${path}` } }));
}
