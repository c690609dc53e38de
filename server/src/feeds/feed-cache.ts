// Per-feed cache of serialised JSON Feeds: fresh copies for their TTL, concurrent misses coalesced into one
// upstream load, conditional revalidation upstream, and the last good copy kept for when upstream fails.
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
  /** After a failed refresh, how long the stale copy is served before upstream is tried again (ms). */
  retryAfterFailureMs?: number;
  now?: () => number;
}

interface Slot {
  feed?: CachedFeed;
  inFlight?: Promise<CacheAnswer>;
  /** After a failure, no new attempt before this time (ms). */
  retryAt?: number;
  lastError?: UpstreamError;
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
  private readonly retryAfterFailureMs: number;
  private readonly now: () => number;

  constructor(options: FeedCacheOptions = {}) {
    this.maxEntries = options.maxEntries ?? 500;
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
    if (slot.feed && slot.lastError && slot.retryAt !== undefined && now < slot.retryAt) {
      return Promise.resolve({ feed: slot.feed, stale: slot.lastError, maxAgeSeconds: 0 });
    }
    const current = slot;
    current.inFlight = this.refresh(current, ttlMs, load).finally(() => {
      current.inFlight = undefined;
    });
    return current.inFlight;
  }

  private async refresh(slot: Slot, ttlMs: number, load: FeedLoader): Promise<CacheAnswer> {
    const previous = slot.feed;
    let outcome: LoadOutcome;
    try {
      outcome = await load(previous?.upstream);
    } catch (error) {
      const failure = asUpstreamError(error);
      slot.lastError = failure;
      slot.retryAt = this.now() + Math.min(ttlMs, this.retryAfterFailureMs);
      if (previous) return { feed: previous, stale: failure, maxAgeSeconds: 0 };
      throw failure;
    }
    slot.lastError = undefined;
    slot.retryAt = undefined;
    const now = this.now();
    if (outcome.status === 304 && previous) {
      slot.feed = { ...previous, expiresAt: now + ttlMs, upstream: { ...previous.upstream, ...definedOnly(outcome.upstream) } };
      return this.fresh(slot.feed);
    }
    if (outcome.status === 304) throw new UpstreamError('upstream-http', 'The upstream answered 304 without a copy in hand', { upstreamStatus: 304 });
    const etag = etagOf(outcome.body);
    const unchanged = previous?.etag === etag;
    slot.feed = {
      body: unchanged ? previous.body : outcome.body,
      etag,
      lastModified: unchanged ? previous.lastModified : Math.floor(now / 1000) * 1000,
      expiresAt: now + ttlMs,
      upstream: outcome.upstream,
    };
    return this.fresh(slot.feed);
  }

  private fresh(feed: CachedFeed): CacheAnswer {
    return { feed, maxAgeSeconds: Math.max(0, Math.floor((feed.expiresAt - this.now()) / 1000)) };
  }

  private evict(): void {
    for (const [key, slot] of this.slots) {
      if (this.slots.size <= this.maxEntries) break;
      if (!slot.inFlight) this.slots.delete(key);
    }
  }
}

function definedOnly(validators: Validators): Validators {
  const out: Validators = {};
  if (validators.etag) out.etag = validators.etag;
  if (validators.lastModified) out.lastModified = validators.lastModified;
  return out;
}
