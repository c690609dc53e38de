import { expect } from '@open-wc/testing';
import { FeedError, type Feed } from '../../../src/core/feed/model.js';
import {
  STORAGE_BUDGET_BYTES,
  STORAGE_KEY_PREFIX,
  clearFeedCache,
  feedFetchedAt,
  isStale,
  loadFeed,
  staleReason,
} from '../../../src/core/load/index.js';

let key = '';
let serial = 0;

/** A fixture feed URL on the test server, counted under this test's key. */
function fixture(params: Record<string, string | number> = {}, name = 'feed.rss'): string {
  const query = new URLSearchParams({ key, ...Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])) });
  return `${location.origin}/__load/feed/${name}?${query}`;
}

async function served(counterKey = key): Promise<{ requests: number; aborted: number; preflights: number }> {
  return (await fetch(`/__load/count?key=${encodeURIComponent(counterKey)}`)).json();
}

/** Polls the server until `check` holds (bounded), for things the server only sees after a while. */
async function eventually(check: () => Promise<boolean>, message: string): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`never happened: ${message}`);
}

async function rejectionOf(promise: Promise<unknown>): Promise<any> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection, got a result');
}

function expectFeedError(error: unknown, code: FeedError['code']): FeedError {
  expect(error, String(error)).to.be.instanceOf(FeedError);
  expect((error as FeedError).code, (error as FeedError).message).to.equal(code);
  return error as FeedError;
}

/** The same test server under its other host name: another origin, same fixtures. */
function onOtherOrigin(url: string): string {
  const otherHost = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
  return url.replace(`//${location.hostname}:`, `//${otherHost}:`);
}

function storedKeys(): string[] {
  return Object.keys(localStorage).filter((k) => k.startsWith(STORAGE_KEY_PREFIX));
}

beforeEach(() => {
  key = `t${Date.now()}-${++serial}-${Math.random().toString(36).slice(2)}`;
  clearFeedCache();
});
after(() => clearFeedCache());

describe('loadFeed: characters', () => {
  const cases: [body: string, title: string, itemTitle: string][] = [
    ['vi-1258-http', 'Việt Nam', 'Thời tiết: mưa lớn'],
    ['vi-1258-declaration', 'Việt Nam', 'Thời tiết: mưa lớn'],
    ['bom-utf8', 'Việt Nam', 'Thời tiết: mưa lớn'],
    ['latin1', 'Notícias', 'Última'],
    ['gb2312', '新闻', '中文资讯'],
    ['unknown-label', 'Việt Nam', 'Thời tiết: mưa lớn'],
  ];
  for (const [body, title, itemTitle] of cases) {
    it(`decodes ${body}`, async () => {
      const feed = await loadFeed(fixture({ body }));
      expect(feed.title).to.equal(title);
      expect(feed.items[0]?.title).to.equal(itemTitle);
    });
  }

  it('decodes the corpus latin-1 feed from its XML declaration', async () => {
    const feed = await loadFeed(fixture({ body: 'corpus-encoding' }));
    expect(feed.title).to.equal('Jornal de Notícias - Últimas Notícias');
  });
});

describe('loadFeed: format by content, not by name', () => {
  it('reads JSON Feed served as feed.xml with a binary content type', async () => {
    const feed = await loadFeed(fixture({ body: 'json' }, 'feed.xml'));
    expect(feed.format).to.equal('json');
    expect(feed.title).to.equal('JSON tin');
    expect(feed.items[0]?.link).to.equal('https://example.vn/j1');
  });

  it('reads RSS served as feed.json with a JSON content type', async () => {
    const feed = await loadFeed(fixture({ body: 'rss-as-json' }, 'feed.json'));
    expect(feed.format).to.equal('rss');
    expect(feed.title).to.equal('RSS tin');
  });

  it('resolves relative item links against the feed URL, not the proxy URL', async () => {
    const proxy = `${fixture({ body: 'relative' })}&u={url}`;
    const feed = await loadFeed('https://feeds.example.vn/rss/tin.rss', { proxy });
    expect(feed.items[0]?.link).to.equal('https://feeds.example.vn/rss/tin/1.html');
    expect((await served()).requests).to.equal(1);
  });

  it('records when the feed was fetched', async () => {
    const before = Date.now();
    const feed = await loadFeed(fixture());
    expect(feedFetchedAt(feed)).to.be.within(before, Date.now());
  });
});

