// Widgets rendered by bantin/ssr from what this server already has: feeds from its own feed service (so the
// SSRF policy and the feed cache hold, and no request goes out to itself) and comments from its store. The HTML
// is kept per (attributes, data): a widget is rendered again only when its feed or comments changed.
import { createHash } from 'node:crypto';
import { parseFeed, type CommentPage, type Feed } from 'bantin/core';
import type { WidgetTag } from 'bantin/ssr';
import type { CommentStore } from '../comments/store.js';
import { FEED_NAME } from '../config.js';
import { ApiError } from '../errors.js';
import type { CacheAnswer } from '../feeds/feed-cache.js';
import { UnknownFeedError, type FeedService } from '../feeds/feed-service.js';
import { UpstreamError } from '../feeds/upstream-error.js';
import { parameterError } from './attributes.js';

// Loaded on first use: it installs Lit SSR's DOM shim, which a server that renders nothing does not need.
let ssrModule: Promise<typeof import('bantin/ssr')> | undefined;
const ssr = () => (ssrModule ??= import('bantin/ssr'));

/** The comment box's default page size (its `page-size` attribute): the first page the server renders. */
const COMMENT_PAGE_SIZE = 20;

/** Where a feed of an attribute comes from on this server. */
export type FeedSource = { kind: 'named'; name: string } | { kind: 'url'; url: string };

export interface LoadedFeed {
  /** The URL a browser refreshes it from: this server's /api/feeds/<name> or /api/feed?url=. */
  url: string;
  answer: CacheAnswer;
  feed: Feed;
}

export interface RenderedWidget {
  html: string;
  /** Strong ETag of `html`. */
  etag: string;
  /** Seconds the feeds it shows stay fresh (the least of them); undefined when it shows no feed. */
  maxAgeSeconds?: number;
  /** Set when a feed is a stale copy: why. */
  stale?: UpstreamError;
  /** The feeds it was rendered from, for the page's metadata. */
  feeds: LoadedFeed[];
}

export interface RenderRequest {
  tag: WidgetTag;
  attributes: Record<string, string>;
  /** This server's origin as the browser sees it ("" when unknown: its URLs are then root-relative). */
  origin: string;
  nonce?: string;
  /**
   * true (the fragment endpoint): `feed` and `endpoint` are rewritten to this server's URLs. false (a rendered
   * page): the page's own values stay, and must name this server's feeds and comments API.
   */
  rewrite: boolean;
}

/** Feed errors that come from the request (the parameter), not from the upstream. */
const REQUEST_FEED_ERRORS = new Set(['url-invalid', 'url-not-allowed', 'port-not-allowed', 'address-blocked']);

function feedError(error: unknown): unknown {
  if (error instanceof UnknownFeedError) return new ApiError(400, 'feed-not-found', error.message, { extra: { parameter: 'feed' } });
  if (error instanceof UpstreamError) {
    const status = REQUEST_FEED_ERRORS.has(error.code) ? 400 : error.code === 'upstream-timeout' ? 504 : 502;
    const extra = status === 400 ? { parameter: 'feed' } : error.upstreamStatus !== undefined ? { upstreamStatus: error.upstreamStatus } : undefined;
    return new ApiError(status, error.code, error.message, extra ? { extra } : {});
  }
  return error;
}

const sha = (text: string) => createHash('sha256').update(text).digest('base64url').slice(0, 27);

/** A small least-recently-used map. */
class Lru<V> {
  private readonly entries = new Map<string, V>();
  constructor(private readonly max: number) {}
  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }
  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
  }
  delete(key: string): void {
    this.entries.delete(key);
  }
}

export class WidgetRenderer {
  private readonly parsed = new Lru<Feed>(100);
  private readonly rendered = new Lru<Promise<{ html: string; etag: string }>>(256);

  constructor(
    private readonly feeds: FeedService,
    private readonly store: CommentStore,
  ) {}

