// What the card and the server renderer (bantin/ssr) both decide about a feed's article: which item is shown, and
// what of its sanitised body is left once the copies of what the card already shows are removed.
import type { FeedItem } from '../../core/feed/model.js';
import { newestItem } from '../../core/feed/merge.js';
import { findFirst, isOneOf } from '../../core/builtins.js';
import { safeImageUrl, safeLinkUrl } from '../../core/safe-url.js';
import { onPage } from '../../internal/page-url.js';

/** The item `wanted` names (its id, its link, or a 0-based index), else the newest when nothing is wanted. */
export function pickArticle(items: readonly FeedItem[], item: string | null | undefined, serverPageUrl?: string): FeedItem | undefined {
  const wanted = typeof item === 'string' ? item.trim() : '';
  if (!wanted) return newestItem(items);
  const link = onPage(safeLinkUrl, wanted, serverPageUrl);
  return (
    findFirst(items, (entry) => entry.id === wanted) ??
    findFirst(items, (entry) => entry.link !== undefined && entry.link === link) ??
    (/^\d+$/.test(wanted) ? items[Number(wanted)] : undefined)
  );
}

/**
 * Feeds often repeat in the content what the card already shows above it: the lead as the first paragraph
 * and the lead image. Those copies are removed from the (sanitized) content; the removed image's caption
 * (its figcaption, else its alt) is returned so it can stand under the lead image instead.
 */
export function removeRepeats(fragment: DocumentFragment, item: FeedItem): string | undefined {
  const first = fragment.firstElementChild;
  if (first?.localName === 'p' && item.summary && squash(first.textContent) === squash(item.summary)) first.remove();
  const src = safeImageUrl(item.image?.url);
  if (!src) return undefined;
  for (const img of fragment.querySelectorAll('img')) {
    if (img.getAttribute('src') !== src) continue;
    // Its figure, or a paragraph or link holding nothing else, goes with it.
    let box: Element = img;
    while (box.parentElement && isWrapper(box.parentElement)) box = box.parentElement;
    const caption = squash(box.querySelector('figcaption')?.textContent) || squash(img.getAttribute('alt'));
    box.remove();
    return caption || undefined;
  }
  return undefined;
}

/** A figure, paragraph or link whose only text is its caption (if any). */
function isWrapper(element: Element): boolean {
  if (!isOneOf(['figure', 'p', 'a'], element.localName)) return false;
  return squash(element.textContent) === squash(element.querySelector('figcaption')?.textContent);
}

function squash(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}
