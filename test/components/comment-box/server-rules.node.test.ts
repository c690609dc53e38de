// The server's own comment rules: getCommentConfig (src/core/comments/client.ts) with an injected fetch, the box's
// reading of the answer, its once-per-endpoint cache, and which limits win (internal/server-rules.ts).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CommentApiError, getCommentConfig, type CommentServerConfig } from '../../../src/core/comments/index.js';
import { formLimits, readServerRules, serverRules } from '../../../src/components/comment-box/internal/server-rules.js';

const CONFIG: CommentServerConfig = {
  comments: { minLength: 10, maxLength: 300, authorMaxLength: 60, emailMaxLength: 200, pageSize: 50, maxPageSize: 100, moderation: 'post' },
};

type Call = { url: string; init?: RequestInit };

function stubFetch(answer: (url: string) => Response | Promise<Response>): { fetch: typeof fetch; calls: Call[] } {
  const calls: Call[] = [];
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), init });
    return answer(String(input));
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('getCommentConfig', () => {
  it('GETs {endpoint}/config as JSON (a trailing slash is fine) and resolves with the answer', async () => {
    const { fetch, calls } = stubFetch(() => json(CONFIG));
    assert.deepEqual(await getCommentConfig('https://widgets.example.vn/api/', { fetch }), CONFIG);
    assert.equal(calls[0]!.url, 'https://widgets.example.vn/api/config');
    assert.equal(calls[0]!.init?.method, 'GET');
    assert.equal((calls[0]!.init?.headers as Record<string, string>).Accept, 'application/json');
  });

  it('turns failures into CommentApiError codes like the other client functions', async () => {
    const notFound = await rejection(
      getCommentConfig('/api', { fetch: stubFetch(() => json({ error: { code: 'not-found', message: 'Nothing at GET /api/config' } }, 404)).fetch }),
    );
    assert.ok(notFound instanceof CommentApiError);
    assert.deepEqual([notFound.code, notFound.status], ['not-found', 404]);

    const proxyPage = await rejection(
      getCommentConfig('/api', { fetch: stubFetch(() => new Response('<h1>Bad gateway</h1>', { status: 502 })).fetch }),
    );
    assert.deepEqual([(proxyPage as CommentApiError).code, (proxyPage as CommentApiError).status], ['unavailable', 502]);

    const offline = await rejection(getCommentConfig('/api', { fetch: (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch }));
    assert.equal((offline as CommentApiError).code, 'network');

    const html = await rejection(getCommentConfig('/api', { fetch: stubFetch(() => new Response('<!doctype html>', { status: 200 })).fetch }));
    assert.equal((html as CommentApiError).code, 'bad-response');
  });

  it('an answer without its comment rules is a bad-response', async () => {
    for (const body of [null, {}, { comments: null }, { comments: 'strict' }, [1, 2]]) {
      const error = await rejection(getCommentConfig('/api', { fetch: stubFetch(() => json(body)).fetch }));
      assert.ok(error instanceof CommentApiError, JSON.stringify(body));
      assert.equal(error.code, 'bad-response', JSON.stringify(body));
    }
  });

  it("gives up after timeoutMs, and a caller's abort is rethrown as it is", async () => {
    const hang: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason), { once: true }));
    const late = await rejection(getCommentConfig('/api', { fetch: hang, timeoutMs: 20 }));
    assert.equal((late as CommentApiError).code, 'timeout');

    const abort = new AbortController();
    const pending = getCommentConfig('/api', { fetch: hang, signal: abort.signal, timeoutMs: 0 });
    abort.abort();
    const aborted = await rejection(pending);
    assert.ok(!(aborted instanceof CommentApiError));
    assert.equal((aborted as Error).name, 'AbortError');
  });
});

describe('readServerRules', () => {
  it('keeps every usable rule', () => {
    assert.deepEqual(readServerRules(CONFIG), CONFIG.comments);
  });

  it('leaves out what is not a whole number in range, or not a known moderation', () => {
    assert.deepEqual(
      readServerRules({
        comments: { minLength: -1, maxLength: 0, authorMaxLength: 12.5, emailMaxLength: '254', pageSize: null, maxPageSize: 40, moderation: 'none' },
      }),
      { maxPageSize: 40 },
    );
    assert.deepEqual(readServerRules({ comments: { minLength: 0 } }), { minLength: 0 });
    for (const odd of [undefined, null, 'x', {}, { comments: 'x' }]) assert.deepEqual(readServerRules(odd), {});
  });
});

