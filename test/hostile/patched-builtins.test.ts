// Built-ins a host page patches after bantin has loaded (a late CMS script, a faulty polyfill, a replaced
// Promise) must not change what the widgets show, and must never leave one loading forever.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { BantinArticleCard } from '../../src/components/article-card/article-card.js';
import type { BantinCommentBox } from '../../src/components/comment-box/comment-box.js';
import type { BantinLatestNews } from '../../src/components/latest-news/latest-news.js';
import { clampCharacters, countCharacters } from '../../src/core/comments/text.js';
import { apiBase, faultBase, newThread, seedAll, settled as boxSettled, text } from '../support/comment-box.js';
import { expectedItem, feedUrl, makeFeed, newKey, parts, resetFeeds, settled, texts } from '../support/widget-fixtures.js';

const patched: { target: object; name: PropertyKey; descriptor?: PropertyDescriptor }[] = [];

/** Replaces target[name] as a page script would (restored after each test). */
function patch(target: object, name: PropertyKey, value: unknown): void {
  patched.push({ target, name, descriptor: Object.getOwnPropertyDescriptor(target, name) });
  Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: false });
}

function restore(): void {
  for (const { target, name, descriptor } of patched.splice(0).reverse()) {
    if (descriptor) Object.defineProperty(target, name, descriptor);
    else delete (target as Record<PropertyKey, unknown>)[name];
  }
}

const NativePromise = Promise;
/** A page's own Promise, as old polyfills (es6-promise, an old Bluebird) install it: no allSettled, any or withResolvers. */
class OldPromise<T> extends NativePromise<T> {}
for (const name of ['allSettled', 'any', 'withResolvers']) Object.defineProperty(OldPromise, name, { value: undefined });

const base = (el: HTMLElement) => el.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;

async function card(attributes: string, feed = makeFeed(4)): Promise<BantinArticleCard> {
  const el = document.createElement('bantin-article-card') as BantinArticleCard;
  for (const [, name, value] of attributes.matchAll(/(\S+)="([^"]*)"/g)) el.setAttribute(name!, value!);
  el.feed = feed;
  await fixture(html`<div style="width: 640px">${el}</div>`);
  await settled(el);
  return el;
}

async function news(attributes: Record<string, string>): Promise<BantinLatestNews> {
  const el = document.createElement('bantin-latest-news') as BantinLatestNews;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  await fixture(html`<div style="width: 640px">${el}</div>`);
  await settled(el);
  return el;
}

describe('patched built-ins (the page patches after bantin has loaded)', () => {
  afterEach(() => {
    restore();
    resetFeeds();
  });

  it('a faulty Array.prototype.includes: variants, layouts and languages still hold', async () => {
    patch(Array.prototype, 'includes', () => false);
    const compact = await card('variant="compact"');
    expect(base(compact).classList.contains('variant-compact'), 'compact card').to.be.true;
    expect(parts(compact, 'summary')).to.have.length(0);
    const full = await card('variant="full" lang="en"');
    expect(base(full).classList.contains('variant-full'), 'full card').to.be.true;
    expect(base(full).getAttribute('lang')).to.equal('en');
    const grid = await news({ feed: feedUrl(newKey()), layout: 'grid', lang: 'en' });
    expect(base(grid).classList.contains('layout-grid'), 'grid layout').to.be.true;
    expect(base(grid).getAttribute('lang')).to.equal('en');
    // A feed that cannot load: the reader's sentence for a server error, not the "unknown" one.
    const failed = await news({ feed: feedUrl(newKey(), { steps: '503' }) });
    const [failedText] = texts(failed, 'status');
    patched.splice(0).forEach(({ target, name, descriptor }) => Object.defineProperty(target, name, descriptor!));
    const reference = await news({ feed: feedUrl(newKey(), { steps: '503' }) });
    expect(failedText).to.equal(texts(reference, 'status')[0]);
  });

  it('a faulty Array.prototype.find / findIndex: the card still picks the item asked for', async () => {
    patch(Array.prototype, 'find', () => undefined);
    patch(Array.prototype, 'findIndex', () => -1);
    const el = await card('item="tin-3"');
    expect(texts(el, 'title')[0]).to.equal(expectedItem(3).title);
  });

  it('a faulty Array.prototype.flat / flatMap: a served feed still loads', async () => {
    patch(Array.prototype, 'flat', function (this: unknown[]) {
      return this;
    });
    patch(Array.prototype, 'flatMap', () => []);
    const el = await news({ feed: feedUrl(newKey()), limit: '3' });
    expect(parts(el, 'item')).to.have.length(3);
  });

  it('Array.from without its map function (Prototype.js): comments are still counted in characters', async () => {
    patch(Array, 'from', (list: ArrayLike<unknown>) => Array.prototype.slice.call(list));
    expect(countCharacters('Tiếng Việt')).to.equal(10);
    expect(clampCharacters('Tiếng Việt có dấu', 10)).to.equal('Tiếng Việt');
  });

  it('a replaced window.Promise without allSettled: the comment box and the news list load', async () => {
    const thread = newThread();
    await seedAll('post', thread, [{ author: 'An', body: 'Bình luận khi Promise bị thay' }]);
    patch(window, 'Promise', OldPromise);
    const el = await fixture<BantinCommentBox>(
      html`<bantin-comment-box thread=${thread} endpoint=${apiBase('post')} lang="vi"></bantin-comment-box>`,
    );
    await boxSettled(el);
    expect(text(el.shadowRoot!.querySelector('[part="comment-body"]'))).to.equal('Bình luận khi Promise bị thay');
    const list = await news({ feed: feedUrl(newKey()), limit: '2' });
    expect(parts(list, 'item')).to.have.length(2);
  });

  it('an unexpected exception while loading ends in the localized error state, never a silent hang', async () => {
    patch(Response.prototype, 'json', () => {
      throw new TypeError('a page script broke Response.json');
    });
    const el = await fixture<BantinCommentBox>(
      html`<bantin-comment-box thread=${newThread()} endpoint=${faultBase('post', newThread('k'), 'ok')} lang="en"></bantin-comment-box>`,
    );
    await boxSettled(el);
    expect(text(el.shadowRoot!.querySelector('[role="alert"]'))).to.match(/could not|couldn't|cannot/i);
    restore();
    patch(Array.prototype, 'sort', () => {
      throw new TypeError('a page script broke Array.prototype.sort');
    });
    const list = await news({ feed: feedUrl(newKey()), lang: 'en' });
    // Items, or the reader's sentence with a retry: settled either way, never the skeleton forever.
    expect(parts(list, 'item').length + parts(list, 'status').length).to.be.greaterThan(0);
  });
});
