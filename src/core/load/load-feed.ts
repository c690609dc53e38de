// loadFeed: fetch + decode + parse a feed, with one request per URL however many widgets ask, a memory
// cache, the last good copy in localStorage as a fallback, and stale-while-revalidate.
import { DEFAULT_MAX_LENGTH, FeedError, type Feed, type LoadFeedOptions } from '../feed/model.js';
import { fetchFeedBytes, type FeedBytes } from './fetch-feed-bytes.js';
import { markFresh, markStale } from './feed-meta.js';
import { clearStoredFeeds, defaultStorage, readStoredFeed, writeStoredFeed } from './feed-storage.js';
import { looksLikeJson, parseFeedOnDemand, prefetchFeedReader } from './parse-on-demand.js';

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_AGE_SECONDS = 300;
/** parseFeed's default cap is 5 M characters; no encoding we read takes more than 3 bytes a character. */
const MAX_FEED_BYTES = 3 * DEFAULT_MAX_LENGTH;
const MEMORY_ENTRIES_MAX = 50;

export interface LoadFeedRequestOptions extends LoadFeedOptions {
  /** Give up after this long with FeedError('timeout'). Default 15 000 ms. */
  timeoutMs?: number;
  /** The fetch to use (tests, Node, a host's own fetch). Default globalThis.fetch. */
  fetch?: typeof fetch;
  /** Where the last good copy is kept. Default localStorage (when the page may use it); null: nowhere. */
  storage?: Storage | null;
  /**
   * Opt in to stale-while-revalidate. When a copy older than maxAgeSeconds exists (in memory or
   * storage), loadFeed resolves at once with it (isStale(feed) is true, staleReason(feed) undefined)
   * and refreshes in the background, then calls onUpdate once: with the fresh feed, or, when the
   * refresh failed, with the copy marked stale and staleReason(feed) set to the error.
   * Not called when loadFeed had to wait for the network anyway (no copy, or the copy was fresh).
   */
  onUpdate?: (feed: Feed) => void;
}

interface CacheEntry {
  feed: Feed;
  fetchedAt: number;
}

interface SharedRequest {
  key: string;
  promise: Promise<CacheEntry>;
  controller: AbortController;
  /** Callers still waiting that could abort; the request is aborted only when this drops to 0. */
  holders: number;
}

const memory = new Map<string, CacheEntry>();
const inFlight = new Map<string, SharedRequest>();
/** Bumped by clearFeedCache, so requests started before it do not refill the caches. */
let generation = 0;

/**
 * Loads, decodes and parses the feed at `url` (relative URLs resolve against the page).
 *
 * - Concurrent calls for the same URL (and proxy) share one request; a caller's `signal` aborting
 *   rejects that caller with the abort reason (an AbortError by default) and aborts the request
 *   only when every waiting caller has aborted. The first caller's timeoutMs, fetch and storage apply
 *   to a shared request.
 * - A result is reused without a request for `maxAgeSeconds` (default 300), also across page loads
 *   through storage.
 * - When the request fails (FeedError: network, cors, timeout, http, not-a-feed, …) and a previous
 *   copy exists, it resolves with that copy: isStale(feed) is true and staleReason(feed) is the error.
 *   Without a copy it rejects with the FeedError.
 * - `proxy` is a URL template: `{url}` is replaced by the encoded feed URL (appended when absent).
 *
 * The returned Feed is deeply frozen and shared between callers.
 */
export async function loadFeed(url: string, options: LoadFeedRequestOptions = {}): Promise<Feed> {
  const { signal, onUpdate } = options;
  if (signal?.aborted) throw abortReason(signal);
  const target = resolveTarget(url, options.proxy);
  const storage = options.storage === undefined ? defaultStorage() : options.storage;
  const maxAgeMs = Math.max(0, options.maxAgeSeconds ?? DEFAULT_MAX_AGE_SECONDS) * 1000;

  const copy = cachedCopy(target.requestUrl, storage);
  if (copy && isYoungerThan(copy, maxAgeMs)) return copy.feed;

  const request = sharedRequest(target, options, storage);
  if (copy && onUpdate) {
    join(request).then(
      (entry) => onUpdate(entry.feed),
      (error: unknown) => onUpdate(markStale(copy.feed, copy.fetchedAt, asFeedError(error))),
    );
    return markStale(copy.feed, copy.fetchedAt);
  }
  try {
    return (await join(request, signal)).feed;
  } catch (error) {
    if (!(error instanceof FeedError) || !copy) throw error;
    return markStale(copy.feed, copy.fetchedAt, error);
  }
}

/**
 * Forgets every cached feed: the memory cache, requests in flight (they still settle for their
 * callers but no longer fill the cache) and the stored copies in `storage` (default localStorage;
 * pass null to keep them, as a page reload would).
 */
