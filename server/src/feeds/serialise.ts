// Upstream bytes → the JSON Feed bytes the proxy serves: decoded to text, parsed and mapped onto the feed
// model, cut to the first `maxItems` items, weather items read as bulletins, serialised. Runs in the parse
// worker (parse-worker.ts) for the default reader, in the process for a FeedMapper given in code.
import { readItemBulletin, type Feed } from 'bantin/core';
import { decodeUpstreamBytes } from './decode.js';
import { toJsonFeed } from './json-feed.js';
import { UpstreamError } from './upstream-error.js';

/** Text of a feed (and the URL it came from, for relative links) → the feed model; throws on non-feeds. */
export type FeedMapper = (text: string, url: string | undefined) => Promise<Feed>;

// File feeds have no URL of their own: their relative links are resolved against this placeholder, then
// written root-relative, so the browser resolves them against the address the JSON Feed was served from.
export const FILE_BASE = 'http://bantin.invalid/';

export interface SerialiseInput {
  bytes: Uint8Array;
  /** The upstream's Content-Type (for the charset), or null. */
  contentType: string | null;
  /** Where the feed came from (FILE_BASE for a file). */
  url: string | undefined;
  bulletins: boolean;
  maxItems: number;
}

export async function serialiseFeed(toFeed: FeedMapper, input: SerialiseInput): Promise<Buffer> {
  const text = decodeUpstreamBytes(Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength), input.contentType);
  let feed: Feed;
  try {
    feed = await toFeed(text, input.url);
  } catch (error) {
    throw new UpstreamError('upstream-not-a-feed', `The upstream did not send a readable feed: ${(error as Error)?.message ?? error}`, {
      cause: error,
    });
  }
  let items = feed.items.length > input.maxItems ? feed.items.slice(0, input.maxItems) : feed.items;
  // Read once here for every reader, instead of in each reader's browser (the weather reader is the widget's largest part).
  if (input.bulletins) items = items.map((item) => ({ ...item, bulletin: readItemBulletin(item) }));
  let json = JSON.stringify(toJsonFeed({ ...feed, items }));
  if (input.url === FILE_BASE) json = json.replaceAll(FILE_BASE, '/');
  return Buffer.from(json, 'utf8');
}
