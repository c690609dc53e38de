// Feed model → JSON Feed 1.1. What JSON Feed cannot say (image alt/size, comments URL, feed update time,
// source format, the bulletin read from a weather item) travels in a `_bantin` extension that the browser's
// parseFeed reads back. Every URL goes through the widgets' own rule (safe-url.ts): links http(s) or mailto,
// images and attachments http(s); any other (javascript:, data:, junk) is left out, for every reader of the JSON.
import { safeImageUrl, safeLinkUrl, type Feed, type FeedImage, type FeedItem, type ItemBulletin } from 'bantin/core';

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

/** `url` as it is when the rule allows it (the model's URLs are absolute already), else undefined. */
function kept(url: string | undefined, rule: (url: string | undefined) => string | undefined): string | undefined {
  return rule(url) === undefined ? undefined : url;
}
const link = (url: string | undefined) => kept(url, safeLinkUrl);

/** The image when its URL is safe, else undefined. */
function safeImage(image: FeedImage | undefined): FeedImage | undefined {
  return kept(image?.url, safeImageUrl) === undefined ? undefined : { ...image! };
}

function item(entry: FeedItem): JsonFeedItem {
  const out: JsonFeedItem = { id: entry.id, title: entry.title };
  const url = link(entry.link);
  if (url) out.url = url;
  out.summary = entry.summary;
  // JSON Feed needs content_html or content_text; without HTML the text is the summary.
  if (entry.contentHtml !== undefined) out.content_html = entry.contentHtml;
  else out.content_text = entry.summary;
  const image = safeImage(entry.image);
  if (image) out.image = image.url;
  if (entry.published) out.date_published = entry.published;
  if (entry.updated) out.date_modified = entry.updated;
  if (entry.author) out.authors = [{ name: entry.author }];
  if (entry.categories.length > 0) out.tags = [...entry.categories];
  const enclosures = entry.enclosures.filter((enclosure) => kept(enclosure.url, safeImageUrl) !== undefined);
  if (enclosures.length > 0) {
    out.attachments = enclosures.map((enclosure) => ({
      url: enclosure.url,
      ...(enclosure.type ? { mime_type: enclosure.type } : {}),
      ...(enclosure.length !== undefined ? { size_in_bytes: enclosure.length } : {}),
    }));
  }
  const extension: NonNullable<JsonFeedItem['_bantin']> = {};
  if (image) extension.image = image;
  const commentsUrl = link(entry.commentsUrl);
  if (commentsUrl) extension.commentsUrl = commentsUrl;
  if (entry.bulletin) extension.bulletin = entry.bulletin;
  if (Object.keys(extension).length > 0) out._bantin = extension;
  return out;
}

/** The feed as a JSON Feed 1.1 document; `feedUrl` is where this JSON is served, when known. */
export function toJsonFeed(feed: Feed, feedUrl?: string): JsonFeed {
  const out: JsonFeed = { version: JSON_FEED_VERSION, title: feed.title } as JsonFeed;
  const homePage = link(feed.link);
  if (homePage) out.home_page_url = homePage;
  if (feedUrl) out.feed_url = feedUrl;
  if (feed.description) out.description = feed.description;
  const icon = safeImage(feed.image);
  if (icon) out.icon = icon.url;
  if (feed.language) out.language = feed.language;
  out.items = feed.items.map(item);
  out._bantin = { format: feed.format };
  if (feed.updated) out._bantin.updated = feed.updated;
  if (icon) out._bantin.image = icon;
  return out;
}
