// Server-rendered pages for the browser tests (bantin/ssr from the sources, compiled by tsx in this Node process):
//   /ssr/<tag>?<attributes>[&js=1][&nonce=…]   a page with the widget rendered on the server from the demo's feeds
//                                              (feed=/api/feeds/<name> reads demo/feeds/<name>.rss); js=1 adds
//                                              bantin.js (the sources), so the widget hydrates
//   /ssr/requests                              the /api/ requests the test server answered since the last call (JSON)
// Comment boxes get a fixed first page of two approved comments (SSR_COMMENTS).
import { readFile } from 'node:fs/promises';
import { tsImport } from 'tsx/esm/api';

const demo = new URL('../../demo/', import.meta.url);
// Imported once: each import would define the widgets again.
let ssrModule;
let coreModule;
const ssr = () => (ssrModule ??= tsImport('../../src/ssr/index.ts', import.meta.url));
const core = () => (coreModule ??= tsImport('../../src/core/index.ts', import.meta.url));

export const SSR_COMMENTS = {
  comments: [
    {
      id: 'c1',
      thread: 'bai-1',
      parentId: null,
      author: 'Lò Văn Minh',
      body: 'Bản tin rất hữu ích, cảm ơn toà soạn.',
      createdAt: '2026-12-01T02:00:00.000Z',
      status: 'approved',
    },
    {
      id: 'c2',
      thread: 'bai-1',
      parentId: 'c1',
      author: 'Cầm Thị Hoa',
      body: 'Đồng ý với anh Minh.',
      createdAt: '2026-12-01T03:00:00.000Z',
      status: 'approved',
    },
  ],
  next: null,
  count: 2,
};

let apiRequests = [];

async function demoFeed(url) {
  const name = /\/api\/feeds\/([a-z0-9-]+)$/.exec(url)?.[1];
  if (!name) throw new Error(`the SSR test pages read only /api/feeds/<name>, not ${url}`);
  const { parseFeed } = await core();
  return parseFeed(await readFile(new URL(`feeds/${name}.rss`, demo), 'utf8'), { url: `http://localhost/api/feeds/${name}` });
}

export async function ssrMiddleware(ctx, next) {
  if (ctx.path.startsWith('/api/')) apiRequests.push(ctx.path);
  if (ctx.path === '/ssr/requests') {
    ctx.body = apiRequests;
    apiRequests = [];
    return;
  }
  const tag = /^\/ssr\/(bantin-[a-z-]+)$/.exec(ctx.path)?.[1];
  if (!tag) return next();
  const attributes = Object.fromEntries(new URLSearchParams(ctx.querystring));
  const { js, nonce } = attributes;
  delete attributes.js;
  delete attributes.nonce;
  const { renderWidget } = await ssr();
  const widget = await renderWidget(tag, attributes, { loadFeed: demoFeed, comments: SSR_COMMENTS, nonce });
  const script = js ? '<script type="module" src="/src/index.ts"></script>' : '';
  ctx.type = 'text/html; charset=utf-8';
  ctx.body = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>SSR</title>${script}</head><body>${widget}</body></html>`;
}
