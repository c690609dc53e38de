import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../../src/components/latest-news/define.js';
import type { BantinLatestNews } from '../../../src/components/latest-news/latest-news.js';
import { expectedItem, feedUrl, makeFeed, newKey, parts, requestCount, resetFeeds, settled, texts } from '../../support/widget-fixtures.js';

const attr = (el: Element | undefined, name: string) => el?.getAttribute(name);

describe('<bantin-latest-news> from a served feed', () => {
  afterEach(resetFeeds);

  it('shows the first `limit` (default 5) items: titles, links, images, categories, summaries, dates', async () => {
    const key = newKey('rss');
    const el = await fixture<BantinLatestNews>(html`<bantin-latest-news feed=${feedUrl(key, { items: 8 })}></bantin-latest-news>`);
    await settled(el);
    const expected = [0, 1, 2, 3, 4].map((i) => expectedItem(i));
    expect(parts(el, 'item')).to.have.length(5);
    expect(texts(el, 'title')).to.deep.equal(expected.map((e) => e.title));
    expect(parts(el, 'title').map((t) => attr(t.querySelector('a')!, 'href'))).to.deep.equal(expected.map((e) => e.link));
    expect(texts(el, 'category')).to.deep.equal(expected.map((e) => e.category));
    expect(texts(el, 'summary')).to.deep.equal(expected.map((e) => e.summary));
    expect(texts(el, 'meta')).to.deep.equal(['22/09/2025 08:30', '22/09/2025 07:30', '22/09/2025 06:30', '22/09/2025 05:30', '22/09/2025 04:30']);
    expect(parts(el, 'meta').map((m) => attr(m.querySelector('time')!, 'datetime'))).to.deep.equal(expected.map((e) => e.published));
    const images = parts(el, 'image') as HTMLImageElement[];
    expect(images.map((img) => img.src)).to.deep.equal(expected.map((e) => e.image));
    for (const img of images) {
      expect(img.loading).to.equal('lazy');
      expect(img.getAttribute('referrerpolicy')).to.equal('no-referrer');
      expect([img.getAttribute('width'), img.getAttribute('height')]).to.deep.equal(['640', '400']);
      expect(img.hasAttribute('alt')).to.be.true;
    }
    expect(texts(el, 'header')).to.deep.equal(['Tin mới']);
    expect(await requestCount(key)).to.equal(1);
  });

  it('speaks English with lang="en"', async () => {
    const el = await fixture<BantinLatestNews>(html`<bantin-latest-news lang="en" limit="2" feed=${feedUrl(newKey())}></bantin-latest-news>`);
    await settled(el);
    expect(texts(el, 'header')).to.deep.equal(['Latest news']);
    expect(texts(el, 'meta')).to.deep.equal(['Sep 22, 2025, 08:30', 'Sep 22, 2025, 07:30']);
    expect(texts(el, 'load-more')).to.deep.equal(['Show more news']);
    expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('en');
  });

  it('reads Atom as well', async () => {
    const el = await fixture<BantinLatestNews>(
      html`<bantin-latest-news limit="3" feed=${feedUrl(newKey('atom'), { format: 'atom' })}></bantin-latest-news>`,
    );
    await settled(el);
    expect(texts(el, 'title')).to.deep.equal([0, 1, 2].map((i) => expectedItem(i).title));
    expect(texts(el, 'category')).to.deep.equal([0, 1, 2].map((i) => expectedItem(i).category));
  });

  it('merges several feeds: one request each, duplicates once, newest first', async () => {
    const a = newKey('a');
    const b = newKey('b');
    // a: items 0-4; b (Atom): items 3-7 half an hour older, so 3 and 4 are the same articles (same ids).
    const feeds = `${feedUrl(a, { items: 5 })}  ${feedUrl(b, { items: 5, from: 3, shift: 30, format: 'atom' })}`;
    const el = await fixture<BantinLatestNews>(html`<bantin-latest-news limit="20" feed=${feeds}></bantin-latest-news>`);
    await settled(el);
    const titles = texts(el, 'title');
    expect(titles).to.have.length(8);
    expect(titles).to.deep.equal([0, 1, 2, 3, 4, 5, 6, 7].map((i) => expectedItem(i).title));
    const times = parts(el, 'meta').map((m) => Date.parse(attr(m.querySelector('time')!, 'datetime')!));
    expect([...times].sort((x, y) => y - x)).to.deep.equal(times);
    expect(await requestCount(a)).to.equal(1);
    expect(await requestCount(b)).to.equal(1);
  });

  it('filters by category, ignoring case and diacritics', async () => {
    const url = feedUrl(newKey('cat'), { items: 20 });
    for (const category of ['Thời sự', 'thoi su', 'THỜI SỰ', 'Thời sự'.normalize('NFD')]) {
      const el = await fixture<BantinLatestNews>(html`<bantin-latest-news limit="10" category=${category} feed=${url}></bantin-latest-news>`);
      await settled(el);
      expect(texts(el, 'category'), category).to.deep.equal(['Thời sự', 'Thời sự', 'Thời sự', 'Thời sự']);
    }
    const two = await fixture<BantinLatestNews>(
      html`<bantin-latest-news limit="10" category="kinh te, VAN HOA - XA HOI" feed=${url}></bantin-latest-news>`,
    );
    await settled(two);
    expect(texts(two, 'category')).to.deep.equal([
      'Kinh tế',
      'Văn hóa - Xã hội',
      'Kinh tế',
      'Văn hóa - Xã hội',
      'Kinh tế',
      'Văn hóa - Xã hội',
      'Kinh tế',
      'Văn hóa - Xã hội',
    ]);
    const none = await fixture<BantinLatestNews>(html`<bantin-latest-news category="Quốc phòng" feed=${url}></bantin-latest-news>`);
    await settled(none);
    expect(parts(none, 'item')).to.have.length(0);
    expect(texts(none, 'status')).to.deep.equal(['Chưa có tin nào.']);
  });

  it('shows the next `limit` items with "load more", then no button', async () => {
    const el = await fixture<BantinLatestNews>(html`<bantin-latest-news limit="3" feed=${feedUrl(newKey(), { items: 7 })}></bantin-latest-news>`);
    await settled(el);
    expect(parts(el, 'item')).to.have.length(3);
    parts(el, 'load-more')[0].click();
    await el.updateComplete;
    expect(parts(el, 'item')).to.have.length(6);
    // Focus moves to the first new item, so keyboard users read on from there.
    expect(el.shadowRoot!.activeElement?.textContent).to.equal(expectedItem(3).title);
    parts(el, 'load-more')[0].click();
    await el.updateComplete;
    expect(parts(el, 'item')).to.have.length(7);
    expect(parts(el, 'load-more')).to.have.length(0);
  });
});

