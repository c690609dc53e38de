// The feed's words keep the feed's language (issue 12, point 6): with the labels in English (lang="en"), the
// Vietnamese titles, summaries, categories and article text are marked lang="vi" (from feed.language, else
// from the text), as the weather card already does; the labels stay English.
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/latest-news/define.js';
import '../../../src/components/article-card/define.js';
import type { BantinLatestNews } from '../../../src/components/latest-news/latest-news.js';
import type { BantinArticleCard } from '../../../src/components/article-card/article-card.js';
import type { Feed } from '../../../src/core/feed/model.js';
import { makeFeed, parts, settled } from '../../support/widget-fixtures.js';

/** The language an element is read in: its nearest lang, crossing the shadow root. */
function langOf(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang')!;
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return '';
}

const viFeed = (count = 3): Feed => ({ ...makeFeed(count), language: 'vi' });

describe('feed text carries the feed’s language', () => {
  for (const layout of ['list', 'grid', 'compact', 'ticker']) {
    it(`latest-news layout="${layout}" with lang="en": titles, summaries and categories are lang="vi"`, async () => {
      const el = await fixture<BantinLatestNews>(html`<bantin-latest-news lang="en" layout=${layout} .feed=${viFeed()}></bantin-latest-news>`);
      await settled(el);
      const content = [...parts(el, 'title'), ...parts(el, 'summary'), ...parts(el, 'category')];
      expect(content.length).to.be.greaterThan(2);
      for (const part of content) expect(langOf(part), part.outerHTML).to.equal('vi');
      // The labels are still English.
      expect(langOf(parts(el, 'base')[0])).to.equal('en');
      for (const meta of parts(el, 'meta')) expect(langOf(meta)).to.equal('en');
    });
  }

  it('a feed that declares another language is marked with it; no lang where it is the labels’ own', async () => {
    const feed: Feed = { ...makeFeed(2, () => ({ title: 'Headline', summary: 'A summary.', categories: ['World'] })), language: 'en-GB' };
    const el = await fixture<BantinLatestNews>(html`<bantin-latest-news lang="vi" .feed=${feed}></bantin-latest-news>`);
    await settled(el);
    expect(langOf(parts(el, 'title')[0])).to.equal('en-GB');
    const same = await fixture<BantinLatestNews>(html`<bantin-latest-news lang="en" .feed=${feed}></bantin-latest-news>`);
    await settled(same);
    expect(parts(same, 'title')[0].hasAttribute('lang')).to.be.false;
  });

  it('without a declared language, Vietnamese text is marked vi', async () => {
    const el = await fixture<BantinLatestNews>(html`<bantin-latest-news lang="en" .feed=${makeFeed(2)}></bantin-latest-news>`);
    await settled(el);
    expect(langOf(parts(el, 'summary')[0])).to.equal('vi');
  });

  for (const variant of ['compact', 'standard', 'full']) {
    it(`article-card variant="${variant}" with lang="en": the article's words are lang="vi"`, async () => {
      const el = await fixture<BantinArticleCard>(html`<bantin-article-card lang="en" variant=${variant} .feed=${viFeed(1)}></bantin-article-card>`);
      await settled(
        el,
        (root) => root.querySelector('[part~="title"]') !== null && (variant !== 'full' || root.querySelector('[part~="content"]') !== null),
      );
      const content = [...parts(el, 'title'), ...parts(el, 'summary'), ...parts(el, 'category'), ...parts(el, 'content')];
      expect(content.length).to.be.greaterThan(0);
      for (const part of content) expect(langOf(part), part.outerHTML).to.equal('vi');
      expect(langOf(parts(el, 'base')[0])).to.equal('en');
    });
  }
});
