// What real pages download and how still they stand: the widget server with the demo's feeds and the built
// bundles, four pages opened in Chromium. For each page: every JS file fetched (gzip -9 of its body, summed),
// the number of JS files and of requests, next to the goals; then the demo portal's cumulative layout shift.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, requireChromium } from '../build/chromium.mjs';
import { createApp } from '../server/src/app.js';
import { parseConfig } from '../server/src/config.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const isPurify = (url: string) => /\/purify[^/]*\.js$/.test(url);

const listPage = (feed: string) => `<!doctype html><html lang="vi"><meta charset="utf-8"><title>bench</title>
<script type="module" src="/bantin/bantin.js"></script>
<bantin-latest-news feed="${feed}" limit="5"></bantin-latest-news>`;

interface PageCase {
  name: string;
  path: string;
  goal: number;
  /** The goal leaves DOMPurify out (it loads only where feed HTML is shown). */
  withoutPurify?: boolean;
}

const pages: PageCase[] = [
  { name: 'one news list on an RSS feed', path: '/bench/list-rss.html', goal: 24 * 1024 },
  { name: 'one news list on the server JSON Feed', path: '/bench/list-json.html', goal: 18 * 1024 },
  { name: 'demo portal (server-rendered, hydrating), DOMPurify not counted', path: '/', goal: 45 * 1024, withoutPurify: true },
  { name: 'demo portal (server-rendered, hydrating), all of it', path: '/', goal: 0 },
  { name: 'demo portal rendered in the browser, DOMPurify not counted', path: '/bench/portal-client.html', goal: 45 * 1024, withoutPurify: true },
  { name: 'demo portal rendered in the browser, with the article HTML (all of it)', path: '/bench/portal-client.html', goal: 0 },
];

async function measure(browser: Browser, origin: string, page: PageCase) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const tab = await context.newPage();
  const scripts = new Map<string, Promise<number>>();
  let requests = 0;
  tab.on('request', () => requests++);
  tab.on('response', (response) => {
    const url = response.url();
    if (!url.endsWith('.js') || (page.withoutPurify && isPurify(url))) return;
    scripts.set(
      url,
      response.body().then((body) => gzipSync(body, { level: 9 }).length),
    );
  });
  await tab.goto(origin + page.path, { waitUntil: 'networkidle' });
  const sizes = await Promise.all(scripts.values());
  await context.close();
  if (process.env.BENCH_PAGE_FILES) {
    [...scripts.keys()].forEach((url, i) => console.log(`    ${kB(sizes[i]!)}  ${new URL(url).pathname}`));
  }
  return { bytes: sizes.reduce((a, b) => a + b, 0), files: sizes.length, requests };
}

/** The demo portal's CLS at one width: every layout-shift entry without recent input, until the network is idle. */
async function portalShift(browser: Browser, origin: string, width: number, page: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const tab = await context.newPage();
  await tab.addInitScript(() => {
    const w = window as unknown as { __cls: number };
    w.__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
        if (!entry.hadRecentInput) w.__cls += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await tab.goto(origin + page, { waitUntil: 'networkidle' });
  await tab.waitForTimeout(1000);
  const cls = await tab.evaluate(() => (window as unknown as { __cls: number }).__cls);
  await context.close();
  return cls;
}

export async function run(): Promise<void> {
  if (!existsSync(path.join(root, 'dist/bantin.js')) || process.env.BENCH_REBUILD) {
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
  }
  const dataDir = mkdtempSync(path.join(tmpdir(), 'bantin-bench-pages-'));
  const config = parseConfig(
    {
      host: '127.0.0.1',
      port: 0,
      dataDir,
      staticDir: 'demo',
      renderPages: ['index.html'],
      bundleDir: 'dist',
      moderation: 'pre',
      corsOrigins: ['*'],
      feeds: {
        'tin-moi': { url: 'demo/feeds/tin-moi.rss', ttlSeconds: 3600 },
        'thoi-tiet': { url: 'demo/feeds/thoi-tiet.rss', ttlSeconds: 3600, bulletins: true },
      },
    },
    root,
    {},
  );
  const app = await createApp({ config, logger: false });
  app.get('/bench/list-rss.html', (_, reply) => reply.type('text/html').send(listPage('/feeds/tin-moi.rss')));
  app.get('/bench/list-json.html', (_, reply) => reply.type('text/html').send(listPage('/api/feeds/tin-moi')));
  // The same portal page as it is on disk: every widget rendered by bantin.js in the browser.
  const portalPage = readFileSync(path.join(root, 'demo/index.html'), 'utf8');
  app.get('/bench/portal-client.html', (_, reply) => reply.type('text/html').send(portalPage));
  await app.listen({ port: 0, host: '127.0.0.1' });
  const origin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
  try {
    console.log('| page (via bantin.js) | JS, gzip | JS files | requests | goal |\n|---|---:|---:|---:|---|');
    for (const page of pages) {
      const { bytes, files, requests } = await measure(browser, origin, page);
      const goal = page.goal ? `≤ ${kB(page.goal)} (${bytes <= page.goal ? 'met' : 'MISSED'}, ${(bytes / page.goal).toFixed(2)}×)` : '';
      console.log(`| ${page.name} | ${kB(bytes)} | ${files} | ${requests} | ${goal} |`);
    }
    console.log('\n| demo portal | CLS | goal |\n|---|---:|---|');
    for (const [how, page] of [
      ['server-rendered', '/'],
      ['rendered in the browser', '/bench/portal-client.html'],
    ]) {
      for (const width of [1280, 390]) {
        const cls = await portalShift(browser, origin, width, page);
        console.log(`| ${how}, ${width} px wide | ${cls.toFixed(3)} | ≤ 0.010 (${cls <= 0.01 ? 'met' : 'MISSED'}) |`);
      }
    }
  } finally {
    await browser.close();
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
