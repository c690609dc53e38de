// Several feeds shown as one list: de-duplicated, newest first.
import type { Feed, FeedItem } from './model.js';

function timeOf(item: FeedItem): number {
  const time = Date.parse(item.published ?? item.updated ?? '');
  return Number.isNaN(time) ? -Infinity : time;
}

/** Newest first; undated items after dated ones; ties keep their order (Array.prototype.sort is stable). */
export function newestFirst(items: readonly FeedItem[]): FeedItem[] {
  return [...items].sort((a, b) => timeOf(b) - timeOf(a));
}

/** The newest item by date (the first undated one when none has a date). */
export function newestItem(items: readonly FeedItem[]): FeedItem | undefined {
  return newestFirst(items)[0];
}

/**
 * One feed from several: items de-duplicated by id and by link (the first seen wins), newest first.
 * A single feed is returned as it is, in document order.
 */
export function mergeFeeds(feeds: readonly Feed[]): Feed | undefined {
  if (feeds.length <= 1) return feeds[0];
  const seenIds = new Set<string>();
  const seenLinks = new Set<string>();
  const items: FeedItem[] = [];
  for (const feed of feeds) {
    for (const item of feed.items) {
      if (seenIds.has(item.id) || (item.link && seenLinks.has(item.link))) continue;
      seenIds.add(item.id);
      if (item.link) seenLinks.add(item.link);
      items.push(item);
    }
  }
  const titles = [...new Set(feeds.map((feed) => feed.title).filter(Boolean))];
  return Object.freeze({ format: feeds[0].format, title: titles.join(' · '), items: Object.freeze(newestFirst(items)) as FeedItem[] });
}