  /**
   * A feed token (a configured name, this server's /api/feeds/<name> or /api/feed?url=, relative or on
   * `origin`, or an http(s) URL for the proxy) → its source. Throws a 400 for anything else.
   */
  source(token: string, origin: string): FeedSource {
    if (FEED_NAME.test(token)) return { kind: 'named', name: token };
    let url: URL;
    try {
      url = new URL(token, origin || 'http://bantin.invalid');
    } catch {
      throw new ApiError(400, 'url-invalid', 'feed must be a feed name or an absolute http(s) URL', { extra: { parameter: 'feed' } });
    }
    const ours = !/^[a-z][a-z0-9+.-]*:/i.test(token) || (origin !== '' && url.origin === origin);
    if (ours) {
      const name = /^\/api\/feeds\/([^/]+)$/.exec(url.pathname)?.[1];
      if (name !== undefined && !url.search) return { kind: 'named', name: decodeURIComponent(name) };
      const proxied = url.searchParams.getAll('url');
      if (url.pathname === '/api/feed' && proxied.length === 1) return { kind: 'url', url: proxied[0]! };
      throw parameterError('feed', 'names a path of this server that is not a feed (/api/feeds/<name> or /api/feed?url=)');
    }
    return { kind: 'url', url: token };
  }

  private async loadFeed(source: FeedSource, origin: string): Promise<LoadedFeed> {
    const url = source.kind === 'named' ? `${origin}/api/feeds/${source.name}` : `${origin}/api/feed?url=${encodeURIComponent(source.url)}`;
    let answer: CacheAnswer;
    try {
      answer = source.kind === 'named' ? await this.feeds.named(source.name) : await this.feeds.byUrl(source.url);
    } catch (error) {
      throw feedError(error);
    }
    const key = `${answer.feed.etag} ${url}`;
    let feed = this.parsed.get(key);
    if (!feed) {
      // The feed service wrote this JSON Feed; links in it resolve against where the browser reads it.
      feed = parseFeed(answer.feed.body.toString('utf8'), origin ? { url } : {});
      this.parsed.set(key, feed);
    }
    return { url, answer, feed };
  }

  private async firstComments(attributes: Record<string, string>): Promise<CommentPage> {
    const size = attributes['page-size'] ? Number(attributes['page-size']) : COMMENT_PAGE_SIZE;
    return this.store.listApproved(attributes.thread!, 0, size);
  }

  async render({ tag, attributes: given, origin, nonce, rewrite }: RenderRequest): Promise<RenderedWidget> {
    const attributes = { ...given };
    const tokens = (attributes.feed ?? '').split(/\s+/).filter(Boolean);
    const feeds = await Promise.all(tokens.map((token) => this.loadFeed(this.source(token, origin), origin)));
    const byAttribute = new Map<string, Feed>();
    feeds.forEach((loaded, i) => byAttribute.set(rewrite ? loaded.url : tokens[i]!, loaded.feed));
    if (rewrite && feeds.length > 0) attributes.feed = feeds.map((loaded) => loaded.url).join(' ');

    let comments: CommentPage | undefined;
    if (tag === 'bantin-comment-box') {
      if (rewrite) attributes.endpoint = `${origin}/api`;
      else if (!['/api', '/api/', `${origin}/api`, `${origin}/api/`].includes(attributes.endpoint ?? '')) {
        throw parameterError('endpoint', 'must be this server’s /api for the comment box to be rendered here');
      }
      if (attributes.thread === undefined) throw parameterError('thread', 'is required for the comment box');
      comments = await this.firstComments(attributes);
    }

    const dataKey = [feeds.map((loaded) => loaded.answer.feed.etag), comments ? sha(JSON.stringify(comments)) : ''];
    const key = sha(JSON.stringify([tag, Object.entries(attributes).sort(), dataKey]));
    const render = async () => {
      const { renderWidget } = await ssr();
      const html = await renderWidget(tag, attributes, {
        loadFeed: async (url) => byAttribute.get(url) ?? Promise.reject(new Error(`bantin-server: ${url} was not loaded`)),
        comments,
        nonce,
      });
      return { html, etag: `"${sha(html)}"` };
    };
    // A nonce is for one response only: such renders are not kept.
    let result = nonce ? undefined : this.rendered.get(key);
    if (!result) {
      result = render();
      if (!nonce) {
        this.rendered.set(key, result);
        result.catch(() => this.rendered.delete(key));
      }
    }
    const { html, etag } = await result;
    const stale = feeds.find((loaded) => loaded.answer.stale)?.answer.stale;
    const maxAgeSeconds = feeds.length > 0 ? Math.min(...feeds.map((loaded) => loaded.answer.maxAgeSeconds)) : undefined;
    return { html, etag, feeds, ...(maxAgeSeconds !== undefined ? { maxAgeSeconds } : {}), ...(stale ? { stale } : {}) };
  }
}
