// The full article card's body, sanitised on the server as the browser would (the same DOMPurify rules, then the
// copies of the lead and the lead image removed), so that the article's text is in the HTML.
import type { Feed, FeedItem } from '../core/feed/model.js';
import { mergeFeeds } from '../core/feed/merge.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { serverRendering, type RenderedState } from '../internal/rendered-state.js';
import { pickArticle, removeRepeats } from '../components/article-card/article-body.js';
import { serialize, serverSanitizer } from './sanitizer.js';

serverRendering.markup = unsafeHTML;

/**
 * The article a card with `item` shows from `feeds` (merged as the card merges them), by the card's own rule: for a
 * host that needs it beside the HTML (a page's title, description and structured data).
 */
export function shownArticle(feeds: readonly Feed[], item: string | undefined, pageUrl?: string): FeedItem | undefined {
  return pickArticle(mergeFeeds(feeds)?.items ?? [], item, pageUrl);
}

/** The body of the article the card shows (undefined when it has no HTML content). */
export async function prepareArticleContent(article: FeedItem, given: Feed | undefined): Promise<RenderedState['content']> {
  if (!article.contentHtml) return undefined;
  const { sanitize, document } = await serverSanitizer();
  // As the card: relative URLs resolve against the article, else the link of a feed given as an object.
  const fragment = sanitize(article.contentHtml, article.link ?? given?.link);
  const caption = removeRepeats(fragment, article);
  return { sanitized: serialize(fragment, document), ...(caption ? { caption } : {}) };
}
