// parseFeed: text → Feed. Detects JSON vs XML by content, enforces the size cap, then hands over to one
// single-pass reader per syntax. No DOM: runs in browsers and in Node alike.
import { parseJsonFeed } from './json.js';
import type { Feed, ParseFeedOptions } from './model.js';
import { feedSyntax } from './syntax.js';
import { parseXml } from './xml.js';

/** Parses RSS 0.9x/2.0, RDF (RSS 1.0), Atom 1.0/0.3 or JSON Feed 1.x. Throws FeedError; RangeError for a bad timeZone. */
export function parseFeed(text: string, options: ParseFeedOptions = {}): Feed {
  const { start, timeZone, json } = feedSyntax(text, options);
  return json ? parseJsonFeed(text.slice(start), options.url, timeZone) : parseXml(text, start, options.url, timeZone);
}
