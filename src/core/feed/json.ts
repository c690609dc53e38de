// JSON Feed 1.0 / 1.1, plus the `_bantin` extension the widget server writes for what JSON Feed cannot say:
// item `_bantin: { image?: FeedImage, commentsUrl?: string }`, feed `_bantin: { updated?: string, image?: FeedImage }`.
import { parseDate } from './dates.js';
import { draft, enclosure, finishFeed, finishItem } from './draft.js';
import { FeedError, type Feed, type FeedImage } from './model.js';
import { image, plainText, resolveUrl } from './normalize.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const text = (v: Json): string | undefined => (typeof v === 'string' ? v : undefined);
const list = (v: Json): Json[] => (Array.isArray(v) ? v : []);
const number = (v: Json): number | undefined => (typeof v === 'number' ? v : undefined);

function fullImage(v: Json, base?: string): FeedImage | undefined {
  return v && image(text(v.url), base, text(v.alt), number(v.width), number(v.height));
}

export function parseJsonFeed(source: string, url: string | undefined, timeZone: string): Feed {
  let data: Json;
  try {
    data = JSON.parse(source);
  } catch (error) {
    throw new FeedError('malformed', `The JSON Feed cannot be read: ${(error as Error).message}`, { cause: error });
  }
  if (!Array.isArray(data?.items) || (data.version !== undefined && !/jsonfeed\.org\/version\//.test(data.version)))
    throw new FeedError('not-a-feed', 'This is JSON, but not a JSON Feed (it has no "items" list).');
  const base = url ?? text(data.feed_url);
  const feed = draft(base);
  const items = data.items.map((o: Json) => {
    const d = draft(base, typeof o?.id === 'number' ? String(o.id) : text(o?.id));
    if (!o) return finishItem(d, []);
    const html = text(o.content_html);
    d.title = plainText(text(o.title) ?? '');
    d.link = resolveUrl(text(o.url), base);
    d.summary = text(o.summary)?.trim() ? plainText(o.summary) : undefined;
    if (html?.trim()) [d.html, d.htmlBase] = [html, base];
    d.text = text(o.content_text);
    d.authors = (list(o.authors).length ? list(o.authors) : [o.author]).map((a) => text(a?.name) ?? '');
    d.categories = list(o.tags).filter((t) => typeof t === 'string');
    d.published = parseDate(text(o.date_published), timeZone);
    d.updated = parseDate(text(o.date_modified), timeZone);
    d.images = [fullImage(o._bantin?.image, base), image(text(o.image), base)];
    for (const a of list(o.attachments)) enclosure(d, a?.url, a?.mime_type, a?.size_in_bytes, base);
    d.comments = resolveUrl(text(o._bantin?.commentsUrl), base);
    return finishItem(d, []);
  });
  feed.title = plainText(text(data.title) ?? '');
  feed.link = resolveUrl(text(data.home_page_url), base);
  feed.summary = plainText(text(data.description) ?? '');
  feed.language = text(data.language);
  feed.updated = parseDate(text(data._bantin?.updated), timeZone);
  feed.images = [fullImage(data._bantin?.image, base), image(text(data.icon), base), image(text(data.favicon), base)];
  return finishFeed('json', feed, items);
}