describe('loadFeed: errors', () => {
  for (const status of [404, 500]) {
    it(`rejects HTTP ${status} with FeedError('http') naming the status`, async () => {
      const error = expectFeedError(await rejectionOf(loadFeed(fixture({ status }))), 'http');
      expect(error.status).to.equal(status);
      expect(error.message).to.contain(String(status));
    });
  }

  it("passes on the parser's FeedError for a page that is not a feed", async () => {
    const error = await rejectionOf(loadFeed(fixture({ body: 'html' })));
    expectFeedError(error, 'not-a-feed');
  });

  it('times out waiting for the answer, and the server sees the request dropped', async () => {
    const error = expectFeedError(await rejectionOf(loadFeed(fixture({ delay: 5000 }), { timeoutMs: 400 })), 'timeout');
    expect(error.message).to.contain('0.4 s');
    await eventually(async () => (await served()).aborted === 1, 'server saw the abort');
  });

  it('times out while the body trickles in', async () => {
    expectFeedError(await rejectionOf(loadFeed(fixture({ bodyDelay: 5000 }), { timeoutMs: 300 })), 'timeout');
  });

  it('times out even with a fetch that ignores its signal', async () => {
    const neverAnswers = (() => new Promise<Response>(() => {})) as typeof fetch;
    expectFeedError(await rejectionOf(loadFeed('https://example.vn/x.rss', { fetch: neverAnswers, timeoutMs: 50 })), 'timeout');
  });

  it('refuses a body larger than the cap without reading it', async () => {
    const huge = (async () => new Response('<rss/>', { headers: { 'content-length': String(200 * 1024 * 1024) } })) as typeof fetch;
    expectFeedError(await rejectionOf(loadFeed('https://example.vn/huge.rss', { fetch: huge })), 'too-large');
  });

  it('says a cross-origin feed may not allow cross-origin reads and names the proxy fix', async () => {
    const url = onOtherOrigin(fixture({ body: 'plain' }));
    const error = expectFeedError(await rejectionOf(loadFeed(url)), 'cors');
    expect(error.message).to.match(/cross-origin/);
    expect(error.message).to.match(/proxy/);
    expect(error.message).to.contain('/api/feed?url=');
    expect((await served()).requests, 'the server did answer: CORS hid it').to.equal(1);
  });

  it('reads a cross-origin feed that allows it, without a CORS preflight', async () => {
    const feed = await loadFeed(onOtherOrigin(fixture({ cors: 1 })));
    expect(feed.title).to.equal('plain #1');
    expect(await served()).to.deep.equal({ requests: 1, aborted: 0, preflights: 0 });
  });

  it('reports a closed port on another origin as cors, and through a proxy as network', async () => {
    const { port } = await (await fetch('/__load/closed-port')).json();
    const url = `http://127.0.0.1:${port}/feed.rss`;
    expectFeedError(await rejectionOf(loadFeed(url)), 'cors');
    const viaProxy = expectFeedError(await rejectionOf(loadFeed('https://example.vn/a.rss', { proxy: `${url}?u={url}` })), 'network');
    expect(viaProxy.message).to.contain('proxy');
  });

  it('reports a same-origin connection dropped without an answer as network', async () => {
    const error = expectFeedError(await rejectionOf(loadFeed(fixture({ drop: 1 }))), 'network');
    expect(error.message).to.not.match(/cross-origin/);
  });

  it('rejects an unusable URL with a FeedError', async () => {
    expectFeedError(await rejectionOf(loadFeed('http://[not-a-host')), 'network');
  });
});

describe('loadFeed: abort', () => {
  it('rejects with the AbortError when the caller aborts', async () => {
    const controller = new AbortController();
    const pending = loadFeed(fixture({ delay: 5000 }), { signal: controller.signal });
    await eventually(async () => (await served()).requests === 1, 'the request reached the server');
    controller.abort();
    const error = await rejectionOf(pending);
    expect(error).to.be.instanceOf(DOMException);
    expect(error.name).to.equal('AbortError');
    await eventually(async () => (await served()).aborted === 1, 'server saw the abort');
  });

  it('does not start a request for an already aborted signal', async () => {
    const error = await rejectionOf(loadFeed(fixture(), { signal: AbortSignal.abort() }));
    expect(error.name).to.equal('AbortError');
    // Had the aborted call sent a request, this one would be served second.
    expect((await loadFeed(fixture())).title).to.equal('plain #1');
  });

  it('keeps the shared request for the others when one caller aborts', async () => {
    const controller = new AbortController();
    const url = fixture({ delay: 300 });
    const quitter = loadFeed(url, { signal: controller.signal });
    const stayers = [loadFeed(url), loadFeed(url, { signal: new AbortController().signal })];
    controller.abort();
    expect((await rejectionOf(quitter)).name).to.equal('AbortError');
    const [a, b] = await Promise.all(stayers);
    expect(a!.title).to.equal('plain #1');
    expect(b).to.equal(a);
    expect(await served()).to.deep.equal({ requests: 1, aborted: 0, preflights: 0 });
  });

  it('aborts the shared request once every caller has aborted, and the next call starts afresh', async () => {
    const url = fixture({ delay: 1500 });
    const controllers = [new AbortController(), new AbortController()];
    const calls = controllers.map((c) => loadFeed(url, { signal: c.signal }));
    await eventually(async () => (await served()).requests === 1, 'the request reached the server');
    controllers.forEach((c) => c.abort());
    for (const call of calls) expect((await rejectionOf(call)).name).to.equal('AbortError');
    await eventually(async () => (await served()).aborted === 1, 'server saw the abort');
    expect((await loadFeed(url)).title).to.equal('plain #2');
  });
});

