// Server rendering (#14): how long the demo portal takes to render on the server, and what the fragment
// endpoint serves once cached, beside the cached JSON feed of the same server.
//   1. the portal's four widgets rendered by bantin/ssr from the demo data, nothing cached (median of 50)
//   2. GET / on the widget server (renderPages), its widgets' HTML cached, the page assembled (median of 50)
//   3. autocannon: GET /embed/latest-news?feed=tin-moi&limit=5 against GET /api/feeds/tin-moi, same server
//      process (the CLI), rounds alternating; the ratio of each round, median over the rounds
import autocannon from 'autocannon';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFeed, type Feed } from 'bantin/core';
import { renderWidget } from 'bantin/ssr';
import { createApp } from '../server/src/app.js';
import { parseConfig } from '../server/src/config.js';
import { exited, startCli } from '../server/test/support.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DEMO = join(ROOT, 'demo');
const RUNS = 50;
const ROUNDS = 3;
const DURATION = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 50;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

function demoConfig(dataDir: string) {
  return {
    host: '127.0.0.1',
    port: 0,
    dataDir,
    staticDir: DEMO,
    bundleDir: null,
    renderPages: ['index.html'],
    feeds: {
      'tin-moi': { url: join(DEMO, 'feeds/tin-moi.rss'), ttlSeconds: 3600 },
      'thoi-tiet': { url: join(DEMO, 'feeds/thoi-tiet.rss'), ttlSeconds: 3600, bulletins: true },
    },
  };
}

async function timeRuns(run: () => Promise<unknown>): Promise<number> {
  await run(); // warm-up: modules loaded, templates prepared
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** The portal's widgets as demo/index.html has them, rendered from the demo feeds and an empty thread. */
async function renderPortalWidgets(): Promise<number> {
  const feeds = new Map<string, Feed>(
    ['tin-moi', 'thoi-tiet'].map((name) => [
      `/api/feeds/${name}`,
      parseFeed(readFileSync(join(DEMO, `feeds/${name}.rss`), 'utf8'), { url: `http://127.0.0.1/api/feeds/${name}` }),
    ]),
  );
  const options = { loadFeed: async (url: string) => feeds.get(url)!, comments: { comments: [], next: null, count: 0 } };
  return timeRuns(() =>
    Promise.all([
      renderWidget('bantin-article-card', { variant: 'full', feed: '/api/feeds/tin-moi', item: 'baosonla-le-hoi-hoa-ban' }, options),
      renderWidget('bantin-comment-box', { endpoint: '/api', thread: 'le-hoi-hoa-ban' }, options),
      renderWidget('bantin-weather-bulletin', { feed: '/api/feeds/thoi-tiet' }, options),
      renderWidget('bantin-latest-news', { feed: '/api/feeds/tin-moi', limit: 6, heading: 'Tin mới' }, options),
    ]),
  );
}

async function servePortal(dataDir: string): Promise<{ ms: number; bytes: number }> {
  const app = await createApp({ config: parseConfig(demoConfig(dataDir), ROOT, {}) });
  try {
    let bytes = 0;
    const ms = await timeRuns(async () => {
      const response = await app.inject({ url: '/?bai=le-hoi-hoa-ban' });
      if (response.statusCode !== 200) throw new Error(`/ answered ${response.statusCode}`);
      bytes = response.rawPayload.length;
    });
    return { ms, bytes };
  } finally {
    await app.close();
  }
}

async function fragmentAgainstFeed(dir: string) {
  const configFile = join(dir, 'bench.config.json');
  writeFileSync(configFile, JSON.stringify({ ...demoConfig(join(dir, 'cli-data')), port: 0 }));
  const server = await startCli(configFile, { BANTIN_LOG_LEVEL: 'error' });
  try {
    const urls = { fragment: `${server.url}/embed/latest-news?feed=tin-moi&limit=5`, feed: `${server.url}/api/feeds/tin-moi` };
    const sizes: Record<string, number> = {};
    for (const [name, url] of Object.entries(urls)) {
      const response = await fetch(url);
      if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
      sizes[name] = (await response.arrayBuffer()).byteLength;
      await autocannon({ url, duration: 2 }); // warm-up
    }
    const fragment: autocannon.Result[] = [];
    const feed: autocannon.Result[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      fragment.push(await autocannon({ url: urls.fragment, connections: CONNECTIONS, duration: DURATION }));
      feed.push(await autocannon({ url: urls.feed, connections: CONNECTIONS, duration: DURATION }));
    }
    const rps = (result: autocannon.Result) => result.requests.average;
    return {
      sizes,
      fragment: median(fragment.map(rps)),
      feed: median(feed.map(rps)),
      ratio: median(fragment.map((result, i) => rps(result) / rps(feed[i]!))),
      errors: [...fragment, ...feed].reduce((sum, result) => sum + result.non2xx + result.errors, 0),
    };
  } finally {
    server.child.kill('SIGTERM');
    await exited(server.child);
  }
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bantin-bench-ssr-'));
  try {
    const widgets = await renderPortalWidgets();
    const page = await servePortal(join(dir, 'page-data'));
    const load = await fragmentAgainstFeed(dir);
    console.log(`| measure | value |`);
    console.log(`|---|---|`);
    console.log(`| portal's 4 widgets rendered by bantin/ssr, nothing cached (median of ${RUNS}) | ${widgets.toFixed(1)} ms |`);
    console.log(`| GET /?bai=… on the widget server, widgets' HTML cached (median of ${RUNS}; ${fmt(page.bytes)} B) | ${page.ms.toFixed(1)} ms |`);
    console.log(
      `| cached fragment /embed/latest-news?feed=tin-moi&limit=5, req/s (${fmt(load.sizes.fragment!)} B, ${CONNECTIONS} conn; median of ${ROUNDS} alternating ${DURATION} s rounds) | ${fmt(load.fragment)} |`,
    );
    console.log(`| cached JSON feed /api/feeds/tin-moi, req/s (${fmt(load.sizes.feed!)} B), same process and rounds | ${fmt(load.feed)} |`);
    console.log(`| fragment ÷ feed, req/s | ${load.ratio.toFixed(2)}× |`);
    console.log(`| non-2xx / errors | ${load.errors} |`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
