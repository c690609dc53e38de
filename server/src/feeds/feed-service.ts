// Named feeds from the config and ad-hoc `?url=` feeds for allowHosts: each loaded from its source
// (http(s) through safeFetch, or a file named in the config), decoded to text, parsed, mapped onto the
// feed model and serialised as JSON Feed — then cached per feed.
import { open, stat } from 'node:fs/promises';
import { readItemBulletin, type Feed } from 'bantin/core';
import type { FeedConfig, FeedLocation } from '../config.js';
import { DEFAULT_TTL_SECONDS } from '../config.js';
import { decodeUpstreamBytes } from './decode.js';
import { FeedCache, type CacheAnswer, type LoadOutcome, type Validators } from './feed-cache.js';
import { hostList } from './hosts.js';
import { toJsonFeed } from './json-feed.js';
import { FETCH_DEFAULTS, safeFetch, type FetchPolicy } from './safe-fetch.js';
import { UpstreamError } from './upstream-error.js';

// File feeds have no URL of their own: their relative links are resolved against this placeholder, then
// written root-relative, so the browser resolves them against the address the JSON Feed was served from.
const FILE_BASE = 'http://bantin.invalid/';

/** Text of a feed (and the URL it came from, for relative links) → the feed model; throws on non-feeds. */
export type FeedMapper = (text: string, url: string | undefined) => Promise<Feed>;

export interface FeedServiceOptions {
  feeds: Record<string, FeedConfig>;
  allowHosts: readonly string[];
  toFeed: FeedMapper;
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
  private readonly toFeed: FeedMapper;
  private readonly policy: FetchPolicy;
  private readonly adHocTtlMs: number;

  constructor(options: FeedServiceOptions) {
    this.cache = options.cache ?? new FeedCache();
    this.feeds = options.feeds;
    this.allowed = hostList(options.allowHosts);
    this.toFeed = options.toFeed;
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
    return { status: 200, body: await this.serialise(decodeUpstreamBytes(result.body, result.contentType), result.url, bulletins), upstream };
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
    return { status: 200, body: await this.serialise(decodeUpstreamBytes(bytes, null), FILE_BASE, bulletins), upstream };
  }

  private async serialise(text: string, url: string | undefined, bulletins: boolean): Promise<Buffer> {
    let feed: Feed;
    try {
      feed = await this.toFeed(text, url);
    } catch (error) {
      throw new UpstreamError('upstream-not-a-feed', `The upstream did not send a readable feed: ${(error as Error)?.message ?? error}`, {
        cause: error,
      });
    }
    // Read once here for every reader, instead of in each reader's browser (the weather reader is the widget's largest part).
    if (bulletins) feed = { ...feed, items: feed.items.map((item) => ({ ...item, bulletin: readItemBulletin(item) })) };
    let json = JSON.stringify(toJsonFeed(feed));
    if (url === FILE_BASE) json = json.replaceAll(FILE_BASE, '/');
    return Buffer.from(json, 'utf8');
  }
}
