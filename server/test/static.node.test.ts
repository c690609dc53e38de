// Static files: demo pages at /, widget bundles at /bantin/ (hashed names immutable, others revalidated,
// CORS for module scripts), the compiled server never served.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isHashedFileName } from '../src/static.js';
import { startApp, tempDir, type RunningApp } from './support.js';

describe('static files', () => {
  let dir: ReturnType<typeof tempDir>;
  let server: RunningApp;

  before(async () => {
    dir = tempDir('bantin-static-');
    mkdirSync(join(dir.path, 'demo'));
    mkdirSync(join(dir.path, 'dist', 'chunks'), { recursive: true });
    mkdirSync(join(dir.path, 'dist', 'node', 'server'), { recursive: true });
    writeFileSync(join(dir.path, 'demo', 'index.html'), '<!doctype html><title>Cổng thông tin</title>');
    writeFileSync(join(dir.path, 'dist', 'bantin.js'), 'export {};');
    writeFileSync(join(dir.path, 'dist', 'chunks', 'feed-BxK3a9Zq.js'), 'export const x = 1;');
    writeFileSync(join(dir.path, 'dist', 'node', 'server', 'cli.js'), '// server code');
    server = await startApp({ staticDir: 'demo', bundleDir: 'dist' }, { baseDir: dir.path });
  });
  after(async () => {
    await server.close();
    dir.remove();
  });

  it('serves the demo pages at /', async () => {
    const response = await fetch(`${server.url}/`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /text\/html/);
    assert.match(await response.text(), /Cổng thông tin/);
    assert.equal(response.headers.get('cache-control'), 'no-cache');
  });

  it('serves bundles at /bantin/: hashed chunks immutable, the entry revalidated, both with CORS', async () => {
    const entry = await fetch(`${server.url}/bantin/bantin.js`, { headers: { Origin: 'https://partner.example.vn' } });
    assert.equal(entry.status, 200);
    assert.match(entry.headers.get('content-type') ?? '', /javascript/);
    assert.equal(entry.headers.get('cache-control'), 'no-cache');
    assert.equal(entry.headers.get('access-control-allow-origin'), '*');
    assert.ok(entry.headers.get('etag'));

    const chunk = await fetch(`${server.url}/bantin/chunks/feed-BxK3a9Zq.js`);
    assert.equal(chunk.status, 200);
    assert.equal(chunk.headers.get('cache-control'), 'public, max-age=31536000, immutable');
  });

  it('tells hashed file names from plain ones', () => {
    for (const name of ['feed-BxK3a9Zq.js', 'index-4f9a2c1d.css', 'bantin.D8xk2LmQ.js', 'a/b/comment-box-Cz9_x-0a.js.map'])
      assert.equal(isHashedFileName(name), true, name);
    for (const name of ['bantin.js', 'bantin.iife.js', 'latest-news.js', 'comment-box-define.js', 'weather-bulletin.js'])
      assert.equal(isHashedFileName(name), false, name);
  });
});
