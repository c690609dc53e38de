// The loader's decode + parseFeed. The widget server's JSON Feed (what its /api/feeds/<name> and /api/feed answer,
// UTF-8) is read at once by a plain mapping; anything else goes to a reader fetched the first time it is needed: an
// XML feed or a legacy charset to feed-reader.ts (the charset detection and the XML reader, fetched early through
// prefetchFeedReader so that it downloads while the feed does), another JSON Feed to json-reader.ts.
import { FeedError, type Feed } from '../feed/model.js';
import { readServerJson } from '../feed/server-json.js';
import { onDemand } from '../on-demand.js';
import type { FeedBytes } from './fetch-feed-bytes.js';

type FeedReader = typeof import('./feed-reader.js');
type JsonReader = typeof import('./json-reader.js');
/** A content type without a charset, or with UTF-8. */
const UTF8_LABEL = /^[^;]*(?:;\s*charset\s*=\s*["']?utf-?8["']?\s*)?$/i;

export const prefetchFeedReader = onDemand<FeedReader>(() => import('./feed-reader.js'));
const jsonReader = onDemand<JsonReader>(() => import('./json-reader.js'));

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
  if (json !== undefined) return (await reader(jsonReader)).parseJsonText(json, { url });
  const { decodeFeedBytes, parseXmlFeed } = await reader(prefetchFeedReader);
  const text = decodeFeedBytes(body.bytes, body.contentType);
  // JSON in a legacy charset (rare): the JSON reader after the charset detection.
  return parseXmlFeed(text, { url }) ?? (await reader(jsonReader)).parseJsonText(text, { url });
}

async function reader<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (cause) {
    throw new FeedError('network', 'The feed reader (a script of the widget) could not be downloaded.', { cause });
  }
}
