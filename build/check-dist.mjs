// Checks the built bundles in real Chromium: every way to load bantin (dist/bantin.js, the per-widget entries,
// dist/bantin.iife.js) renders the demo feeds exactly as the sources do (an unminified esbuild bundle of
// src/index.ts): the same text, the same shadow DOM, the same heights, one request per feed, no errors. The
// same widgets rendered on the server by dist/ssr.js hydrate with dist/bantin.js and with the iife into that
// same DOM, with no request for a feed or the comments.
// Run after `npm run build`:  node build/check-dist.mjs
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, requireChromium } from './chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const types = { '.js': 'text/javascript', '.rss': 'application/rss+xml', '.svg': 'image/svg+xml', '.html': 'text/html' };

const widgetList = [
  ['bantin-latest-news', { feed: '/feeds/tin-moi.rss', limit: '3' }],
  ['bantin-latest-news', { feed: '/feeds/tin-moi.rss', layout: 'grid', limit: '2', hide: 'summary' }],
  ['bantin-latest-news', { feed: '/feeds/tin-moi.rss', layout: 'ticker', lang: 'en', heading: 'Headlines' }],
  ['bantin-latest-news', { feed: '/feeds/missing.rss', theme: 'dark' }],
  ['bantin-article-card', { feed: '/feeds/tin-moi.rss', variant: 'full', 'heading-level': '1' }],
  ['bantin-article-card', { feed: '/feeds/tin-moi.rss', item: '1', variant: 'compact', lang: 'en' }],
  ['bantin-weather-bulletin', { feed: '/feeds/thoi-tiet.rss' }],
  ['bantin-comment-box', { thread: 'bai-1', endpoint: '/api' }],
];
const attributeText = (attributes) =>
  Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${value}"`)
    .join('');
const widgets = widgetList.map(([tag, attributes]) => `\n  <${tag}${attributeText(attributes)}></${tag}>`).join('');

// A page whose old plugins added enumerable properties to the built-in prototypes (a number, a function that a
// careless copy would take for a getter), before bantin loads: the bundles must not depend on clean prototypes.
const pollute = `<script>
  Object.prototype.foo = 1;
  Object.prototype.bar = function () { return 'polluted'; };
  Array.prototype.foo = 1;
</script>`;

const scripts = {
  source: '<script type="module" src="/source/bantin.js"></script>',
  bundle: '<script type="module" src="/dist/bantin.js"></script>',
  entries: ['latest-news', 'article-card', 'weather-bulletin', 'comment-box']
    .map((name) => `<script type="module" src="/dist/${name}.js"></script>`)
    .join(''),
  iife: '<script src="/dist/bantin.iife.js"></script>',
  // The registry and a widget entry on one page: one build, so one copy of every module and one feed request.
  mixed: '<script type="module" src="/dist/bantin.js"></script><script type="module" src="/dist/latest-news.js"></script>',
  'polluted-bundle': `${pollute}<script type="module" src="/dist/bantin.js"></script>`,
  'polluted-iife': `${pollute}<script src="/dist/bantin.iife.js"></script>`,
  // Rendered by dist/ssr.js, then hydrated.
  'ssr-bundle': '<script type="module" src="/dist/bantin.js"></script>',
  'ssr-iife': '<script src="/dist/bantin.iife.js"></script>',
};
const serverRendered = (kind) => kind.startsWith('ssr-');

const comments = {
  comments: [
    { id: 'c1', thread: 'bai-1', parentId: null, author: 'Lan', body: 'Bài viết rất hay.', createdAt: '2025-09-22T01:30:00Z', status: 'approved' },
  ],
  next: null,
};

