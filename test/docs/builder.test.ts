// The partner snippet builder (demo/builder.html): the code it gives makes a working widget with exactly the
// attributes of the preview, every attribute is one the widget reads (and a style that keeps its room), and the
// page works by form alone.
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/components/latest-news/define.js';
import '../../src/components/article-card/define.js';
import '../../src/components/weather-bulletin/define.js';
import '../../src/components/comment-box/define.js';
// @ts-expect-error plain JavaScript served with the demo, no type declarations
import { DEFAULT_WIDTH, WIDGETS, embedCode, reserveStyle, widgetAttributes } from '../../demo/builder.snippet.js';
// @ts-expect-error plain JavaScript served with the demo, no type declarations
import { reservedHeight } from '../../demo/reserved-height.js';
// @ts-expect-error plain JavaScript served with the demo, no type declarations
import { mountBuilder } from '../../demo/builder.js';

type Attributes = [string, string][];
const origin = 'https://widgets.example.vn';
const base = { feedSource: 'named', feedName: 'tin-moi', feedUrl: '', options: {}, lang: '', theme: '', classic: false };

/** The elements the code creates when pasted into a page. */
function paste(code: string): Element[] {
  const template = document.createElement('template');
  template.innerHTML = code;
  return [...template.content.children];
}

function attributesOf(element: Element): Attributes {
  return [...element.attributes].map((attribute) => [attribute.name, attribute.value]);
}

describe('builder snippet', () => {
  for (const widget of Object.keys(WIDGETS)) {
    it(`${widget}: the code makes the element with the preview's attributes, all of them ones the widget reads`, () => {
      const choice = { ...base, widget, options: { 'heading-level': '3' }, lang: 'en', theme: 'dark' };
      const [script, element] = paste(embedCode(choice, origin));
      expect(script!.localName).to.equal('script');
      expect(script!.getAttribute('type')).to.equal('module');
      expect(script!.getAttribute('src')).to.equal(`${origin}/bantin/bantin.js`);
      expect(element!.localName).to.equal(WIDGETS[widget].tag);
      expect(attributesOf(element!)).to.deep.equal([...widgetAttributes(choice, origin), ['style', reserveStyle(choice)]]);

      const observed = (customElements.get(WIDGETS[widget].tag) as unknown as { observedAttributes: string[] }).observedAttributes;
      const unread = attributesOf(element!)
        .map(([name]) => name)
        .filter((name) => name !== 'lang' && name !== 'style' && !observed.includes(name));
      expect(unread, 'attributes the widget does not read').to.deep.equal([]);
    });
  }

  it('keeps the widget’s room before its script runs: a block as tall as its skeleton at the width given', () => {
    const choice = { ...base, widget: 'latest-news', options: { layout: 'grid' } };
    const [, element] = paste(embedCode(choice, origin));
    expect(element!.getAttribute('style')).to.equal(`display:block;box-sizing:border-box;min-height:${reservedHeight(choice, DEFAULT_WIDTH)}`);
    const wide = { ...choice, width: 1200 };
    expect(reserveStyle(wide)).to.equal(`display:block;box-sizing:border-box;min-height:${reservedHeight(choice, 1200)}`);
    expect(reserveStyle(wide), 'three columns of cards: fewer rows than at a phone’s width').not.to.equal(reserveStyle(choice));
  });

  it('escapes what a partner types', () => {
    const heading = 'Tin "nóng" <b>&amp;</b> \'x\'';
    const [, element] = paste(embedCode({ ...base, widget: 'latest-news', options: { heading } }, origin));
    expect(element!.getAttribute('heading')).to.equal(heading);
    expect(element!.children).to.have.length(0);
  });

  it('points feeds at the server: a named feed, or any URL through the proxy', () => {
    expect(widgetAttributes({ ...base, widget: 'weather-bulletin', feedName: 'thoi-tiet' }, origin)).to.deep.equal([
      ['feed', `${origin}/api/feeds/thoi-tiet`],
    ]);
    expect(
      widgetAttributes({ ...base, widget: 'latest-news', feedSource: 'url', feedUrl: ' https://baosonla.example.vn/rss/tin-moi.rss ' }, origin),
    ).to.deep.equal([
      ['feed', 'https://baosonla.example.vn/rss/tin-moi.rss'],
      ['proxy', `${origin}/api/feed?url={url}`],
    ]);
    expect(widgetAttributes({ ...base, widget: 'comment-box', options: { thread: 'bai-12345' } }, origin)).to.deep.equal([
      ['endpoint', `${origin}/api`],
      ['thread', 'bai-12345'],
    ]);
  });

  it('leaves defaults out and refuses a feed that cannot work', () => {
    expect(widgetAttributes({ ...base, widget: 'latest-news', options: { limit: '', layout: ' ' } }, origin)).to.deep.equal([
      ['feed', `${origin}/api/feeds/tin-moi`],
    ]);
    for (const feedUrl of ['', 'tin-moi.rss', 'javascript:alert(1)', 'ftp://example.vn/feed']) {
      expect(() => widgetAttributes({ ...base, widget: 'latest-news', feedSource: 'url', feedUrl }, origin), feedUrl).to.throw(RangeError, 'feedUrl');
    }
    expect(() => widgetAttributes({ ...base, widget: 'latest-news', feedName: '../admin' }, origin)).to.throw(RangeError, 'feedName');
  });

  it('gives the classic script on request', () => {
    const [script] = paste(embedCode({ ...base, widget: 'latest-news', classic: true }, origin));
    expect(script!.getAttribute('src')).to.equal(`${origin}/bantin/bantin.iife.js`);
    expect(script!.hasAttribute('type')).to.equal(false);
  });
});

