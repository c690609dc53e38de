// The moderation page against the real widget server, in Chromium: a named moderator signs in with the token
// whose SHA-256 the config holds, the queue shows the pending comments with their article, the keyboard approves
// one (the server's data says so, and the audit log names the moderator), u undoes it; axe finds nothing on the
// page under its own strict CSP. test/admin/admin.test.ts covers the page's behaviour in detail on a mock API.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, requireChromium } from '../../build/chromium.mjs';
import { ADMIN_TOKEN, clientId, postJson, startApp, type RunningApp } from '../../server/test/support.js';

const MODERATOR_TOKEN = 'lan-moderator-token-4d1c9a7e';
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

async function admin<T>(server: RunningApp, path: string): Promise<T> {
  const response = await fetch(`${server.url}/api/admin${path}`, { headers: { Authorization: `Bearer ${ADMIN_TOKEN}` } });
  assert.equal(response.status, 200, `GET /api/admin${path}`);
  return (await response.json()) as T;
}

const approvedCount = async (server: RunningApp) => (await admin<{ comments: unknown[] }>(server, '/comments?status=approved')).comments.length;

async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: the page's CSP (no inline script) rightly refuses a script tag.
  await page.evaluate(readFileSync(axePath, 'utf8'));
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string }[] }> } }).axe;
    return (await axe.run()).violations.map((v) => v.id);
  });
}

describe('the moderation page on the real server', () => {
  let server: RunningApp;
  let browser: Browser;

  before(async () => {
    server = await startApp({
      moderation: 'pre',
      moderators: [{ name: 'Lan', tokenSha256: createHash('sha256').update(MODERATOR_TOKEN).digest('hex') }],
    });
    for (const [author, body] of [
      ['Lò Văn Minh', 'Bản tin rất hữu ích, cảm ơn toà soạn.'],
      ['Cầm Thị Hoa', 'Mong được dự lễ hội hoa ban năm nay.'],
    ]) {
      const response = await postJson(`${server.url}/api/threads/le-hoi-hoa-ban/comments`, {
        author,
        body,
        clientId: clientId(),
        pageTitle: 'Lễ hội Hoa Ban 2026',
        pageUrl: 'https://baosonla.example.vn/?bai=le-hoi-hoa-ban',
      });
      assert.equal(response.status, 201);
    }
    browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('signs in a named moderator, approves with the keyboard, records who did it, and undoes it', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    // Console errors are not counted: the browser's own favicon request (not the page's) logs a 404.
    page.on('pageerror', (error) => problems.push(String(error)));
    page.on('response', (response) => response.status() >= 400 && problems.push(`${response.status()} ${response.url()}`));
    await page.goto(`${server.url}/admin`);
    await page.fill('#token', MODERATOR_TOKEN);
    await page.press('#token', 'Enter');
    await page.waitForSelector('.item');
    assert.match(await page.innerText('.who'), /Lan/);
    assert.equal(await page.locator('.item').count(), 2, 'the two pending comments');
    assert.match(await page.innerText('.item >> nth=0'), /Lễ hội Hoa Ban 2026/, 'with the article they were posted on');
    assert.deepEqual(await axeViolations(page), [], 'axe');

    await page.keyboard.press('j');
    await page.keyboard.press('a');
    await page.waitForFunction(() => document.querySelectorAll('.item').length === 1);
    assert.equal(await approvedCount(server), 1, 'the server has the approval');
    const audit = await admin<{ entries: { moderator: string | null; kind: string; before: string; after: string }[] }>(server, '/audit');
    assert.deepEqual(
      audit.entries.map((e) => [e.moderator, e.kind, e.before, e.after]),
      [['Lan', 'approve', 'pending', 'approved']],
    );

    await page.keyboard.press('u');
    await page.waitForFunction(() => document.querySelectorAll('.item').length === 2);
    assert.equal(await approvedCount(server), 0, 'undone on the server');
    const undone = await admin<{ entries: { moderator: string | null; kind: string }[] }>(server, '/audit');
    assert.deepEqual(undone.entries[0], { ...undone.entries[0], moderator: 'Lan', kind: 'undo' }, 'the undo is audited too');
    assert.deepEqual(problems, []);
    await page.close();
  });
});
