// The feed model every format is normalised to (contract: docs/feed-model.md).
import type { ItemBulletin } from '../weather/types.js';

/** The zone of dates written without one: Việt Nam's. */
export const DEFAULT_TIME_ZONE = 'Asia/Ho_Chi_Minh';
/** parseFeed's default cap on a feed's length, in characters. */
export const DEFAULT_MAX_LENGTH = 5 * 1024 * 1024;

export type FeedFormat = 'rss' | 'atom' | 'rdf' | 'json';

export interface FeedImage {
  url: string;
  alt?: string;
  width?: number;
  height?: number;
}

export interface FeedEnclosure {
  url: string;
  type?: string;
  length?: number;
}

export interface FeedItem {
  /** guid / atom:id / rdf:about / json id as written; else link; else a stable hash of title + published. */
  id: string;
  /** Plain NFC text: entities decoded, tags removed, whitespace collapsed. */
  title: string;
  /** Absolute. */
  link?: string;
  /** Plain text of the description, else of the content; '' when absent. */
  summary: string;
  /** Full HTML as published (relative URLs made absolute). UNTRUSTED: render only through core/sanitize. */
  contentHtml?: string;
  author?: string;
  categories: string[];
  /** ISO 8601 UTC, exactly as Date.prototype.toISOString() gives it. */
  published?: string;
  updated?: string;
  image?: FeedImage;
  enclosures: FeedEnclosure[];
  commentsUrl?: string;
  /**
   * The item read as a weather bulletin by the widget server (feeds configured with `bulletins: true`, JSON Feed
   * `_bantin.bulletin`); never set by the XML readers. Untrusted like every other field.
   */
  bulletin?: ItemBulletin;
}

export interface Feed {
  format: FeedFormat;
  title: string;
  link?: string;
  description?: string;
  language?: string;
  updated?: string;
  image?: FeedImage;
  items: FeedItem[];
}

export type FeedErrorCode = 'not-a-feed' | 'malformed' | 'too-large' | 'http' | 'network' | 'timeout' | 'cors';

export class FeedError extends Error {
  readonly code: FeedErrorCode;
  /** HTTP status, when code is 'http'. */
  readonly status?: number;

  constructor(code: FeedErrorCode, message: string, options?: { cause?: unknown; status?: number }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'FeedError';
    this.code = code;
    if (options?.status !== undefined) this.status = options.status;
  }
}

export interface ParseFeedOptions {
  /** The feed's own URL: relative links resolve against it (after xml:base). */
  url?: string;
  /** IANA zone for dates written without one. Default Asia/Ho_Chi_Minh. */
  timeZone?: string;
  /** Refuse input longer than this many characters with FeedError('too-large'). Default 5 MB. */
  maxLength?: number;
}

export interface LoadFeedOptions {
  /** URL template with {url}, e.g. https://widgets.example.vn/api/feed?url={url} */
  proxy?: string;
  signal?: AbortSignal;
  maxAgeSeconds?: number;
}
