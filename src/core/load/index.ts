export { loadFeed, clearFeedCache, DEFAULT_MAX_AGE_SECONDS, DEFAULT_TIMEOUT_MS } from './load-feed.js';
export type { LoadFeedRequestOptions } from './load-feed.js';
export { isStale, feedFetchedAt, staleReason } from './feed-meta.js';
export { decodeFeedBytes, sniffCharset } from './decode.js';
export { STORAGE_BUDGET_BYTES, STORAGE_ENTRY_MAX_BYTES, STORAGE_KEY_PREFIX } from './feed-storage.js';
