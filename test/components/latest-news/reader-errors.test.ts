// Failures in the reader's words (issue 12, point 5): readers are told their situation (offline, the news
// cannot be loaded right now) with a retry; the developer's detail goes to the console, once per failure,
// and to the bantin-error event.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/components/latest-news/define.js';
import '../../../src/components/article-card/define.js';
import type { BantinLatestNews } from '../../../src/components/latest-news/latest-news.js';
import type { FeedError } from '../../../src/core/feed/model.js';
import { feedUrl, newKey, parts, requestCount, resetFeeds, settled, texts } from '../../support/widget-fixtures.js';

const DEVELOPER_WORDS = /proxy|thuộc tính|attribute|CORS|allowHosts|404|403|ít phút/i;
/** A cross-origin address nothing answers on: the browser's fetch fails as it does offline or under CORS. */
const UNREACHABLE = 'http://127.0.0.1:9/tin-moi.rss';

function watchWarnings(): { calls: unknown[][]; restore: () => void } {
  const original = console.warn;
  const calls: unknown[][] = [];
  console.warn = (...args: unknown[]) => void calls.push(args);
  return { calls, restore: () => (console.warn = original) };
}

function pretendOffline(): () => void {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
  return () => delete (navigator as { onLine?: boolean }).onLine;
}

describe('<bantin-latest-news> failures in the reader’s words', () => {
  let warnings: ReturnType<typeof watchWarnings>;
  beforeEach(() => (warnings = watchWarnings()));
  afterEach(() => {
    warnings.restore();
    resetFeeds();
  });

  it('an unreachable cross-origin feed: no CORS hint for readers; the hint goes to the console once and to the event', async () => {
    const el = document.createElement('bantin-latest-news') as BantinLatestNews;
    el.setAttribute('feed', UNREACHABLE);
    const failed = oneEvent(el, 'bantin-error');
    await fixture(el);
    const { error, hint } = (await failed).detail as { error: FeedError; hint?: string };
    await settled(el);
    expect(error.code).to.equal('cors');
    const message = texts(el, 'status')[0];
    expect(message).to.contain('Hiện chưa tải được tin tức').and.contain('Thử lại');
    expect(message).not.to.match(DEVELOPER_WORDS);
    expect(parts(el, 'status')[0].querySelector('button')).to.exist;
    expect(hint).to.contain('proxy');
    const ours = warnings.calls.filter((args) => String(args[0]).startsWith('bantin:'));
    expect(ours).to.have.length(1);
    expect(String(ours[0][0])).to.contain(UNREACHABLE).and.contain('proxy');
  });

  it('offline: says the reader is offline, in English too, and loads again when the connection is back', async () => {
    const restore = pretendOffline();
    try {
      const key = newKey('offline-en');
      const el = document.createElement('bantin-latest-news') as BantinLatestNews;
      el.lang = 'en';
      el.setAttribute('feed', feedUrl(key, { steps: 'drop,ok' }));
      const failed = oneEvent(el, 'bantin-error');
      await fixture(el);
      await failed;
      await settled(el);
      const message = texts(el, 'status')[0];
      expect(message).to.contain('You are offline').and.contain('Try again');
      expect(message).not.to.match(DEVELOPER_WORDS);
      restore();
      window.dispatchEvent(new Event('online'));
      await waitUntil(() => parts(el, 'item').length === 5, 'no reload when back online');
      expect(parts(el, 'status')).to.have.length(0);
      expect(await requestCount(key)).to.equal(2);
    } finally {
      restore();
    }
  });

  it('a feed URL the widget server refuses (403 url-not-allowed): readers are not told to wait; developers get allowHosts', async () => {
    const key = newKey('refused');
    const proxy = `${feedUrl(key, { steps: '403' })}&url={url}`;
    const el = await fixture<BantinLatestNews>(html`<bantin-latest-news proxy=${proxy} feed="https://khac.example.vn/rss"></bantin-latest-news>`);
    const { error, hint } = (await oneEvent(el, 'bantin-error')).detail as { error: FeedError; hint?: string };
    await settled(el);
    expect(error.code).to.equal('http');
    expect(error.status).to.equal(403);
    const message = texts(el, 'status')[0];
    expect(message).to.contain('Hiện chưa tải được tin tức');
    expect(message).not.to.match(DEVELOPER_WORDS);
    expect(hint).to.contain('allowHosts');
  });
});
