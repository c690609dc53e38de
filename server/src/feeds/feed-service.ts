// Named feeds from the config and ad-hoc `?url=` feeds for allowHosts: each loaded from its source
// (http(s) through safeFetch, or a file named in the config), then serialised as JSON Feed (serialise.ts:
// decoded, parsed, cut to maxItems) — in the parse worker for the default reader — and cached per feed.
import { open, stat } from 'node:fs/promises';
import type { FeedConfig, FeedLocation } from '../config.js';
import { DEFAULT_MAX_ITEMS_PER_FEED, DEFAULT_TTL_SECONDS } from '../config.js';
import { FeedCache, type CacheAnswer, type LoadOutcome, type Validators } from './feed-cache.js';
import { hostList } from './hosts.js';
import { ParsePool } from './parse-pool.js';
import { FETCH_DEFAULTS, safeFetch, type FetchPolicy } from './safe-fetch.js';
import { FILE_BASE, serialiseFeed, type FeedMapper, type SerialiseInput } from './serialise.js';
import { UpstreamError } from './upstream-error.js';

export type { FeedMapper } from './serialise.js';

export interface FeedServiceOptions {
  feeds: Record<string, FeedConfig>;
  allowHosts: readonly string[];
  /** A reader given in code runs in the process; without one, rss-parser runs in the parse worker. */
  toFeed?: FeedMapper;
  /** Items kept of each feed (default 500). */
  maxItems?: number;
  /** Limits and (in tests only) address exceptions and a stub resolver for upstream fetches. */
  fetchPolicy?: FetchPolicy;
  adHocTtlSeconds?: number;
  cache?: FeedCache;
}

export class UnknownFeedError extends Error {
  constructor(name: string) {
    super(`No feed named "${name}" in this server's config`);
    this.name = 'UnknownFeedError';
  }
}

async function readFileCapped(path: string, maxBytes: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(maxBytes + 1);
    let size = 0;
    for (let round = 0; round < 10_000 && size <= maxBytes; round++) {
      const { bytesRead } = await handle.read(buffer, size, buffer.length - size, size);
      if (bytesRead === 0) break;
      size += bytesRead;
    }
    if (size > maxBytes) throw new UpstreamError('upstream-too-large', `The feed file is larger than ${maxBytes} bytes`);
    return buffer.subarray(0, size);
  } finally {
    await handle.close();
  }
}

export class FeedService {
  private readonly cache: FeedCache;
  private readonly feeds: Record<string, FeedConfig>;
  private readonly allowed;
  private readonly serialise: (input: SerialiseInput) => Promise<Buffer>;
  private readonly pool?: ParsePool;
  private readonly maxItems: number;
  private readonly policy: FetchPolicy;
  private readonly adHocTtlMs: number;

  constructor(options: FeedServiceOptions) {
    this.cache = options.cache ?? new FeedCache();
    this.feeds = options.feeds;
    this.allowed = hostList(options.allowHosts);
    const { toFeed } = options;
    if (toFeed) this.serialise = (input) => serialiseFeed(toFeed, input);
    else {
      const pool = (this.pool = new ParsePool());
      this.serialise = (input) => pool.serialise(input);
    }
    this.maxItems = options.maxItems ?? DEFAULT_MAX_ITEMS_PER_FEED;
    this.policy = options.fetchPolicy ?? {};
    this.adHocTtlMs = (options.adHocTtlSeconds ?? DEFAULT_TTL_SECONDS) * 1000;
  }

  /** A feed named in the config. Throws UnknownFeedError, or UpstreamError when there is no copy at all. */
  named(name: string): Promise<CacheAnswer> {
    const feed = Object.hasOwn(this.feeds, name) ? this.feeds[name] : undefined;
    if (!feed) return Promise.reject(new UnknownFeedError(name));
    return this.cache.get(`name:${name}`, feed.ttlSeconds * 1000, (previous) =>
      this.load(feed.source, previous, this.namedPolicy(feed.source), feed.bulletins),
    );
  }

  /** An ad-hoc feed: http(s) on allowHosts only. Throws UpstreamError (url-invalid, url-not-allowed, …). */
  byUrl(text: string): Promise<CacheAnswer> {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      return Promise.reject(new UpstreamError('url-invalid', 'url must be an absolute http(s) URL'));
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      return Promise.reject(new UpstreamError('url-invalid', 'Only http and https feeds can be read through the proxy'));
    }
    if (!this.allowed.allows(url)) return Promise.reject(new UpstreamError('url-not-allowed', `${url.hostname} is not on this server's allowHosts`));
    url.hash = '';
    const policy: FetchPolicy = {
      ...this.policy,
      allowUrl: (hop) => this.allowed.allows(hop),
      allowPort: (hop) => this.allowed.allowsPort(hop) || (this.policy.allowPort?.(hop) ?? false),
    };
    return this.cache.get(`url:${url.href}`, this.adHocTtlMs, (previous) => this.load({ kind: 'http', url: url.href }, previous, policy));
  }

  /** A configured feed may use its own host's configured port (redirects to it included). */
  private namedPolicy(source: FeedLocation): FetchPolicy {
    if (source.kind !== 'http') return this.policy;
    const configured = new URL(source.url);
    return {
      ...this.policy,
      allowPort: (hop) => (hop.host === configured.host && hop.protocol === configured.protocol) || (this.policy.allowPort?.(hop) ?? false),
    };
  }

  private async load(source: FeedLocation, previous: Validators | undefined, policy: FetchPolicy, bulletins = false): Promise<LoadOutcome> {
    if (source.kind === 'file') return this.loadFile(source.path, previous, bulletins);
    const result = await safeFetch({ url: source.url, ...previous }, policy);
    const upstream: Validators = {};
    if (result.etag) upstream.etag = result.etag;
    if (result.lastModified) upstream.lastModified = result.lastModified;
    if (result.status === 304) return { status: 304, upstream };
    const body = await this.serialise({
      bytes: result.body,
      contentType: result.contentType ?? null,
      url: result.url,
      bulletins,
      maxItems: this.maxItems,
    });
    return { status: 200, body, upstream };
  }

  private async loadFile(path: string, previous: Validators | undefined, bulletins: boolean): Promise<LoadOutcome> {
    const maxBytes = this.policy.maxBytes ?? FETCH_DEFAULTS.maxBytes;
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      throw new UpstreamError('upstream-network', `The feed file cannot be read (${(error as NodeJS.ErrnoException).code})`, { cause: error });
    }
    const upstream: Validators = { etag: `${info.size}-${info.mtimeMs}` };
    if (previous?.etag === upstream.etag) return { status: 304, upstream };
    if (info.size > maxBytes) throw new UpstreamError('upstream-too-large', `The feed file is larger than ${maxBytes} bytes`);
    const bytes = await readFileCapped(path, maxBytes);
    return { status: 200, body: await this.serialise({ bytes, contentType: null, url: FILE_BASE, bulletins, maxItems: this.maxItems }), upstream };
  }

  /** Ends the parse worker. */
  close(): Promise<void> {
    return this.pool?.close() ?? Promise.resolve();
  }
}
