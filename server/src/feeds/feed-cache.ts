// Per-feed cache of serialised JSON Feeds: fresh copies for their TTL, concurrent misses coalesced into one
// upstream load, conditional revalidation upstream, and the last good copy kept for when upstream fails.
// Failures are cached too (without a copy in hand the error is answered again), each failure in a row twice
// as long. The cache is bounded by the bytes of its bodies (and by entries): least recently used go first.
import { createHash } from 'node:crypto';
import { UpstreamError } from './upstream-error.js';

export interface Validators {
  etag?: string;
  lastModified?: string;
}

export interface CachedFeed {
  /** The JSON Feed as sent (UTF-8). */
  body: Buffer;
  /** Strong ETag of body, quoted. */
  etag: string;
  /** When body last changed, in ms (whole seconds, as HTTP dates carry). */
  lastModified: number;
  /** Until when this copy is fresh (ms). */
  expiresAt: number;
  /** Validators from the upstream, for the next conditional request. */
  upstream: Validators;
}

export type LoadOutcome = { status: 304; upstream: Validators } | { status: 200; body: Buffer; upstream: Validators };

/** Loads one feed from its source; `previous` carries the validators of the copy in hand. */
export type FeedLoader = (previous: Validators | undefined) => Promise<LoadOutcome>;

export interface CacheAnswer {
  feed: CachedFeed;
  /** Seconds this copy stays fresh from now (0 for a stale copy). */
  maxAgeSeconds: number;
  /** Set when this is the last good copy because refreshing it failed: the failure. */
  stale?: UpstreamError;
}

export interface FeedCacheOptions {
  /** How many feeds are kept (least recently used ones go first). */
  maxEntries?: number;
  /** How many bytes of JSON Feed bodies are kept (least recently used ones go first); default 64 MiB. */
  maxBytes?: number;
  /**
   * After a failed refresh, how long the failure (or the stale copy) is answered before upstream is tried
   * again (ms, at most the feed's TTL); doubled for each failure in a row, up to MAX_RETRY_DELAY_MS.
   */
  retryAfterFailureMs?: number;
  now?: () => number;
}

interface Slot {
  feed?: CachedFeed;
  inFlight?: Promise<CacheAnswer>;
  /** After a failure, no new attempt before this time (ms). */
  retryAt?: number;
  lastError?: UpstreamError;
  /** Failures in a row. */
  failures?: number;
}

export const DEFAULT_CACHE_BYTES = 64 * 1024 * 1024;
export const MAX_RETRY_DELAY_MS = 10 * 60_000;

/** A failure answered from the cache: the error, and how long until upstream is tried again. */
export class CachedFailure extends Error {
  constructor(
    readonly failure: UpstreamError,
    readonly retryAfterSeconds: number,
  ) {
    super(failure.message);
    this.name = 'CachedFailure';
  }
}

function etagOf(body: Buffer): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

function asUpstreamError(error: unknown): UpstreamError {
  if (error instanceof UpstreamError) return error;
  return new UpstreamError('upstream-network', (error as Error)?.message ?? 'The feed could not be loaded', { cause: error });
}

export class FeedCache {
  private readonly slots = new Map<string, Slot>();
  private readonly maxEntries: number;
  private readonly maxBytes: number;
  private readonly retryAfterFailureMs: number;
  private readonly now: () => number;
  /** Bytes of the bodies held now. */
  bytes = 0;

  constructor(options: FeedCacheOptions = {}) {
    this.maxEntries = options.maxEntries ?? 500;
    this.maxBytes = options.maxBytes ?? DEFAULT_CACHE_BYTES;
    this.retryAfterFailureMs = options.retryAfterFailureMs ?? 30_000;
    this.now = options.now ?? Date.now;
  }

