// What a page downloads is what it shows: the XML reader, the reader of other JSON Feeds than the widget server's,
// the ticker layout, the English words, and what hydrates a server-rendered widget are chunks of their own
// (src/core/load/feed-reader.ts, src/core/load/json-reader.ts, src/components/latest-news/ticker.ts,
// src/i18n/catalogues/en.ts, src/hydration-support.ts with src/internal/rendered-state.ts), fetched only by pages
// that need them.
import { expect, waitUntil } from '@open-wc/testing';
import { loadPage, type PageFrame } from '../support/page-frame.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

const LAZY = [
  '/src/core/load/feed-reader.ts',
  '/src/core/load/json-reader.ts',
  '/src/components/latest-news/ticker.ts',
  '/src/i18n/catalogues/en.ts',
  '/src/hydration-support.ts',
  '/src/internal/rendered-state.ts',
];

const pages: PageFrame[] = [];
afterEach(() => pages.splice(0).forEach((page) => page.remove()));
// Every page fetches its feed (a copy kept in storage by an earlier page would need no reader).
beforeEach(() => localStorage.clear());

async function listPage(lang: string, attributes: string): Promise<{ page: PageFrame; widget: Widget }> {
  const page = await loadPage(
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>lazy chunks</title>
    <script type="module" src="/bantin/bantin.js"></script></head>
    <body><bantin-latest-news feed="/api/feeds/tin-moi" limit="3" ${attributes}></bantin-latest-news></body></html>`,
    { width: 800, height: 600 },
  );
  pages.push(page);
  const widget = page.document.querySelector<Widget>('bantin-latest-news')!;
  await page.frame.contentWindow!.customElements.whenDefined('bantin-latest-news');
  await waitUntil(() => widget.shadowRoot?.querySelector('[part="item"]'), 'the list showed its items', { timeout: 10_000 });
  while (!(await widget.updateComplete));
  return { page, widget };
}

/** Which of the lazy chunks the page downloaded. */
function lazyChunks(page: PageFrame): string[] {
  const paths = page.frame.contentWindow!.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
  return LAZY.filter((chunk) => paths.includes(chunk));
}

describe('lazy chunks', () => {
  // (The test server answers /api/feeds/<name> with RSS; `npm run bench` shows that the widget server's JSON Feed needs no reader.)
  it('a Vietnamese page with a client-rendered list on an RSS feed downloads the XML reader and nothing else', async () => {
    const { page, widget } = await listPage('vi', '');
    expect(widget.shadowRoot!.querySelector('#heading')!.textContent!.trim()).to.equal('Tin mới');
    expect(lazyChunks(page)).to.deep.equal(['/src/core/load/feed-reader.ts']);
  });

  it('an English page downloads the English words, and the list speaks English from its first render', async () => {
    const page = await loadPage(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>lazy chunks</title>
      <script>
        // Every text the list's shadow root ever held, from the first render on.
        window.texts = [];
        customElements.whenDefined('bantin-latest-news').then(() => {
          const root = document.querySelector('bantin-latest-news').shadowRoot;
          const note = () => window.texts.push(root.textContent);
          note();
          new MutationObserver(note).observe(root, { childList: true, subtree: true, characterData: true });
        });
      </script>
      <script type="module" src="/bantin/bantin.js"></script></head>
      <body><bantin-latest-news feed="/api/feeds/tin-moi" limit="3"></bantin-latest-news></body></html>`,
      { width: 800, height: 600 },
    );
    pages.push(page);
    const widget = page.document.querySelector<Widget>('bantin-latest-news')!;
    await page.frame.contentWindow!.customElements.whenDefined('bantin-latest-news');
    await waitUntil(() => widget.shadowRoot?.querySelector('[part="item"]'), 'the list showed its items', { timeout: 10_000 });
    expect(widget.shadowRoot!.querySelector('#heading')!.textContent!.trim()).to.equal('Latest news');
    const texts = (page.frame.contentWindow as unknown as { texts: string[] }).texts.filter(
      (text) => text.includes('Latest news') || text.includes('Tin mới'),
    );
    expect(texts.length, 'the list rendered').to.be.greaterThan(0);
    expect(
      texts.filter((text) => text.includes('Tin mới')),
      'no render in Vietnamese first',
    ).to.deep.equal([]);
    expect(lazyChunks(page)).to.deep.equal(['/src/core/load/feed-reader.ts', '/src/i18n/catalogues/en.ts']);
  });

  it('a ticker downloads the ticker, and then moves', async () => {
    const { page, widget } = await listPage('vi', 'layout="ticker"');
    await waitUntil(() => widget.shadowRoot!.querySelector('[part="pause"]'), 'the ticker moves, with its pause button');
    expect(widget.shadowRoot!.querySelector('.ticker-belt')!.getAnimations().length).to.equal(1);
    expect(lazyChunks(page)).to.deep.equal(['/src/core/load/feed-reader.ts', '/src/components/latest-news/ticker.ts']);
  });
});