describe('builder page', () => {
  let root: HTMLElement;

  beforeEach(async () => {
    const page = new DOMParser().parseFromString(await (await fetch('/demo/builder.html')).text(), 'text/html');
    root = document.importNode(page.querySelector('#builder')!, true) as HTMLElement;
    document.body.append(root);
    // The test server answers /api with the demo's feeds (test/support/portal-middleware.mjs): nothing leaves the machine.
    mountBuilder(root, { origin: location.origin });
  });
  afterEach(() => root.remove());

  const code = () => root.querySelector('textarea')!.value;
  const preview = () => root.querySelector('[data-preview]')!.firstElementChild!;
  const choose = (selector: string) => {
    const input = root.querySelector<HTMLInputElement>(selector)!;
    input.click();
  };

  it('starts with the latest news from the server, shown live, and its code', () => {
    expect(preview().localName).to.equal('bantin-latest-news');
    expect(preview().getAttribute('feed')).to.equal(`${location.origin}/api/feeds/tin-moi`);
    const [, pasted] = paste(code());
    expect(attributesOf(pasted!)).to.deep.equal(attributesOf(preview()));
  });

  it('follows the form: widget, options, language and theme; only the chosen widget’s options count', () => {
    choose('input[name="widget"][value="weather-bulletin"]');
    expect(preview().localName).to.equal('bantin-weather-bulletin');
    expect(preview().getAttribute('feed')).to.equal(`${location.origin}/api/feeds/thoi-tiet`);
    choose('input[name="theme"][value="dark"]');
    const lang = root.querySelector<HTMLSelectElement>('#lang')!;
    lang.value = 'en';
    lang.dispatchEvent(new Event('change', { bubbles: true }));
    choose('input[name="widget"][value="comment-box"]');
    const thread = root.querySelector<HTMLInputElement>('#cb-thread')!;
    thread.value = 'bai-12345';
    thread.dispatchEvent(new Event('change', { bubbles: true }));
    const width = root.querySelector<HTMLInputElement>('#width')!;
    width.value = '720';
    width.dispatchEvent(new Event('change', { bubbles: true }));
    const style = reserveStyle({ widget: 'comment-box', options: { thread: 'bai-12345' }, lang: 'en', theme: 'dark', width: 720 });
    expect(attributesOf(preview())).to.deep.equal([
      ['endpoint', `${location.origin}/api`],
      ['thread', 'bai-12345'],
      ['lang', 'en'],
      ['theme', 'dark'],
      ['style', style],
    ]);
    expect(code()).to.contain(`style="${style}"`);
    expect(code()).to.contain('<bantin-comment-box\n  endpoint=');
    expect(root.querySelector<HTMLFieldSetElement>('fieldset[data-feed]')!.hidden, 'no feed for comments').to.equal(true);
  });

  it('marks a wrong feed URL and offers no code until it is fixed', () => {
    choose('input[name="feedSource"][value="url"]');
    const url = root.querySelector<HTMLInputElement>('#feed-url')!;
    url.value = 'baosonla.example.vn/rss';
    url.dispatchEvent(new Event('change', { bubbles: true }));
    expect(url.getAttribute('aria-invalid')).to.equal('true');
    expect(root.querySelector<HTMLElement>('#feed-url-error')!.hidden).to.equal(false);
    expect(root.querySelector<HTMLButtonElement>('[data-copy]')!.disabled).to.equal(true);
    url.value = 'https://baosonla.example.vn/rss/tin-moi.rss';
    url.dispatchEvent(new Event('change', { bubbles: true }));
    expect(url.getAttribute('aria-invalid')).to.equal('false');
    expect(preview().getAttribute('proxy')).to.equal(`${location.origin}/api/feed?url={url}`);
    expect(code()).to.contain('feed="https://baosonla.example.vn/rss/tin-moi.rss"');
  });

  it('says, before the partner copies a feed-URL snippet, that the server refuses it (403) unless the host is in allowHosts', () => {
    const warning = () => root.querySelector<HTMLElement>('[data-url-warning]')!;
    const visible = () => !warning().hidden && warning().getClientRects().length > 0;
    expect(visible(), 'no warning for a feed the server has').to.equal(false);
    choose('input[name="feedSource"][value="url"]');
    const url = root.querySelector<HTMLInputElement>('#feed-url')!;
    url.value = 'https://baosonla.example.vn/rss/tin-moi.rss';
    url.dispatchEvent(new Event('change', { bubbles: true }));
    expect(visible(), 'the warning shows with the code').to.equal(true);
    const text = warning().textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('403').and.contain('allowHosts').and.contain('baosonla.example.vn');
    // Before copying: placed ahead of the copy button, and the button points to it.
    const copy = root.querySelector<HTMLButtonElement>('[data-copy]')!;
    expect(warning().compareDocumentPosition(copy) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(copy.getAttribute('aria-describedby')).to.contain(warning().id);
    choose('input[name="feedSource"][value="named"]');
    expect(visible(), 'gone for a named feed').to.equal(false);
    choose('input[name="feedSource"][value="url"]');
    choose('input[name="widget"][value="comment-box"]');
    expect(visible(), 'no feed, no warning').to.equal(false);
  });

  it('copies the code, or selects it for Ctrl+C when the clipboard is not available', async () => {
    root.querySelector<HTMLButtonElement>('[data-copy]')!.click();
    const status = root.querySelector('[data-status]')!;
    await waitUntil(() => status.textContent !== '', 'a copy status is announced');
    const textarea = root.querySelector('textarea')!;
    if (status.textContent !== 'Đã sao chép mã nhúng.') {
      expect(status.textContent).to.contain('Ctrl+C');
      expect(textarea.value.slice(textarea.selectionStart, textarea.selectionEnd)).to.equal(textarea.value);
    }
  });

  it('offers only options the widget reads', () => {
    for (const group of root.querySelectorAll<HTMLFieldSetElement>('fieldset[data-widgets]')) {
      for (const widget of group.dataset.widgets!.split(' ')) {
        const observed = (customElements.get(WIDGETS[widget].tag) as unknown as { observedAttributes: string[] }).observedAttributes;
        const names = [...group.querySelectorAll<HTMLInputElement>('[name]')].map((field) => field.name);
        expect(names, widget).not.to.be.empty;
        expect(
          names.filter((name) => !observed.includes(name)),
          `${widget} options the widget does not read`,
        ).to.deep.equal([]);
      }
    }
  });

  it('is accessible', async () => {
    await expect(root.querySelector('form')).to.be.accessible();
    await expect(root.querySelector('.results')).to.be.accessible();
  });
});
