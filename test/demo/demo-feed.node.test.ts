// The demo portal's feed (demo/feeds/tin-moi.rss) is written from the sample news (demo/feeds/tin-moi.js) by
// build/demo-feed.mjs and stays tracked: it must be exactly what the script writes, and say what its readers
// (the demo portal, the server tests, build/check-dist.mjs, build/check-packages.mjs) expect. The widget tests'
// generated feeds take their headlines, sections and authors from the same news (test/support/news-fixture.mjs).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseFeed } from 'bantin/core';
import { FEED_FILE, demoFeed } from '../../build/demo-feed.mjs';
import { IMAGE_SIZE, articles, channel, sections } from '../../demo/feeds/tin-moi.js';
import { AUTHORS, BASE_TIME, CATEGORIES, HEADLINES } from '../support/news-fixture.mjs';

const tracked = readFileSync(FEED_FILE, 'utf8');

describe('demo/feeds/tin-moi.rss', () => {
  it('is what build/demo-feed.mjs writes from demo/feeds/tin-moi.js (else: npm run demo-feed)', () => {
    if (tracked === demoFeed()) return;
    const want = demoFeed().split('\n');
    const got = tracked.split('\n');
    const line = want.findIndex((text, i) => text !== got[i]);
    assert.fail(
      `demo/feeds/tin-moi.rss is out of date: run \`npm run demo-feed\`. First difference, line ${line + 1}:\n  tracked: ${got[line]}\n  written: ${want[line]}`,
    );
  });

  it('holds the sample news the portal and the checks read: ids, ?bai= links, pictures, full text, comments', () => {
    const feed = parseFeed(tracked, { url: 'http://127.0.0.1:8080/feeds/tin-moi.rss' });
    assert.equal(feed.title, channel.title);
    assert.equal(feed.items.length, 12);
    // build/check-packages.mjs looks for the first item's title on the page it renders.
    assert.equal(/<item>\s*<title>([^<]+)/.exec(tracked)?.[1], articles[0]!.title);
    feed.items.forEach((item, i) => {
      const article = articles[i]!;
      const picture = `http://127.0.0.1:8080/img/${article.image.file}`;
      assert.equal(item.id, `baosonla-${article.slug}`);
      assert.equal(item.link, `http://127.0.0.1:8080/?bai=${article.slug}`);
      assert.equal(item.commentsUrl, `${item.link}#binh-luan`);
      assert.equal(item.title, article.title);
      assert.equal(item.summary, article.summary);
      assert.deepEqual(item.categories, article.categories);
      assert.equal(item.author, article.author);
      assert.equal(item.published, new Date(article.published).toISOString());
      assert.deepEqual(item.image, { url: picture, ...IMAGE_SIZE }); // media:thumbnail
      assert.match(item.contentHtml ?? '', new RegExp(`<figure><img src="${picture}"[^>]*><figcaption>${article.image.alt}</figcaption></figure>`));
    });
    const dates = feed.items.map((item) => Date.parse(item.published!));
    assert.deepEqual(
      [...dates].sort((a, b) => b - a),
      dates,
      'newest first',
    );
  });
});

describe('test/support/news-fixture.mjs', () => {
  it('takes its headlines, sections and authors from the sample news', () => {
    assert.deepEqual(
      HEADLINES,
      articles.map((article) => article.title),
    );
    assert.deepEqual(AUTHORS, [...new Set(articles.map((article) => article.author))]);
    assert.deepEqual(CATEGORIES, sections);
    assert.equal(BASE_TIME, Date.parse(articles[0]!.published));
  });

  it('every article is in one of the sections, and every section has articles', () => {
    assert.deepEqual(
      articles.filter((article) => !sections.includes(article.categories[0]!)).map((article) => article.slug),
      [],
    );
    assert.deepEqual(
      sections.filter((section) => !articles.some((article) => article.categories[0] === section)),
      [],
    );
  });

  it('has the sections the widget tests expect (latest-news: "Thời sự", "kinh te, VAN HOA - XA HOI"; article-card: item 0 "Thời sự")', () => {
    // Item i has section i mod 5: of 20 items each section has four, "Kinh tế" and "Văn hóa - Xã hội" alternate in
    // that order, and item 0 is "Thời sự".
    assert.equal(CATEGORIES.length, 5, `five sections, not ${CATEGORIES.join(', ')}`);
    assert.equal(CATEGORIES[0], 'Thời sự');
    assert.ok(CATEGORIES.indexOf('Kinh tế') > 0 && CATEGORIES.indexOf('Kinh tế') < CATEGORIES.indexOf('Văn hóa - Xã hội'), CATEGORIES.join(', '));
  });
});