describe('<bantin-latest-news> options', () => {
  afterEach(resetFeeds);

  it('takes a ready Feed through .feed without any request, and announces it', async () => {
    const feed = makeFeed(3);
    const el = document.createElement('bantin-latest-news');
    const loaded = oneEvent(el, 'bantin-load');
    el.feed = feed;
    await fixture(el);
    expect((await loaded).detail.feed).to.equal(feed);
    expect(texts(el, 'title')).to.deep.equal(feed.items.map((i) => i.title));
    expect(parts(el, 'image').map((img) => img.getAttribute('alt'))).to.deep.equal(feed.items.map((i) => i.image!.alt));
  });

  it('has four layouts with the same parts where they make sense', async () => {
    const feed = makeFeed(4);
    const expectations: Record<string, { image: number; summary: number; title: number }> = {
      list: { image: 4, summary: 4, title: 4 },
      grid: { image: 4, summary: 4, title: 4 },
      compact: { image: 0, summary: 0, title: 4 },
      ticker: { image: 0, summary: 0, title: 4 },
    };
    for (const [layout, counts] of Object.entries(expectations)) {
      const el = await fixture<BantinLatestNews>(html`<bantin-latest-news layout=${layout} .feed=${feed}></bantin-latest-news>`);
      await settled(el);
      expect(el.shadowRoot!.querySelector('[part="base"]')!.classList.contains(`layout-${layout}`), layout).to.be.true;
      expect(parts(el, 'image'), `${layout} images`).to.have.length(counts.image);
      expect(parts(el, 'summary'), `${layout} summaries`).to.have.length(counts.summary);
      expect(texts(el, 'title'), `${layout} titles`).to.deep.equal(feed.items.map((i) => i.title));
      expect(parts(el, 'category'), `${layout} categories`).to.have.length(4);
      expect(parts(el, 'meta'), `${layout} dates`).to.have.length(4);
    }
  });

  it('lays the grid out in columns', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 900px"><bantin-latest-news layout="grid" .feed=${makeFeed(4)}></bantin-latest-news></div>`,
    );
    const el = wrapper.firstElementChild as BantinLatestNews;
    await settled(el);
    const tops = parts(el, 'item').map((item) => item.getBoundingClientRect().top);
    expect(new Set(tops).size).to.be.lessThan(tops.length);
  });

  it('hides what `hide` lists', async () => {
    const el = await fixture<BantinLatestNews>(
      html`<bantin-latest-news hide="image, summary,date,category" .feed=${makeFeed(3)}></bantin-latest-news>`,
    );
    await settled(el);
    for (const part of ['image', 'summary', 'meta', 'category']) expect(parts(el, part), part).to.have.length(0);
    expect(parts(el, 'title')).to.have.length(3);
    el.hide = 'summary';
    await el.updateComplete;
    expect(parts(el, 'summary')).to.have.length(0);
    expect(parts(el, 'image')).to.have.length(3);
  });

  it('takes heading, heading-level, more-href and target', async () => {
    const el = await fixture<BantinLatestNews>(
      html`<bantin-latest-news heading="Tin Sơn La" heading-level="3" more-href="/tin-tuc/" target="_blank" .feed=${makeFeed(2)}></bantin-latest-news>`,
    );
    await settled(el);
    const heading = el.shadowRoot!.querySelector('[role="heading"]')!;
    expect(heading.textContent).to.equal('Tin Sơn La');
    expect(heading.getAttribute('aria-level')).to.equal('3');
    expect(parts(el, 'title').map((t) => t.getAttribute('aria-level'))).to.deep.equal(['4', '4']);
    const more = parts(el, 'more')[0] as HTMLAnchorElement;
    expect(more.href).to.equal(new URL('/tin-tuc/', location.href).href);
    expect(more.textContent).to.equal('Xem thêm');
    for (const link of el.shadowRoot!.querySelectorAll('a')) expect(link.target).to.equal('_blank');
    el.moreHref = 'javascript:alert(1)';
    el.heading = '';
    await el.updateComplete;
    expect(parts(el, 'more')).to.have.length(0);
    expect(parts(el, 'header')).to.have.length(0);
    expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('aria-label')).to.equal('Báo Sơn La – Tin mới');
  });

  it('writes relative dates with date-format="relative", the exact time as a tooltip', async () => {
    const now = Date.now();
    const feed = makeFeed(2, (i) => ({ published: new Date(now - (i + 2) * 3_600_000).toISOString() }));
    const el = await fixture<BantinLatestNews>(html`<bantin-latest-news date-format="relative" .feed=${feed}></bantin-latest-news>`);
    await settled(el);
    expect(texts(el, 'meta')).to.deep.equal(['2 giờ trước', '3 giờ trước']);
    expect(parts(el, 'meta')[0].querySelector('time')!.title).to.match(/^\d\d\/\d\d\/\d{4} \d\d:\d\d$/);
    el.lang = 'en';
    await waitUntil(() => texts(el, 'meta')[0] === '2 hours ago');
  });

  it('binds feed text as text and drops unsafe links and images', async () => {
    const feed = makeFeed(1, () => ({
      title: '<img src=x onerror=alert(1)>Tiêu đề',
      link: 'javascript:alert(1)',
      image: { url: 'data:image/svg+xml,<svg onload=alert(1)>' },
      categories: ['<b>Thời sự</b>'],
    }));
    const el = await fixture<BantinLatestNews>(html`<bantin-latest-news .feed=${feed}></bantin-latest-news>`);
    await settled(el);
    expect(texts(el, 'title')).to.deep.equal(['<img src=x onerror=alert(1)>Tiêu đề']);
    expect(el.shadowRoot!.querySelector('.title a')).to.be.null;
    expect(parts(el, 'image')).to.have.length(0);
    expect(texts(el, 'category')).to.deep.equal(['<b>Thời sự</b>']);
  });

  it('announces a reader’s choice; a host may cancel the navigation', async () => {
    const feed = makeFeed(2);
    const el = await fixture<BantinLatestNews>(html`<bantin-latest-news .feed=${feed}></bantin-latest-news>`);
    await settled(el);
    const link = el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.title a')[1];
    const seen: { item: unknown; cancelable: boolean; defaultPrevented: boolean }[] = [];
    const stopNavigation = (event: Event) => {
      seen.push({ ...seen.pop()!, defaultPrevented: event.defaultPrevented });
      event.preventDefault(); // the test page must stay
    };
    const select = (event: CustomEvent) => seen.push({ item: event.detail.item, cancelable: event.cancelable, defaultPrevented: false });
    document.addEventListener('bantin-item-select', select);
    window.addEventListener('click', stopNavigation);
    try {
      link.click();
      expect(seen).to.deep.equal([{ item: feed.items[1], cancelable: true, defaultPrevented: false }]);
      const cancel = (event: Event) => event.preventDefault();
      document.addEventListener('bantin-item-select', cancel);
      link.click();
      document.removeEventListener('bantin-item-select', cancel);
      expect(seen[1].defaultPrevented).to.be.true;
    } finally {
      document.removeEventListener('bantin-item-select', select);
      window.removeEventListener('click', stopNavigation);
    }
  });

  it('themes: light by default with literal fallbacks, dark, auto, and page tokens win', async () => {
    const el = await fixture<BantinLatestNews>(html`<bantin-latest-news .feed=${makeFeed(1)}></bantin-latest-news>`);
    await settled(el);
    const header = () => getComputedStyle(parts(el, 'header')[0]);
    const host = () => getComputedStyle(el);
    expect(header().borderBottomColor).to.equal('rgb(169, 29, 34)');
    expect(host().backgroundColor).to.equal('rgb(255, 255, 255)');
    el.theme = 'dark';
    await el.updateComplete;
    expect(el.getAttribute('theme')).to.equal('dark');
    expect(host().backgroundColor).to.equal('rgb(23, 25, 29)');
    el.theme = 'auto';
    await el.updateComplete;
    try {
      await emulateMedia({ colorScheme: 'dark' });
      expect(host().backgroundColor).to.equal('rgb(23, 25, 29)');
      await emulateMedia({ colorScheme: 'light' });
      expect(host().backgroundColor).to.equal('rgb(255, 255, 255)');
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
    el.style.setProperty('--bantin-color-accent', 'rgb(1, 2, 3)');
    expect(header().borderBottomColor).to.equal('rgb(1, 2, 3)');
  });

  it('inherits the page font family and size, not its italics (issue 12)', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="font: italic 19px Georgia, serif"><bantin-latest-news .feed=${makeFeed(1)}></bantin-latest-news></div>`,
    );
    const el = wrapper.firstElementChild as BantinLatestNews;
    await settled(el);
    const button = el.shadowRoot!.querySelector('button, a')!;
    expect(getComputedStyle(button).fontFamily).to.contain('Georgia');
    expect(getComputedStyle(parts(el, 'summary')[0]).fontStyle, 'a page style is not forced on the text').to.equal('normal');
    expect(getComputedStyle(parts(el, 'title')[0]).fontSize, 'the size follows the page').to.equal('19px');
  });
});
