import { expect, waitUntil } from '@open-wc/testing';
import { loadPage, type PageFrame } from '../support/page-frame.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

const frames: (PageFrame | HTMLIFrameElement)[] = [];
afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

/** The server-rendered page in a frame where scripts cannot run. */
async function withoutJavaScript(query: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.sandbox.add('allow-same-origin');
  frame.style.cssText = 'width:800px;height:900px;border:0';
  frame.src = `/ssr/bantin-latest-news?${query}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame.contentDocument!;
}

async function apiRequests(): Promise<string[]> {
  return (await fetch('/ssr/requests')).json();
}

/** The server-rendered page with bantin.js, which arrives 400 ms after the HTML (test/support/portal-middleware.mjs). */
async function withJavaScript(query: string): Promise<{ page: PageFrame; widget: Widget }> {
  const html = (await (await fetch(`/ssr/bantin-latest-news?${query}`)).text()).replace(
    '</head>',
    '<script type="module" src="/bantin/bantin.js"></script></head>',
  );
  const page = await loadPage(html, { width: 800, height: 900 });
  frames.push(page);
  return { page, widget: page.document.querySelector<Widget>('bantin-latest-news')! };
}

describe('<bantin-latest-news> rendered on the server', () => {
  it('is complete without JavaScript: heading, items with their links, categories and dates', async () => {
    const doc = await withoutJavaScript('feed=/api/feeds/tin-moi&limit=3');
    const root = doc.querySelector('bantin-latest-news')!.shadowRoot!;
    expect(root, 'a declarative shadow root').to.not.equal(null);
    expect(root.querySelector('[part="header"]')!.textContent!.trim()).to.equal('Tin mới');
    const items = [...root.querySelectorAll('li.item[data-index]')];
    expect(items.length).to.equal(3);
    for (const item of items) {
      expect(item.querySelector('a')!.href).to.match(/^http:\/\/localhost\/\?bai=/);
      expect(item.querySelector('.title')!.textContent!.trim().length).to.be.greaterThan(10);
      expect(item.querySelector('.category')!.textContent!.trim()).to.not.equal('');
      expect(item.querySelector('time')!.textContent).to.match(/^\d\d\/\d\d\/\d{4} \d\d:\d\d$/);
    }
    // Styled: the shadow root carries its styles.
    expect(root.querySelector('style')!.textContent).to.contain('--bantin-color-text');
    expect(doc.defaultView!.getComputedStyle(items[0]).display).to.not.equal('inline');
  });

  it('speaks English when rendered with lang=en', async () => {
    const doc = await withoutJavaScript('feed=/api/feeds/tin-moi&limit=2&lang=en');
    const el = doc.querySelector('bantin-latest-news')!;
    expect(el.getAttribute('lang')).to.equal('en');
    expect(el.shadowRoot!.querySelector('[part="header"]')!.textContent!.trim()).to.equal('Latest news');
  });

  it('hydrates in place: the same nodes, no feed request, no layout shift, and then works like a client-rendered one', async () => {
    await apiRequests();
    const { page, widget } = await withJavaScript('feed=/api/feeds/tin-moi&limit=2');
    const before = widget.shadowRoot!.querySelector('li.item a')!;
    const titles = [...widget.shadowRoot!.querySelectorAll('.title')].map((t) => t.textContent!.trim());
    await page.frame.contentWindow!.customElements.whenDefined('bantin-latest-news');
    await widget.updateComplete;
    expect(widget.shadowRoot!.querySelector('li.item a'), 'the server’s link element is kept').to.equal(before);
    expect([...widget.shadowRoot!.querySelectorAll('.title')].map((t) => t.textContent!.trim())).to.deep.equal(titles);
    expect(await apiRequests(), 'no request to /api/').to.deep.equal([]);
    expect(page.shifts().map((s) => s.value)).to.deep.equal([]);

    // Client behaviour: "load more" shows the next page; choosing an item sends bantin-item-select.
    widget.shadowRoot!.querySelector<HTMLButtonElement>('[part="load-more"]')!.click();
    await waitUntil(() => widget.shadowRoot!.querySelectorAll('li.item[data-index]').length === 4, 'load more added the next two items');
    let selected = '';
    widget.addEventListener('bantin-item-select', (event) => {
      selected = (event as CustomEvent<{ item: { title: string } }>).detail.item.title;
      event.preventDefault();
    });
    widget.shadowRoot!.querySelector<HTMLAnchorElement>('li.item a')!.click();
    expect(selected).to.equal(titles[0]);
  });

  it('renders again, with a warning, when the server’s HTML is not what this version renders (another bantin version)', async () => {
    // The template digest of the widget's shadow root, changed: the server rendered other templates.
    const html = (await (await fetch('/ssr/bantin-latest-news?feed=/api/feeds/tin-moi&limit=2')).text())
      .replace(/(<\/style>)<!--lit-part [^>]*-->/, '$1<!--lit-part AAAAAAAAAAA=--><p>from another version</p>')
      .replace('</head>', '<script type="module" src="/bantin/bantin.js"></script></head>');
    const page = await loadPage(html, { width: 800, height: 900 });
    frames.push(page);
    const widget = page.document.querySelector<Widget>('bantin-latest-news')!;
    await page.frame.contentWindow!.customElements.whenDefined('bantin-latest-news');
    await waitUntil(() => widget.shadowRoot!.querySelectorAll('li.item[data-index]').length === 2, 'the widget rendered its items again');
    expect(widget.shadowRoot!.textContent).to.not.contain('from another version');
    expect(widget.shadowRoot!.querySelector('style'), 'its styles are kept').to.not.equal(null);
  });
});
