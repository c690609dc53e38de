// What a CDN or reverse proxy in front of several instances needs from a feed answer: freshness for shared
// caches (s-maxage), leave to serve a copy while refetching or while the instances fail, the validator, and
// the request headers the answer depends on (Vary), on 200s and 304s alike.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { startApp, type RunningApp } from './support.js';

const FEED = fileURLToPath(new URL('../../demo/feeds/tin-moi.rss', import.meta.url));

describe('feed caching headers', () => {
  let listed: RunningApp;
  let open: RunningApp;
  before(async () => {
    const feeds = { 'tin-moi': { url: FEED, ttlSeconds: 120 } };
    listed = await startApp({ feeds, corsOrigins: ['https://partner.example.vn'] });
    open = await startApp({ feeds, corsOrigins: ['*'] });
  });
  after(async () => {
    await listed.close();
    await open.close();
  });

  const cacheControl = /^public, max-age=(\d+), s-maxage=(\d+), stale-while-revalidate=60, stale-if-error=86400$/;

  it('sends s-maxage equal to max-age, stale-while-revalidate, stale-if-error and a strong ETag', async () => {
    const response = await fetch(`${open.url}/api/feeds/tin-moi`);
    assert.equal(response.status, 200);
    const match = cacheControl.exec(response.headers.get('cache-control') ?? '');
    assert.ok(match, response.headers.get('cache-control') ?? '(none)');
    assert.equal(match[1], match[2]);
    assert.ok(Number(match[1]) > 100 && Number(match[1]) <= 120);
    assert.match(response.headers.get('etag') ?? '', /^"[\w-]+"$/);
    assert.equal(response.headers.get('vary'), 'Accept-Encoding');
  });

  it('varies on Origin too when the CORS answer depends on it, and a 304 carries the same headers', async () => {
    const headers = { Origin: 'https://partner.example.vn' };
    const first = await fetch(`${listed.url}/api/feeds/tin-moi`, { headers });
    assert.equal(first.headers.get('vary'), 'Origin, Accept-Encoding');
    assert.equal(first.headers.get('access-control-allow-origin'), 'https://partner.example.vn');
    const etag = first.headers.get('etag')!;
    const again = await fetch(`${listed.url}/api/feeds/tin-moi`, { headers: { ...headers, 'If-None-Match': etag } });
    assert.equal(again.status, 304);
    assert.equal(again.headers.get('etag'), etag);
    assert.equal(again.headers.get('vary'), 'Origin, Accept-Encoding');
    assert.match(again.headers.get('cache-control') ?? '', cacheControl);
  });
});
