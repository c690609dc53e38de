// The proxy and the browser agree: for every feed of test/fixtures/corpus/rss-parser, the JSON Feed the proxy
// serves, read by parseFeed, equals parseFeed on the original XML — except the differences listed below,
// each with its reason.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { parseFeed } from 'bantin/core';
import type { Feed } from 'bantin/core';
import { decodeUpstreamBytes } from '../src/feeds/decode.js';
import { startApp, startUpstream, type RunningApp, type Upstream } from './support.js';

const CORPUS = new URL('../../test/fixtures/corpus/rss-parser/input/', import.meta.url);
const NOT_FEEDS = new Set(['unrecognized.rss']);

const XML2JS_ORDER =
  'raw (unescaped) HTML inside the element: xml2js groups child elements by name and gathers the text apart, so the order of text and elements is lost';
/** file → field (items[] for any item) → reason. */
const EXPECTED_DIFFERENCES: Record<string, Record<string, string>> = {
  'itunes-missing-image.rss': {
    'items[].summary':
      'an empty <description></description>: the XML reader keeps an empty summary, the JSON reader treats an empty "summary" as none and takes the text of content_html',
  },
  'reddit-atom.rss': { 'items[].summary': XML2JS_ORDER },
  'reddit-home.rss': { 'items[].summary': XML2JS_ORDER, 'items[].contentHtml': XML2JS_ORDER },
  'rss-1.rss': { 'feed.image': "RSS 1.0 puts <image> beside <channel>; rss-parser hands back only the channel's children" },
  'xml2js-options.rss': { 'feed.image': "RSS 1.0 puts <image> beside <channel>; rss-parser hands back only the channel's children" },
};

function differences(original: Feed, proxied: Feed): Map<string, { count: number; example: string }> {
  const out = new Map<string, { count: number; example: string }>();
  const note = (key: string, a: unknown, b: unknown) => {
    const entry = out.get(key) ?? { count: 0, example: `${JSON.stringify(a)?.slice(0, 120)} ≠ ${JSON.stringify(b)?.slice(0, 120)}` };
    entry.count++;
    out.set(key, entry);
  };
  for (const key of new Set([...Object.keys(original), ...Object.keys(proxied)])) {
    if (key === 'items' || key === 'format') continue;
    if (!isDeepStrictEqual(original[key as keyof Feed], proxied[key as keyof Feed]))
      note(`feed.${key}`, original[key as keyof Feed], proxied[key as keyof Feed]);
  }
  if (original.items.length !== proxied.items.length) note('items.length', original.items.length, proxied.items.length);
  original.items.forEach((a, i) => {
    const b = (proxied.items[i] ?? {}) as unknown as Record<string, unknown>;
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (!isDeepStrictEqual((a as unknown as Record<string, unknown>)[key], (b as unknown as Record<string, unknown>)[key])) {
        note(`items[].${key}`, (a as unknown as Record<string, unknown>)[key], b[key]);
      }
    }
  });
  return out;
}

describe('proxy ↔ browser round trip over test/fixtures/corpus/rss-parser', () => {
  let upstream: Upstream;
  let server: RunningApp;
  const files = readdirSync(CORPUS).sort();

  before(async () => {
    upstream = await startUpstream((req, res) => {
      const name = decodeURIComponent((req.url ?? '/').slice(1));
      if (!files.includes(name)) return res.writeHead(404).end();
      res.writeHead(200, { 'Content-Type': 'application/xml' }).end(readFileSync(new URL(name, CORPUS)));
    });
    // Every item of the corpus compared (one feed has 730: over the default maxItemsPerFeed of 500).
    server = await startApp(
      { allowHosts: [`127.0.0.1:${upstream.port}`], maxItemsPerFeed: 100_000 },
      { fetchPolicy: { allowAddresses: ['127.0.0.1'] } },
    );
  });
  after(async () => {
    await server.close();
    await upstream.close();
  });

  it('covers the whole corpus', () => assert.ok(files.length >= 30, `${files.length} files`));

  for (const file of files) {
    it(file, async (t) => {
      const feedUrl = `${upstream.url}/${encodeURIComponent(file)}`;
      const response = await fetch(`${server.url}/api/feed?url=${encodeURIComponent(feedUrl)}`);
      const text = decodeUpstreamBytes(readFileSync(new URL(file, CORPUS)), 'application/xml');

      if (NOT_FEEDS.has(file)) {
        assert.throws(() => parseFeed(text, { url: feedUrl }), { code: 'not-a-feed' });
        assert.equal(response.status, 502);
        assert.equal((await response.json()).error.code, 'upstream-not-a-feed');
        return;
      }

      assert.equal(response.status, 200);
      const json = await response.text();
      const original = parseFeed(text, { url: feedUrl });
      const proxied = parseFeed(json, { url: feedUrl });
      assert.equal(JSON.parse(json)._bantin.format, original.format, 'the source format travels in _bantin.format');
      assert.equal(proxied.format, 'json');
      assert.ok(original.items.length > 0 || original.title !== '', 'the original parses to something');

      const found = differences(original, proxied);
      const allowed = EXPECTED_DIFFERENCES[file] ?? {};
      for (const [key, { count, example }] of found) {
        assert.ok(key in allowed, `${file}: unexpected difference in ${key} (${count}×): ${example}`);
        t.diagnostic(`${key} differs in ${count} place(s): ${allowed[key]}`);
      }
    });
  }
});