// bantin.js loads a widget's code only where its tag appears: pages with one kind of widget, one added late.
// As the widget server answers: JSON Feed 1.1 with its _bantin extension, read without the full feed reader.
const jsonFeed = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Tin mới',
  items: [{ id: 'a', title: 'Một tin', url: '/a', summary: 'Tóm tắt', content_text: 'Tóm tắt' }],
  _bantin: { format: 'rss' },
};
const registry = '<script type="module" src="/dist/bantin.js"></script>';
const lazyPages = {
  'news-rss': `${registry}<bantin-latest-news feed="/feeds/tin-moi.rss" limit="3"></bantin-latest-news>`,
  'news-json': `${registry}<bantin-latest-news feed="/feeds/tin-moi.json" limit="1"></bantin-latest-news>`,
  'added-later': `${registry}<script type="module">
    setTimeout(() => document.body.append(Object.assign(document.createElement('bantin-latest-news'), { feed: '/feeds/tin-moi.json' })), 300);
  </script>`,
};
/** The lazy chunk with parseFeed (RSS, Atom, RDF, any JSON Feed). */
const FEED_READER = /\/chunks\/feed-reader-/;
const lazyExpect = {
  'news-rss': {
    loads: [/latest-news\.js/, FEED_READER],
    skips: [/weather-bulletin\.js/, /comment-box\.js/, /comment-count\.js/, /article-card\.js/, /purify/, /parse-bulletin/],
  },
  'news-json': {
    loads: [/latest-news\.js/],
    skips: [FEED_READER, /weather-bulletin\.js/, /comment-box\.js/, /comment-count\.js/, /article-card\.js/, /purify/],
  },
  'added-later': {
    loads: [/latest-news\.js/],
    skips: [FEED_READER, /weather-bulletin\.js/, /comment-box\.js/, /comment-count\.js/, /article-card\.js/],
  },
};

// The reference: the sources bundled as written (templates not minified), into memory.
const source = await build({
  entryPoints: { bantin: path.join(root, 'src/index.ts') },
  bundle: true,
  format: 'esm',
  splitting: true,
  outdir: '/source',
  write: false,
  conditions: ['production'],
  tsconfig: path.join(root, 'tsconfig.json'),
});
const sourceFiles = new Map(source.outputFiles.map((file) => [file.path, file.contents]));

const { renderWidget } = await import(path.join(root, 'dist/ssr.js'));
const { parseFeed } = await import(path.join(root, 'dist/core.js'));

/** The widgets rendered by dist/ssr.js, from the files the browser would fetch; one it cannot render is left to the browser. */
async function renderedWidgets(origin) {
  const loadFeed = async (url) =>
    parseFeed(await readFile(path.join(root, 'demo', new URL(url, origin).pathname), 'utf8'), { url: new URL(url, origin).href });
  const html = await Promise.all(
    widgetList.map(([tag, attributes]) =>
      renderWidget(tag, attributes, { loadFeed, comments, baseUrl: `${origin}/page/` }).catch(() => `<${tag}${attributeText(attributes)}></${tag}>`),
    ),
  );
  return html.map((widget) => `\n  ${widget}`).join('');
}

