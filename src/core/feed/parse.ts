// parseFeed: text → Feed. Detects JSON vs XML by content, enforces the size cap, then hands over to one
// single-pass reader per syntax. No DOM: runs in browsers and in Node alike.
import { zoneFormat } from './dates.js';
import { parseJsonFeed } from './json.js';
import { DEFAULT_MAX_LENGTH, DEFAULT_TIME_ZONE, FeedError, type Feed, type ParseFeedOptions } from './model.js';
import { parseXml } from './xml.js';

/** Parses RSS 0.9x/2.0, RDF (RSS 1.0), Atom 1.0/0.3 or JSON Feed 1.x. Throws FeedError; RangeError for a bad timeZone. */
export function parseFeed(text: string, options: ParseFeedOptions = {}): Feed {
  const max = options.maxLength ?? DEFAULT_MAX_LENGTH;
  if (text.length > max) throw new FeedError('too-large', `The feed is too large: ${text.length} characters, more than the limit of ${max}.`);
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  zoneFormat(timeZone);
  const start = text.search(/[^\s\ufeff\0-\x1f]/);
  if (start < 0) throw new FeedError('not-a-feed', 'The feed is empty.');
  if (text[start] === '{') return parseJsonFeed(text.slice(start), options.url, timeZone);
  if (text[start] !== '<') throw new FeedError('not-a-feed', 'This is neither XML nor JSON, so it is not a feed.');
  return parseXml(text, start, options.url, timeZone);
}
