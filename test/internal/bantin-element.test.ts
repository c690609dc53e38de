import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { BantinElement } from '../../src/internal/bantin-element.js';
import { BantinLatestNews } from '../../src/components/latest-news/define.js';
import { inheritedLang } from '../../src/internal/localize-controller.js';
import { latestNews } from '../../src/i18n/catalogues/latest-news.js';
import { makeFeed, settled, texts } from '../support/widget-fixtures.js';

let serial = 0;
const uniqueTag = (name: string) => `x-${name}-${Date.now().toString(36)}-${++serial}`;

class ProbeElement extends BantinElement {
  override render() {
    return litHtml`<p>${this.localize.t(latestNews).heading}|${this.localize.locale}</p>`;
  }
}

function withWarnings<T>(action: () => T): { result: T; warnings: string[] } {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  try {
    return { result: action(), warnings };
  } finally {
    console.warn = original;
  }
}

describe('BantinElement.define', () => {
  it('registers a tag once, quietly', () => {
    const tag = uniqueTag('probe');
    const { warnings } = withWarnings(() => {
      ProbeElement.define(tag);
      ProbeElement.define(tag);
    });
    expect(customElements.get(tag)).to.equal(ProbeElement);
    expect(warnings).to.deep.equal([]);
  });

  it('warns, and does not throw, when another copy of the script defines the same tag', () => {
    // A second copy of bantin.js brings its own class for the same tag.
    class SecondCopy extends BantinLatestNews {}
    const { warnings } = withWarnings(() => SecondCopy.define('bantin-latest-news'));
    expect(customElements.get('bantin-latest-news')).to.equal(BantinLatestNews);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<bantin-latest-news>').and.contain('twice');
  });

  it('lets a host register an already registered widget class under its own tag', async () => {
    const tag = uniqueTag('tin');
    expect(() => BantinLatestNews.define(tag)).not.to.throw();
    const Defined = customElements.get(tag)!;
    expect(Defined.prototype).to.be.instanceOf(BantinLatestNews);
    const el = document.createElement(tag) as BantinLatestNews;
    el.feed = makeFeed(2);
    document.body.append(el);
    try {
      await settled(el);
      expect(texts(el, 'title')).to.have.length(2);
    } finally {
      el.remove();
    }
  });
});

describe('events', () => {
  it('bubble out of shadow roots with a typed detail; cancelable only when asked', async () => {
    const tag = uniqueTag('events');
    class Emitter extends BantinElement {
      fire(cancelable: boolean) {
        return this.emit('bantin-error', { error: 'x' }, { cancelable });
      }
    }
    Emitter.define(tag);
    const outer = await fixture<HTMLDivElement>(html`<div></div>`);
    const shadow = outer.attachShadow({ mode: 'open' });
    const el = document.createElement(tag) as Emitter;
    shadow.append(el);
    setTimeout(() => el.fire(false));
    const event = await oneEvent(document.body, 'bantin-error');
    expect(event.detail.error).to.equal('x');
    expect(event.composed && event.bubbles).to.be.true;
    expect(event.cancelable).to.be.false;
    document.body.addEventListener('bantin-error', (e) => e.preventDefault(), { once: true });
    expect(el.fire(true)).to.be.false;
  });
});

describe('language', () => {
  const tag = uniqueTag('lang');
  before(() => ProbeElement.define(tag));
  const make = (lang?: string) => {
    const el = document.createElement(tag) as ProbeElement;
    if (lang !== undefined) el.setAttribute('lang', lang);
    return el;
  };
  const shown = (el: ProbeElement) => el.shadowRoot!.querySelector('p')!.textContent;
  let htmlLang: string;
  beforeEach(() => {
    htmlLang = document.documentElement.lang;
  });
  afterEach(() => {
    document.documentElement.lang = htmlLang;
  });

  it('is the element’s own lang first', async () => {
    document.documentElement.lang = 'vi';
    const el = await fixture<ProbeElement>(make('en'));
    expect(shown(el)).to.equal('Latest news|en');
  });

  it('else the nearest ancestor with lang, across shadow roots', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="en-GB"><section></section></div>`);
    const host = document.createElement('div');
    outer.querySelector('section')!.append(host);
    const el = make();
    host.attachShadow({ mode: 'open' }).append(el);
    await el.updateComplete;
    expect(inheritedLang(el)).to.equal('en-GB');
    expect(shown(el)).to.equal('Latest news|en');
  });

  it('else <html lang>, else Vietnamese', async () => {
    document.documentElement.lang = 'en';
    const el = await fixture<ProbeElement>(make());
    expect(shown(el)).to.equal('Latest news|en');
    document.documentElement.removeAttribute('lang');
    const other = await fixture<ProbeElement>(make());
    expect(shown(other)).to.equal('Tin mới|vi');
  });

  it('follows later changes of its own, an ancestor’s or the page’s lang', async () => {
    document.documentElement.lang = 'vi';
    const wrapper = await fixture<HTMLDivElement>(html`<div><span></span></div>`);
    const el = make();
    wrapper.querySelector('span')!.append(el);
    await el.updateComplete;
    expect(shown(el)).to.equal('Tin mới|vi');
    document.documentElement.lang = 'en';
    await nextFrame();
    await el.updateComplete;
    expect(shown(el)).to.equal('Latest news|en');
    wrapper.setAttribute('lang', 'vi');
    await nextFrame();
    await el.updateComplete;
    expect(shown(el)).to.equal('Tin mới|vi');
    el.setAttribute('lang', 'en');
    await nextFrame();
    await el.updateComplete;
    expect(shown(el)).to.equal('Latest news|en');
  });
});
