// The weather bulletin read on the server: the widget's item, read as the widget server reads bulletins
// (FeedItem.bulletin, so neither the server render nor the hydrating browser needs the bulletin reader), and the
// lines of its HTML content when that is where its text comes from (sanitised as the browser would).
import type { Feed, FeedItem } from '../core/feed/model.js';
import { servedBulletin } from '../core/feed/served-bulletin.js';
import { readItemBulletin } from '../core/weather/item.js';
import { linesOf, pickWeatherItem } from '../components/weather-bulletin/reading.js';
import { serverSanitizer } from './sanitizer.js';

/** `feed` with the widget's bulletin item read, and the other items without their HTML content (never shown). */
export async function prepareBulletin(attributes: Record<string, string>, feed: Feed): Promise<{ feed: Feed; lines?: string }> {
  const item = pickWeatherItem(feed.items, attributes.match);
  const bulletin = item && (servedBulletin(item.bulletin) ?? readItemBulletin(item));
  const shown = item && bulletin && { ...(bulletin.fromContent ? item : withoutContent(item)), bulletin };
  const lines = bulletin?.fromContent && item?.contentHtml ? linesOf((await serverSanitizer()).sanitize(item.contentHtml)) : undefined;
  return { feed: { ...feed, items: feed.items.map((entry) => (entry === item ? shown! : withoutContent(entry))) }, lines };
}

export function withoutContent(item: FeedItem): FeedItem {
  if (item.contentHtml === undefined) return item;
  const { contentHtml: _dropped, ...rest } = item;
  return rest;
}
