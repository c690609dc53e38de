// The last good copy of each feed, kept in Web Storage (localStorage by default) so a widget is not
// blank after a reload when the feed server fails. Bounded in size, oldest evicted first. Storage may
// be missing, blocked (SecurityError on access) or full (QuotaExceededError): every failure is silent.
import type { Feed, FeedItem } from '../feed/model.js';

export const STORAGE_KEY_PREFIX = 'bantin:feed:';
/** Upper bound of what bantin keeps in storage, all feeds together (UTF-16: 2 bytes a character). */
export const STORAGE_BUDGET_BYTES = 1_000_000;
/** One feed may use at most this much; longer feeds are stored with their first items only. */
export const STORAGE_ENTRY_MAX_BYTES = 250_000;

export interface StoredFeed {
  feed: Feed;
  fetchedAt: number;
}

// Value layout: "1|<fetchedAt>|<feed JSON>", so eviction can read the age without parsing the JSON.
const FORMAT_VERSION = '1';

/** localStorage when the page may use it, else null (no DOM, sandboxed iframe, storage disabled). */
export function defaultStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export function readStoredFeed(storage: Storage | null, key: string): StoredFeed | undefined {
  if (!storage) return undefined;
  try {
    const value = storage.getItem(STORAGE_KEY_PREFIX + key);
    if (value === null) return undefined;
    const stored = parseValue(value);
    if (!stored) storage.removeItem(STORAGE_KEY_PREFIX + key);
    return stored;
  } catch {
    return undefined;
  }
}

/** Stores `feed` under `key`, evicting the oldest bantin entries to stay within STORAGE_BUDGET_BYTES. */
export function writeStoredFeed(storage: Storage | null, key: string, feed: Feed, fetchedAt: number): void {
  if (!storage) return;
  try {
    const storageKey = STORAGE_KEY_PREFIX + key;
    storage.removeItem(storageKey);
    const value = serialize(feed, fetchedAt, STORAGE_ENTRY_MAX_BYTES / 2 - storageKey.length);
    if (value === undefined) return;
    const entries = listEntries(storage);
    let used = entries.reduce((sum, entry) => sum + entry.chars, 0);
    const needed = storageKey.length + value.length;
    while (used + needed > STORAGE_BUDGET_BYTES / 2 && entries.length > 0) {
      used -= evictOldest(storage, entries);
    }
    // The quota is shared with the page's own data: on QuotaExceededError, give up more of ours.
    for (;;) {
      try {
        storage.setItem(storageKey, value);
        return;
      } catch (error) {
        if (!isQuotaError(error) || entries.length === 0) return;
        evictOldest(storage, entries);
      }
    }
  } catch {
    // Blocked or broken storage: the copy is a convenience, never a reason to fail.
  }
}

/** Removes every bantin feed entry from `storage`. */
export function clearStoredFeeds(storage: Storage | null): void {
  if (!storage) return;
  try {
    for (const entry of listEntries(storage)) storage.removeItem(entry.key);
  } catch {
    // ignore: nothing to clear in a storage we cannot read
  }
}

interface EntryInfo {
  key: string;
  fetchedAt: number;
  chars: number;
}

function listEntries(storage: Storage): EntryInfo[] {
  const entries: EntryInfo[] = [];
  for (let index = 0; index < storage.length; index++) {
    const key = storage.key(index);
    if (key === null || !key.startsWith(STORAGE_KEY_PREFIX)) continue;
    const value = storage.getItem(key) ?? '';
    entries.push({ key, fetchedAt: readFetchedAt(value), chars: key.length + value.length });
  }
  return entries.sort((a, b) => a.fetchedAt - b.fetchedAt);
}

/** Removes the oldest entry of `entries` (sorted oldest first) and returns the characters freed. */
function evictOldest(storage: Storage, entries: EntryInfo[]): number {
  const oldest = entries.shift()!;
  storage.removeItem(oldest.key);
  return oldest.chars;
}

/** The stored value, or undefined when even the feed without items does not fit in `maxChars`. */
function serialize(feed: Feed, fetchedAt: number, maxChars: number): string | undefined {
  const header = `${FORMAT_VERSION}|${fetchedAt}|`;
  let value = header + JSON.stringify(feed);
  // Keep the leading items (what widgets show) when the whole feed is too long.
  let keep = feed.items.length;
  while (value.length > maxChars && keep > 0) {
    keep = Math.floor(((keep * maxChars) / value.length) * 0.9);
    value = header + JSON.stringify({ ...feed, items: feed.items.slice(0, keep) });
  }
  return value.length <= maxChars ? value : undefined;
}

function readFetchedAt(value: string): number {
  const match = /^\d+\|(\d+)\|/.exec(value);
  return match ? Number(match[1]) : 0;
}

function parseValue(value: string): StoredFeed | undefined {
  const match = /^(\d+)\|(\d+)\|/.exec(value);
  if (!match || match[1] !== FORMAT_VERSION) return undefined;
  let feed: unknown;
  try {
    feed = JSON.parse(value.slice(match[0].length));
  } catch {
    return undefined;
  }
  return looksLikeFeed(feed) ? { feed, fetchedAt: Number(match[2]) } : undefined;
}

// Storage is shared with the rest of the page: check the shape before trusting it.
function looksLikeFeed(value: unknown): value is Feed {
  if (typeof value !== 'object' || value === null) return false;
  const feed = value as Partial<Feed>;
  return (
    typeof feed.format === 'string' &&
    typeof feed.title === 'string' &&
    Array.isArray(feed.items) &&
    feed.items.every((item: unknown) => typeof item === 'object' && item !== null && typeof (item as FeedItem).title === 'string')
  );
}

function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22);
}