  /** The feed under `key`: fresh from the cache, else loaded (one load at a time per key), else stale. */
  get(key: string, ttlMs: number, load: FeedLoader): Promise<CacheAnswer> {
    let slot = this.slots.get(key);
    if (slot) {
      this.slots.delete(key); // re-insert: most recently used last
      this.slots.set(key, slot);
    } else {
      slot = {};
      this.slots.set(key, slot);
      this.evict();
    }
    const now = this.now();
    if (slot.feed && now < slot.feed.expiresAt) return Promise.resolve(this.fresh(slot.feed));
    if (slot.inFlight) return slot.inFlight;
    if (slot.lastError && slot.retryAt !== undefined && now < slot.retryAt) {
      if (slot.feed) return Promise.resolve({ feed: slot.feed, stale: slot.lastError, maxAgeSeconds: 0 });
      return Promise.reject(new CachedFailure(slot.lastError, Math.ceil((slot.retryAt - now) / 1000)));
    }
    const current = slot;
    current.inFlight = this.refresh(key, current, ttlMs, load).finally(() => {
      current.inFlight = undefined;
    });
    return current.inFlight;
  }

  private async refresh(key: string, slot: Slot, ttlMs: number, load: FeedLoader): Promise<CacheAnswer> {
    const previous = slot.feed;
    let outcome: LoadOutcome;
    try {
      outcome = await load(previous?.upstream);
    } catch (error) {
      const failure = asUpstreamError(error);
      slot.failures = (slot.failures ?? 0) + 1;
      const delay = Math.min(Math.min(ttlMs, this.retryAfterFailureMs) * 2 ** (slot.failures - 1), MAX_RETRY_DELAY_MS);
      slot.lastError = failure;
      slot.retryAt = this.now() + delay;
      if (previous) return { feed: previous, stale: failure, maxAgeSeconds: 0 };
      throw new CachedFailure(failure, Math.ceil(delay / 1000));
    }
    slot.lastError = undefined;
    slot.retryAt = undefined;
    slot.failures = undefined;
    const now = this.now();
    if (outcome.status === 304 && previous) {
      slot.feed = { ...previous, expiresAt: now + ttlMs, upstream: { ...previous.upstream, ...definedOnly(outcome.upstream) } };
      return this.fresh(slot.feed);
    }
    if (outcome.status === 304) throw new UpstreamError('upstream-http', 'The upstream answered 304 without a copy in hand', { upstreamStatus: 304 });
    const etag = etagOf(outcome.body);
    const unchanged = previous?.etag === etag;
    if (previous) this.bytes -= previous.body.length;
    slot.feed = {
      body: unchanged ? previous.body : outcome.body,
      etag,
      lastModified: unchanged ? previous.lastModified : Math.floor(now / 1000) * 1000,
      expiresAt: now + ttlMs,
      upstream: outcome.upstream,
    };
    const answer = this.fresh(slot.feed);
    if (slot.feed.body.length > this.maxBytes) {
      // Answered, not kept: alone it would be over the bound.
      slot.feed = undefined;
      if (this.slots.get(key) === slot) this.slots.delete(key);
    } else {
      this.bytes += slot.feed.body.length;
      this.evict();
    }
    return answer;
  }

  private fresh(feed: CachedFeed): CacheAnswer {
    return { feed, maxAgeSeconds: Math.max(0, Math.floor((feed.expiresAt - this.now()) / 1000)) };
  }

  /** Feeds held now. */
  get size(): number {
    return this.slots.size;
  }

  /** Drops the least recently used feeds (but those being loaded) while over maxEntries or maxBytes. */
  private evict(): void {
    for (const [key, slot] of this.slots) {
      if (this.slots.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      if (slot.inFlight) continue;
      this.slots.delete(key);
      this.bytes -= slot.feed?.body.length ?? 0;
    }
  }
}

function definedOnly(validators: Validators): Validators {
  const out: Validators = {};
  if (validators.etag) out.etag = validators.etag;
  if (validators.lastModified) out.lastModified = validators.lastModified;
  return out;
}