describe('formLimits: which limits win', () => {
  it('the defaults without anything else: 5 to 500, names up to 80, emails up to 254', () => {
    assert.deepEqual(formLimits(), { minLength: 5, maxLength: 500, authorMaxLength: 80, emailMaxLength: 254 });
  });

  it("the server's over the defaults", () => {
    assert.deepEqual(formLimits({}, readServerRules(CONFIG)), { minLength: 10, maxLength: 300, authorMaxLength: 60, emailMaxLength: 200 });
  });

  it("the page author's over the server's, each attribute on its own", () => {
    const server = readServerRules(CONFIG);
    assert.deepEqual(formLimits({ maxLength: 1000 }, server), { minLength: 10, maxLength: 1000, authorMaxLength: 60, emailMaxLength: 200 });
    assert.deepEqual(formLimits({ minLength: 3 }, server), { minLength: 3, maxLength: 300, authorMaxLength: 60, emailMaxLength: 200 });
    assert.deepEqual(formLimits({ minLength: 5, maxLength: 500 }, server).maxLength, 500);
  });

  it("an unusable author value (not a number, negative) falls back to the server's, then the default", () => {
    assert.equal(formLimits({ maxLength: NaN }, { maxLength: 300 }).maxLength, 300);
    assert.equal(formLimits({ maxLength: -4 }).maxLength, 500);
    assert.equal(formLimits({ minLength: null, maxLength: undefined }, { minLength: 7 }).minLength, 7);
    assert.equal(formLimits({ maxLength: 12.9 }).maxLength, 12);
  });

  it('the maximum is at least 1, and the minimum never above the maximum', () => {
    assert.deepEqual([formLimits({ maxLength: 0 }).maxLength, formLimits({ maxLength: 0 }).minLength], [1, 1]);
    assert.equal(formLimits({ minLength: 50, maxLength: 20 }).minLength, 20);
    assert.equal(formLimits({ maxLength: 3 }, { minLength: 10 }).minLength, 3);
  });

  it('a server cannot loosen the shared name and email maxima (validateComment applies them on both sides)', () => {
    assert.deepEqual(formLimits({}, { authorMaxLength: 200, emailMaxLength: 1000 }), {
      minLength: 5,
      maxLength: 500,
      authorMaxLength: 80,
      emailMaxLength: 254,
    });
  });
});

describe('serverRules: once per endpoint', () => {
  it('asks each endpoint once, however many boxes ask, and shares the answer', async () => {
    const { fetch, calls } = stubFetch(() => json(CONFIG));
    const endpoint = 'https://once.example.vn/api';
    const [a, b] = await Promise.all([serverRules(endpoint, { fetch }), serverRules(`${endpoint}/`, { fetch })]);
    const c = await serverRules(` ${endpoint} `, { fetch });
    assert.equal(calls.length, 1);
    assert.deepEqual(a, CONFIG.comments);
    assert.equal(b, a);
    assert.equal(c, a);
    await serverRules('https://other.example.vn/api', { fetch });
    assert.deepEqual(
      calls.map((call) => call.url),
      ['https://once.example.vn/api/config', 'https://other.example.vn/api/config'],
    );
  });

  it('a server that cannot tell (404, offline, odd answer) gives {} silently, and is not asked again', async () => {
    for (const [name, answer] of [
      ['older', () => json({ error: { code: 'not-found', message: 'Nothing here' } }, 404)],
      ['offline', () => Promise.reject(new TypeError('Failed to fetch'))],
      ['odd', () => json({ limits: [5, 500] })],
    ] as const) {
      const { fetch, calls } = stubFetch(answer as () => Response);
      const endpoint = `https://${name}.example.vn/api`;
      assert.deepEqual(await serverRules(endpoint, { fetch }), {}, name);
      assert.deepEqual(await serverRules(endpoint, { fetch }), {}, name);
      assert.equal(calls.length, 1, name);
    }
  });

  it('keeps only the usable rules of an answer', async () => {
    const { fetch } = stubFetch(() => json({ comments: { minLength: 8, maxLength: 'many', moderation: 'post' } }));
    assert.deepEqual(await serverRules('https://partial.example.vn/api', { fetch }), { minLength: 8, moderation: 'post' });
  });
});