describe('loadFeed: one request, cache, stale copies', () => {
  it('shares one request among 10 concurrent callers', async () => {
    const url = fixture({ delay: 200 });
    const feeds = await Promise.all(Array.from({ length: 10 }, () => loadFeed(url)));
    expect((await served()).requests).to.equal(1);
    for (const feed of feeds) expect(feed).to.equal(feeds[0]);
  });

  it('shares one request between a relative and an absolute spelling of the URL', async () => {
    const absolute = fixture();
    const relative = absolute.slice(location.origin.length);
    const [a, b] = await Promise.all([loadFeed(absolute), loadFeed(relative)]);
    expect(b).to.equal(a);
    expect((await served()).requests).to.equal(1);
  });

  it('answers from memory within maxAgeSeconds, and refetches with maxAgeSeconds 0', async () => {
    const url = fixture();
    const first = await loadFeed(url);
    const second = await loadFeed(url, { maxAgeSeconds: 60 });
    expect(second).to.equal(first);
    expect((await served()).requests).to.equal(1);
    const third = await loadFeed(url, { maxAgeSeconds: 0 });
    expect(third.title).to.equal('plain #2');
    expect(isStale(third)).to.equal(false);
    expect((await served()).requests).to.equal(2);
  });

  it('returns a deeply frozen feed', async () => {
    const feed = await loadFeed(fixture());
    expect(Object.isFrozen(feed)).to.equal(true);
    expect(Object.isFrozen(feed.items)).to.equal(true);
    expect(Object.isFrozen(feed.items[0])).to.equal(true);
  });

  it('falls back to the copy in memory, marked stale with the error, when the server fails', async () => {
    const url = fixture({ okTimes: 1 });
    const fresh = await loadFeed(url);
    const stale = await loadFeed(url, { maxAgeSeconds: 0 });
    expect(stale.title).to.equal('plain #1');
    expect(stale.items).to.deep.equal(fresh.items);
    expect(isStale(stale)).to.equal(true);
    expect(isStale(fresh), 'the fresh object keeps its own state').to.equal(false);
    const reason = expectFeedError(staleReason(stale), 'http');
    expect(reason.status).to.equal(500);
    expect(feedFetchedAt(stale)).to.equal(feedFetchedAt(fresh));
    expect(Object.keys(stale).sort()).to.deep.equal(Object.keys(fresh).sort());
  });

  it('falls back to the copy in localStorage after a reload when the server fails', async () => {
    const url = fixture({ okTimes: 1 });
    const fresh = await loadFeed(url);
    expect(storedKeys()).to.include(`${STORAGE_KEY_PREFIX}${url}`);
    clearFeedCache({ storage: null }); // a page reload: memory gone, storage kept
    const stale = await loadFeed(url, { maxAgeSeconds: 0 });
    expect(JSON.parse(JSON.stringify(stale))).to.deep.equal(JSON.parse(JSON.stringify(fresh)));
    expect(isStale(stale)).to.equal(true);
    expectFeedError(staleReason(stale), 'http');
    expect((await served()).requests).to.equal(2);
  });

  it('uses a stored copy younger than maxAgeSeconds after a reload without a request', async () => {
    const url = fixture();
    await loadFeed(url);
    clearFeedCache({ storage: null });
    const again = await loadFeed(url);
    expect(again.title).to.equal('plain #1');
    expect(isStale(again)).to.equal(false);
    expect((await served()).requests).to.equal(1);
  });

  it('falls back on a timeout too', async () => {
    const url = fixture({ delay: 0 });
    await loadFeed(url);
    const neverAnswers = (() => new Promise<Response>(() => {})) as typeof fetch;
    const stale = await loadFeed(url, { maxAgeSeconds: 0, fetch: neverAnswers, timeoutMs: 50 });
    expectFeedError(staleReason(stale), 'timeout');
  });

  it('rejects when the server fails and there is no copy, and keeps nothing with storage null', async () => {
    const url = fixture({ okTimes: 1 });
    await loadFeed(url, { storage: null });
    expect(storedKeys()).to.deep.equal([]);
    clearFeedCache({ storage: null });
    expectFeedError(await rejectionOf(loadFeed(url, { storage: null })), 'http');
  });

  it('still loads when storage throws on every access', async () => {
    const blocked = new Proxy(localStorage, {
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
    const feed = await loadFeed(fixture(), { storage: blocked });
    expect(feed.title).to.equal('plain #1');
  });

  it('keeps localStorage within its budget over many large feeds, oldest out first', async () => {
    const urls: string[] = [];
    for (let i = 0; i < 8; i++) {
      const url = fixture({ body: 'big', items: 100, n: i });
      urls.push(url);
      await loadFeed(url);
    }
    const chars = storedKeys().reduce((sum, k) => sum + k.length + localStorage.getItem(k)!.length, 0);
    expect(chars).to.be.at.most(STORAGE_BUDGET_BYTES / 2);
    expect(storedKeys()).to.include(`${STORAGE_KEY_PREFIX}${urls[7]}`);
    expect(storedKeys()).to.not.include(`${STORAGE_KEY_PREFIX}${urls[0]}`);
    expect(chars, 'the feeds really were large enough to need eviction').to.be.above(STORAGE_BUDGET_BYTES / 2 - 150_000);
  });
});

describe('loadFeed: stale-while-revalidate (onUpdate)', () => {
  it('answers at once with the old copy and hands the fresh feed to onUpdate', async () => {
    const url = fixture({ delay: 100 });
    await loadFeed(url);
    let updated: Feed | undefined;
    const updatedOnce = new Promise<void>((resolve) => {
      const immediate = loadFeed(url, { maxAgeSeconds: 0, onUpdate: (feed) => ((updated = feed), resolve()) });
      void immediate.then((feed) => {
        expect(feed.title).to.equal('plain #1');
        expect(isStale(feed)).to.equal(true);
        expect(staleReason(feed)).to.equal(undefined);
        expect(updated, 'the copy came before the refresh').to.equal(undefined);
      });
    });
    await updatedOnce;
    expect(updated!.title).to.equal('plain #2');
    expect(isStale(updated!)).to.equal(false);
    expect(await loadFeed(url), 'the cache holds the refreshed feed').to.equal(updated);
    expect((await served()).requests).to.equal(2);
  });

  it('hands onUpdate the copy marked with the error when the refresh fails', async () => {
    const url = fixture({ okTimes: 1 });
    await loadFeed(url);
    const update = await new Promise<Feed>((resolve) => void loadFeed(url, { maxAgeSeconds: 0, onUpdate: resolve }));
    expect(update.title).to.equal('plain #1');
    expect(isStale(update)).to.equal(true);
    expectFeedError(staleReason(update), 'http');
  });

  it('waits for the network when there is no copy, without calling onUpdate', async () => {
    let calls = 0;
    const feed = await loadFeed(fixture(), { onUpdate: () => calls++ });
    expect(feed.title).to.equal('plain #1');
    expect(isStale(feed)).to.equal(false);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(calls).to.equal(0);
  });
});

describe('loadFeed: proxy and injected fetch', () => {
  it('fetches through the proxy template with the encoded feed URL', async () => {
    const feedUrl = 'https://feeds.example.vn/rss?a=1&b=tiếng việt';
    const feed = await loadFeed(feedUrl, { proxy: `/__load/proxy?key=${key}&url={url}` });
    const absolute = new URL(feedUrl).href;
    expect(feed.title).to.equal(absolute);
    expect(feed.items[0]?.title).to.contain(`url=${encodeURIComponent(absolute)}`);
    expect((await served()).requests).to.equal(1);
  });

  it('uses the injected fetch with a signal', async () => {
    const seen: { url: string; signal?: AbortSignal | null }[] = [];
    const fake = (async (input: RequestInfo | URL, init?: RequestInit) => {
      seen.push({ url: String(input), signal: init?.signal });
      return new Response('{"version":"https://jsonfeed.org/version/1.1","title":"Giả","items":[]}');
    }) as typeof fetch;
    const feed = await loadFeed('https://example.vn/fake.json', { fetch: fake });
    expect(feed.title).to.equal('Giả');
    expect(seen).to.have.length(1);
    expect(seen[0]!.url).to.equal('https://example.vn/fake.json');
    expect(seen[0]!.signal).to.be.instanceOf(AbortSignal);
  });
});
