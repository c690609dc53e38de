// The data a server-rendered widget was rendered from. It travels with the element, in a light-DOM child
//   <script type="application/json" data-bantin-state>{…}</script>
// (no slot shows it), so that hydrating renders the same thing from the same data: no second request for
// the feed or the comments, no flash. Written by bantin/ssr, read once by the widget when it connects.
import type { Feed, FeedItem } from '../core/feed/model.js';
import type { CommentPage } from '../core/comments/index.js';

export interface RenderedState {
  /** The feed the widget showed (a feed widget). */
  feed?: Feed;
  /**
   * The full article card's body (the shown item's contentHtml) as the server sanitised it, the copies of the lead
   * and the lead image removed, and the caption taken from that image's copy.
   */
  content?: { sanitized: string; caption?: string };
  /** The weather bulletin's text when it comes from its item's HTML content: its lines, read from it sanitised. */
  lines?: string;
  /** The first page of the thread's approved comments (the comment box). */
  comments?: CommentPage;
  /** Approved comments by thread (the comment count). */
  counts?: Record<string, number>;
}

/**
 * What only the server renderer has, set by bantin/ssr when it loads: `markup` renders HTML text the server
 * sanitised as markup (lit's unsafeHTML). Widgets call it behind `isServer`, so browser bundles never carry it.
 */
export const serverRendering: { markup?: (html: string) => unknown } = {};

const SELECTOR = ':scope > script[type="application/json"][data-bantin-state]';

const isString = (value: unknown): value is string => typeof value === 'string';
const isOptionalString = (value: unknown) => value === undefined || isString(value);

function isItem(value: unknown): value is FeedItem {
  const item = value as FeedItem | null;
  return (
    typeof item === 'object' &&
    item !== null &&
    isString(item.id) &&
    isString(item.title) &&
    isString(item.summary) &&
    isOptionalString(item.link) &&
    isOptionalString(item.contentHtml) &&
    isOptionalString(item.published) &&
    isOptionalString(item.updated) &&
    Array.isArray(item.categories) &&
    item.categories.every(isString) &&
    Array.isArray(item.enclosures)
  );
}

function isFeed(value: unknown): value is Feed {
  const feed = value as Feed | null;
  return typeof feed === 'object' && feed !== null && isString(feed.title) && Array.isArray(feed.items) && feed.items.every(isItem);
}

function isCommentPage(value: unknown): value is CommentPage {
  const page = value as CommentPage | null;
  return typeof page === 'object' && page !== null && Array.isArray(page.comments) && (page.next === null || isString(page.next));
}

function isCounts(value: unknown): value is Record<string, number> {
  return typeof value === 'object' && value !== null && Object.values(value).every((n) => Number.isInteger(n) && (n as number) >= 0);
}

/**
 * The state in `host`'s state script, or undefined when there is none. Parts that are not what bantin/ssr
 * writes are left out (the widget then loads them as usual), so an edited or broken script never breaks it.
 */
export function readRenderedState(host: Element): RenderedState | undefined {
  const script = host.querySelector(SELECTOR);
  if (!script) return undefined;
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(script.textContent ?? '') as Record<string, unknown>;
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null) return undefined;
  const state: RenderedState = {};
  if (isFeed(data.feed)) state.feed = data.feed;
  const content = data.content as RenderedState['content'];
  if (typeof content === 'object' && content !== null && isString(content.sanitized) && isOptionalString(content.caption)) state.content = content;
  if (isString(data.lines)) state.lines = data.lines;
  if (isCommentPage(data.comments)) state.comments = data.comments;
  if (isCounts(data.counts)) state.counts = data.counts;
  return state;
}

/**
 * The state script for `state`. Everything that could end the script early or be read as markup is escaped
 * (`<`, `>`, `&` and the two JavaScript line separators), so text from a feed cannot leave it.
 */
export function renderedStateScript(state: RenderedState, nonce?: string): string {
  const json = JSON.stringify(state).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const nonceAttribute = nonce ? ` nonce="${nonce.replace(/[^A-Za-z0-9+/=_-]/g, '')}"` : '';
  return `<script type="application/json" data-bantin-state${nonceAttribute}>${json}</script>`;
}
