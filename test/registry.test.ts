// bantin.js (src/index.ts → src/registry.ts): nothing defined up front; a widget's code is imported the first time
// its tag appears in the document or in a shadow root the page hands over, and only then.
import { expect, waitUntil } from '@open-wc/testing';
import { WIDGET_TAGS, loadWidget, observeWidgets } from '../src/index.js';

const defined = (tag: string) => customElements.get(tag) !== undefined;
/** Long enough for a wrongly started import of a local module to have defined its tag. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

describe('the lazy registry', () => {
  afterEach(() => document.body.replaceChildren());

  it("watches the widgets' tags and defines none of them before one appears", () => {
    expect([...WIDGET_TAGS].sort()).to.deep.equal([
      'bantin-article-card',
      'bantin-comment-box',
      'bantin-comment-count',
      'bantin-latest-news',
      'bantin-weather-bulletin',
    ]);
    expect(WIDGET_TAGS.filter(defined)).to.deep.equal([]);
  });

  it('defines a widget added later by the host, deep inside what it adds, and no other', async () => {
    const wrapper = document.createElement('div');
    wrapper.innerHTML = '<section><p><bantin-latest-news></bantin-latest-news></p></section>';
    document.body.append(wrapper);
    await waitUntil(() => defined('bantin-latest-news'), 'the news list was not defined', { timeout: 5000 });
    expect(wrapper.querySelector('bantin-latest-news')!.shadowRoot).to.not.equal(null);
    await settle();
    expect(
      defined('bantin-article-card') || defined('bantin-weather-bulletin') || defined('bantin-comment-box') || defined('bantin-comment-count'),
    ).to.equal(false);
  });

  it('sees into a shadow root only once the page hands it over', async () => {
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<bantin-article-card></bantin-article-card>';
    document.body.append(host);
    await settle();
    expect(defined('bantin-article-card')).to.equal(false);

    const stop = observeWidgets(shadow);
    await waitUntil(() => defined('bantin-article-card'), 'the card in the shadow root was not defined', { timeout: 5000 });
    stop();
  });

  it('watches a handed-over shadow root for tags added to it later', async () => {
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    document.body.append(host);
    const stop = observeWidgets(shadow);
    await settle();
    expect(defined('bantin-weather-bulletin')).to.equal(false);
    shadow.append(document.createElement('bantin-weather-bulletin'));
    await waitUntil(() => defined('bantin-weather-bulletin'), 'the weather card was not defined', { timeout: 5000 });
    stop();
  });

  it('loadWidget imports a widget on request and resolves with its class', async () => {
    const BoxClass = await loadWidget('bantin-comment-box');
    expect(BoxClass).to.equal(customElements.get('bantin-comment-box'));
    expect(await loadWidget('bantin-comment-box')).to.equal(BoxClass);
  });
});
