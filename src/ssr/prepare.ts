// What a widget needs before it can be rendered on the server: its attributes as strings (with its
// language always written down, so the browser hydrates in the same language), and the data the browser
// would have fetched — the feed, the article body sanitised, the bulletin read, the first page of comments —
// loaded now. The state keeps only what the widget shows: HTML content goes where it is never shown.
import type { Feed, FeedItem } from '../core/feed/model.js';
import { loadFeed } from '../core/load/load-feed.js';
import { mergeFeeds } from '../core/feed/merge.js';
import { countThreads, isValidThreadId, listComments, type CommentPage } from '../core/comments/index.js';
import { resolveLocale } from '../i18n/locale.js';
import { feedUrls } from '../internal/feed-controller.js';
import type { RenderedState } from '../internal/rendered-state.js';
import type { WidgetTag } from '../registry.js';
import { pickArticle } from '../components/article-card/article-body.js';
import { serverThreadId } from '../components/comment-box/ids.js';
import { prepareArticleContent } from './article-content.js';
import { prepareBulletin, withoutContent } from './bulletin.js';

export type WidgetAttributes = Record<string, string | number | boolean | Feed | null | undefined>;

export interface PrepareOptions {
  /** The URL of the page the HTML is for: relative URLs in attributes resolve against it (else they stay relative). */
  baseUrl?: string;
  /** Loads one feed URL. Default: loadFeed from bantin/core (Node's fetch, no proxy). The widget server passes its own. */
  loadFeed?: (url: string) => Promise<Feed>;
  /** The comment box's first page; default: asked of its `endpoint` (which must then be absolute). */
  comments?: CommentPage;
  /** The comment count's numbers by thread; default: asked of its `endpoint` (which must then be absolute). */
  counts?: Record<string, number>;
  /** Stops loading (the feed and the comments). */
  signal?: AbortSignal;
}

export interface PreparedWidget {
  attributes: Record<string, string>;
  /** A Feed given as an object: set as the `.feed` property (as trimmed for the state), not an attribute. */
  feed?: Feed;
  state: RenderedState;
}

function attributeStrings(attributes: WidgetAttributes): Record<string, string> {
  const strings: Record<string, string> = {};
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false || typeof value === 'object') continue;
    strings[name] = value === true ? '' : String(value);
  }
  strings.lang = resolveLocale(strings.lang);
  return strings;
}

async function loadFeeds(urls: string[], options: PrepareOptions): Promise<Feed> {
  const load = options.loadFeed ?? ((url: string) => loadFeed(url, { signal: options.signal, storage: null }));
  return mergeFeeds(await Promise.all(urls.map((url) => load(url))))!;
}

/** The feed as the widget's state carries it: HTML content only where the widget shows it. */
async function trimFeed(tag: WidgetTag, attributes: Record<string, string>, feed: Feed, state: RenderedState, shown?: FeedItem): Promise<Feed> {
  if (tag === 'bantin-weather-bulletin') {
    const prepared = await prepareBulletin(attributes, feed);
    if (prepared.lines !== undefined) state.lines = prepared.lines;
    return prepared.feed;
  }
  return { ...feed, items: feed.items.map((item) => (item === shown ? item : withoutContent(item))) };
}

export async function prepareWidget(tag: WidgetTag, given: WidgetAttributes, options: PrepareOptions): Promise<PreparedWidget> {
  const attributes = attributeStrings(given);
  const state: RenderedState = {};
  const feedObject = typeof given.feed === 'object' && given.feed !== null ? given.feed : undefined;
  const urls = feedUrls(attributes.feed);
  const loaded = feedObject ?? (urls.length > 0 ? await loadFeeds(urls, options) : undefined);
  if (loaded) {
    // The full card's article, picked once: its body is sanitised, and it alone keeps its HTML in the state.
    const shown =
      tag === 'bantin-article-card' && attributes.variant === 'full' ? pickArticle(loaded.items, attributes.item, options.baseUrl) : undefined;
    if (shown) state.content = await prepareArticleContent(shown, feedObject);
    state.feed = await trimFeed(tag, attributes, loaded, state, shown);
  }
  if (tag === 'bantin-comment-box') {
    const thread = serverThreadId(attributes.thread, options.baseUrl);
    state.comments =
      options.comments ??
      (attributes.endpoint && thread ? await listComments(attributes.endpoint, thread, null, { signal: options.signal }) : undefined);
  }
  if (tag === 'bantin-comment-count') {
    const thread = (attributes.thread ?? '').trim();
    const known = options.counts?.[thread];
    if (typeof known === 'number') state.counts = { [thread]: known };
    else if (attributes.endpoint && isValidThreadId(thread) && !thread.includes(','))
      state.counts = await countThreads(attributes.endpoint, [thread], { signal: options.signal });
  }
  // The server renders exactly what the browser will hydrate from: a Feed object as trimmed for the state.
  return { attributes, feed: feedObject && state.feed, state };
}
