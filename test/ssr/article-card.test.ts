import { expect, waitUntil } from '@open-wc/testing';
import { parseFeed } from '../../src/core/index.js';
import { newestItem } from '../../src/core/feed/merge.js';
import type { Feed, FeedItem } from '../../src/core/feed/model.js';
import { fetched, hydrated, loadedPurify, text, withJavaScript, withoutJavaScript, type Widget } from './ssr-page.js';

const TAG = 'bantin-article-card';
const FEED = '/api/feeds/tin-moi';

let feed: Feed;
let newest: FeedItem;
before(async () => {
  // Read as the test server's renderer reads it (test/support/ssr-middleware.mjs).
  feed = parseFeed(await (await fetch(FEED)).text(), { url: `http://localhost${FEED}` });
  newest = newestItem(feed.items)!;
});

/** The item's body as the feed gives it, as DOM (to read expected words from; never put in the page). */
function bodyOf(item: FeedItem): Document {
  return new DOMParser().parseFromString(item.contentHtml ?? '', 'text/html');
}

function stateOf(el: Element): { feed: Feed; content?: { sanitized: string; caption?: string } } {
  return JSON.parse(el.querySelector(':scope > script[data-bantin-state]')!.textContent!);
}

describe('<bantin-article-card> rendered on the server', () => {
  it('the full article is readable without JavaScript: title, author, date, lead, image and caption, body, source link', async () => {
    const doc = await withoutJavaScript(TAG, `feed=${FEED}&variant=full&heading-level=1`);
    const el = doc.querySelector(TAG)!;
    const root = el.shadowRoot!;
    expect(root, 'a declarative shadow root').to.not.equal(null);
    expect(text(root.querySelector('[part="title"]'))).to.equal(newest.title);
    expect(root.querySelector('[part="title"]')!.getAttribute('aria-level')).to.equal('1');
    expect(text(root.querySelector('.author'))).to.equal(`Tác giả: ${newest.author}`);
    expect(root.querySelector('time')!.getAttribute('datetime')).to.equal(newest.published);
    expect(text(root.querySelector('[part="summary"]'))).to.equal(newest.summary);
    const source = bodyOf(newest);
    expect(text(root.querySelector('[part="caption"]'))).to.equal(text(source.querySelector('figcaption')));

    // The body: sanitised on the server, the copies of the lead and of the lead image removed.
    const content = root.querySelector('[part="content"]')!;
    const paragraphs = [...source.querySelectorAll('body > p')].map(text);
    expect(text(content)).to.contain(paragraphs[1]);
    expect(text(content)).to.contain(text(source.querySelector('h2')));
    expect(text(content)).to.not.contain(paragraphs[0]);
    expect(content.querySelectorAll('img, figure').length, 'the lead image’s copy').to.equal(0);
    const links = [...content.querySelectorAll('a')];
    expect(links.length).to.be.greaterThan(0);
    for (const link of links) {
      expect(link.getAttribute('href')).to.match(/^http:\/\/localhost\//);
      expect(link.getAttribute('rel')).to.equal('noopener noreferrer nofollow ugc');
    }
    expect(root.querySelector<HTMLAnchorElement>('[part="more"]')!.href).to.equal(newest.link);
    expect(root.querySelectorAll('script').length).to.equal(0);
    expect(root.querySelectorAll('.skeleton, .skeleton-line').length).to.equal(0);
    expect(doc.defaultView!.getComputedStyle(content).display).to.equal('block');

    // The state carries the HTML content of the shown item only, and the body the server sanitised.
    const state = stateOf(el);
    expect(state.feed.items.filter((item) => item.contentHtml !== undefined).map((item) => item.id)).to.deep.equal([newest.id]);
    expect(state.content!.sanitized).to.contain(paragraphs[1]);
  });

  it('shows the item named by `item`, and the other variants carry no HTML content in their state', async () => {
    const second = feed.items[1]!;
    const full = (await withoutJavaScript(TAG, `feed=${FEED}&variant=full&item=1&lang=en`)).querySelector(TAG)!;
    expect(text(full.shadowRoot!.querySelector('[part="title"]'))).to.equal(second.title);
    expect(text(full.shadowRoot!.querySelector('.author'))).to.equal(`Author: ${second.author}`);
    expect(text(full.shadowRoot!.querySelector('[part="content"]'))).to.contain(text(bodyOf(second).querySelector('body > p:last-of-type')));

    for (const variant of ['standard', 'compact']) {
      const card = (await withoutJavaScript(TAG, `feed=${FEED}&variant=${variant}`)).querySelector(TAG)!;
      const link = card.shadowRoot!.querySelector<HTMLAnchorElement>('[part="title"] a')!;
      expect(link.textContent).to.equal(newest.title);
      expect(link.href).to.equal(newest.link);
      expect(card.shadowRoot!.querySelector('img')!.getAttribute('src')).to.equal(newest.image!.url);
      const state = stateOf(card);
      expect(state.feed.items.length).to.equal(feed.items.length);
      expect(state.feed.items.some((item) => item.contentHtml !== undefined)).to.equal(false);
      expect(state.content).to.equal(undefined);
    }
  });

  it('hydrates in place: the same nodes, no feed request, no DOMPurify, no layout shift; then it works as a client-rendered card', async () => {
    const { page, widget } = await withJavaScript(TAG, `feed=${FEED}&variant=full`);
    const root = widget.shadowRoot!;
    const before = {
      title: root.querySelector('[part="title"]'),
      body: root.querySelector('[part="content"] p'),
      caption: root.querySelector('[part="caption"]'),
    };
    const body = text(root.querySelector('[part="content"]'));
    await hydrated(page, widget);
    expect(root.querySelector('[part="title"]') === before.title, 'the server’s title is kept').to.equal(true);
    expect(root.querySelector('[part="content"] p') === before.body, 'the server’s body is kept').to.equal(true);
    expect(root.querySelector('[part="caption"]') === before.caption, 'the server’s caption is kept').to.equal(true);
    expect(text(root.querySelector('[part="content"]'))).to.equal(body);
    expect(fetched(page)).to.deep.equal([]);
    expect(loadedPurify(page), 'DOMPurify was not downloaded').to.equal(false);
    expect(page.shifts().map((s) => s.value)).to.deep.equal([]);

    // Client behaviour: the source link sends bantin-item-select; another article (the state carries only the
    // shown item's HTML content, so handed over as an item) is sanitised in the browser.
    let selected = '';
    widget.addEventListener('bantin-item-select', (event) => {
      selected = (event as CustomEvent<{ item: FeedItem }>).detail.item.id;
      event.preventDefault();
    });
    root.querySelector<HTMLAnchorElement>('[part="more"]')!.click();
    expect(selected).to.equal(newest.id);
    const other = feed.items[2]!;
    (widget as Widget & { item?: FeedItem }).item = other;
    const words = text(bodyOf(other).querySelector('body > p:last-of-type'));
    await waitUntil(() => text(root.querySelector('[part="content"]')).includes(words), 'the other article’s body');
    expect(text(root.querySelector('[part="title"]'))).to.equal(other.title);
    expect(loadedPurify(page), 'DOMPurify, now that the browser sanitises').to.equal(true);
  });
});
