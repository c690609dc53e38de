// What loadFeed knows about a Feed it returned: when it was fetched, whether it is a stale copy and why.
// Kept beside the object (WeakMap) so the Feed itself keeps exactly the contract's shape.
import type { Feed, FeedError } from '../feed/model.js';

interface FeedMeta {
  fetchedAt: number;
  stale: boolean;
  reason?: FeedError;
}

const metaByFeed = new WeakMap<Feed, FeedMeta>();

/** True when `feed` is an older copy: the network failed (see staleReason) or a refresh is under way. */
export function isStale(feed: Feed): boolean {
  return metaByFeed.get(feed)?.stale ?? false;
}

/** When loadFeed fetched `feed` (ms since the epoch); undefined for feeds that did not come from loadFeed. */
export function feedFetchedAt(feed: Feed): number | undefined {
  return metaByFeed.get(feed)?.fetchedAt;
}

/** The error that made loadFeed fall back to this stale copy; undefined for fresh feeds and for copies shown while refreshing. */
export function staleReason(feed: Feed): FeedError | undefined {
  return metaByFeed.get(feed)?.reason;
}

/** Freezes `feed` deeply and records it as freshly fetched at `fetchedAt`. */
export function markFresh(feed: Feed, fetchedAt: number): Feed {
  deepFreeze(feed);
  metaByFeed.set(feed, { fetchedAt, stale: false });
  return feed;
}

/** A new frozen Feed object sharing `feed`'s (frozen) contents, marked stale, with the error that caused it if any. */
export function markStale(feed: Feed, fetchedAt: number, reason?: FeedError): Feed {
  const copy = Object.freeze({ ...feed });
  metaByFeed.set(copy, reason ? { fetchedAt, stale: true, reason } : { fetchedAt, stale: true });
  return copy;
}

function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
}
