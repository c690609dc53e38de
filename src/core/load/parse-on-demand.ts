// The loader's decode + parseFeed. The widget server's JSON Feed (what its /api/feeds/<name> and /api/feed answer,
// UTF-8) is read at once by a plain mapping; anything else — RSS, Atom, RDF, another JSON Feed, a legacy charset —
// goes to decodeFeedBytes and parseFeed (feed-reader.ts), a chunk of its own in the built library, imported the
// first time it is needed, or earlier through prefetchFeedReader so that it downloads while the feed does.
import { FeedError, type Feed } from '../feed/model.js';
import { readServerJson } from '../feed/server-json.js';
import { onDemand } from '../on-demand.js';
import type { FeedBytes } from './fetch-feed-bytes.js';

type FeedReader = typeof import('./feed-reader.js');
/** A content type without a charset, or with UTF-8. */
const UTF8_LABEL = /^[^;]*(?:;\s*charset\s*=\s*["']?utf-?8["']?\s*)?$/i;

export const prefetchFeedReader = onDemand<FeedReader>(() => import('./feed-reader.js'));

/** Whether `url` is probably JSON: the widget server's /api/feeds/<name> and /api/feed, or a .json file. */
export function looksLikeJson(url: string): boolean {
  return /\/api\/feeds?(?:\/[^/]*)?$|\.json$/.test(new URL(url).pathname);
}

/** The body as text when it is UTF-8 JSON: an optional BOM and whitespace, then '{'. Anything else is not decoded here. */
function utf8Json({ bytes, contentType }: FeedBytes): string | undefined {
  if (!UTF8_LABEL.test(contentType ?? '')) return undefined;
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09) i++;
  return bytes[i] === 0x7b ? new TextDecoder().decode(bytes.subarray(i)) : undefined;
}

export async function parseFeedOnDemand(body: FeedBytes, url: string): Promise<Feed> {
  const json = utf8Json(body);
  const served = json === undefined ? undefined : readServerJson(json, url);
  if (served) return served;
  let parse: FeedReader;
  try {
    parse = await prefetchFeedReader();
  } catch (cause) {
    throw new FeedError('network', 'The feed reader (a script of the widget) could not be downloaded.', { cause });
  }
  return parse.parseFeed(json ?? parse.decodeFeedBytes(body.bytes, body.contentType), { url });
}