export function clearFeedCache(options: { storage?: Storage | null } = {}): void {
  generation++;
  memory.clear();
  inFlight.clear();
  clearStoredFeeds(options.storage === undefined ? defaultStorage() : options.storage);
}

interface Target {
  /** The feed's own absolute URL. */
  feedUrl: string;
  /** What is fetched (the proxy URL when there is a proxy); also the cache key. */
  requestUrl: string;
}

function resolveTarget(url: string, proxy: string | undefined): Target {
  const feedUrl = absoluteUrl(url, `"${url}" is not a valid feed URL.`);
  if (!proxy) return { feedUrl, requestUrl: feedUrl };
  const encoded = encodeURIComponent(feedUrl);
  const filled = proxy.includes('{url}') ? proxy.replace(/\{url\}/g, () => encoded) : proxy + encoded;
  return { feedUrl, requestUrl: absoluteUrl(filled, `The proxy template "${proxy}" does not give a valid URL.`) };
}

function absoluteUrl(url: string, message: string): string {
  try {
    return new URL(url, globalThis.document?.baseURI ?? globalThis.location?.href).href;
  } catch (cause) {
    throw new FeedError('network', message, { cause });
  }
}

function cachedCopy(key: string, storage: Storage | null): CacheEntry | undefined {
  const inMemory = memory.get(key);
  if (inMemory) return inMemory;
  const stored = readStoredFeed(storage, key);
  if (!stored) return undefined;
  const entry = { feed: markFresh(stored.feed, stored.fetchedAt), fetchedAt: stored.fetchedAt };
  remember(key, entry);
  return entry;
}

function isYoungerThan(entry: CacheEntry, maxAgeMs: number): boolean {
  const age = Date.now() - entry.fetchedAt;
  return age >= 0 && age < maxAgeMs;
}

function remember(key: string, entry: CacheEntry): void {
  memory.delete(key);
  memory.set(key, entry);
  if (memory.size > MEMORY_ENTRIES_MAX) memory.delete(memory.keys().next().value!);
}

/** The request in flight for this target, or a new one. */
function sharedRequest(target: Target, options: LoadFeedRequestOptions, storage: Storage | null): SharedRequest {
  const key = target.requestUrl;
  const existing = inFlight.get(key);
  if (existing) return existing;

  const controller = new AbortController();
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const timer = setTimeout(
    () => controller.abort(new FeedError('timeout', `${target.feedUrl} did not answer within ${timeoutMs / 1000} s.`)),
    timeoutMs,
  );
  const startedIn = generation;
  // An RSS page should not wait for the feed and then for the feed reader: both download at once.
  if (!looksLikeJson(target.requestUrl)) prefetchFeedReader().catch(() => {});
  const promise = fetchFeedBytes(target.requestUrl, {
    fetch: options.fetch ?? globalThis.fetch,
    signal: controller.signal,
    feedUrl: target.feedUrl,
    viaProxy: target.requestUrl !== target.feedUrl,
    maxBytes: MAX_FEED_BYTES,
  })
    .then(async (body) => {
      const feed = await parse(body, target.feedUrl);
      const fetchedAt = Date.now();
      const entry = { feed: markFresh(feed, fetchedAt), fetchedAt };
      if (startedIn === generation) {
        remember(key, entry);
        writeStoredFeed(storage, key, entry.feed, fetchedAt);
      }
      return entry;
    })
    .finally(() => {
      clearTimeout(timer);
      if (inFlight.get(key) === request) inFlight.delete(key);
    });
  promise.catch(() => {}); // each caller gets the failure through join(); this copy must not be "unhandled"
  const request: SharedRequest = { key, promise, controller, holders: 0 };
  inFlight.set(key, request);
  return request;
}

/** Waits for `request` as one more caller; without a signal the caller holds it to the end. */
function join(request: SharedRequest, signal?: AbortSignal): Promise<CacheEntry> {
  request.holders++;
  if (!signal) return request.promise;
  return new Promise<CacheEntry>((resolve, reject) => {
    const onAbort = () => {
      if (--request.holders === 0) {
        if (inFlight.get(request.key) === request) inFlight.delete(request.key);
        request.controller.abort(abortReason(signal));
      }
      reject(abortReason(signal));
    };
    signal.addEventListener('abort', onAbort, { once: true });
    request.promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

async function parse(body: FeedBytes, feedUrl: string): Promise<Feed> {
  try {
    return await parseFeedOnDemand(body, feedUrl);
  } catch (error) {
    throw asFeedError(error);
  }
}

function asFeedError(error: unknown): FeedError {
  if (error instanceof FeedError) return error;
  return new FeedError('malformed', `The feed could not be read: ${String(error)}`, { cause: error });
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The feed request was aborted.', 'AbortError');
}
