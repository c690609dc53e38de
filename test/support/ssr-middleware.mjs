// Server-rendered pages for the browser tests (bantin/ssr from the sources, compiled by tsx in this Node process):
//   /ssr/<tag>?<attributes>[&js=1][&nonce=…]   a page with the widget rendered on the server from the demo's feeds
//                                              (feed=/api/feeds/<name> reads demo/feeds/<name>.rss; any other feed
//                                              URL is asked of this test server, e.g. /__weather/feed/…); js=1
//                                              adds bantin.js (the sources), so the widget hydrates
// Comment boxes get a fixed first page of two approved comments (SSR_COMMENTS), unless `comments=server`: then the
// page is asked of the box's endpoint, made absolute on this test server (test/support/comments-middleware.mjs).
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

/** Feeds for the server renderer: the demo's files, and anything else from this test server (`origin`). */
function feedLoader(origin) {
  return async (url) => {
    const { parseFeed } = await core();
    const name = /^\/api\/feeds\/([a-z0-9-]+)$/.exec(url)?.[1];
    if (name) return parseFeed(await readFile(new URL(`feeds/${name}.rss`, demo), 'utf8'), { url: `http://localhost/api/feeds/${name}` });
    const absolute = new URL(url, origin);
    const response = await fetch(absolute);
    if (!response.ok) throw new Error(`the SSR test page could not load ${url}: ${response.status}`);
    return parseFeed(await response.text(), { url: absolute.href });
  };
}

export async function ssrMiddleware(ctx, next) {
  const tag = /^\/ssr\/(bantin-[a-z-]+)$/.exec(ctx.path)?.[1];
  if (!tag) return next();
  const attributes = Object.fromEntries(new URLSearchParams(ctx.querystring));
  const { js, nonce, comments } = attributes;
  delete attributes.js;
  delete attributes.nonce;
  delete attributes.comments;
  if (comments === 'server' && attributes.endpoint) attributes.endpoint = new URL(attributes.endpoint, ctx.origin).href;
  const { renderWidget } = await ssr();
  const widget = await renderWidget(tag, attributes, {
    loadFeed: feedLoader(ctx.origin),
    comments: comments === 'server' ? undefined : SSR_COMMENTS,
    nonce,
  });
  const script = js ? '<script type="module" src="/src/index.ts"></script>' : '';
  ctx.type = 'text/html; charset=utf-8';
  ctx.body = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>SSR</title>${script}</head><body>${widget}</body></html>`;
}
