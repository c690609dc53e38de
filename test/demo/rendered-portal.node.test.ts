// The demo portal as the widget server renders it, in Chromium. Without JavaScript a reader has the article
// (title, author, caption, body), the weather bulletin with its hazards, the six news items and the approved
// comments. With JavaScript the widgets hydrate: no request for a feed or the comments, nothing moves, nothing
// is rendered twice. The page's bantin.js is the sources bundled by esbuild, as the server's renderer is the
// sources (bantin-source): the same templates on both sides.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, requireChromium } from '../../build/chromium.mjs';
import { ADMIN_TOKEN, clientId, postJson, type RunningApp } from '../../server/test/support.js';
import { demoFeed, startDemoApp } from '../../server/test/ssr-support.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const slug = 'le-hoi-hoa-ban';
const COMMENT = 'Mong được dự lễ hội năm nay.';

/** What a reader sees in each widget (its shadow root's text, whitespace squashed), by tag. */
function widgetTexts(): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const element of document.querySelectorAll('[id], bantin-latest-news, bantin-weather-bulletin')) {
    if (!element.localName.startsWith('bantin-') || !element.shadowRoot) continue;
    texts[element.localName] = (element.shadowRoot.textContent ?? '').replace(/\s+/g, ' ');
  }
  return texts;
}

describe('the rendered demo portal in Chromium', () => {
  let server: RunningApp;
  let browser: Browser;
  let bundleDir: string;

  before(async () => {
    bundleDir = mkdtempSync(path.join(tmpdir(), 'bantin-portal-'));
    await build({
      entryPoints: { bantin: path.join(root, 'src/index.ts') },
      bundle: true,
      splitting: true,
      format: 'esm',
      outdir: bundleDir,
      tsconfig: path.join(root, 'tsconfig.json'),
      logLevel: 'error',
    });
    server = await startDemoApp({ bundleDir });
    const posted = await postJson(`${server.url}/api/threads/${slug}/comments`, { author: 'Cầm Thị Hoa', body: COMMENT, clientId: clientId() });
    const { comment } = (await posted.json()) as { comment: { id: string } };
    await fetch(`${server.url}/api/admin/comments/${comment.id}/approve`, { method: 'POST', headers: { Authorization: `Bearer ${ADMIN_TOKEN}` } });
    browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    rmSync(bundleDir, { recursive: true, force: true });
  });

  it('without JavaScript: the article, the bulletin and its hazards, six news items and the approved comments', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/?bai=${slug}`);
    const texts = await page.evaluate(widgetTexts);
    const article = demoFeed('tin-moi').items.find((item) => item.id === `baosonla-${slug}`)!;
    for (const part of [article.title, article.author!, 'Màn xòe Thái trong lễ hội năm trước.', 'Bên cạnh các hoạt động truyền thống']) {
      assert.ok(texts['bantin-article-card']?.includes(part), `the article shows “${part}”`);
    }
    const news = await page.evaluate(
      () => document.querySelector('bantin-latest-news')!.shadowRoot!.querySelectorAll('li.item[data-index] a[href]').length,
    );
    assert.equal(news, 6, 'six news items, each a link');
    const weather = await page.evaluate(
      () =>
        document.querySelector('bantin-weather-bulletin')!.shadowRoot!.querySelector('[part~="banner"], [role="alert"], .banner')?.textContent ?? '',
    );
    assert.match(weather, /\S/, 'the bulletin’s warning banner');
    assert.ok(texts['bantin-weather-bulletin']?.includes(demoFeed('thoi-tiet').items[0]!.title), 'the bulletin');
    assert.ok(texts['bantin-comment-box']?.includes(COMMENT), 'the approved comment');
    assert.ok(texts['bantin-comment-box']?.includes('Cần bật JavaScript để gửi bình luận.'), 'the form says posting needs JavaScript');
    await context.close();
  });

  it('with JavaScript: every widget hydrates in place, with no feed or comments request and no layout shift', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const requests: string[] = [];
    const problems: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    page.on('console', (message) => /warn|error/.test(message.type()) && problems.push(message.text()));
    page.on('pageerror', (error) => problems.push(String(error)));
    await page.addInitScript(() => {
      const w = window as unknown as { shifts: number[] };
      w.shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!entry.hadRecentInput) w.shifts.push(entry.value);
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${server.url}/?bai=${slug}`);
    const firstLink = await page.evaluateHandle(() => document.querySelector('bantin-latest-news')!.shadowRoot!.querySelector('li.item a'));
    await page.evaluate(() =>
      Promise.all(
        ['bantin-latest-news', 'bantin-article-card', 'bantin-weather-bulletin', 'bantin-comment-box'].map((tag) => customElements.whenDefined(tag)),
      ),
    );
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

    assert.equal(
      await page.evaluate((link) => link === document.querySelector('bantin-latest-news')!.shadowRoot!.querySelector('li.item a'), firstLink),
      true,
      'the news list kept the server’s nodes',
    );
    const asked = requests.filter((p) => p.startsWith('/api/feeds/') || /\/comments$/.test(p) || /purify/.test(p));
    assert.deepEqual(asked, [], 'hydrating asks for no feed, no comments and no sanitiser');
    const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
    assert.ok(shifts.reduce((a, b) => a + b, 0) <= 0.01, `layout shift ${shifts.join(' + ')}`);
    assert.deepEqual(problems, [], 'no warning or error (a failed hydration warns)');
    // Interactive: the comment form is on.
    assert.equal(await page.evaluate(() => document.querySelector('bantin-comment-box')!.shadowRoot!.querySelector('textarea')!.disabled), false);
    await context.close();
  });
});
