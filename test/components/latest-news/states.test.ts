import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/components/latest-news/define.js';
import '../../../src/components/article-card/define.js';
import type { BantinLatestNews } from '../../../src/components/latest-news/latest-news.js';
import type { BantinArticleCard } from '../../../src/components/article-card/article-card.js';
import { FeedError } from '../../../src/core/feed/model.js';
import { expectedItem, feedUrl, newKey, parts, requestCount, requestCounts, resetFeeds, settled, texts } from '../../support/widget-fixtures.js';

const statusKind = (el: HTMLElement) => parts(el, 'status')[0]?.dataset.kind;
const retryButton = (el: HTMLElement) => parts(el, 'status')[0].querySelector('button')!;

async function failsThenRecovers(steps: string, attributes: { timeout?: string } = {}) {
  const key = newKey(steps.replaceAll(',', '-'));
  const el = document.createElement('bantin-latest-news');
  if (attributes.timeout) el.setAttribute('timeout', attributes.timeout);
  el.setAttribute('feed', feedUrl(key, { steps }));
  const failed = oneEvent(el, 'bantin-error');
  await fixture(el);
  const { error } = (await failed).detail;
  await settled(el);
  expect(statusKind(el)).to.equal('error');
  expect(parts(el, 'status')[0].getAttribute('role')).to.equal('alert');
  expect(parts(el, 'item')).to.have.length(0);
  const message = texts(el, 'status')[0];
  const loaded = oneEvent(el, 'bantin-load');
  retryButton(el).click();
  await loaded;
  await settled(el, (root) => root.querySelectorAll('[part~="item"]').length === 5);
  expect(parts(el, 'status')).to.have.length(0);
  expect(texts(el, 'title')[0]).to.equal(expectedItem(0).title);
  expect(await requestCount(key)).to.equal(2);
  return { error: error as FeedError, message };
}

describe('<bantin-latest-news> states', () => {
  afterEach(resetFeeds);

  it('404: tells readers the news cannot be loaded now (no developer hint), and recovers with retry', async () => {
    const { error, message } = await failsThenRecovers('404,ok');
    expect(error).to.be.instanceOf(FeedError);
    expect(error.code).to.equal('http');
    expect(message).to.contain('Hiện chưa tải được tin tức').and.contain('Thử lại');
    expect(message).not.to.match(/404|thuộc tính feed/);
  });

  it('timeout: says the news is taking too long, and recovers with retry', async () => {
    const { error, message } = await failsThenRecovers('slow,ok', { timeout: '1' });
    expect(error.code).to.equal('timeout');
    expect(message).to.contain('tải quá lâu');
  });

  it('not a feed: tells readers the news cannot be loaded now, and recovers with retry', async () => {
    const { error, message } = await failsThenRecovers('html,ok');
    expect(error.code).to.equal('not-a-feed');
    expect(message).to.contain('Hiện chưa tải được tin tức');
    expect(message).not.to.contain('RSS');
  });

  it('offline with a stale copy: keeps the items, says they are not up to date, recovers with retry', async () => {
    const key = newKey('offline');
    // First answer fine, then the connection drops (as offline), then fine again.
    const el = await fixture<BantinLatestNews>(
      html`<bantin-latest-news refresh="1" feed=${feedUrl(key, { steps: 'ok,drop,ok' })}></bantin-latest-news>`,
    );
    await settled(el);
    expect(parts(el, 'item')).to.have.length(5);
    const failed = oneEvent(el, 'bantin-error');
    const { error } = (await failed).detail as { error: FeedError };
    expect(error.code).to.equal('network');
    await waitUntil(() => statusKind(el) === 'stale', 'no stale notice');
    expect(parts(el, 'item')).to.have.length(5);
    expect(texts(el, 'status')[0]).to.contain('đang hiển thị bản tin đã lưu').and.contain('Hiện chưa tải được tin tức');
    el.refresh = 0;
    retryButton(el).click();
    await waitUntil(() => parts(el, 'status').length === 0, 'the notice stayed after a successful retry');
    expect(parts(el, 'item')).to.have.length(5);
    expect(await requestCount(key)).to.equal(3);
  });

  it('five widgets on one feed make one request', async () => {
    const key = newKey('shared');
    const url = feedUrl(key);
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <bantin-latest-news feed=${url}></bantin-latest-news>
      <bantin-latest-news layout="grid" feed=${url}></bantin-latest-news>
      <bantin-latest-news layout="compact" feed=${url}></bantin-latest-news>
      <bantin-latest-news layout="ticker" feed=${url}></bantin-latest-news>
      <bantin-article-card feed=${url}></bantin-article-card>
    </div>`);
    const widgets = [...wrapper.children] as (BantinLatestNews | BantinArticleCard)[];
    for (const widget of widgets) await settled(widget);
    expect(await requestCount(key)).to.equal(1);
  });

  it('a changed feed cancels the request in flight and shows the new feed', async () => {
    const slow = newKey('slow');
    const fast = newKey('fast');
    const el = await fixture<BantinLatestNews>(html`<bantin-latest-news feed=${feedUrl(slow, { steps: 'slow' })}></bantin-latest-news>`);
    await waitUntil(async () => (await requestCount(slow)) === 1);
    el.feed = feedUrl(fast, { ids: 'moi' });
    await settled(el);
    expect(texts(el, 'title')[0]).to.equal(expectedItem(0, 'moi').title);
    await waitUntil(async () => (await requestCounts(slow)).aborted === 1, 'the old request was not aborted');
  });

  it('an empty feed shows the empty state', async () => {
    const el = await fixture<BantinLatestNews>(html`<bantin-latest-news feed=${feedUrl(newKey(), { items: 0 })}></bantin-latest-news>`);
    await settled(el);
    expect(statusKind(el)).to.equal('empty');
    expect(texts(el, 'status')).to.deep.equal(['Chưa có tin nào.']);
  });

  it('refreshes every `refresh` seconds, but not while the page is hidden', async () => {
    const key = newKey('refresh');
    let pageHidden = false;
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => pageHidden });
    try {
      const el = await fixture<BantinLatestNews>(html`<bantin-latest-news refresh="1" feed=${feedUrl(key)}></bantin-latest-news>`);
      await settled(el);
      await waitUntil(async () => (await requestCount(key)) >= 2, 'no refresh', { timeout: 5000 });
      pageHidden = true;
      document.dispatchEvent(new Event('visibilitychange'));
      const before = await requestCount(key);
      await new Promise((resolve) => setTimeout(resolve, 2500));
      // At most the one that was already under way when the page was hidden.
      expect(await requestCount(key)).to.be.at.most(before + 1);
      const whileHidden = await requestCount(key);
      pageHidden = false;
      document.dispatchEvent(new Event('visibilitychange'));
      await waitUntil(async () => (await requestCount(key)) > whileHidden, 'no refresh once visible again', { timeout: 3000 });
      el.refresh = 0;
    } finally {
      delete (document as { hidden?: boolean }).hidden; // back to Document.prototype's getter
    }
  });
});
