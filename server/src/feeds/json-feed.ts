// Feed model → JSON Feed 1.1. What JSON Feed cannot say (image alt/size, comments URL, feed update time,
// source format, the bulletin read from a weather item) travels in a `_bantin` extension that the browser's
// parseFeed reads back.
import type { Feed, FeedImage, FeedItem, ItemBulletin } from 'bantin/core';

const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';

interface JsonFeedItem {
  id: string;
  url?: string;
  title: string;
  summary?: string;
  content_html?: string;
  content_text?: string;
  image?: string;
  date_published?: string;
  date_modified?: string;
  authors?: { name: string }[];
  tags?: string[];
  attachments?: { url: string; mime_type?: string; size_in_bytes?: number }[];
  _bantin?: { image?: FeedImage; commentsUrl?: string; bulletin?: ItemBulletin };
}

export interface JsonFeed {
  version: string;
  title: string;
  home_page_url?: string;
  feed_url?: string;
  description?: string;
  icon?: string;
  language?: string;
  items: JsonFeedItem[];
  _bantin: { format: Feed['format']; updated?: string; image?: FeedImage };
}

function item(entry: FeedItem): JsonFeedItem {
  const out: JsonFeedItem = { id: entry.id, title: entry.title };
  if (entry.link) out.url = entry.link;
  out.summary = entry.summary;
  // JSON Feed needs content_html or content_text; without HTML the text is the summary.
  if (entry.contentHtml !== undefined) out.content_html = entry.contentHtml;
  else out.content_text = entry.summary;
  if (entry.image) out.image = entry.image.url;
  if (entry.published) out.date_published = entry.published;
  if (entry.updated) out.date_modified = entry.updated;
  if (entry.author) out.authors = [{ name: entry.author }];
  if (entry.categories.length > 0) out.tags = [...entry.categories];
  if (entry.enclosures.length > 0) {
    out.attachments = entry.enclosures.map((enclosure) => ({
      url: enclosure.url,
      ...(enclosure.type ? { mime_type: enclosure.type } : {}),
      ...(enclosure.length !== undefined ? { size_in_bytes: enclosure.length } : {}),
    }));
  }
  const extension: NonNullable<JsonFeedItem['_bantin']> = {};
  if (entry.image) extension.image = { ...entry.image };
  if (entry.commentsUrl) extension.commentsUrl = entry.commentsUrl;
  if (entry.bulletin) extension.bulletin = entry.bulletin;
  if (Object.keys(extension).length > 0) out._bantin = extension;
  return out;
}

/** The feed as a JSON Feed 1.1 document; `feedUrl` is where this JSON is served, when known. */
export function toJsonFeed(feed: Feed, feedUrl?: string): JsonFeed {
  const out: JsonFeed = { version: JSON_FEED_VERSION, title: feed.title } as JsonFeed;
  if (feed.link) out.home_page_url = feed.link;
  if (feedUrl) out.feed_url = feedUrl;
  if (feed.description) out.description = feed.description;
  if (feed.image) out.icon = feed.image.url;
  if (feed.language) out.language = feed.language;
  out.items = feed.items.map(item);
  out._bantin = { format: feed.format };
  if (feed.updated) out._bantin.updated = feed.updated;
  if (feed.image) out._bantin.image = { ...feed.image };
  return out;
}