const requests = new Map();
const server = createServer(async (request, response) => {
  const url = new URL(request.url, 'http://localhost');
  requests.set(url.pathname, (requests.get(url.pathname) ?? 0) + 1);
  const send = (status, body, type = 'text/plain') => {
    response.writeHead(status, { 'content-type': type });
    response.end(body);
  };
  try {
    if (url.pathname.startsWith('/page/')) {
      const kind = url.pathname.slice('/page/'.length);
      const body = serverRendered(kind) ? await renderedWidgets(origin) : widgets;
      return send(200, `<!doctype html><html lang="vi"><meta charset="utf-8"><body>${scripts[kind]}${body}</body></html>`, types['.html']);
    }
    if (url.pathname.startsWith('/lazy/')) return send(200, lazyPages[url.pathname.slice('/lazy/'.length)], types['.html']);
    if (url.pathname === '/feeds/tin-moi.json') return send(200, JSON.stringify(jsonFeed), 'application/feed+json');
    if (url.pathname === '/api/threads/bai-1/comments') return send(200, JSON.stringify(comments), 'application/json');
    if (url.pathname === '/api/threads/bai-1/count') return send(200, JSON.stringify({ count: 1 }), 'application/json');
    if (url.pathname.startsWith('/source/')) {
      const body = sourceFiles.get(url.pathname);
      return body ? send(200, body, types['.js']) : send(404, 'not found');
    }
    const file = url.pathname.startsWith('/dist/')
      ? path.join(root, url.pathname)
      : url.pathname.startsWith('/feeds/') || url.pathname.startsWith('/img/')
        ? path.join(root, 'demo', url.pathname)
        : undefined;
    if (!file || !file.startsWith(root) || file.includes('..')) return send(404, 'not found');
    send(200, await readFile(file), types[path.extname(file)] ?? 'application/octet-stream');
  } catch {
    send(404, 'not found');
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

/**
 * Every widget's shadow DOM as data: tags, attributes, text (whitespace collapsed), the computed style that
 * minified CSS could change, rendered text, height.
 */
function snapshot() {
  const styled = [
    'display',
    'position',
    'color',
    'background-color',
    'font-size',
    'font-weight',
    'line-height',
    'margin',
    'padding',
    'border',
    'border-radius',
    'width',
    'height',
    'grid-template-columns',
    'gap',
    'overflow',
    'white-space',
    'text-transform',
    '-webkit-line-clamp',
    'animation-name',
  ];
  const describe = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return node.nodeValue.replace(/\s+/g, ' ').trim() || null;
    if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return null;
    // Lit SSR writes an input's .value binding as its value attribute (the field's default): not a difference.
    const attributes = node.attributes
      ? [...node.attributes]
          .filter((a) => !(a.name === 'value' && node.localName === 'input'))
          .map((a) => `${a.name}=${a.value}`)
          .sort()
      : [];
    // A server-rendered shadow root keeps its styles in a <style>; a client-rendered one adopts them.
    const children = [...node.childNodes]
      .filter((child) => child.localName !== 'style')
      .map(describe)
      .filter((child) => child !== null);
    const computed = node.nodeType === Node.ELEMENT_NODE ? getComputedStyle(node) : undefined;
    const style = computed ? styled.map((name) => computed.getPropertyValue(name)).join(';') : '';
    return { tag: node.localName ?? '#shadow', attributes, style, children };
  };
  return [...document.querySelectorAll('body > *')]
    .filter((element) => element.localName.startsWith('bantin-'))
    .map((element) => ({
      tag: element.localName,
      defined: Boolean(customElements.get(element.localName)),
      height: Math.round(element.getBoundingClientRect().height),
      text: element.shadowRoot?.querySelector('[part~="base"], section, article, form')?.innerText ?? '',
      dom: element.shadowRoot ? describe(element.shadowRoot) : null,
    }));
}

const failures = [];
const check = (condition, message) => {
  if (!condition) failures.push(message);
};

const browser = await chromium.launch({
  executablePath: requireChromium(),
  args: CHROMIUM_ARGS,
});
const results = {};
try {
  for (const kind of Object.keys(scripts)) {
    requests.clear();
    const context = await browser.newContext({ reducedMotion: 'reduce', viewport: { width: 900, height: 3000 }, timezoneId: 'UTC' });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => /error|warn/.test(message.type()) && !/404/.test(message.text()) && errors.push(message.text()));
    await page.goto(`${origin}/page/${kind}`);
    // Loaded: every list has items, the full card its sanitized content, the weather card its facts, the comment.
    const loaded = () => {
      const root = (selector, index = 0) => document.querySelectorAll(selector)[index]?.shadowRoot;
      return [
        root('bantin-latest-news')?.querySelectorAll('[part~="item"]').length === 3,
        Boolean(root('bantin-latest-news', 3)?.querySelector('[part~="status"] button')),
        Boolean(root('bantin-article-card')?.querySelector('[part~="content"] p')),
        Boolean(root('bantin-weather-bulletin')?.querySelector('[part~="facts"]')),
        Boolean(root('bantin-comment-box')?.textContent.includes('Bài viết rất hay.')),
      ];
    };
    try {
      await page.waitForFunction(`(${loaded})().every(Boolean)`, undefined, { timeout: 15000 });
    } catch {
      failures.push(`${kind}: the widgets did not load (${await page.evaluate(`(${loaded})()`)}; ${errors.join(' | ')})`);
      await context.close();
      continue;
    }
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    results[kind] = await page.evaluate(snapshot);
    check(errors.length === 0, `${kind}: errors in the page: ${errors.join(' | ')}`);
    check(
      results[kind].every((widget) => widget.defined),
      `${kind}: a widget is not defined`,
    );
    if (serverRendered(kind)) {
      const asked = ['/feeds/tin-moi.rss', '/feeds/thoi-tiet.rss', '/api/threads/bai-1/comments'].filter((p) => requests.has(p));
      check(asked.length === 0, `${kind}: hydrating asked again for ${asked.join(', ')}`);
      check(
        await page.evaluate(() => [...document.querySelectorAll('body > *')].filter((el) => el.shadowRoot?.querySelector('style')).length === 7),
        `${kind}: seven widgets kept their server-rendered shadow roots (the eighth, a failing feed, is rendered in the browser)`,
      );
    } else
      check(requests.get('/feeds/tin-moi.rss') === 1, `${kind}: tin-moi.rss was requested ${requests.get('/feeds/tin-moi.rss')} times, not once`);
    const fetchedTwice = [...requests].filter(([p, count]) => p.startsWith('/dist/') && count > 1);
    check(fetchedTwice.length === 0, `${kind}: fetched more than once: ${fetchedTwice.map(([p]) => p).join(', ')}`);
    if (!['source', 'iife', 'polluted-iife'].includes(kind) && !serverRendered(kind)) {
      check(
        [...requests.keys()].some((p) => /\/dist\/chunks\/purify[^/]*\.js$/.test(p)),
        `${kind}: DOMPurify was not loaded as its own chunk`,
      );
    }
    await context.close();
  }
  for (const [name, expected] of Object.entries(lazyExpect)) {
    requests.clear();
    const context = await browser.newContext({ viewport: { width: 900, height: 1200 } });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`${origin}/lazy/${name}`);
    try {
      await page.waitForFunction(() => document.querySelector('bantin-latest-news')?.shadowRoot?.querySelector('[part~="item"]'), undefined, {
        timeout: 15000,
      });
    } catch {
      failures.push(`lazy ${name}: the news list did not load (${errors.join(' | ')})`);
    }
    const fetched = [...requests.keys()].filter((p) => p.startsWith('/dist/'));
    for (const part of expected.loads)
      check(
        fetched.some((p) => part.test(p)),
        `lazy ${name}: ${part} was not loaded (${fetched.join(', ')})`,
      );
    for (const part of expected.skips) check(!fetched.some((p) => part.test(p)), `lazy ${name}: ${part} was loaded, but the page does not need it`);
    check(errors.length === 0, `lazy ${name}: errors in the page: ${errors.join(' | ')}`);
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}

const reference = JSON.stringify(results.source, null, 1);
for (const kind of Object.keys(scripts).filter((kind) => kind !== 'source')) {
  if (!results[kind]) continue; // did not load: a failure already
  const got = JSON.stringify(results[kind], null, 1);
  if (got === reference) continue;
  const a = reference.split('\n');
  const b = got.split('\n');
  const line = a.findIndex((text, index) => text !== b[index]);
  failures.push(
    `${kind}: renders differently from the sources, at line ${line}:\n  source: ${a.slice(line - 12, line + 8).join('\n  ')}\n  ${kind}: ${b.slice(line - 12, line + 8).join('\n  ')}`,
  );
}

for (const widget of results.source)
  console.log(`${widget.tag.padEnd(24)} ${String(widget.height).padStart(5)} px  ${widget.text.replace(/\s+/g, ' ').slice(0, 70)}`);
if (failures.length > 0) {
  console.error(`\n${failures.length} problem(s):\n${failures.join('\n')}`);
  process.exit(1);
}
console.log(
  `\ndist matches the sources: ${Object.keys(scripts).length} ways of loading, ${results.source.length} widgets each; ${Object.keys(lazyPages).length} pages load only the widgets they show`,
);
