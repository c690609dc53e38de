// The full article card's body, sanitised on the server as the browser would (the same DOMPurify rules, then the
// copies of the lead and the lead image removed), so that the article's text is in the HTML.
import type { Feed } from '../core/feed/model.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { serverRendering, type RenderedState } from '../internal/rendered-state.js';
import { pickArticle, removeRepeats } from '../components/article-card/article-body.js';
import { serialize, serverSanitizer } from './sanitizer.js';

serverRendering.markup = unsafeHTML;

/** The body of the item the card shows (undefined when it shows none, or the item has no HTML content). */
export async function prepareArticleContent(
  attributes: Record<string, string>,
  feed: Feed | undefined,
  given: Feed | undefined,
  baseUrl?: string,
): Promise<RenderedState['content']> {
  if (attributes.variant !== 'full' || !feed) return undefined;
  const article = pickArticle(feed.items, attributes.item, baseUrl);
  if (!article?.contentHtml) return undefined;
  const { sanitize, document } = await serverSanitizer();
  // As the card: relative URLs resolve against the article, else the link of a feed given as an object.
  const fragment = sanitize(article.contentHtml, article.link ?? given?.link);
  const caption = removeRepeats(fragment, article);
  return { sanitized: serialize(fragment, document), ...(caption ? { caption } : {}) };
}
