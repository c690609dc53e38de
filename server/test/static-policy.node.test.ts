// What staticDir may serve (#17): an allow-list of extensions, never a dotfile, never the config file or
// anything under dataDir (symlinks included); a dataDir inside staticDir stops the server at start. The
// demo's own layout keeps serving its pages, scripts, styles, images and feeds.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from '../src/app.js';
import { ConfigError, loadConfig, parseConfig } from '../src/config.js';
import { tempDir, type RunningApp } from './support.js';
import type { AddressInfo } from 'node:net';

/** The status of GET `url`, its body read (an unread body keeps the connection busy, and close() waiting). */
async function status(url: string): Promise<number> {
  const response = await fetch(url);
  await response.arrayBuffer();
  return response.status;
}

async function start(configFile: string, env: NodeJS.ProcessEnv = {}): Promise<RunningApp> {
  const config = loadConfig(configFile, env);
  const app = await createApp({ config });
  await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, config, url: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`, close: () => app.close() };
}

describe('static files: what may be served', () => {
  let dir: ReturnType<typeof tempDir>;
  let server: RunningApp;

  before(async () => {
    dir = tempDir('bantin-static-policy-');
    const site = join(dir.path, 'site');
    mkdirSync(join(site, '.git'), { recursive: true });
    mkdirSync(join(site, 'img'));
    mkdirSync(join(site, 'feeds'));
    mkdirSync(join(dir.path, 'data'));
    const files: Record<string, string> = {
      'index.html': '<!doctype html><title>Trang chủ</title>',
      'portal.css': 'body{}',
      'app.js': 'export {};',
      'img/a.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
      'feeds/tin.rss': '<rss version="2.0"><channel><title>t</title></channel></rss>',
      '.env': 'SECRET=1',
      '.git/config': '[core]',
      'start.mjs': 'secret code',
      'notes.ts': 'code',
      'backup.sqlite': 'db',
    };
    for (const [name, text] of Object.entries(files)) writeFileSync(join(site, name), text);
    writeFileSync(join(dir.path, 'data', 'comments.sqlite-wal'), 'emails and IPs');
    // A symlink from the site into the data folder is still the data folder.
    symlinkSync(join(dir.path, 'data'), join(site, 'img', 'data'));
    writeFileSync(join(dir.path, 'data', 'secret.svg'), '<svg/>');
    writeFileSync(join(site, 'bantin.config.json'), JSON.stringify({ staticDir: '.', dataDir: '../data', bundleDir: null }));
    server = await start(join(site, 'bantin.config.json'));
  });
  after(async () => {
    await server.close();
    dir.remove();
  });

  it('serves pages, styles, scripts, images and feeds', async () => {
    for (const path of ['/', '/index.html', '/portal.css', '/app.js', '/img/a.svg', '/feeds/tin.rss']) {
      assert.equal(await status(`${server.url}${path}`), 200, path);
    }
  });

  it('never serves dotfiles, the config file, other extensions or the data folder', async () => {
    for (const path of [
      '/.env',
      '/.git/config',
      '/%2egit/config',
      '/bantin.config.json',
      '/start.mjs',
      '/notes.ts',
      '/backup.sqlite',
      '/img/data/secret.svg',
      '/img/data/comments.sqlite-wal',
    ]) {
      const response = await fetch(`${server.url}${path}`);
      assert.equal(response.status, 404, path);
      assert.equal((await response.json()).error.code, 'not-found', path);
    }
  });

  it('sends HTML pages with a strict CSP, nosniff and a referrer policy', async () => {
    const page = await fetch(`${server.url}/index.html`);
    await page.arrayBuffer();
    const csp = page.headers.get('content-security-policy') ?? '';
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.match(csp, /object-src 'none'/);
    assert.match(csp, /base-uri 'self'/);
    assert.equal(page.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(page.headers.get('referrer-policy'), 'strict-origin-when-cross-origin');
  });

  it('refuses to start when dataDir is inside staticDir', () => {
    assert.throws(
      () => parseConfig({ staticDir: '.', dataDir: 'data' }, dir.path),
      (error: unknown) => error instanceof ConfigError && error.key === 'dataDir' && /inside staticDir/.test(error.message),
    );
    assert.throws(() => parseConfig({ staticDir: '.' }, dir.path), ConfigError); // dataDir's default: ./data
  });
});

describe('static files: the demo layout', () => {
  let server: RunningApp;
  const data = tempDir('bantin-demo-data-');
  before(async () => {
    server = await start(fileURLToPath(new URL('../../demo/bantin.config.json', import.meta.url)), { BANTIN_DATA_DIR: data.path });
  });
  after(async () => {
    await server.close();
    data.remove();
  });

  it('serves the demo as before, and not its config or start script', async () => {
    for (const path of [
      '/partner.html',
      '/builder.html',
      '/builder.js',
      '/portal.css',
      '/img/favicon.svg',
      '/feeds/tin-moi.rss',
      '/feeds/tin-moi.js',
    ]) {
      assert.equal(await status(`${server.url}${path}`), 200, path);
    }
    for (const path of ['/bantin.config.json', '/start.mjs', '/feeds/tin-moi.d.ts']) assert.equal(await status(`${server.url}${path}`), 404, path);
  });

  it('allows the inline scripts of a page by hash, and sends rendered pages with the same headers', async () => {
    const builder = await fetch(`${server.url}/builder.html`);
    await builder.arrayBuffer();
    assert.match(builder.headers.get('content-security-policy') ?? '', /script-src 'self' 'sha256-[A-Za-z0-9+/=]{44}'/);
    const rendered = await fetch(`${server.url}/`);
    await rendered.arrayBuffer();
    assert.equal(rendered.status, 200);
    assert.match(rendered.headers.get('content-security-policy') ?? '', /script-src 'self'/);
    assert.equal(rendered.headers.get('x-content-type-options'), 'nosniff');
  });
});
