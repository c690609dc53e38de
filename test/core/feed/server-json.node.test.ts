// readServerJson: the widget server's JSON Feed read by a plain mapping must give exactly the Feed parseFeed gives
// for the same text, for every feed the server could have read; anything not in the server's shape is left to
// parseFeed (undefined).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { parseFeed, type Feed } from '../../../src/core/feed/index.js';
import { readServerJson } from '../../../src/core/feed/server-json.js';
import { toJsonFeed } from '../../../server/src/feeds/json-feed.js';
import { readItemBulletin } from '../../../src/core/weather/index.js';

const corpus = new URL('../../fixtures/corpus/rss-parser/input/', import.meta.url);
const demoFeeds = new URL('../../../demo/feeds/', import.meta.url);
const sources = [
  ...readdirSync(corpus).map((name) => ({ name, text: readFileSync(new URL(name, corpus), 'latin1'), url: `https://bao.example.vn/rss/${name}` })),
  ...readdirSync(demoFeeds)
    .filter((name) => name.endsWith('.rss'))
    .map((name) => ({ name, text: readFileSync(new URL(name, demoFeeds), 'utf8'), url: `https://bao.example.vn/${name}` })),
];
const JSON_URL = 'https://widgets.example.vn/api/feeds/tin-moi';

function served(source: { text: string; url: string }, upstreamUrl?: string): string | undefined {
  let feed: Feed;
  try {
    feed = parseFeed(source.text, { url: upstreamUrl });
  } catch {
    return undefined; // not a feed the server would answer
  }
  return JSON.stringify(toJsonFeed(feed));
}

describe('readServerJson', () => {
  it('gives the same Feed as parseFeed for the server output of every corpus and demo feed', () => {
    let compared = 0;
    const leftToParseFeed: string[] = [];
    for (const source of sources) {
      // With the feed's URL (absolute links) and without (links the feed wrote relative are dropped).
      for (const upstreamUrl of [source.url, undefined]) {
        const json = served(source, upstreamUrl);
        if (!json) continue;
        const feed = readServerJson(json, JSON_URL);
        const expected = parseFeed(json, { url: JSON_URL });
        if (!feed) {
          // Only for an item with HTML and no summary or no picture, which parseFeed reads out of the HTML.
          const items: { summary?: string; content_html?: string; image?: string }[] = JSON.parse(json).items;
          const readsHtml = items.some((o) => o.content_html?.trim() && (!o.summary?.trim() || (!o.image && /<img/i.test(o.content_html))));
          assert.ok(readsHtml, `${source.name} was left to parseFeed`);
          leftToParseFeed.push(source.name);
          continue;
        }
        assert.deepEqual(feed, expected, `${source.name} (${upstreamUrl ? 'with' : 'without'} its URL)`);
        compared++;
      }
    }
    assert.ok(compared >= 40, `only ${compared} feeds compared (left to parseFeed: ${leftToParseFeed.join(', ')})`);
    assert.ok(leftToParseFeed.length <= 8, `left to parseFeed: ${leftToParseFeed.join(', ')}`);
  });

  it('leaves what is not the server shape to parseFeed', () => {
    const json = JSON.parse(served(sources.find((s) => s.name === 'tin-moi.rss')!)!);
    const variants: Record<string, unknown> = {
      'a JSON Feed without _bantin': { ...json, _bantin: undefined },
      'JSON Feed 1.0': { ...json, version: 'https://jsonfeed.org/version/1' },
      'an item without an id': { ...json, items: [{ ...json.items[0], id: undefined }] },
      'a numeric title': { ...json, items: [{ ...json.items[0], title: 12 }] },
      'a date that is not toISOString output': { ...json, items: [{ ...json.items[0], date_published: '22/09/2025' }] },
      'tags that are not a list': { ...json, items: [{ ...json.items[0], tags: 'Nông nghiệp' }] },
      'an extension image without a URL': { ...json, items: [{ ...json.items[0], _bantin: { image: { alt: 'x' } } }] },
    };
    for (const [name, variant] of Object.entries(variants)) assert.equal(readServerJson(JSON.stringify(variant), JSON_URL), undefined, name);
    assert.equal(readServerJson('{"items": [', JSON_URL), undefined, 'malformed JSON');
    assert.equal(readServerJson('<rss/>', JSON_URL), undefined, 'XML');
  });

  it('reads the server shape with relative links against the URL it was answered from', () => {
    const json = JSON.parse(
      served(
        sources.find((s) => s.name === 'tin-moi.rss')!,
        'https://bao.example.vn/tin-moi.rss',
      )!,
    );
    json.home_page_url = '/';
    json.items = json.items.map((o: object, i: number) => ({ ...o, url: `/?bai=${i}`, _bantin: { commentsUrl: `/?bai=${i}#binh-luan` } }));
    const text = JSON.stringify(json);
    const feed = readServerJson(text, JSON_URL)!;
    assert.deepEqual(feed, parseFeed(text, { url: JSON_URL }));
    assert.equal(feed.link, 'https://widgets.example.vn/');
    assert.equal(feed.items[1]!.link, 'https://widgets.example.vn/?bai=1');
    assert.equal(feed.items[1]!.commentsUrl, 'https://widgets.example.vn/?bai=1#binh-luan');
  });

  it('reads the bulletins a weather feed carries, as parseFeed does, and leaves a malformed one to parseFeed', () => {
    const model = parseFeed(readFileSync(new URL('thoi-tiet.rss', demoFeeds), 'utf8'), { url: 'https://bao.example.vn/thoi-tiet.rss' });
    const json = toJsonFeed({ ...model, items: model.items.map((item) => ({ ...item, bulletin: readItemBulletin(item) })) });
    const feed = readServerJson(JSON.stringify(json), JSON_URL)!;
    assert.deepEqual(feed, parseFeed(JSON.stringify(json), { url: JSON_URL }));
    assert.deepEqual(feed.items[0]!.bulletin, readItemBulletin(model.items[0]!));

    const malformed = { ...json, items: [{ ...json.items[0]!, _bantin: { bulletin: { hazards: [] } } }] };
    assert.equal(readServerJson(JSON.stringify(malformed), JSON_URL), undefined);
    assert.equal(parseFeed(JSON.stringify(malformed), { url: JSON_URL }).items[0]!.bulletin, undefined);
  });
});
