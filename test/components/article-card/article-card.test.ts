import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/article-card/define.js';
import type { BantinArticleCard } from '../../../src/components/article-card/article-card.js';
import type { Feed } from '../../../src/core/feed/model.js';
import {
  deepActiveElement,
  expectedItem,
  feedUrl,
  makeFeed,
  newKey,
  parts,
  requestCount,
  resetFeeds,
  settled,
  texts,
} from '../../support/widget-fixtures.js';

const title = (el: HTMLElement) => texts(el, 'title')[0];
const contentReady = (root: ShadowRoot) => root.querySelector('[part="content"]') !== null;

/** Items in an order that is not by date: the newest is the third. */
function shuffledFeed(): Feed {
  const feed = makeFeed(4);
  return { ...feed, items: [feed.items[2], feed.items[3], feed.items[0], feed.items[1]] };
}

describe('<bantin-article-card> sources', () => {
  afterEach(resetFeeds);

  it('shows the newest item of the feed by default', async () => {
    const feed = shuffledFeed();
    const el = await fixture<BantinArticleCard>(html`<bantin-article-card .feed=${feed}></bantin-article-card>`);
    await settled(el);
    expect(title(el)).to.equal(expectedItem(0).title);
  });

  it('picks an item by id, by link or by 0-based index', async () => {
    const feed = shuffledFeed();
    for (const [item, expected] of [
      ['tin-3', 3],
      ['https://baosonla.example.vn/tin/tin-1.html', 1],
      ['0', 2],
      ['3', 1],
    ] as const) {
      const el = await fixture<BantinArticleCard>(html`<bantin-article-card item=${item} .feed=${feed}></bantin-article-card>`);
      await settled(el);
      expect(title(el), item).to.equal(expectedItem(expected).title);
    }
  });

  it('says so when the item is not in the feed', async () => {
    const el = await fixture<BantinArticleCard>(html`<bantin-article-card item="khong-co" .feed=${makeFeed(2)}></bantin-article-card>`);
    await settled(el);
    expect(texts(el, 'status')).to.deep.equal(['Không tìm thấy bài viết.']);
    el.lang = 'en';
    await waitUntil(() => texts(el, 'status')[0] === 'Article not found.');
  });

  it('loads a served feed, and shares the request with other widgets', async () => {
    const key = newKey('card');
    const url = feedUrl(key);
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <bantin-article-card feed=${url}></bantin-article-card>
      <bantin-article-card feed=${url} item="2" variant="compact"></bantin-article-card>
    </div>`);
    const [first, second] = [...wrapper.children] as BantinArticleCard[];
    await settled(first);
    await settled(second);
    expect(title(first)).to.equal(expectedItem(0).title);
    expect(texts(first, 'category')).to.deep.equal([expectedItem(0).category]);
    expect(texts(first, 'meta')).to.deep.equal(['22/09/2025 08:30']);
    expect((parts(first, 'image')[0] as HTMLImageElement).src).to.equal(expectedItem(0).image);
    expect(title(second)).to.equal(expectedItem(2).title);
    expect(await requestCount(key)).to.equal(1);
  });

  it('takes a FeedItem through .item', async () => {
    const item = makeFeed(3).items[1];
    const el = await fixture<BantinArticleCard>(html`<bantin-article-card .item=${item}></bantin-article-card>`);
    await settled(el);
    expect(title(el)).to.equal(item.title);
    expect(el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="title"] a')!.href).to.equal(item.link);
  });

  it('works from plain attributes', async () => {
    const el = await fixture<BantinArticleCard>(html`<bantin-article-card
      href="/tin/le-hoi-hoa-ban.html"
      heading="Lễ hội Hoa Ban 2025"
      image="/__widgets/img/7.svg"
      summary="Lễ hội thu hút đông đảo du khách."
      category="Văn hóa"
      date="2025-03-14T02:00:00Z"
      author="Quàng Thị Hoa"
      lang="en"
    ></bantin-article-card>`);
    await settled(el);
    expect(title(el)).to.equal('Lễ hội Hoa Ban 2025');
    expect(el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="title"] a')!.href).to.equal(
      new URL('/tin/le-hoi-hoa-ban.html', location.href).href,
    );
    expect((parts(el, 'image')[0] as HTMLImageElement).src).to.equal(new URL('/__widgets/img/7.svg', location.href).href);
    expect(texts(el, 'summary')).to.deep.equal(['Lễ hội thu hút đông đảo du khách.']);
    expect(texts(el, 'category')).to.deep.equal(['Văn hóa']);
    expect(texts(el, 'meta')).to.deep.equal(['Mar 14, 2025, 09:00']);
    el.variant = 'full';
    await el.updateComplete;
    expect(texts(el, 'meta')[0]).to.contain('Quàng Thị Hoa');
    el.href = 'javascript:alert(1)';
    el.image = 'javascript:alert(1)';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('a[href^="javascript"], img[src^="javascript"]')).to.be.null;
  });
});

describe('<bantin-article-card> variants', () => {
  afterEach(resetFeeds);

  it('compact: thumbnail, title link and date only', async () => {
    const feed = makeFeed(1);
    const el = await fixture<BantinArticleCard>(html`<bantin-article-card variant="compact" .feed=${feed}></bantin-article-card>`);
    await settled(el);
    expect(parts(el, 'image')).to.have.length(1);
    expect(parts(el, 'title')[0].querySelector('a')!.href).to.equal(feed.items[0].link);
    expect(parts(el, 'meta')).to.have.length(1);
    for (const absent of ['summary', 'category', 'content', 'caption']) expect(parts(el, absent), absent).to.have.length(0);
  });

  it('standard: image, category, title link, summary and date', async () => {
    const feed = makeFeed(1);
    const el = await fixture<BantinArticleCard>(html`<bantin-article-card .feed=${feed}></bantin-article-card>`);
    await settled(el);
    expect(parts(el, 'image')[0].getAttribute('alt')).to.equal(feed.items[0].image!.alt);
    expect(texts(el, 'category')).to.deep.equal(['Thời sự']);
    expect(texts(el, 'summary')).to.deep.equal([feed.items[0].summary]);
    expect(texts(el, 'meta')).to.deep.equal(['22/09/2025 08:30']);
    expect(parts(el, 'content')).to.have.length(0);
  });

  it('full: title, lead, captioned image, sanitized content, author, date and the source link', async () => {
    const feed = makeFeed(1, () => ({
      contentHtml:
        '<p>Đoạn một với <a href="/lien-ket">liên kết</a> và <em>nhấn mạnh</em>.</p><script>window.__xssFlag = true</script>' +
        '<p style="color:red" onclick="window.__xssFlag = true">Đoạn hai.</p><iframe src="https://example.com"></iframe><img src="anh-trong-bai.jpg" alt="Ảnh trong bài">',
    }));
    const item = feed.items[0];
    const el = await fixture<BantinArticleCard>(html`<bantin-article-card variant="full" heading-level="1" .feed=${feed}></bantin-article-card>`);
    await settled(el, contentReady);
    const heading = parts(el, 'title')[0];
    expect(heading.textContent!.trim()).to.equal(item.title);
    expect(heading.getAttribute('aria-level')).to.equal('1');
    expect(heading.querySelector('a')).to.be.null;
    expect(texts(el, 'summary')).to.deep.equal([item.summary]);
    const image = parts(el, 'image')[0] as HTMLImageElement;
    expect(image.src).to.equal(item.image!.url);
    expect(texts(el, 'caption')).to.deep.equal([item.image!.alt]);
    expect(texts(el, 'meta')[0]).to.contain(item.author).and.contain('22/09/2025 08:30');
    const content = parts(el, 'content')[0];
    expect(content.textContent).to.contain('Đoạn một với liên kết và nhấn mạnh.').and.contain('Đoạn hai.');
    expect(content.querySelector('script, iframe, [style], [onclick]')).to.be.null;
    const link = content.querySelector('a')!;
    // Relative URLs resolve against the article's own address.
    expect(link.href).to.equal('https://baosonla.example.vn/lien-ket');
    expect(link.rel).to.equal('noopener noreferrer nofollow ugc');
    expect(content.querySelector('img')!.src).to.equal('https://baosonla.example.vn/tin/anh-trong-bai.jpg');
    expect(parts(el, 'more')[0].getAttribute('href')).to.equal(item.link);
    expect(texts(el, 'more')).to.deep.equal(['Xem bài gốc']);
    expect((window as { __xssFlag?: boolean }).__xssFlag).to.be.undefined;
  });

  it('full: does not repeat the lead paragraph and the lead image that the content starts with', async () => {
    const key = newKey('full');
    const el = await fixture<BantinArticleCard>(html`<bantin-article-card variant="full" feed=${feedUrl(key)}></bantin-article-card>`);
    await settled(el, contentReady);
    const expected = expectedItem(0);
    const content = parts(el, 'content')[0];
    // The served content is: <p><strong>lead</strong></p><figure><img …><figcaption/></figure><p>detail</p>
    expect(content.textContent).not.to.contain(expected.summary);
    expect(content.querySelector('figure, img')).to.be.null;
    expect(content.textContent).to.contain('Nội dung chi tiết của tin số tin-0.');
    expect(texts(el, 'summary')).to.deep.equal([expected.summary]);
    expect(parts(el, 'image')).to.have.length(1);
  });

  it('full: the caption of the content’s copy of the lead image stands under the lead image', async () => {
    // media:thumbnail has no alt; the article's own <figcaption> is the caption readers expect to see.
    const base = makeFeed(1).items[0]!;
    const image = 'https://baosonla.example.vn/anh-xoai.jpg';
    const item = {
      ...base,
      image: { url: image },
      contentHtml: `<figure><img src="${image}" alt="Vườn xoài"><figcaption>Thu hoạch xoài tại xã Chiềng Mung.</figcaption></figure><p>Chi tiết.</p>`,
    };
    const el = await fixture<BantinArticleCard>(html`<bantin-article-card variant="full" .item=${item}></bantin-article-card>`);
    await settled(el, contentReady);
    expect(texts(el, 'caption')).to.deep.equal(['Thu hoạch xoài tại xã Chiềng Mung.']);
    expect(parts(el, 'content')[0].querySelector('figure')).to.be.null;
  });

  it('full: nothing shows below where the body goes until the body is there (it would move down when the body comes)', async () => {
    const item = { ...makeFeed(1).items[0]!, contentHtml: '<p>Chi tiết bài viết.</p>' };
    const el = document.createElement('bantin-article-card') as BantinArticleCard;
    el.setAttribute('variant', 'full');
    el.item = item;
    // Every render, from the first: the "read the original" line never stands where the body is about to go.
    const renders: { source: boolean; content: boolean }[] = [];
    el.addController({
      hostUpdated: () =>
        renders.push({
          source: el.shadowRoot!.querySelector('.source') !== null,
          content: el.shadowRoot!.querySelector('[part="content"]') !== null,
        }),
    });
    document.body.append(el);
    try {
      await settled(el, contentReady);
      expect(renders[0], 'the first render is without its body').to.deep.equal({ source: false, content: false });
      expect(renders.filter((render) => render.source && !render.content)).to.deep.equal([]);
      expect(renders.at(-1)).to.deep.equal({ source: true, content: true });
    } finally {
      el.remove();
    }
  });

  it('switches variant and article without mixing up their content', async () => {
    const feed = makeFeed(3);
    const el = await fixture<BantinArticleCard>(html`<bantin-article-card variant="full" item="1" .feed=${feed}></bantin-article-card>`);
    await settled(el, contentReady);
    expect(parts(el, 'content')[0].textContent).to.contain('tin-1');
    el.item = '2';
    await waitUntil(() => parts(el, 'content')[0]?.textContent?.includes('tin-2'), 'content of the new item');
    el.variant = 'standard';
    await el.updateComplete;
    expect(parts(el, 'content')).to.have.length(0);
    el.variant = 'full';
    await waitUntil(() => parts(el, 'content')[0]?.textContent?.includes('tin-2'), 'content back');
  });

  it('announces a reader’s choice; a host may cancel the navigation', async () => {
    const feed = makeFeed(1);
    const el = await fixture<BantinArticleCard>(html`<bantin-article-card .feed=${feed}></bantin-article-card>`);
    await settled(el);
    const cancel = (event: Event) => event.preventDefault();
    document.addEventListener('bantin-item-select', cancel);
    try {
      const selected = oneEvent(el, 'bantin-item-select');
      const link = parts(el, 'title')[0].querySelector('a')!;
      const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, button: 0 });
      link.dispatchEvent(click);
      expect((await selected).detail.item).to.equal(feed.items[0]);
      expect(click.defaultPrevented).to.be.true;
    } finally {
      document.removeEventListener('bantin-item-select', cancel);
    }
  });

  it('is accessible in every variant and state', async () => {
    const feed = makeFeed(2);
    for (const variant of ['compact', 'standard', 'full']) {
      const el = await fixture<BantinArticleCard>(html`<bantin-article-card variant=${variant} .feed=${feed}></bantin-article-card>`);
      await settled(el, variant === 'full' ? contentReady : undefined);
      await expect(el, variant).to.be.accessible();
      el.theme = 'dark';
      await el.updateComplete;
      await expect(el, `${variant} dark`).to.be.accessible();
      const loading = await fixture<BantinArticleCard>(
        html`<bantin-article-card variant=${variant} feed=${feedUrl(newKey(), { steps: 'slow' })}></bantin-article-card>`,
      );
      await expect(loading, `${variant} loading`).to.be.accessible();
      loading.remove();
      const failed = await fixture<BantinArticleCard>(
        html`<bantin-article-card variant=${variant} feed=${feedUrl(newKey(), { steps: '500' })}></bantin-article-card>`,
      );
      await settled(failed);
      expect(parts(failed, 'status')[0].dataset.kind).to.equal('error');
      await expect(failed, `${variant} error`).to.be.accessible();
      const missing = await fixture<BantinArticleCard>(html`<bantin-article-card variant=${variant} item="x" .feed=${feed}></bantin-article-card>`);
      await settled(missing);
      await expect(missing, `${variant} not found`).to.be.accessible();
    }
  });
});

describe('<bantin-article-card> keyboard', () => {
  it('reaches the title link of a card, and every link of a full article', async () => {
    const feed = makeFeed(1, () => ({
      contentHtml: '<p>Một <a href="https://a.vn/1">liên kết</a> và <a href="https://a.vn/2">liên kết hai</a>.</p>',
    }));
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <button id="before">before</button>
      <bantin-article-card .feed=${feed}></bantin-article-card>
      <bantin-article-card variant="full" .feed=${feed}></bantin-article-card>
      <button id="after">after</button>
    </div>`);
    const [card, full] = [...wrapper.querySelectorAll('bantin-article-card')];
    await settled(card);
    await settled(full, contentReady);
    (wrapper.querySelector('#before') as HTMLElement).focus();
    const reached: string[] = [];
    for (let step = 0; step < 10; step++) {
      await sendKeys({ press: 'Tab' });
      const active = deepActiveElement()!;
      if (active.id === 'after') break;
      reached.push(active.textContent!.trim());
    }
    expect(reached).to.deep.equal([feed.items[0].title, 'liên kết', 'liên kết hai', 'Xem bài gốc']);
  });
});
