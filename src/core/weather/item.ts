// A feed item read as a weather bulletin: which of its texts is the bulletin, and what parseBulletin makes of it.
// The widget server does this once for the feeds it is told hold bulletins (FeedItem.bulletin), so the browser
// need not; the weather widget does it itself for any other feed.
import type { FeedItem } from '../feed/model.js';
import { htmlToText } from '../feed/normalize.js';
import { parseBulletin } from './parse-bulletin.js';
import type { ItemBulletin } from './types.js';

/**
 * The item's bulletin text: its summary, or the text of its HTML content when that is longer (a summary is often
 * only the lead of the bulletin the content holds in full).
 */
export function bulletinText(item: Pick<FeedItem, 'summary' | 'contentHtml'>): { text: string; fromContent: boolean } {
  const content = item.contentHtml ? htmlToText(item.contentHtml) : '';
  return content.length > item.summary.length ? { text: content, fromContent: true } : { text: item.summary, fromContent: false };
}

/** parseBulletin of the item's bulletin text, with that text and where it came from. */
export function readItemBulletin(item: Pick<FeedItem, 'summary' | 'contentHtml'>): ItemBulletin {
  const { text, fromContent } = bulletinText(item);
  return { ...parseBulletin(text), text, fromContent };
}
