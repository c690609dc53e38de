import { expect, waitUntil } from '@open-wc/testing';
import { loadPage } from '../support/page-frame.js';
import { fetched, hydrated, serverHtml, withJavaScript, withoutJavaScript, type Widget } from './ssr-page.js';

const TAG = 'bantin-latest-news';

describe('<bantin-latest-news> rendered on the server', () => {
  it('is complete without JavaScript: heading, items with their links, categories and dates', async () => {
    const doc = await withoutJavaScript(TAG, 'feed=/api/feeds/tin-moi&limit=3');
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
    const doc = await withoutJavaScript(TAG, 'feed=/api/feeds/tin-moi&limit=2&lang=en');
    const el = doc.querySelector('bantin-latest-news')!;
    expect(el.getAttribute('lang')).to.equal('en');
    expect(el.shadowRoot!.querySelector('[part="header"]')!.textContent!.trim()).to.equal('Latest news');
  });

  it('hydrates in place: the same nodes, no feed request, no layout shift, and then works like a client-rendered one', async () => {
    const { page, widget } = await withJavaScript(TAG, 'feed=/api/feeds/tin-moi&limit=2');
    const before = widget.shadowRoot!.querySelector('li.item a')!;
    const titles = [...widget.shadowRoot!.querySelectorAll('.title')].map((t) => t.textContent!.trim());
    await hydrated(page, widget);
    expect(widget.shadowRoot!.querySelector('li.item a') === before, 'the server’s link element is kept').to.equal(true);
    expect([...widget.shadowRoot!.querySelectorAll('.title')].map((t) => t.textContent!.trim())).to.deep.equal(titles);
    expect(fetched(page), 'no request for the feed').to.deep.equal([]);
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

  it('a ticker is rendered still, hydrates in place, and then moves', async () => {
    const { page, widget } = await withJavaScript(TAG, 'feed=/api/feeds/tin-moi&limit=3&layout=ticker');
    const root = widget.shadowRoot!;
    expect(root.querySelectorAll('.ticker-list').length, 'the server renders one still list').to.equal(1);
    const first = root.querySelector('.ticker-item a')!;
    await hydrated(page, widget);
    expect(root.querySelector('.ticker-item a') === first, 'the server’s headline is kept').to.equal(true);
    expect(root.querySelectorAll('.ticker-list[aria-hidden="true"]').length, 'then the moving copy is added').to.equal(1);
    expect(root.querySelector('[part="pause"]') !== null, 'with its pause button').to.equal(true);
    expect(fetched(page)).to.deep.equal([]);
  });

  it('loaded with its own entry instead of bantin.js, renders over the server’s HTML once, from the same data', async () => {
    const html = (await serverHtml(TAG, 'feed=/api/feeds/tin-moi&limit=2')).replace(
      '</head>',
      '<script>performance.setResourceTimingBufferSize(100000)</script><script type="module" src="/src/components/latest-news/define.ts"></script></head>',
    );
    const page = await loadPage(html, { width: 800, height: 900 });
    const widget = page.document.querySelector<Widget>(TAG)!;
    await hydrated(page, widget);
    expect(widget.shadowRoot!.querySelectorAll('section[part="base"]').length, 'one widget, not the server’s and a second').to.equal(1);
    expect(widget.shadowRoot!.querySelectorAll('li.item[data-index]').length).to.equal(2);
    expect(fetched(page)).to.deep.equal([]);
    page.remove();
  });

  it('renders again, with a warning, when the server’s HTML is not what this version renders (another bantin version)', async () => {
    // The template digest of the widget's shadow root, changed: the server rendered other templates.
    const html = (await serverHtml(TAG, 'feed=/api/feeds/tin-moi&limit=2'))
      .replace(/(<\/style>)<!--lit-part [^>]*-->/, '$1<!--lit-part AAAAAAAAAAA=--><p>from another version</p>')
      .replace('</head>', '<script type="module" src="/bantin/bantin.js"></script></head>');
    const page = await loadPage(html, { width: 800, height: 900 });
    const widget = page.document.querySelector<Widget>(TAG)!;
    await hydrated(page, widget);
    expect(widget.shadowRoot!.querySelectorAll('li.item[data-index]').length, 'the widget rendered its items again').to.equal(2);
    expect(widget.shadowRoot!.textContent).to.not.contain('from another version');
    expect(widget.shadowRoot!.querySelector('style') !== null, 'its styles are kept').to.equal(true);
    page.remove();
  });
});
