// A widget asks for its data once its attributes have settled: a page script that sets `thread` or `proxy` right
// after the widget is defined (the demo portal does) must not cost a first request for the defaults.
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/components/comment-box/define.js';
import '../../src/components/latest-news/define.js';
import { apiBase, newThread } from '../support/comment-box.js';

let requested: string[] = [];
const nativeFetch = window.fetch;

beforeEach(() => {
  requested = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    requested.push(input instanceof Request ? input.url : String(input));
    return nativeFetch(input, init);
  };
});
afterEach(() => {
  window.fetch = nativeFetch;
  document.body.replaceChildren();
});

/** What a page's next module script sees: the widget upgraded and its first update run (microtasks done). */
const afterUpgradeMicrotasks = () => new Promise<void>((resolve) => queueMicrotask(() => queueMicrotask(resolve)));

describe('attributes settle before the first request', () => {
  it('the comment box asks only for the thread a later script gives it, not first for the page URL', async () => {
    const thread = newThread('settled');
    const box = document.createElement('bantin-comment-box');
    box.setAttribute('endpoint', apiBase('post'));
    document.body.append(box);
    await afterUpgradeMicrotasks();
    box.setAttribute('thread', thread);
    await waitUntil(() => box.shadowRoot?.querySelector('.empty, [part~="comments"], [part~="list"]'), 'the thread did not load', { timeout: 5000 });
    await waitUntil(() => requested.some((url) => url.includes('/threads/')), 'no thread was asked for');
    const threads = requested.filter((url) => url.includes('/threads/')).map((url) => decodeURIComponent(new URL(url, location.href).pathname));
    expect(threads).to.have.length(1);
    expect(threads[0]).to.include(`/threads/${thread}/`);
  });

  it('a feed widget given a proxy by a later script fetches only through the proxy', async () => {
    const key = `settled-${Math.random().toString(36).slice(2)}`;
    const news = document.createElement('bantin-latest-news');
    news.setAttribute('feed', `https://example.invalid/tin-moi.rss?key=${key}`);
    document.body.append(news);
    await afterUpgradeMicrotasks();
    news.setAttribute('proxy', `/__load/proxy?key=${key}&url={url}`);
    await waitUntil(() => news.shadowRoot?.querySelector('[part~="item"]'), 'the feed did not load through the proxy', { timeout: 5000 });
    expect(requested.filter((url) => url.includes(key))).to.have.length(1);
    expect(requested.some((url) => url.startsWith('https://example.invalid/'))).to.equal(false);
  });
});
